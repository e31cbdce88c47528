// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tongdao {

struct Options;
class ReportDocument;

// tongdao --export-charts DIR [--format …] [--size WxH] [--scale N] [--theme …] [--chart ID]… [--force]
// Prints each file written and returns 0; on bad arguments, an existing file without --force or a
// failed write, prints one line naming the problem and returns 2, leaving existing files untouched.
int exportChartsFromCommandLine(const Options &options, ReportDocument &document);

} // namespace tongdao

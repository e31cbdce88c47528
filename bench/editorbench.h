// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tongdao::bench {

// The editor on a synthetic report with about `figures` numbers, every one a candidate: the time
// from a click on a number to its prefilled editor, to a decision applied, to the next undecided
// number (F8), and to an undo; medians in ms, one JSON line.
int editorResponsiveness(int figures, int repeat);

} // namespace tongdao::bench

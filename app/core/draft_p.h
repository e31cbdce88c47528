// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the draft: what its parts share.
#pragma once

#include "core/dataset.h"
#include "core/numberscanner.h"

namespace tongdao::detail {

// The ISO period a date or period mention names ("2021-03", "2021-01/2021-03", "2020"); "/END"
// after 截至, "by", "as of"; the report's year where the text gives none. Empty for other kinds.
QString periodOf(const Dataset &ds, const NumberMention &mention);
// The year a date or period means: its own, else the report's, or the one before or after it
// (去年, "last year").
int yearOf(const Dataset &ds, const NumberMention &mention);
// Whether the date or period at a reading offset is what a figure is compared with (比2020年,
// "than in 2020"), not the figure's own period.
bool isComparisonBase(const QString &reading, int at);

} // namespace tongdao::detail

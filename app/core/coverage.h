// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/numberscanner.h"

namespace tongdao {

struct CoverageEntry
{
    // Undecided: held by a candidate (an undecided number of a draft), not yet by a decided figure.
    enum Status { Covered, Uncharted, Missing, Undecided };
    Status status = Missing;
    NumberMention mention; // offsets in the reading text
    QString text;
    int start = 0;
    QString sentence;
    QString figureId;   // Covered, Undecided: the figure whose numeral (or quote, for a date) holds it
    int uncharted = -1; // Uncharted: index into Dataset::uncharted
};

struct CoverageReport
{
    int found = 0;
    int covered = 0;
    int uncharted = 0;
    int undecided = 0;
    QList<CoverageEntry> entries; // every number found, in text order
    QList<CoverageEntry> missing;
};

// Proves that every number in the text is accounted for: each numeric expression the scanner
// (of the report's language) finds is a figure's numeral (dates, periods and ordinals inside a
// figure's quote are that figure's context), or is listed as uncharted with a reason. One that
// only a candidate holds is undecided. Anything else is missing.
class Coverage
{
public:
    static CoverageReport check(const Dataset &dataset);
};

} // namespace tongdao

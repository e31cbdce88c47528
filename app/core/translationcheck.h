// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

namespace tongdao {

// The checks that keep a translation from drifting from the original unseen, run at load time
// once its paragraphs are read (reporttranslation.h checks their count and that none repeats):
//  - every charted figure has a phrase, found in the paragraph that translates its quote's
//    block, whose numeral states the figure's value as the language writes it;
//  - each pair of paragraphs states the same numbers, both ways, after unit conversion, but for
//    the texts the translation excuses (notInTranslation, notInOriginal), each of which must occur.
// Fills the figures' translated offsets and the translation's number pairs. On the first failure,
// returns false with *problem one line: "file:line: paragraph N: what".
class TranslationCheck
{
public:
    static bool check(Dataset *dataset, ReportTranslation *translation, QString *problem);
    // Every unmatched number of every paragraph pair, not only the first: for authors and tests.
    static QStringList mismatches(const Dataset &dataset, const ReportTranslation &translation);
};

} // namespace tongdao

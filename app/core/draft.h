// SPDX-License-Identifier: GPL-3.0-or-later
// A dataset drafted from a report's text: every number the scanner finds becomes an undecided
// figure (a candidate), prefilled from what the text says around it. The editor and
// `tongdao --draft-dataset` share it.
#pragma once

#include "core/dataset.h"
#include "core/numberscanner.h"

#include <QList>
#include <QString>

#include <utility>

namespace tongdao {

// Every number of a text, by the scanner of its language (NumberScanner for Chinese,
// LatinNumberScanner for English); offsets index the text given.
QList<NumberMention> scanNumbers(QStringView text, Language language);

// The sentence around a reading offset, {start, length} in the reading text: from after the
// previous 。！？；or full stop (before a space), or the paragraph's start, to the next one
// inclusive. The widest a quote may be.
std::pair<int, int> sentenceBounds(const ReportText &text, int offset, Language language);
// The clause around a reading offset, within its sentence: bounded by ，；、 and by , or ; (not
// the comma of 1,234), white space trimmed. A candidate's quote starts as the clause around its
// number.
std::pair<int, int> clauseAround(const ReportText &text, int offset, Language language);

// The period a number's context states, as the dataset writes periods ("2021-01/2021-03",
// "/2021-09", "2020"): the nearest date or period phrase of its sentence (before it, else after
// it), else of its paragraph before it, never one the number is compared with (比2020年, "than in
// 2020"); "截至"/"by"/"as of" before it make it cumulative ("/END"); "今年"/"this year" alone the
// report's year.
// Empty when there is none. context: the dates and periods of the paragraph, in text order.
QString guessPeriod(const Dataset &ds, const NumberMention &mention, const QList<NumberMention> &context);

// One candidate for a number of ds's reading text (a mention of scanNumbers(ds.text.reading(),
// ds.report.language)): value in base units, unit (from the measure word; "count" when no unit
// knows it), qualifier and numeral as the text has them; quote the clause around the number (its
// "occurrence" set when the clause occurs more than once); period guessed (guessPeriod); measure
// guessed (point for a date or a day, cumulative for 累计/截至/in total…, else period); status
// scheduled when the quote speaks of the future; label and category empty; an id from the unit,
// lower case and unique in ds ("train-3"). Ranges, ordinals and periods are candidates too: their
// value is the low end, the ordinal's number, or (unit date) the period's year.
Figure candidateFor(const Dataset &ds, const NumberMention &mention);

// The whole draft of a report's text: the reading text built by the normalizer of the language,
// a candidate for every number (in text order), the title guessed (the reading text's headline:
// a short first line), the year guessed (the one its dates name most, the latest of a tie),
// no category, no chart. report.text is textPath's file name and report.textSource textPath;
// the hash is recorded when the draft is written (writeDataset). Checked by
// DatasetLoader::validate, so every offset is filled; a number that cannot be a figure at all
// (beyond 10^15) is left out.
Dataset draftDataset(const QString &raw, const QString &textPath, Language language);

} // namespace tongdao

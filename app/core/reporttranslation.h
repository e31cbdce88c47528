// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "core/loaderror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tongdao {

// A number one side of a translation has and the other need not: 两江新区 is a place, not two of
// anything; "both sides" renders 双方, which states no number. Found wherever the text occurs.
struct TranslationExcuse
{
    QString text;
    QString reason; // in the translation's language
};

// A number of the original and the same number in the translation, as the check paired them.
struct NumberPair
{
    int original; // offset in the reading text
    int originalLength;
    int translation; // offset in the translation's text
    int translationLength;
};

// Tongdao's translation of a report's reading text, one paragraph per block, in order. Loaded
// from a plain UTF-8 file: optional "#" comment lines at the top, then the paragraphs separated by
// empty lines; the lines of one paragraph are joined with spaces.
struct ReportTranslation
{
    Language language = Language::English;
    QString path;                              // as the dataset names it, relative to the dataset
    QList<TranslationExcuse> notInTranslation; // texts of the original whose numbers it leaves out
    QList<TranslationExcuse> notInOriginal;    // texts of the translation with numbers the original lacks

    QString text;            // the paragraphs joined with '\n'; the offsets below index it
    QList<int> starts;       // where each paragraph starts in text
    QList<int> lines;        // the file line each paragraph starts on, for messages
    QList<NumberPair> pairs; // computed by the check, in the original's order
    // Why the translation is not shown (file, line, what failed), empty when every check passed.
    // A refused translation never reaches a reader: the original is shown instead.
    QString problem;

    int paragraphCount() const { return int(starts.size()); }
    QString paragraph(int i) const;
    int paragraphStart(int i) const { return starts.value(i, -1); }
    int paragraphLength(int i) const;
    // The paragraph holding an offset of text, -1 if none.
    int paragraphAt(int offset) const;
    bool usable() const { return problem.isEmpty() && !starts.isEmpty(); }
};

// Reads the file's paragraphs (decoded text) into *out (text, starts, lines). On a malformed file
// (empty, a paragraph twice) returns false with *error naming the file and the line. Whether they
// are as many as the report's blocks is the check's to say (translationcheck.h), with where.
bool parseTranslationText(const QString &decoded, const QString &displayPath, ReportTranslation *out, LoadError *error);

} // namespace tongdao

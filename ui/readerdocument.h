// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coverage.h"
#include "core/dataset.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QTextDocument>

#include <memory>
#include <optional>

namespace tongdao {

// What the reader shows: the Chinese original, Tongdao's translation, or both, paragraph beside
// paragraph.
enum class ReaderMode { Original, Translation, SideBySide };
QString readerModeId(ReaderMode mode); // "original", "translation", "side-by-side"
std::optional<ReaderMode> readerModeFromId(QStringView id);

// A marked number in the document: a figure's numeral, a number the dataset leaves uncharted
// (with a reason), or one it does not account for at all; in the original or in the translation.
struct ReaderMark
{
    int start; // document positions
    int end;
    int index; // figure index, uncharted index, -1 for missing
    enum Kind { Figure, Uncharted, Missing } kind;
    bool translated = false;
    int source = -1; // the reading-text offset of the number in the original, on either side
};

struct ReaderDocument
{
    std::unique_ptr<QTextDocument> document;
    QList<ReaderMark> marks;      // sorted by start
    QList<int> originalStarts;    // the document position of each block of the original; empty if not shown
    QList<int> translationStarts; // of each translated paragraph; empty if no translation is shown
    // Where an offset of the reading text, or of the translation's text, is in the document; -1
    // where that side is not shown.
    int originalPosition(const ReportText &text, int offset) const;
    int translationPosition(const ReportTranslation &translation, int offset) const;
};

// The reader's font: the CJK family the charts use (one CJK font in memory, not two).
QFont readerFont(int points);

// The report as a reader reads it. The original: one document block per block of the reading
// text, headline, deck, byline and headings styled as such. The translation: the same, with
// Tongdao's notice first. Side by side: a table, a row per block, original left and translation
// right, tops aligned, so that both scroll as one. Figures highlighted, uncharted numbers
// underlined with dots, unaccounted numbers with a wave, on both sides. Text goes in through
// QTextCursor and QTextCharFormat only: a dataset cannot inject markup.
ReaderDocument buildReaderDocument(const Dataset &dataset, const CoverageReport &coverage,
                                   const ReportTranslation *translation, ReaderMode mode, int pointSize,
                                   const QPalette &palette, QObject *parent);

} // namespace tongdao

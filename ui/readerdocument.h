// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coverage.h"
#include "core/dataset.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QTextDocument>

#include <memory>

namespace tongdao {

// A marked number in the reading text: a figure's numeral, a number the dataset leaves uncharted
// (with a reason), or one it does not account for at all.
struct ReaderMark
{
    int start;
    int end;
    int index; // figure index, uncharted index, -1 for missing
    enum Kind { Figure, Uncharted, Missing } kind;
};

struct ReaderDocument
{
    std::unique_ptr<QTextDocument> document;
    QList<ReaderMark> marks; // sorted by start
};

// The reader's font: the CJK family the charts use (one CJK font in memory, not two).
QFont readerFont(int points);

// The report as a reader reads it: one block per block of the reading text, so that document
// positions equal reading-text offsets; headline, deck, byline and headings styled as such;
// figures highlighted, uncharted numbers underlined with dots, unaccounted numbers with a wave.
// Text goes in through QTextCursor and QTextCharFormat only: a dataset cannot inject markup.
// The marks come from the coverage the document computed.
ReaderDocument buildReaderDocument(const Dataset &dataset, const CoverageReport &coverage, int pointSize,
                                   const QPalette &palette, QObject *parent);

} // namespace tongdao

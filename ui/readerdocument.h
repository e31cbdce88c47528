// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    int found = 0;           // numbers in the text
    int covered = 0;         // of which charted
};

QFont readerFont(int points);

// The report as a reader reads it: one block per block of the reading text, so that document
// positions equal reading-text offsets; headline, deck, byline and headings styled as such;
// figures highlighted, uncharted numbers underlined with dots, unaccounted numbers with a wave.
// Text goes in through QTextCursor and QTextCharFormat only: a dataset cannot inject markup.
ReaderDocument buildReaderDocument(const Dataset &dataset, int pointSize, const QPalette &palette, QObject *parent);

} // namespace tongdao

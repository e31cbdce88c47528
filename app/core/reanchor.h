// SPDX-License-Identifier: GPL-3.0-or-later
// A dataset whose text changed since it was saved, anchored again to the text as it is now.
#pragma once

#include "core/dataset.h"
#include "core/loaderror.h"

#include <QStringList>

namespace tongdao {

// What re-anchoring kept and what it had to leave out.
struct Reanchoring
{
    QStringList droppedFigures;   // ids: the quote or numeral is no longer in the text (or an input of theirs)
    QStringList droppedUncharted; // texts no longer in the text
    QStringList droppedCharts;    // ids: no figure of theirs was left
    int droppedChartItems = 0;    // items (and callouts) of the charts kept, whose figure went
    int keptFigures = 0;
};

// Loads the dataset at path against its text as it is now, whatever hash it recorded: every
// figure whose quote and numeral are still found (and say the same) is kept, in place; the others
// are left out, with what depends on them (derived figures, chart items, charts left empty,
// callouts), and so are excuses no longer in the text. *dataset then passes the loader as any
// dataset does, and records the text's new hash: write it (writeDataset) to keep the result.
// False, with *error, when the dataset or its text cannot be read at all.
bool reanchorDataset(const QString &path, Dataset *dataset, Reanchoring *result, LoadError *error);

} // namespace tongdao

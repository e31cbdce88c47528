// SPDX-License-Identifier: GPL-3.0-or-later
// TEMPORARY: stands in for core/draft.h until the drafting core lands.
#pragma once

#include "core/dataset.h"
#include "core/loaderror.h"

namespace tongdao {

Language reportLanguageOf(const Dataset &ds);
bool isCandidate(const Figure &f);
Figure candidateFor(const Dataset &ds, const NumberMention &m);
bool draftDatasetFromFile(const QString &textPath, Dataset *ds, QString *note, LoadError *error);
bool writeDataset(const Dataset &ds, const QString &path, LoadError *error);
bool reanchorDataset(const QString &path, Dataset *ds, QStringList *lost, LoadError *error);

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a dataset back as JSON, the schema's keys in one fixed order, as the bundled file has them.
#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QString>

namespace tongdao {

// The dataset as the loader reads it: keys in the bundled file's order (schema, version,
// report{text, language, textHash, year, published, publication, sections, translations},
// categories, figures{id, category, label, value, unit, period, qualifier, measure, quote,
// occurrence, numeral, status, derived, translation, candidate}, charts{id, category, kind, title,
// subtitle, axes, items, callouts, note}, uncharted), optional keys only when set (language only
// when not zh_CN, status only when scheduled), two-space indentation, UTF-8 unescaped, whole
// numbers without a decimal point, a trailing newline. Loading the bundled dataset and writing it
// gives the file byte for byte.
QByteArray datasetToJson(const Dataset &ds);

// Writes the dataset to path through QSaveFile (all or nothing), recording the hash of its text
// (report.textHash). The text is read again from where the dataset knows it (report.textSource,
// else beside ds.sourcePath) and must still be the text the dataset was checked against. When the
// dataset goes to another folder, the text is copied beside it byte for byte, under report.text.
// Refused (false, *error one line naming the file): path exists and overwrite is false; a
// different file of the text's name is where the copy goes and overwrite is false; the text
// cannot be read or changed since; a write fails (nothing partial is left). *written, when
// given, lists the files written: the text's copy, if one was made, then the dataset.
// overwriteCopies false: a different file where a copy of the text or a translation would go is
// refused even when overwrite is true (the window asks about the dataset's file only). Writing the
// dataset over its own text, or over a file a copy is to be written to, is always refused.
bool writeDataset(const Dataset &ds, const QString &path, bool overwrite, QString *error,
                  QStringList *written = nullptr, bool overwriteCopies = true);

} // namespace tongdao

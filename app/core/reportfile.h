// SPDX-License-Identifier: GPL-3.0-or-later
// A report's plain-text file: read, decoded and recognised, before any dataset exists for it.
#pragma once

#include "core/language.h"
#include "core/loaderror.h"

#include <QByteArray>
#include <QString>

namespace tongdao {

// "sha256:<64 hex digits>" of a file's bytes: what a dataset records of its text (report.textHash).
QString textHash(const QByteArray &bytes);

// Decodes a report's text: UTF-8 as is (a leading byte order mark dropped), else GB18030 (of which
// GBK and GB2312 are subsets) converted, with *note saying so (empty for UTF-8). Refused, with
// the line and column of the first byte that is not UTF-8: bytes that are UTF-8 damaged here and
// there, and anything GB18030 does not decode to Chinese text.
bool decodeReportText(const QByteArray &bytes, QString *text, QString *note, LoadError *error);

// Reads a plain-text report to draft a dataset from, with one line of error->message on refusal:
// not a regular file, more than 64 MiB, binary (a NUL byte, control characters), UTF-16, neither
// UTF-8 nor GB18030, empty, or without a number (error->kind is NoNumbers for that one). On
// success *note is empty, or says that GB18030 was converted: for the status line.
bool readReportText(const QString &path, QString *text, QString *note, LoadError *error);
// The same, also giving the file's bytes as read (to hash or to copy).
bool readReportText(const QString &path, QString *text, QString *note, LoadError *error, QByteArray *bytes);

// The report's language by its letters: Chinese when Han characters are at least a fifth as many
// as Latin letters (Chinese takes one character a word, English about five), else English.
Language reportLanguageOf(const QString &text);

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/loaderror.h"

#include <QByteArray>
#include <QString>

namespace tongdao {

inline constexpr qint64 defaultMaxFileBytes = 64 * 1024 * 1024;

// Reads a whole regular file of at most maxBytes. Directories, devices (/dev/zero), FIFOs and
// sockets are refused before they are opened, so nothing can hang or grow without bound.
bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, LoadError *error);

// Decodes UTF-8 strictly; on a bad byte sets error->place to "line:column".
bool decodeUtf8(const QByteArray &data, QString *text, LoadError *error);

// 1-based line and column (in characters) of a byte offset in UTF-8 data.
QString lineColumn(const QByteArray &data, qsizetype byteOffset);

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace tongdao {

// Writes a file all or nothing through QSaveFile: a failure leaves no partial file and the old
// file, if any, untouched. error is "path: reason".
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);
// The same for writers that need a device (image and PDF writers).
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error);

} // namespace tongdao

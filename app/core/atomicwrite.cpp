// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/atomicwrite.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tongdao {

namespace {
struct SaveText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::SaveFile)
};
} // namespace

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = SaveText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    QString reason;
    if (!write(&file, &reason)) {
        file.cancelWriting();
        *error = SaveText::tr("%1: cannot write: %2").arg(path, reason);
        return false;
    }
    if (!file.commit()) {
        *error = SaveText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeFileAtomically(
        path,
        [&data](QIODevice *device, QString *reason) {
            if (device->write(data) != data.size()) {
                *reason = device->errorString();
                return false;
            }
            return true;
        },
        error);
}

} // namespace tongdao

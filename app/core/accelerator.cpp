// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accelerator.h"

#include <QRegularExpression>

namespace tongdao {

QString withoutAccelerator(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    text.remove(bracketed);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.remove(QStringLiteral("…")).trimmed();
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tongdao {

// Finds every occurrence of many patterns in one pass over a text, so that locating thousands
// of quotes stays linear in the text's length.
class TextFinder
{
public:
    // occurrences[i] lists the start offsets of patterns[i] in text, in order.
    static QList<QList<int>> findAll(const QString &text, const QStringList &patterns);
};

} // namespace tongdao

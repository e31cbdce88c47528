// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tongdao {

// Finds many patterns in one pass over a text, so that locating thousands of quotes stays linear in
// the text's length. Identical patterns are searched once; each pattern keeps at most the number of
// occurrences asked for; the work is bounded, so that a hostile, repetitive text cannot make it hang.
class TextFinder
{
public:
    // occurrences[i]: start offsets of patterns[i], in order, at most wanted[i] of them (all when
    // wanted is empty or wanted[i] <= 0). False when the work budget ran out.
    static bool findAll(const QString &text, const QStringList &patterns, const QList<int> &wanted,
                        QList<QList<int>> *occurrences);
    // All occurrences, without a budget: for texts and patterns already accepted by findAll.
    static QList<QList<int>> findAll(const QString &text, const QStringList &patterns);
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfinder.h"

#include <QBitArray>
#include <QHash>

#include <limits>

namespace tongdao {

namespace {
constexpr int maxKey = 4;

quint64 keyAt(const QChar *p, int length)
{
    quint64 key = 0;
    for (int i = 0; i < length; ++i)
        key = (key << 16) | p[i].unicode();
    return key;
}

bool search(const QString &text, const QStringList &patterns, const QList<int> &wanted, qint64 budget,
            QList<QList<int>> *out)
{
    out->fill({}, patterns.size());
    // Identical patterns (quotes shared by several figures) are searched once.
    QHash<QString, int> uniqueIndex;
    QList<int> uniqueOf(patterns.size());
    QStringList unique;
    QList<int> limit;
    for (int i = 0; i < patterns.size(); ++i) {
        const int want = wanted.value(i) > 0 ? wanted.value(i) : std::numeric_limits<int>::max();
        auto it = uniqueIndex.constFind(patterns[i]);
        if (it == uniqueIndex.constEnd()) {
            it = uniqueIndex.insert(patterns[i], int(unique.size()));
            unique.append(patterns[i]);
            limit.append(want);
        } else {
            limit[*it] = std::max(limit[*it], want);
        }
        uniqueOf[i] = *it;
    }
    // Patterns grouped by the key of their first min(length, 4) characters, one table per length.
    QHash<quint64, QList<int>> byKey[maxKey + 1];
    bool keyLength[maxKey + 1] = {};
    for (int u = 0; u < unique.size(); ++u) {
        const int len = int(std::min<qsizetype>(unique[u].size(), maxKey));
        if (len == 0)
            continue;
        byKey[len][keyAt(unique[u].constData(), len)].append(u);
        keyLength[len] = true;
    }
    // Most positions of a text start no pattern: their first character says so at once.
    QBitArray firstChars(0x10000);
    for (const QString &pattern : std::as_const(unique))
        if (!pattern.isEmpty())
            firstChars.setBit(pattern.front().unicode());
    QList<QList<int>> found(unique.size());
    const QChar *data = text.constData();
    const int n = int(text.size());
    for (int pos = 0; pos < n; ++pos) {
        if (!firstChars.testBit(data[pos].unicode()))
            continue;
        for (int len = 1; len <= maxKey && pos + len <= n; ++len) {
            if (!keyLength[len])
                continue;
            const auto it = byKey[len].constFind(keyAt(data + pos, len));
            if (it == byKey[len].constEnd())
                continue;
            for (int u : *it) {
                const QString &pattern = unique[u];
                if (found[u].size() >= limit[u])
                    continue;
                budget -= pattern.size();
                if (budget < 0)
                    return false;
                if (pos + pattern.size() <= n && QStringView(data + pos, pattern.size()) == QStringView(pattern))
                    found[u].append(pos);
            }
        }
    }
    for (int i = 0; i < patterns.size(); ++i) {
        (*out)[i] = found[uniqueOf[i]];
        if (wanted.value(i) > 0 && (*out)[i].size() > wanted.value(i))
            (*out)[i].resize(wanted.value(i));
    }
    return true;
}
} // namespace

bool TextFinder::findAll(const QString &text, const QStringList &patterns, const QList<int> &wanted,
                         QList<QList<int>> *occurrences)
{
    // Generous for real reports (a few character comparisons per character of text per quote
    // that starts alike), small enough that a hostile text fails in seconds, not hours.
    const qint64 budget = 256 * qint64(text.size()) + 50'000'000;
    return search(text, patterns, wanted, budget, occurrences);
}

QList<QList<int>> TextFinder::findAll(const QString &text, const QStringList &patterns)
{
    QList<QList<int>> occurrences;
    search(text, patterns, {}, std::numeric_limits<qint64>::max(), &occurrences);
    return occurrences;
}

} // namespace tongdao

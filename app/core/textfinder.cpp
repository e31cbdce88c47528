// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfinder.h"

#include <QHash>

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
} // namespace

QList<QList<int>> TextFinder::findAll(const QString &text, const QStringList &patterns)
{
    QList<QList<int>> result(patterns.size());
    // Patterns grouped by the key made of their first min(length, 4) characters.
    // One table per key length, so keys of different lengths never collide.
    QHash<quint64, QList<int>> byKey[maxKey + 1];
    bool keyLength[maxKey + 1] = {};
    for (int i = 0; i < patterns.size(); ++i) {
        const int len = int(std::min<qsizetype>(patterns[i].size(), maxKey));
        if (len == 0)
            continue;
        byKey[len][keyAt(patterns[i].constData(), len)].append(i);
        keyLength[len] = true;
    }
    const QChar *data = text.constData();
    const int n = int(text.size());
    for (int pos = 0; pos < n; ++pos) {
        for (int len = 1; len <= maxKey && pos + len <= n; ++len) {
            if (!keyLength[len])
                continue;
            const auto it = byKey[len].constFind(keyAt(data + pos, len));
            if (it == byKey[len].constEnd())
                continue;
            for (int p : *it) {
                const QString &pattern = patterns[p];
                if (pos + pattern.size() <= n
                    && QStringView(data + pos, pattern.size()) == QStringView(pattern))
                    result[p].append(pos);
            }
        }
    }
    return result;
}

} // namespace tongdao

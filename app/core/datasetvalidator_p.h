// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the dataset validator: what its parts share.
#pragma once

#include "core/dataset.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace tongdao::validation {

struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetLoader)
};

// A rule broken: where, and what was expected.
struct Invalid
{
    QString place;
    QString message;
};

inline QString figurePath(int i, const char *field)
{
    return QStringLiteral("figures[%1].%2").arg(i).arg(QLatin1StringView(field));
}

inline QString shortQuote(const QString &quote)
{
    return quote.size() > 40 ? quote.left(40) + QStringLiteral("…") : quote;
}

// The chart rules (chartvalidator.cpp): categories, items, units, labels, scopes, callouts and the
// sections the chart cites. Figures are checked and placed in the text before.
void checkChart(const Dataset &ds, ChartSpec &chart, int c, const QSet<QString> &categories, int noteAt);

} // namespace tongdao::validation

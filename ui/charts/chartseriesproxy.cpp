// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartseriesproxy.h"

#include "core/statisticsmodel.h"
#include "ui/charts/tongdaochart_p.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace tongdao {

ChartSeriesProxy::ChartSeriesProxy(ChartDataModel *source, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_source(source)
{
    // The sets a chart needs, in the order of its first item of each kind.
    for (int row = 0; row < source->rowCount(); ++row) {
        const BarSet set{scopeOf(row), source->isDerived(row)};
        if (std::none_of(m_sets.begin(), m_sets.end(),
                         [&](const BarSet &s) { return s.scope == set.scope && s.derived == set.derived; }))
            m_sets.append(set);
    }
    // Stated before derived, whatever the items' order: the legend reads the same in every chart.
    std::stable_sort(m_sets.begin(), m_sets.end(),
                     [](const BarSet &a, const BarSet &b) { return !a.derived && b.derived; });
    setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, [this] { m_lanes.clear(); });
    // The sets' names follow the language, as the source's headers do.
    connect(source, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation) {
        if (orientation == Qt::Horizontal && !m_sets.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, FirstBarSetColumn, columnCount() - 1);
    });
    // The added columns are computed from the row: they change with it.
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                m_lanes.clear();
                Q_EMIT dataChanged(index(topLeft.row(), SliceLabelColumn), index(bottomRight.row(), columnCount() - 1));
            });
}

bool ChartSeriesProxy::added(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.column() >= ChartDataModel::ColumnCount;
}

int ChartSeriesProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(FirstBarSetColumn + m_sets.size());
}

int ChartSeriesProxy::scopeOf(int row) const
{
    // Items with one scope share a set; the first item of each scope stands for it.
    const QList<ChartItem> &items = m_source->chart().items;
    if (!m_source->chart().mixesScopes())
        return -1;
    for (int r = 0; r <= row && r < items.size(); ++r)
        if (items[r].scope == items[row].scope)
            return r;
    return -1;
}

int ChartSeriesProxy::barSetOf(int row) const
{
    const int scope = scopeOf(row);
    const bool derived = m_source->isDerived(row);
    for (int k = 0; k < m_sets.size(); ++k)
        if (m_sets[k].scope == scope && m_sets[k].derived == derived)
            return k;
    return -1;
}

QModelIndex ChartSeriesProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (column < ChartDataModel::ColumnCount)
        return QIdentityProxyModel::index(row, column, parent);
    if (parent.isValid() || row < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ChartSeriesProxy::parent(const QModelIndex &) const
{
    return {}; // a table
}

QModelIndex ChartSeriesProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex ChartSeriesProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (added(proxyIndex))
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

Qt::ItemFlags ChartSeriesProxy::flags(const QModelIndex &index) const
{
    if (added(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

int ChartSeriesProxy::lane(int row) const
{
    if (m_lanes.size() != rowCount()) {
        // The n-th milestone in date order sits on lane n, so labels never collide.
        const int n = rowCount();
        QList<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        auto dateOf = [this](int r) {
            const Figure *f = m_source->figure(r);
            return f ? f->date : QDate();
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dateOf(a) < dateOf(b); });
        m_lanes.fill(0, n);
        for (int rank = 0; rank < n; ++rank)
            m_lanes[order[rank]] = rank + 1;
    }
    return m_lanes.value(row);
}

QVariant ChartSeriesProxy::data(const QModelIndex &index, int role) const
{
    if (!added(index))
        return QIdentityProxyModel::data(index, role);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Figure *f = m_source->figure(index.row());
    if (!f)
        return {};
    switch (index.column()) {
    case SliceLabelColumn: {
        // Qt Charts draws slice labels as rich text: escaped here.
        const QString label = m_source->index(index.row(), ChartDataModel::LabelColumn).data().toString();
        const QString value = m_source->statistics()->valueText(*f, NumberFormatter::Symbols);
        return QString(wrappedForCharts(label, 30) + QStringLiteral("<br>") + value.toHtmlEscaped());
    }
    case XColumn:
        if (f->isDate())
            return double(QDateTime(f->date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        return double(index.row());
    case YColumn:
        return f->isDate() ? double(lane(index.row())) : 0.0;
    }
    return barSetOf(index.row()) == index.column() - FirstBarSetColumn ? f->value : 0.0;
}

QVariant ChartSeriesProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < ChartDataModel::ColumnCount)
        return QIdentityProxyModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SliceLabelColumn:
        return tr("Slice");
    case XColumn:
        return tr("Position");
    case YColumn:
        return tr("Lane");
    }
    // What the legend says of a set: stated or derived, and what it counts.
    const BarSet set = m_sets.value(section - FirstBarSetColumn);
    const QString kind = m_source
                             ->headerData(set.derived ? ChartDataModel::DerivedColumn : ChartDataModel::StatedColumn,
                                          Qt::Horizontal)
                             .toString();
    if (set.scope < 0)
        return kind;
    const QString scope = m_source->chart().items.value(set.scope).scope.text(m_source->statistics()->language());
    return set.derived ? tr("%1 (derived)", "a bar set: the scope of its figures, derived from stated ones").arg(scope)
                       : scope;
}

} // namespace tongdao

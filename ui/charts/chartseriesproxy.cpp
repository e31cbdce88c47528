// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartseriesproxy.h"

#include "core/statisticsmodel.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace tongdao {

ChartSeriesProxy::ChartSeriesProxy(ChartDataModel *source, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, [this] { m_lanes.clear(); });
    // The added columns are computed from the row: they change with it.
    connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        m_lanes.clear();
        Q_EMIT dataChanged(index(topLeft.row(), SliceLabelColumn), index(bottomRight.row(), YColumn));
    });
}

bool ChartSeriesProxy::added(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.column() >= ChartDataModel::ColumnCount;
}

int ChartSeriesProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex ChartSeriesProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (column < ChartDataModel::ColumnCount)
        return QIdentityProxyModel::index(row, column, parent);
    if (parent.isValid() || row < 0 || row >= rowCount() || column >= ColumnCount)
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
        return QString(label.toHtmlEscaped() + QStringLiteral("<br>") + value.toHtmlEscaped());
    }
    case XColumn:
        if (f->isDate())
            return double(QDateTime(f->date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        return double(index.row());
    case YColumn:
        return f->isDate() ? double(lane(index.row())) : 0.0;
    }
    return {};
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
    return {};
}

} // namespace tongdao

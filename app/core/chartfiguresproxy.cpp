// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartfiguresproxy.h"

#include "core/statisticsmodel.h"

namespace tongdao {

ChartFiguresProxy::ChartFiguresProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(StatisticsModel::SortRole);
    setDynamicSortFilter(true);
}

void ChartFiguresProxy::setFigures(const QStringList &figureIds)
{
    m_figures = figureIds;
    m_position.clear();
    for (int i = 0; i < figureIds.size(); ++i)
        m_position.insert(figureIds[i], i);
    invalidateRowsFilter();
    // sort() does nothing when column and order are unchanged: the positions did change.
    invalidate();
    sortByChartOrder();
}

void ChartFiguresProxy::sortByChartOrder()
{
    m_chartOrder = true;
    QSortFilterProxyModel::sort(0, Qt::AscendingOrder);
}

void ChartFiguresProxy::sort(int column, Qt::SortOrder order)
{
    m_chartOrder = column < 0;
    QSortFilterProxyModel::sort(column < 0 ? 0 : column, order);
}

int ChartFiguresProxy::position(const QModelIndex &sourceIndex) const
{
    return m_position.value(sourceIndex.siblingAtColumn(0).data(StatisticsModel::FigureIdRole).toString(), -1);
}

bool ChartFiguresProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return position(index) >= 0;
}

bool ChartFiguresProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_chartOrder)
        return position(left) < position(right);
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace tongdao

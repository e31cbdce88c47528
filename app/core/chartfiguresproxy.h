// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace tongdao {

// The statistics model filtered to one chart's figures, in the chart's order until the user
// sorts by a column: the chart's data table.
class ChartFiguresProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChartFiguresProxy(QObject *parent = nullptr);

    void setFigures(const QStringList &figureIds);
    const QStringList &figures() const { return m_figures; }
    // Back to the chart's own order.
    void sortByChartOrder();
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int position(const QModelIndex &sourceIndex) const;

    QStringList m_figures;
    QHash<QString, int> m_position;
    bool m_chartOrder = true;
};

} // namespace tongdao

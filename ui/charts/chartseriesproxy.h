// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the chart module: what only Qt Charts' model mappers need, added to a chart's data.
#pragma once

#include "core/chartdatamodel.h"

#include <QIdentityProxyModel>

namespace tongdao {

// A ChartDataModel as Qt Charts' mappers read it: its own columns, then the columns that exist
// only for Qt Charts — slice labels escaped for its rich-text labels, x/y positions for the scatter
// series of timelines (date, lane) and fact tiles (position, 0; never drawn), and one column per
// bar set. A move to another charting library drops this proxy, not a column of the core model.
//
// Bar sets: one per kind of bar the chart draws — stated or derived and, where its items count
// different things, one per scope — each a column holding a row's value when the row is of that
// kind (0 otherwise), headed with what the legend says.
class ChartSeriesProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Columns {
        SliceLabelColumn = ChartDataModel::ColumnCount, // label and value, HTML-escaped
        XColumn,          // timeline: ms since the epoch at noon UTC of the date; facts: the row
        YColumn,          // timeline: the lane, so that no two labels share a line; facts: 0
        FirstBarSetColumn // then barSetCount() columns
    };

    struct BarSet
    {
        int scope = -1; // index of the item whose scope it shows; -1 when the chart has one scope
        bool derived = false;
    };

    explicit ChartSeriesProxy(ChartDataModel *source, QObject *parent = nullptr);

    ChartDataModel *chartData() const { return m_source; }
    const QList<BarSet> &barSets() const { return m_sets; }
    // The bar set a row's value is in.
    int barSetOf(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    bool added(const QModelIndex &index) const;
    int lane(int row) const;
    int scopeOf(int row) const;

    ChartDataModel *m_source;
    QList<BarSet> m_sets;
    mutable QList<int> m_lanes; // empty until needed after a change
};

} // namespace tongdao

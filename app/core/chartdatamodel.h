// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/statisticsmodel.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tongdao {

// One chart's items as the numeric table Qt Charts' model mappers read (they read DisplayRole):
// a row per plotted figure, with stated and derived values in separate columns so that a
// derived bar can be drawn differently. Follows the statistics model live.
class ChartDataModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        LabelColumn,      // the bar's label in the current language
        StatedColumn,     // the value when stated by the report, else 0
        DerivedColumn,    // the value when derived, else 0
        ValueColumn,      // the value
        XColumn,          // timeline: ms since the epoch of the date; facts: the item's position
        YColumn,          // timeline: the lane, so that no two labels share a line; facts: 0
        SliceLabelColumn, // pie: label and value, HTML-escaped (Qt Charts renders slice labels as rich text)
        ColumnCount
    };
    Q_ENUM(Columns)

    ChartDataModel(StatisticsModel *statistics, const ChartSpec &chart, QObject *parent = nullptr);

    const ChartSpec &chart() const { return m_chart; }
    StatisticsModel *statistics() const { return m_statistics; }
    // The statistics row of the figure plotted in a row, and back.
    int figureRow(int row) const;
    int rowOfFigure(int statisticsRow) const;
    QString figureId(int row) const;
    bool isDerived(int row) const;
    // The largest value plotted (for the axis range).
    double maxValue() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onStatisticsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onLanguageChanged();
    void computeLanes();

    QPointer<StatisticsModel> m_statistics;
    ChartSpec m_chart;
    QList<int> m_lanes;
};

} // namespace tongdao

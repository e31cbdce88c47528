// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/statisticsmodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace tongdao {

// One chart's items as a numeric table, a row per plotted figure, with stated and derived values
// in separate columns so that a derived bar can be drawn differently. Follows the statistics
// model live. What only one charting library needs (rich-text slice labels, positions for a
// hidden series) is added by that library's own proxy, in ui/charts.
class ChartDataModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        LabelColumn,   // the item's label in the current language
        StatedColumn,  // the value when stated by the report, else 0
        DerivedColumn, // the value when derived, else 0
        ValueColumn,   // the value
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        FigureIdRole = StatisticsModel::FigureIdRole, // every column; the same role as the statistics model's
    };

    ChartDataModel(StatisticsModel *statistics, const ChartSpec &chart, QObject *parent = nullptr);

    const ChartSpec &chart() const { return m_chart; }
    StatisticsModel *statistics() const { return m_statistics; }
    // The figure plotted in a row, and the row of a figure (-1 when the chart does not plot it).
    QString figureId(int row) const;
    int rowOf(QStringView figureId) const;
    const Figure *figure(int row) const;
    bool isDerived(int row) const;
    // The largest value plotted (for the axis range).
    double maxValue() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // ToolTipRole is the statistics model's, so a figure reads the same in every pane.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onStatisticsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onLanguageChanged();
    void indexRows();
    int statisticsRow(int row) const;

    QPointer<StatisticsModel> m_statistics;
    ChartSpec m_chart;
    QHash<QString, int> m_rows; // figure id → row
};

} // namespace tongdao

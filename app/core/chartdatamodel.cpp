// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdatamodel.h"

#include "core/statisticsmodel.h"

#include <algorithm>

namespace tongdao {

ChartDataModel::ChartDataModel(StatisticsModel *statistics, const ChartSpec &chart, QObject *parent)
    : QAbstractTableModel(parent)
    , m_statistics(statistics)
    , m_chart(chart)
{
    indexRows();
    connect(statistics, &QAbstractItemModel::dataChanged, this, &ChartDataModel::onStatisticsChanged);
    connect(statistics, &StatisticsModel::languageChanged, this, &ChartDataModel::onLanguageChanged);
    connect(statistics, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        indexRows();
        endResetModel();
    });
}

void ChartDataModel::indexRows()
{
    m_rows.clear();
    for (int r = 0; r < m_chart.items.size(); ++r)
        m_rows.insert(m_chart.items[r].figure, r); // a figure is plotted once per chart (validated)
}

QString ChartDataModel::figureId(int row) const
{
    return row >= 0 && row < m_chart.items.size() ? m_chart.items[row].figure : QString();
}

int ChartDataModel::rowOf(QStringView figureId) const
{
    return m_rows.value(figureId.toString(), -1);
}

int ChartDataModel::statisticsRow(int row) const
{
    return m_statistics ? m_statistics->rowOf(figureId(row)) : -1;
}

const Figure *ChartDataModel::figure(int row) const
{
    return m_statistics ? m_statistics->figureAt(statisticsRow(row)) : nullptr;
}

bool ChartDataModel::isDerived(int row) const
{
    const Figure *f = figure(row);
    return f && f->derived;
}

double ChartDataModel::maxValue() const
{
    double max = 0;
    for (int r = 0; r < rowCount(); ++r)
        if (const Figure *f = figure(r))
            max = std::max(max, f->value);
    return max;
}

int ChartDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chart.items.size());
}

int ChartDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure *f = figure(index.row());
    if (!f)
        return {};
    switch (role) {
    case FigureIdRole:
        return f->id;
    case Qt::ToolTipRole:
        return m_statistics->index(statisticsRow(index.row()), 0).data(Qt::ToolTipRole);
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LabelColumn: {
        const ChartItem &item = m_chart.items[index.row()];
        const Language lang = m_statistics->language();
        return item.label.isEmpty() ? f->label.text(lang) : item.label.text(lang);
    }
    case StatedColumn:
        return f->derived ? 0.0 : f->value;
    case DerivedColumn:
        return f->derived ? f->value : 0.0;
    case ValueColumn:
        return f->value;
    }
    return {};
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return data(index(section, LabelColumn));
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case StatedColumn:
        return tr("Stated in the report");
    case DerivedColumn:
        return tr("Derived from stated figures");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

void ChartDataModel::onStatisticsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // One signal for the rows affected, so that a chart redraws once per change. Whichever is
    // shorter is walked: the statistics rows that changed, or the chart's rows.
    int first = -1, last = -1;
    auto note = [&](int row) {
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    };
    if (bottomRight.row() - topLeft.row() + 1 <= rowCount()) {
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
            if (const int row = rowOf(m_statistics->index(r, 0).data(FigureIdRole).toString()); row >= 0)
                note(row);
    } else {
        for (int row = 0; row < rowCount(); ++row)
            if (const int r = statisticsRow(row); r >= topLeft.row() && r <= bottomRight.row())
                note(row);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ChartDataModel::onLanguageChanged()
{
    // The texts themselves were announced by the statistics model's dataChanged.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

} // namespace tongdao

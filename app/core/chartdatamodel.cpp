// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdatamodel.h"

#include "core/statisticsmodel.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace tongdao {

ChartDataModel::ChartDataModel(StatisticsModel *statistics, const ChartSpec &chart, QObject *parent)
    : QAbstractTableModel(parent)
    , m_statistics(statistics)
    , m_chart(chart)
{
    computeLanes();
    connect(statistics, &QAbstractItemModel::dataChanged, this, &ChartDataModel::onStatisticsChanged);
    connect(statistics, &StatisticsModel::languageChanged, this, &ChartDataModel::onLanguageChanged);
    connect(statistics, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        computeLanes();
        endResetModel();
    });
}

int ChartDataModel::figureRow(int row) const
{
    if (!m_statistics || row < 0 || row >= m_chart.items.size())
        return -1;
    return m_statistics->rowOf(m_chart.items[row].figure);
}

int ChartDataModel::rowOfFigure(int statisticsRow) const
{
    for (int r = 0; r < m_chart.items.size(); ++r)
        if (figureRow(r) == statisticsRow)
            return r;
    return -1;
}

QString ChartDataModel::figureId(int row) const
{
    return row >= 0 && row < m_chart.items.size() ? m_chart.items[row].figure : QString();
}

bool ChartDataModel::isDerived(int row) const
{
    const Figure *f = m_statistics ? m_statistics->figureAt(figureRow(row)) : nullptr;
    return f && f->derived;
}

double ChartDataModel::maxValue() const
{
    double max = 0;
    for (int r = 0; r < rowCount(); ++r)
        max = std::max(max, index(r, ValueColumn).data().toDouble());
    return max;
}

void ChartDataModel::computeLanes()
{
    // Timeline lanes: the n-th milestone in date order sits on lane n, so labels never collide.
    const int n = int(m_chart.items.size());
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto dateOf = [this](int r) {
        const Figure *f = m_statistics ? m_statistics->figureAt(figureRow(r)) : nullptr;
        return f ? f->date : QDate();
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dateOf(a) < dateOf(b); });
    m_lanes.fill(0, n);
    for (int rank = 0; rank < n; ++rank)
        m_lanes[order[rank]] = rank + 1;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_statistics)
        return {};
    const Figure *f = m_statistics->figureAt(figureRow(index.row()));
    if (!f || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return {};
    const Language lang = m_statistics->language();
    const QString label = m_chart.items[index.row()].label.isEmpty() ? f->label.text(lang)
                                                                     : m_chart.items[index.row()].label.text(lang);
    if (role == Qt::ToolTipRole)
        return m_statistics->index(figureRow(index.row()), 0).data(Qt::ToolTipRole);
    switch (index.column()) {
    case LabelColumn:
        return label;
    case StatedColumn:
        return f->derived ? 0.0 : f->value;
    case DerivedColumn:
        return f->derived ? f->value : 0.0;
    case ValueColumn:
        return f->value;
    case XColumn:
        if (f->isDate())
            return double(QDateTime(f->date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        return double(index.row());
    case YColumn:
        return f->isDate() ? double(m_lanes.value(index.row())) : 0.0;
    case SliceLabelColumn:
        // Qt Charts draws slice labels as rich text: this column is escaped for it.
        return QString(label.toHtmlEscaped() + QStringLiteral("<br>")
                       + m_statistics->valueText(*f, NumberFormatter::Symbols).toHtmlEscaped());
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
    case XColumn:
        return tr("Position");
    case YColumn:
        return tr("Lane");
    case SliceLabelColumn:
        return tr("Slice");
    }
    return {};
}

void ChartDataModel::onStatisticsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // One signal for the rows affected, so that a chart redraws once per change.
    int first = -1, last = -1;
    for (int r = 0; r < rowCount(); ++r) {
        const int source = figureRow(r);
        if (source >= topLeft.row() && source <= bottomRight.row()) {
            first = first < 0 ? r : first;
            last = r;
        }
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

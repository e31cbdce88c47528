// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartmodel.h"

#include "core/statisticsmodel.h"

namespace tongdao {

namespace {
// internalId: 0 for a category; group + 1 for a chart; (group + 1) << 32 | (chart + 1) for a figure.
constexpr quintptr chartId(int group)
{
    return quintptr(group) + 1;
}
constexpr quintptr figureId(int group, int chart)
{
    return (quintptr(group + 1) << 32) | quintptr(chart + 1);
}
} // namespace

ChartModel::ChartModel(StatisticsModel *statistics, QObject *parent)
    : QAbstractItemModel(parent)
    , m_statistics(statistics)
{
    static_assert(sizeof(quintptr) >= 8, "internal ids need 64 bits");
    rebuild();
    connect(statistics, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(statistics, &StatisticsModel::languageChanged, this, &ChartModel::retranslate);
}

const Dataset *ChartModel::dataset() const
{
    return m_statistics->dataset();
}

void ChartModel::rebuild()
{
    m_groups.clear();
    m_chartPositions.clear();
    const Dataset *ds = dataset();
    if (!ds)
        return;
    for (int c = 0; c < ds->categories.size(); ++c) {
        Group group{c, {}, {}};
        for (int k = 0; k < ds->charts.size(); ++k) {
            if (ds->charts[k].category == ds->categories[c].id) {
                m_chartPositions.insert(ds->charts[k].id, {int(m_groups.size()), int(group.charts.size())});
                group.charts.append(k);
                group.figures.append(ds->charts[k].figureIds());
            }
        }
        if (!group.charts.isEmpty())
            m_groups.append(group);
    }
}

void ChartModel::retranslate()
{
    // Every title changes with the language: tell the views level by level.
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(group, group);
        const int charts = rowCount(group);
        if (charts == 0)
            continue;
        Q_EMIT dataChanged(index(0, 0, group), index(charts - 1, ColumnCount - 1, group));
        for (int c = 0; c < charts; ++c) {
            const QModelIndex chart = index(c, 0, group);
            const int figures = rowCount(chart);
            if (figures > 0)
                Q_EMIT dataChanged(index(0, 0, chart), index(figures - 1, ColumnCount - 1, chart));
        }
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex ChartModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    const quintptr id = parent.internalId();
    if (id == 0) { // parent is a category
        const int g = parent.row();
        return row < m_groups[g].charts.size() ? createIndex(row, column, chartId(g)) : QModelIndex();
    }
    if ((id >> 32) == 0) { // parent is a chart
        const int g = int(id - 1);
        const int c = parent.row();
        return row < m_groups[g].figures[c].size() ? createIndex(row, column, figureId(g, c)) : QModelIndex();
    }
    return {};
}

QModelIndex ChartModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if ((id >> 32) == 0)
        return createIndex(int(id - 1), 0, quintptr(0));
    const int g = int((id >> 32) - 1);
    const int c = int((id & 0xffffffffu) - 1);
    return createIndex(c, 0, chartId(g));
}

int ChartModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return int(m_groups[parent.row()].charts.size());
    if ((id >> 32) == 0)
        return int(m_groups[int(id - 1)].figures[parent.row()].size());
    return 0;
}

int ChartModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const ChartSpec *ChartModel::chartAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    if (id == 0)
        return nullptr;
    if ((id >> 32) == 0)
        return &dataset()->charts[m_groups[int(id - 1)].charts[index.row()]];
    const int g = int((id >> 32) - 1);
    const int c = int((id & 0xffffffffu) - 1);
    return &dataset()->charts[m_groups[g].charts[c]];
}

QVariant ChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Dataset *ds = dataset();
    const Language lang = m_statistics->language();
    const quintptr id = index.internalId();
    if (id == 0) {
        const Category &category = ds->categories[m_groups[index.row()].category];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TitleColumn ? category.label.text(lang)
                 : index.column() == IdColumn    ? category.id
                                                 : QVariant();
        case NodeTypeRole:
            return CategoryNode;
        case CategoryIdRole:
            return category.id;
        }
        return {};
    }
    const ChartSpec *chart = chartAt(index);
    if ((id >> 32) == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TitleColumn ? chart->title.text(lang)
                 : index.column() == IdColumn    ? chart->id
                                                 : chartKindId(chart->kind);
        case Qt::ToolTipRole:
        case SubtitleRole:
            return chart->subtitle.text(lang);
        case NodeTypeRole:
            return ChartNode;
        case ChartIdRole:
            return chart->id;
        case CategoryIdRole:
            return chart->category;
        case KindRole:
            return chartKindId(chart->kind);
        }
        return {};
    }
    const int g = int((id >> 32) - 1);
    const int c = int((id & 0xffffffffu) - 1);
    const QString figure = m_groups[g].figures[c].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return m_statistics->indexOf(figure, StatisticsModel::LabelColumn).data();
        return index.column() == IdColumn ? QVariant(figure) : QVariant();
    case NodeTypeRole:
        return FigureNode;
    case ChartIdRole:
        return chart->id;
    case FigureIdRole:
        return figure;
    case CategoryIdRole:
        return chart->category;
    }
    return {};
}

QVariant ChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Chart");
    case IdColumn:
        return tr("Id");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

QModelIndex ChartModel::indexOfChart(QStringView chartIdText) const
{
    const auto it = m_chartPositions.constFind(chartIdText.toString());
    return it == m_chartPositions.cend() ? QModelIndex() : index(it->second, 0, index(it->first, 0));
}

} // namespace tongdao

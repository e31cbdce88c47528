// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QAbstractItemModel>
#include <QHash>

namespace tongdao {

class StatisticsModel;

// The dataset's charts grouped by category, each with its figures as children:
// category → chart → figure. Titles follow the interface language.
class ChartModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { TitleColumn, IdColumn, KindColumn, ColumnCount };
    Q_ENUM(Columns)
    enum NodeType { CategoryNode, ChartNode, FigureNode };
    Q_ENUM(NodeType)
    enum Roles {
        NodeTypeRole = Qt::UserRole + 1,
        ChartIdRole,  // chart and figure nodes
        FigureIdRole, // figure nodes
        CategoryIdRole,
        KindRole, // chart kind id ("bar", "pie"…)
        SubtitleRole,
    };
    Q_ENUM(Roles)

    explicit ChartModel(StatisticsModel *statistics, QObject *parent = nullptr);

    QModelIndex indexOfChart(QStringView chartId) const;
    const ChartSpec *chartAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        int category;               // index in the dataset's categories
        QList<int> charts;          // indexes in the dataset's charts
        QList<QStringList> figures; // per chart: its figure ids
    };
    void rebuild();
    void retranslate();
    const Dataset *dataset() const;

    StatisticsModel *m_statistics;
    QList<Group> m_groups;
    QHash<QString, std::pair<int, int>> m_chartPositions; // chart id → group, row
};

} // namespace tongdao

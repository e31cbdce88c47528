// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartsummary.h"

#include "core/chartdatamodel.h"

namespace tongdao {

ChartSummary::Item ChartSummary::item(const ChartDataModel &model, int row)
{
    Item item;
    const StatisticsModel *statistics = model.statistics();
    const QString id = model.figureId(row);
    if (!statistics || id.isEmpty())
        return item;
    item.name = model.index(row, ChartDataModel::LabelColumn).data().toString();
    const QModelIndex figure = statistics->indexOf(id, StatisticsModel::QuoteColumn);
    item.value = figure.data(StatisticsModel::ValueTextRole).toString();
    item.derived = figure.data(StatisticsModel::DerivedRole).toBool();
    item.description = figure.data().toString();
    if (item.derived)
        item.description = tr("%1 Derived: %2", "a derived figure's quote, then its formula")
                               .arg(item.description, figure.data(StatisticsModel::FormulaRole).toString());
    return item;
}

QString ChartSummary::title(const ChartDataModel &model)
{
    return model.statistics() ? model.chart().title.text(model.statistics()->language()) : QString();
}

QString ChartSummary::sentence(const ChartDataModel &model)
{
    const int n = model.rowCount();
    QStringList items;
    for (int row = 0; row < n; ++row) {
        const Item i = item(model, row);
        // The value says "(derived)" itself.
        items.append(tr("%1 %2", "an item of a chart summary: label, value").arg(i.name, i.value));
    }
    const QString list = items.join(tr(", ", "between the items of a chart summary"));
    // One form for one item, another for more: English counts "bar" and "bars"; Chinese and Malay
    // do not inflect, and translate both alike.
    const QString count = QString::number(n);
    switch (model.chart().kind) {
    case ChartKind::Bar:
    case ChartKind::HorizontalBar:
        return n == 1 ? tr("Bar chart, one bar: %1.").arg(list) : tr("Bar chart, %1 bars: %2.").arg(count, list);
    case ChartKind::Pie:
        return n == 1 ? tr("Pie chart, one slice: %1.").arg(list) : tr("Pie chart, %1 slices: %2.").arg(count, list);
    case ChartKind::Timeline:
        return n == 1 ? tr("Timeline, one event: %1.").arg(list) : tr("Timeline, %1 events: %2.").arg(count, list);
    case ChartKind::Facts:
        return n == 1 ? tr("Key figures, one figure: %1.").arg(list)
                      : tr("Key figures, %1 figures: %2.").arg(count, list);
    }
    return list;
}

} // namespace tongdao

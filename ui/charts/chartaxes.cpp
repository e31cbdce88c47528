// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdatamodel.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartaxes_p.h"
#include "ui/charts/tongdaochart_p.h"

namespace tongdao {

const Unit *chartUnit(const TongdaoChart *chart)
{
    const Unit *unit = nullptr;
    for (int r = 0; r < chart->data()->rowCount(); ++r) {
        const Figure *f = chart->figure(r);
        const Unit *u = f ? findUnit(f->unit) : nullptr;
        if (!u)
            continue;
        if (unit && unit != u)
            return nullptr;
        unit = u;
    }
    return unit;
}

ValueScale valueScaleFor(const TongdaoChart *chart)
{
    ValueScale v;
    const NumberFormatter &fmt = chart->data()->statistics()->formatter();
    const double max = chart->data()->maxValue();
    const Unit *unit = chartUnit(chart);
    // Counts of different things (agreements, projects) share an axis that still says its magnitude.
    v.scale = unit ? fmt.axisScale(max, *unit) : fmt.axisScale(max);
    // Ticks in the scaled unit, so that 231.3 billion gets steps of 50, not of 5e10.
    const QList<double> scaled = NumberFormatter::niceTicks(max / v.scale.divisor);
    for (double t : scaled)
        v.ticks.append(t * v.scale.divisor);
    v.top = v.ticks.isEmpty() ? 1 : v.ticks.last();
    return v;
}

void applyValueAxis(QCategoryAxis *axis, const ValueScale &scale, const TongdaoChart *chart)
{
    const NumberFormatter &fmt = chart->data()->statistics()->formatter();
    QStringList labels;
    for (double t : scale.ticks)
        labels.append(fmt.scaled(t, scale.scale));
    // Rebuilding the labels makes Qt Charts lay the chart out again: only when they change.
    bool same = axis->categoriesLabels() == labels;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = qFuzzyCompare(axis->endValue(labels[i]) + 1, scale.ticks[i] + 1);
    if (!same) {
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        axis->setStartValue(0);
        for (qsizetype i = 0; i < labels.size(); ++i)
            axis->append(labels[i], scale.ticks[i]);
        axis->setRange(0, scale.top);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);

    const Language lang = chart->data()->statistics()->language();
    const Unit *unit = chartUnit(chart);
    QString title = chart->data()->chart().valueAxis.text(lang);
    // Counts read "Trains"; amounts and scaled counts say their unit: "Value (billion yuan)",
    // and Chinese charts always do: "开行列数（列）".
    const bool sayUnit = !scale.scale.unitTitle.isEmpty()
                      && (lang == Language::Chinese || scale.scale.divisor > 1
                          || (unit && unit->kind != UnitKind::Count));
    // (Without a common unit the title is the magnitude alone, shown only when there is one.)
    if (sayUnit)
        title = title.isEmpty()           ? scale.scale.unitTitle
              : lang == Language::Chinese ? QStringLiteral("%1（%2）").arg(title, scale.scale.unitTitle)
                                          : QStringLiteral("%1 (%2)").arg(title, scale.scale.unitTitle);
    if (axis->titleText() != escapedForCharts(title))
        axis->setTitleText(escapedForCharts(title));
}

void styleAxis(QAbstractAxis *axis, const TongdaoChart *chart, bool grid)
{
    const ChartStyle &style = chart->style();
    const qreal u = chart->unit();
    axis->setLabelsFont(style.font(ChartText::AxisLabel, u));
    axis->setLabelsColor(style.text);
    axis->setTitleFont(style.font(ChartText::AxisTitle, u));
    axis->setTitleBrush(style.mutedText);
    axis->setLinePen(QPen(style.axis, 1));
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(QPen(style.grid, 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

void addStyledAxis(TongdaoChart *chart, QAbstractAxis *axis, Qt::Alignment alignment, bool grid)
{
    styleAxis(axis, chart, grid);
    chart->addAxis(axis, alignment);
}

} // namespace tongdao

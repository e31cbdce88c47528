// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the chart module: value axes with the interface language's own numbers.
#pragma once

#include "core/numberformatter.h"

#include <QtCharts/QCategoryAxis>

namespace tongdao {

class TongdaoChart;
struct ChartStyle;

// A value axis scaled for its language (billion yuan / 亿元) with nicely rounded ticks.
struct ValueScale
{
    AxisScale scale;
    QList<double> ticks;
    double top = 1;
};

// The one unit a chart's items share, or nullptr when they are counts of different things.
const Unit *chartUnit(const TongdaoChart *chart);
ValueScale valueScaleFor(const TongdaoChart *chart);
// Ticks as category labels placed on their values, so they can read "2313" or "231.3".
void applyValueAxis(QCategoryAxis *axis, const ValueScale &scale, const TongdaoChart *chart);
void styleAxis(QAbstractAxis *axis, const TongdaoChart *chart, bool grid);
// Styles an axis, then adds it to the chart: Qt Charts' theme keeps what is set before, instead of
// laying the axis's title out once in a bold font of its own that nothing shows.
void addStyledAxis(TongdaoChart *chart, QAbstractAxis *axis, Qt::Alignment alignment, bool grid);

} // namespace tongdao

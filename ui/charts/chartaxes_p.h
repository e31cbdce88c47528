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

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace tongdao {

// The chart as assistive technology sees it: a Chart named by its title and described by its
// summary (core/chartsummary.h), with one ListItem per bar, slice, timeline event or fact tile
// (name: the label; value: the value with its qualifier; description: the quote, and the formula
// of a derived figure). Installed once through QAccessible::installFactory by every ChartWidget.
void installChartAccessibility();

// Tells assistive technology that the chart's name and description changed: another chart, another
// language, another value.
void notifyChartChanged(QWidget *chart);

// Tells assistive technology that the chart's selected item, a child, now has the focus: a
// screen reader follows the arrow keys.
void notifyChartItemFocus(QWidget *chart, int row);

} // namespace tongdao

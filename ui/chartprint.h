// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPrinter;

namespace tongdao {

class ChartDataModel;

// Prints a chart on one page: the exported chart (1600×900, light), scaled to the page's printable
// area with its proportions kept. The same renderer as every export.
void printChart(ChartDataModel *model, QPrinter *printer);

} // namespace tongdao

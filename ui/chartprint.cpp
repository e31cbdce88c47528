// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chartprint.h"

#include "ui/charts/chartrenderer.h"

#include <QPainter>
#include <QPrinter>

namespace tongdao {

void printChart(ChartDataModel *model, QPrinter *printer)
{
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    ChartRenderer::paint(model, ExportOptions{}, &painter, QRectF(QPointF(0, 0), page.size()));
}

} // namespace tongdao

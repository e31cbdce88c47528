// SPDX-License-Identifier: GPL-3.0-or-later
// A doughnut whose slice values are mapped from the chart's data model; derived slices hatched.
#include "core/chartdatamodel.h"
#include "ui/charts/chartlayers_p.h"
#include "ui/charts/chartseriesproxy.h"

#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QVPieModelMapper>

namespace tongdao {

PieLayer::PieLayer(TongdaoChart *chart)
    : ChartLayer(chart)
    , m_series(new QPieSeries(chart))
{
    m_series->setHoleSize(0.42);
    m_series->setPieSize(0.62);
    chart->addSeries(m_series);
    QObject::connect(m_series, &QPieSeries::added, chart, [this] { styleSlices(); });
    QObject::connect(m_series, &QPieSeries::clicked, chart,
                     [this](QPieSlice *slice) { m_chart->rowClicked(int(m_series->slices().indexOf(slice))); });
    QObject::connect(m_series, &QPieSeries::hovered, chart, [this](QPieSlice *slice, bool state) {
        m_chart->rowHovered(int(m_series->slices().indexOf(slice)), state);
    });
    auto *mapper = new QVPieModelMapper(chart);
    mapper->setValuesColumn(ChartDataModel::ValueColumn);
    // The labels column holds text escaped for Qt Charts, which draws slice labels as rich text.
    mapper->setLabelsColumn(ChartSeriesProxy::SliceLabelColumn);
    mapper->setSeries(m_series);
    mapper->setModel(chart->series());
    styleSlices();
}

void PieLayer::styleSlices()
{
    const ChartStyle &style = m_chart->style();
    const qreal u = m_chart->unit();
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = slices[i];
        const QColor color = style.series.value(i % style.series.size());
        const bool derived = m_chart->data()->isDerived(i);
        slice->setBrush(derived ? QBrush(color, Qt::BDiagPattern) : QBrush(color));
        slice->setPen(derived ? QPen(color, 2) : QPen(style.sliceBorder, 2));
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        slice->setLabelColor(style.text);
        slice->setLabelFont(style.font(ChartText::SliceLabel, u));
        slice->setExploded(i == m_chart->selectedRow());
        slice->setExplodeDistanceFactor(0.06);
    }
}

void PieLayer::refresh()
{
    styleSlices();
}

void PieLayer::relayout()
{
}

void PieLayer::select(int row)
{
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        slices[i]->setExploded(i == row);
        QPen pen = slices[i]->pen();
        if (i == row)
            pen = QPen(m_chart->style().selection, 4);
        else
            pen = m_chart->data()->isDerived(i) ? QPen(slices[i]->brush().color(), 2)
                                                : QPen(m_chart->style().sliceBorder, 2);
        slices[i]->setPen(pen);
    }
}

QStringList PieLayer::valueLabels() const
{
    QStringList texts;
    for (const QPieSlice *slice : m_series->slices())
        texts.append(unescapedFromCharts(slice->label()));
    return texts;
}

QList<double> PieLayer::seriesValues() const
{
    QList<double> values;
    for (const QPieSlice *slice : m_series->slices())
        values.append(slice->value());
    return values;
}

QPointF PieLayer::itemCenter(int row) const
{
    const QList<QPieSlice *> slices = m_series->slices();
    if (row < 0 || row >= slices.size())
        return {};
    const QRectF plot = m_chart->plotArea();
    const QPointF center = plot.center();
    const qreal radius = std::min(plot.width(), plot.height()) / 2 * m_series->pieSize();
    const qreal r = radius * (1 + m_series->holeSize()) / 2;
    const qreal angle = qDegreesToRadians(slices[row]->startAngle() + slices[row]->angleSpan() / 2);
    return center + QPointF(std::sin(angle) * r, -std::cos(angle) * r);
}

std::unique_ptr<ChartLayer> ChartLayer::create(TongdaoChart *chart)
{
    switch (chart->data()->chart().kind) {
    case ChartKind::Bar:
        return std::make_unique<BarLayer>(chart, false);
    case ChartKind::HorizontalBar:
        return std::make_unique<BarLayer>(chart, true);
    case ChartKind::Pie:
        return std::make_unique<PieLayer>(chart);
    case ChartKind::Timeline:
        return std::make_unique<TimelineLayer>(chart);
    case ChartKind::Facts:
        return std::make_unique<FactsLayer>(chart);
    }
    return std::make_unique<FactsLayer>(chart);
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// Dated milestones on a time axis: each point mapped from the model (x: the date, y: its lane, so
// that no two labels share a line), labelled with its date and what happened.
#include "core/chartdatamodel.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartlayers_p.h"
#include "ui/charts/chartseriesproxy.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QTimeZone>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QVXYModelMapper>
#include <QtCharts/QValueAxis>

namespace tongdao {

namespace {
double msecs(QDate d)
{
    return double(QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}
} // namespace

TimelineLayer::TimelineLayer(TongdaoChart *chart)
    : ChartLayer(chart)
    , m_series(new QScatterSeries(chart))
    , m_time(new QCategoryAxis(chart))
    , m_lanes(new QValueAxis(chart))
{
    m_series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_series->setPen(Qt::NoPen);
    chart->addSeries(m_series);
    addStyledAxis(chart, m_time, Qt::AlignBottom, true);
    chart->addAxis(m_lanes, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_lanes);
    m_lanes->setVisible(false);
    // Each point's lane is its own: the lane finds the row.
    auto rowAt = [this](const QPointF &p) {
        const ChartSeriesProxy *series = m_chart->series();
        for (int r = 0; r < series->rowCount(); ++r)
            if (qFuzzyCompare(series->index(r, ChartSeriesProxy::YColumn).data().toDouble(), p.y()))
                return r;
        return -1;
    };
    QObject::connect(m_series, &QXYSeries::clicked, chart,
                     [this, rowAt](const QPointF &p) { m_chart->rowClicked(rowAt(p)); });
    QObject::connect(m_series, &QXYSeries::hovered, chart,
                     [this, rowAt](const QPointF &p, bool state) { m_chart->rowHovered(rowAt(p), state); });
    auto *mapper = new QVXYModelMapper(chart);
    mapper->setXColumn(ChartSeriesProxy::XColumn);
    mapper->setYColumn(ChartSeriesProxy::YColumn);
    mapper->setSeries(m_series);
    mapper->setModel(chart->series());
}

void TimelineLayer::refresh()
{
    const ChartDataModel *data = m_chart->data();
    const ChartStyle &style = m_chart->style();
    const qreal u = m_chart->unit();
    const NumberFormatter &fmt = data->statistics()->formatter();
    m_series->setColor(style.primary);
    m_series->setBorderColor(style.primary);
    m_series->setPen(QPen(style.primary, 2.5 * u));
    m_series->setMarkerSize(16 * u);
    m_series->setSelectedColor(style.selection);

    // Whole years on the axis, labelled the language's way (2016 / 2016年).
    QDate first, last;
    for (int r = 0; r < data->rowCount(); ++r) {
        const Figure *f = m_chart->figure(r);
        if (!f)
            continue;
        first = first.isValid() ? std::min(first, f->date) : f->date;
        last = last.isValid() ? std::max(last, f->date) : f->date;
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    const int fromYear = first.year();
    const int toYear = last.year() + 1;
    for (const QString &label : m_time->categoriesLabels())
        m_time->remove(label);
    // The axis starts a little before the first year so that its label is drawn too.
    const double start = msecs(QDate(fromYear, 1, 1).addDays(-40));
    m_time->setStartValue(start);
    for (int y = fromYear; y <= toYear; ++y)
        m_time->append(fmt.date(QDate(y, 1, 1), DatePrecision::Year), msecs(QDate(y, 1, 1)));
    m_time->setRange(start, msecs(QDate(toYear, 1, 1)));
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_time->setTitleText(escapedForCharts(data->chart().categoryAxis.text(data->statistics()->language())));
    styleAxis(m_time, m_chart, true);
    m_lanes->setRange(0, data->rowCount() + 1);

    while (m_labels.size() < data->rowCount()) {
        auto *plate = new QGraphicsRectItem(m_chart);
        plate->setPen(Qt::NoPen);
        plate->setZValue(4);
        m_plates.append(plate);
        m_labels.append(new QGraphicsSimpleTextItem(m_chart));
        m_labels.last()->setZValue(5);
        auto *stem = new QGraphicsLineItem(m_chart);
        stem->setZValue(-1);
        m_stems.append(stem);
    }
    while (m_labels.size() > data->rowCount()) {
        delete m_labels.takeLast();
        delete m_plates.takeLast();
        delete m_stems.takeLast();
    }
    // A transparent chart still needs its labels legible over the lines.
    const QColor plate = style.background.alpha() == 255 ? style.background : QColor(255, 255, 255, 220);
    m_texts.resize(data->rowCount());
    for (int r = 0; r < data->rowCount(); ++r) {
        const Figure *f = m_chart->figure(r);
        const QString what = data->index(r, ChartDataModel::LabelColumn).data().toString();
        // What is still to come says so, and its point is hollow.
        const bool scheduled = f && f->status == FigureStatus::Scheduled;
        const QString date = f ? fmt.date(f->date, f->datePrecision) : QString();
        m_texts[r] = f ? (scheduled ? fmt.markScheduled(date) : date) + QStringLiteral(" · ") + what : what;
        m_labels[r]->setText(m_texts[r]);
        m_plates[r]->setBrush(plate);
        if (r < m_series->count())
            m_series->setPointConfiguration(r, QXYSeries::PointConfiguration::Color,
                                            scheduled ? plate : QVariant(style.primary));
        QFont font = style.font(ChartText::TimelineLabel, u);
        font.setBold(r == m_chart->selectedRow());
        m_labels[r]->setFont(font);
        m_labels[r]->setBrush(style.text);
        m_stems[r]->setPen(
            QPen(style.theme == ChartTheme::Dark ? style.grid.lighter(160) : style.grid.darker(130), 1, Qt::DotLine));
    }
}

void TimelineLayer::relayout()
{
    const ChartSeriesProxy *series = m_chart->series();
    const QRectF plot = m_chart->plotArea();
    const qreal gap = 14 * m_chart->unit();
    // The chart's own rectangle, less a margin: no label is cut by the chart's edge.
    const qreal margin = 8 * m_chart->unit();
    const QRectF chart = m_chart->rect().adjusted(margin, 0, -margin, 0);
    for (int r = 0; r < m_labels.size() && r < series->rowCount(); ++r) {
        const QPointF p = m_chart->mapToPosition(QPointF(series->index(r, ChartSeriesProxy::XColumn).data().toDouble(),
                                                         series->index(r, ChartSeriesProxy::YColumn).data().toDouble()),
                                                 m_series);
        QGraphicsSimpleTextItem *label = m_labels[r];
        // Right of the point in the left part of the plot, left of it in the right part; where
        // the label does not fit inside the chart there, on the side with more room, shortened
        // with "…" if it must (its whole text in the tooltip, the summary and the table).
        const QString &text = m_texts.value(r);
        const QFontMetricsF metrics(label->font());
        const qreal width = metrics.horizontalAdvance(text);
        const qreal roomRight = chart.right() - (p.x() + gap), roomLeft = p.x() - gap - chart.left();
        bool right = p.x() < plot.left() + plot.width() * 0.45;
        if (width > (right ? roomRight : roomLeft))
            right = roomRight >= roomLeft;
        const qreal room = std::max<qreal>(0, right ? roomRight : roomLeft);
        const bool shortened = width > room;
        label->setText(shortened ? metrics.elidedText(text, Qt::ElideRight, room) : text);
        label->setToolTip(shortened ? text : QString());
        const QRectF box = label->boundingRect();
        label->setPos(right ? p.x() + gap : p.x() - gap - box.width(), p.y() - box.height() / 2);
        const qreal pad = 3 * m_chart->unit();
        m_plates[r]->setRect(label->mapRectToParent(box).adjusted(-pad, -pad / 2, pad, pad / 2));
        m_stems[r]->setLine(QLineF(p, QPointF(p.x(), plot.bottom())));
    }
}

void TimelineLayer::select(int row)
{
    m_series->deselectAllPoints();
    if (row >= 0 && row < m_series->count())
        m_series->selectPoint(row);
    refresh();
    relayout();
}

QStringList TimelineLayer::valueLabels() const
{
    return m_texts; // whole, as the chart states them
}

QList<double> TimelineLayer::seriesValues() const
{
    QList<double> values;
    for (const QPointF &p : m_series->points())
        values.append(p.x());
    return values;
}

QPointF TimelineLayer::itemCenter(int row) const
{
    if (row < 0 || row >= m_series->count())
        return {};
    return m_chart->mapToPosition(m_series->at(row), m_series);
}

} // namespace tongdao

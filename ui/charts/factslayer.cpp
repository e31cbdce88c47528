// SPDX-License-Identifier: GPL-3.0-or-later
// Key figures of different units side by side, as a newspaper prints them: one tile per figure.
// Mapped from the chart's data model like any series (an invisible scatter keeps the binding),
// and every tile re-reads the model when it changes.
#include "core/chartdatamodel.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartlayers_p.h"
#include "ui/charts/chartseriesproxy.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QPainter>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QVXYModelMapper>
#include <QtCharts/QValueAxis>

namespace tongdao {

class FactsLayer::Tile : public QGraphicsObject
{
public:
    Tile(TongdaoChart *chart, int row)
        : QGraphicsObject(chart)
        , m_chart(chart)
        , m_row(row)
        , m_value(makeTextItem(this, {}, {}))
        , m_label(makeTextItem(this, {}, {}))
    {
        setAcceptHoverEvents(true);
        setAcceptedMouseButtons(Qt::LeftButton);
        setCursor(Qt::PointingHandCursor);
        setZValue(10);
    }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const ChartStyle &style = m_chart->style();
        const bool derived = m_chart->data()->isDerived(m_row);
        QColor fill = style.primary;
        fill.setAlpha(m_hover ? 40 : 22);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(derived ? QBrush(fill, Qt::BDiagPattern) : QBrush(fill));
        const bool selected = m_chart->selectedRow() == m_row;
        QPen pen(selected ? style.selection : style.primary, selected ? 4 * m_chart->unit() : 1.5 * m_chart->unit());
        if (derived)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        const qreal radius = 10 * m_chart->unit();
        painter->drawRoundedRect(m_rect.adjusted(2, 2, -2, -2), radius, radius);
    }

    // Places the tile in rect and lays out its texts for that size.
    void place(const QRectF &rect)
    {
        prepareGeometryChange();
        m_rect = QRectF(QPointF(0, 0), rect.size());
        setPos(rect.topLeft());
        const ChartStyle &style = m_chart->style();
        const qreal u = m_chart->unit();
        const Figure *f = m_chart->figure(m_row);
        const StatisticsModel *stats = m_chart->data()->statistics();
        const qreal pad = 18 * u;
        QFont valueFont = style.font(ChartText::TileValue, u);
        valueFont.setPixelSize(
            std::max(1, qRound(std::min(ChartStyle::pixelSize(ChartText::TileValue) * u, rect.height() * 0.3))));
        m_value->setFont(valueFont);
        m_value->setDefaultTextColor(style.primaryText);
        m_value->setTextWidth(rect.width() - 2 * pad);
        m_value->setPlainText(f ? stats->valueText(*f, NumberFormatter::Symbols) : QString());
        QFont labelFont = style.font(ChartText::TileLabel, u);
        labelFont.setPixelSize(
            std::max(1, qRound(std::min(ChartStyle::pixelSize(ChartText::TileLabel) * u, rect.height() * 0.14))));
        m_label->setFont(labelFont);
        m_label->setDefaultTextColor(style.text);
        m_label->setTextWidth(rect.width() - 2 * pad);
        m_label->setPlainText(m_chart->data()->index(m_row, ChartDataModel::LabelColumn).data().toString());
        const qreal total = m_value->boundingRect().height() + 6 * u + m_label->boundingRect().height();
        const qreal top = std::max(pad, (rect.height() - total) / 2);
        m_value->setPos(pad, top);
        m_label->setPos(pad, top + m_value->boundingRect().height() + 6 * u);
        QGraphicsObject::update();
    }

    QString valueText() const { return m_value->toPlainText(); }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override { event->accept(); }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (boundingRect().contains(event->pos()))
            m_chart->rowClicked(m_row);
    }
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hover = true;
        QGraphicsObject::update();
        m_chart->rowHovered(m_row, true);
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hover = false;
        QGraphicsObject::update();
        m_chart->rowHovered(m_row, false);
    }

private:
    TongdaoChart *m_chart;
    int m_row;
    QGraphicsTextItem *m_value;
    QGraphicsTextItem *m_label;
    QRectF m_rect;
    bool m_hover = false;
};

FactsLayer::FactsLayer(TongdaoChart *chart)
    : ChartLayer(chart)
    , m_series(new QScatterSeries(chart))
{
    chart->addSeries(m_series);
    auto *x = new QValueAxis(chart);
    auto *y = new QValueAxis(chart);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    x->setVisible(false);
    y->setVisible(false);
    x->setRange(-0.5, std::max(0, chart->data()->rowCount() - 1) + 0.5);
    y->setRange(-1, 1);
    m_series->setMarkerSize(1);
    m_series->setColor(Qt::transparent);
    m_series->setBorderColor(Qt::transparent);
    auto *mapper = new QVXYModelMapper(chart);
    mapper->setXColumn(ChartSeriesProxy::XColumn);
    mapper->setYColumn(ChartSeriesProxy::YColumn);
    mapper->setSeries(m_series);
    mapper->setModel(chart->series());
}

FactsLayer::~FactsLayer() = default;

void FactsLayer::refresh()
{
    const int n = m_chart->data()->rowCount();
    while (m_tiles.size() < n)
        m_tiles.append(new Tile(m_chart, int(m_tiles.size())));
    while (m_tiles.size() > n)
        delete m_tiles.takeLast();
}

void FactsLayer::relayout()
{
    const int n = int(m_tiles.size());
    if (n == 0)
        return;
    // The area between the header and the footer, in a grid: 2 → 2×1, 4 → 2×2, 5 → 3+2.
    const QRectF area = m_chart->plotArea();
    const int columns = n <= 3 ? n : (n == 4 ? 2 : 3);
    const int rows = (n + columns - 1) / columns;
    const qreal gap = 16 * m_chart->unit();
    const qreal w = (area.width() - gap * (columns - 1)) / columns;
    const qreal h = std::min((area.height() - gap * (rows - 1)) / rows, 260 * m_chart->unit());
    const qreal top = area.top() + (area.height() - (h * rows + gap * (rows - 1))) / 2;
    for (int i = 0; i < n; ++i) {
        const int row = i / columns;
        const int inRow = std::min(columns, n - row * columns);
        const qreal left = area.left() + (area.width() - (w * inRow + gap * (inRow - 1))) / 2;
        m_tiles[i]->place(QRectF(left + (i % columns) * (w + gap), top + row * (h + gap), w, h));
    }
}

void FactsLayer::select(int)
{
    for (Tile *tile : std::as_const(m_tiles))
        tile->QGraphicsObject::update();
}

QStringList FactsLayer::valueLabels() const
{
    QStringList texts;
    for (const Tile *tile : m_tiles)
        texts.append(tile->valueText());
    return texts;
}

QList<double> FactsLayer::seriesValues() const
{
    // The series holds positions; the values are the model's, read by the tiles.
    QList<double> values;
    for (int r = 0; r < m_chart->data()->rowCount() && r < m_series->count(); ++r)
        values.append(m_chart->data()->index(r, ChartDataModel::ValueColumn).data().toDouble());
    return values;
}

QPointF FactsLayer::itemCenter(int row) const
{
    if (row < 0 || row >= m_tiles.size())
        return {};
    return m_tiles[row]->mapToParent(m_tiles[row]->boundingRect().center());
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// Bars, vertical or horizontal: stacked bar sets mapped from the chart's data (each row has its
// value in exactly one set: stated or derived, and per scope where the items count different
// things), value labels above the bars.
#include "core/chartdatamodel.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartaxes_p.h"
#include "ui/charts/chartlayers_p.h"
#include "ui/charts/chartseriesproxy.h"

#include <QGraphicsSimpleTextItem>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QVBarModelMapper>

namespace tongdao {

BarLayer::BarLayer(TongdaoChart *chart, bool horizontal)
    : ChartLayer(chart)
    , m_horizontal(horizontal)
{
    if (horizontal)
        m_series = new QHorizontalStackedBarSeries(chart);
    else
        m_series = new QStackedBarSeries(chart);
    m_series->setBarWidth(0.55);
    chart->addSeries(m_series);

    m_categories = new QBarCategoryAxis(chart);
    m_values = new QCategoryAxis(chart);
    addStyledAxis(chart, m_categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom, false);
    addStyledAxis(chart, m_values, horizontal ? Qt::AlignBottom : Qt::AlignLeft, true);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    // Read from the top, as the chart lists its items.
    if (horizontal)
        m_categories->setReverse(true);

    // The mapper rebuilds its bar sets whenever the model's rows change: style them each time.
    QObject::connect(m_series, &QAbstractBarSeries::barsetsAdded, chart, [this] { styleSets(); });
    auto *mapper = new QVBarModelMapper(chart);
    const ChartSeriesProxy *series = chart->series();
    mapper->setFirstBarSetColumn(ChartSeriesProxy::FirstBarSetColumn);
    mapper->setLastBarSetColumn(ChartSeriesProxy::FirstBarSetColumn + int(series->barSets().size()) - 1);
    mapper->setFirstRow(0);
    mapper->setSeries(m_series);
    mapper->setModel(chart->series());
    styleSets();
}

void BarLayer::styleSets()
{
    const ChartStyle &style = m_chart->style();
    const QList<QBarSet *> sets = m_series->barSets();
    const QList<ChartSeriesProxy::BarSet> &kinds = m_chart->series()->barSets();
    QList<int> scopes; // the scopes in order: each its own colour
    for (const ChartSeriesProxy::BarSet &kind : kinds)
        if (!scopes.contains(kind.scope))
            scopes.append(kind.scope);
    for (int i = 0; i < sets.size() && i < kinds.size(); ++i) {
        QBarSet *set = sets[i];
        const bool derived = kinds[i].derived;
        const QColor colour = kinds[i].scope < 0
                                ? style.primary
                                : style.series.value(int(scopes.indexOf(kinds[i].scope)) % style.series.size());
        if (derived) {
            // Derived values are hatched and outlined: never mistaken for a stated figure.
            set->setBrush(QBrush(colour, Qt::BDiagPattern));
            set->setPen(QPen(colour, 2));
        } else {
            set->setBrush(colour);
            set->setPen(Qt::NoPen);
        }
        set->setSelectedColor(style.selection);
        set->setLabelColor(style.text);
        if (m_connected.contains(set))
            continue;
        m_connected.append(set);
        QObject::connect(set, &QBarSet::clicked, m_chart, [this](int index) { m_chart->rowClicked(index); });
        QObject::connect(set, &QBarSet::hovered, m_chart,
                         [this](bool status, int index) { m_chart->rowHovered(index, status); });
    }
    select(m_chart->selectedRow());
}

void BarLayer::refresh()
{
    const ChartDataModel *data = m_chart->data();
    const qreal u = m_chart->unit();
    QStringList labels;
    const Language lang = data->statistics()->language();
    const bool scoped = data->chart().mixesScopes();
    for (int r = 0; r < data->rowCount(); ++r) {
        // Items that count different things say so under their labels, in the muted colour.
        QString label = wrapped(data->index(r, ChartDataModel::LabelColumn).data().toString());
        if (scoped)
            label += QStringLiteral("<br><span style='color:%1'>").arg(m_chart->style().mutedText.name())
                   + wrapped(data->chart().items[r].scope.text(lang)) + QStringLiteral("</span>");
        labels.append(label);
    }
    const bool showLegend = m_chart->series()->barSets().size() > 1;
    if (m_categories->categories() != labels) {
        m_categories->clear();
        m_categories->append(labels);
    }
    m_categories->setTitleText(escapedForCharts(data->chart().categoryAxis.text(data->statistics()->language())));
    m_scale = valueScaleFor(m_chart);
    applyValueAxis(m_values, m_scale, m_chart);
    styleAxis(m_categories, m_chart, false);
    styleAxis(m_values, m_chart, true);
    m_categories->setLabelsFont(m_chart->style().font(ChartText::CategoryLabel, u));

    // A legend only where it helps: when a derived bar, or a scope, needs explaining.
    QLegend *legend = m_chart->legend();
    legend->setVisible(showLegend);
    legend->setAlignment(Qt::AlignTop);
    legend->setLabelColor(m_chart->style().text);
    const QList<QLegendMarker *> markers = legend->markers(m_series);
    for (QLegendMarker *marker : markers)
        marker->setFont(m_chart->style().font(ChartText::Legend, u));

    // Value labels: one per row, above (or after) its bar.
    while (m_labels.size() < data->rowCount())
        m_labels.append(new QGraphicsSimpleTextItem(m_chart));
    while (m_labels.size() > data->rowCount())
        delete m_labels.takeLast();
    const NumberFormatter &fmt = data->statistics()->formatter();
    for (int r = 0; r < data->rowCount(); ++r) {
        const Figure *f = m_chart->figure(r);
        QGraphicsSimpleTextItem *label = m_labels[r];
        const QFont font = m_chart->style().font(ChartText::ValueLabel, u);
        label->setFont(f && f->derived ? m_chart->emphasized(font) : font);
        label->setBrush(m_chart->style().text);
        const QString value = f ? fmt.scaled(f->value, m_scale.scale, f->qualifier) : QString();
        label->setText(f && f->derived ? fmt.markDerived(value) : value);
        label->setZValue(20);
    }
}

QString BarLayer::wrapped(const QString &label) const
{
    return wrappedForCharts(label, m_horizontal ? 26 : 22);
}

void BarLayer::relayout()
{
    const ChartDataModel *data = m_chart->data();
    const qreal gap = 8 * m_chart->unit();
    for (int r = 0; r < m_labels.size() && r < data->rowCount(); ++r) {
        const double v = data->index(r, ChartDataModel::ValueColumn).data().toDouble();
        QGraphicsSimpleTextItem *label = m_labels[r];
        const QRectF box = label->boundingRect();
        if (m_horizontal) {
            const QPointF end = m_chart->mapToPosition(QPointF(v, r), m_series);
            label->setPos(end.x() + gap, end.y() - box.height() / 2);
        } else {
            const QPointF top = m_chart->mapToPosition(QPointF(r, v), m_series);
            label->setPos(top.x() - box.width() / 2, top.y() - box.height() - gap / 2);
        }
    }
}

void BarLayer::select(int row)
{
    const QList<QBarSet *> sets = m_series->barSets();
    const int set = row >= 0 ? m_chart->series()->barSetOf(row) : -1;
    for (int i = 0; i < sets.size(); ++i) {
        sets[i]->deselectAllBars();
        if (i == set)
            sets[i]->selectBar(row);
    }
}

QStringList BarLayer::valueLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        texts.append(label->text());
    return texts;
}

QList<double> BarLayer::seriesValues() const
{
    // What the bars show: per row, the sum of the stacked sets (one of them is 0).
    QList<double> values;
    const QList<QBarSet *> sets = m_series->barSets();
    const int n = sets.isEmpty() ? 0 : int(sets.first()->count());
    for (int r = 0; r < n; ++r) {
        double v = 0;
        for (const QBarSet *set : sets)
            v += set->at(r);
        values.append(v);
    }
    return values;
}

QPointF BarLayer::itemCenter(int row) const
{
    const double v = m_chart->data()->index(row, ChartDataModel::ValueColumn).data().toDouble();
    return m_horizontal ? m_chart->mapToPosition(QPointF(v / 2, row), m_series)
                        : m_chart->mapToPosition(QPointF(row, v / 2), m_series);
}

} // namespace tongdao

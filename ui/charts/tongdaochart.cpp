// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdatamodel.h"
#include "core/numberformatter.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartseriesproxy.h"
#include "ui/charts/tongdaochart_p.h"

#include <QGraphicsLayout>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>

#include <algorithm>

namespace tongdao {

QGraphicsTextItem *makeTextItem(QGraphicsItem *parent, const QFont &font, const QColor &color)
{
    auto *item = new QGraphicsTextItem(parent);
    item->document()->setDocumentMargin(0);
    item->setFont(font);
    item->setDefaultTextColor(color);
    item->setTextInteractionFlags(Qt::NoTextInteraction);
    item->setAcceptHoverEvents(false);
    return item;
}

QString escapedForCharts(const QString &plain)
{
    return plain.toHtmlEscaped();
}

QString unescapedFromCharts(const QString &html)
{
    QString s = html;
    s.replace(QLatin1String("<br>"), QLatin1String("\n"));
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    s.remove(tag); // spans that colour a part of a label
    s.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

QString wrappedForCharts(const QString &label, int limit)
{
    // Long category labels break where the language allows a line break — at spaces, between
    // Chinese characters, never before closing punctuation （…） or after opening punctuation —
    // instead of being cut short. Chinese characters are wide: half as many fit on a line.
    const bool chinese = std::any_of(label.begin(), label.end(),
                                     [](QChar c) { return c.script() == QChar::Script_Han; });
    const int max = chinese ? limit / 2 : limit;
    QStringList lines;
    QString line;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, label);
    qsizetype last = 0;
    for (qsizetype at = breaks.toNextBoundary(); at > 0; at = breaks.toNextBoundary()) {
        const QString piece = label.mid(last, at - last);
        last = at;
        if (!line.isEmpty() && line.trimmed().size() + piece.trimmed().size() > max) {
            lines.append(line.trimmed());
            line.clear();
        }
        line += piece;
    }
    if (!line.trimmed().isEmpty())
        lines.append(line.trimmed());
    QStringList escaped;
    for (const QString &l : std::as_const(lines))
        escaped.append(escapedForCharts(l));
    return escaped.join(QStringLiteral("<br>"));
}

TongdaoChart::TongdaoChart(ChartDataModel *data, const ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_data(data)
    , m_series(new ChartSeriesProxy(data, this))
    , m_style(style)
{
    // An explicit minimum: otherwise the layout's minimum (margins, axes, legend) makes QChartView
    // refuse to shrink below it, and the chart overflows a small pane. Set first: it resizes the
    // chart, and nothing is there yet to be laid out at a size it will not be shown at.
    setMinimumSize(QSizeF(240, 160));
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setBackgroundBrush(style.background);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    legend()->setVisible(false);
    legend()->setLabelColor(style.text);

    // Fonts are given in layoutFrame, once the size (and so the scale) is known.
    m_title = makeTextItem(this, {}, style.text);
    m_subtitle = makeTextItem(this, {}, style.mutedText);
    m_callouts = makeTextItem(this, {}, style.accent);
    m_note = makeTextItem(this, {}, style.text);
    m_source = makeTextItem(this, {}, style.mutedText);
    m_source->setVisible(style.sourceLine);

    m_layer = ChartLayer::create(this);
    // Texts now; fonts, axes and labels once the chart is given the size it is shown at, in
    // resizeEvent: one layout, not one per intermediate size.
    setFrameTexts();

    connect(this, &QChart::plotAreaChanged, this, &TongdaoChart::onPlotAreaChanged);
    connect(data, &QAbstractItemModel::dataChanged, this, [this] {
        refreshFrame();
        m_layer->refresh();
        settle();
    });
    // Column headers name the series (the mappers' sets and legend); rows are drawn from the data,
    // so a language switch, which announces both, restyles the chart once, on dataChanged.
    connect(data, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation) {
        if (orientation == Qt::Horizontal)
            settle();
    });
}

TongdaoChart::~TongdaoChart() = default;

qreal TongdaoChart::unit() const
{
    const QSizeF s = size();
    if (s.isEmpty())
        return 1.0;
    // Never below 0.7: on a screen-sized chart, axis labels stay at 11 px or more.
    return std::clamp(std::min(s.width() / 1600.0, s.height() / 900.0), 0.7, 3.0);
}

const Figure *TongdaoChart::figure(int row) const
{
    return m_data->figure(row);
}

QFont TongdaoChart::emphasized(QFont font) const
{
    if (m_data->statistics()->language() == Language::Chinese)
        font.setWeight(QFont::Bold);
    else
        font.setItalic(true);
    return font;
}

void TongdaoChart::settle()
{
    // Qt Charts lays itself out on a posted event; do it now, so that the next paint is the
    // final one instead of a stale frame followed by another.
    if (layout())
        layout()->activate();
    m_layer->relayout();
}

void TongdaoChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    if (m_layer)
        applySize();
}

void TongdaoChart::ensureLaidOut()
{
    if (!m_laidOut && m_layer)
        applySize();
}

void TongdaoChart::applySize()
{
    m_laidOut = true;
    layoutFrame();
    // Fonts follow the chart's scale; most resizes of a window leave it as it was.
    if (!qFuzzyCompare(unit(), m_styledUnit)) {
        m_styledUnit = unit();
        m_layer->refresh();
    }
    m_layer->relayout();
}

void TongdaoChart::setSelectedRow(int row)
{
    if (row < -1 || row >= m_data->rowCount())
        row = -1;
    m_selectedRow = row;
    m_layer->select(row);
}

QStringList TongdaoChart::valueLabels() const
{
    return m_layer->valueLabels();
}

QStringList TongdaoChart::allTexts() const
{
    QStringList texts = frameTexts() + valueLabels();
    for (QAbstractAxis *axis : axes()) {
        if (!axis->isVisible())
            continue;
        if (!axis->titleText().isEmpty())
            texts.append(unescapedFromCharts(axis->titleText()));
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            for (const QString &label : categories->categories())
                texts.append(unescapedFromCharts(label));
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
            texts.append(categories->categoriesLabels());
    }
    if (legend()->isVisible())
        for (const QLegendMarker *marker : legend()->markers())
            if (marker->isVisible())
                texts.append(marker->label());
    return texts;
}

QList<double> TongdaoChart::seriesValues() const
{
    return m_layer->seriesValues();
}

QPointF TongdaoChart::itemCenter(int row) const
{
    return m_layer->itemCenter(row);
}

QString TongdaoChart::toolTip(int row) const
{
    return m_data->index(row, ChartDataModel::LabelColumn).data(Qt::ToolTipRole).toString();
}

void TongdaoChart::rowClicked(int row)
{
    if (row >= 0 && row < m_data->rowCount())
        Q_EMIT figureClicked(m_data->figureId(row));
}

void TongdaoChart::rowHovered(int row, bool entered)
{
    if (row >= 0 && row < m_data->rowCount())
        Q_EMIT figureHovered(m_data->figureId(row), entered);
}

} // namespace tongdao

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

    connect(this, &QChart::plotAreaChanged, this, [this] { m_layer->relayout(); });
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

QString TongdaoChart::calloutText(int index) const
{
    const StatisticsModel *stats = m_data->statistics();
    return replaceFigureReferences(m_data->chart().callouts.value(index).text(stats->language()),
                                   [stats](const QString &id) {
                                       const QModelIndex figure = stats->indexOf(id);
                                       return figure.isValid() ? figure.data(StatisticsModel::SymbolTextRole).toString()
                                                               : QString();
                                   });
}

QString TongdaoChart::sourceLineFor(const ChartDataModel *data)
{
    const StatisticsModel *stats = data->statistics();
    const Dataset *ds = stats->dataset();
    if (!ds)
        return {};
    const Language lang = stats->language();
    const ChartSpec &chart = data->chart();
    QString headline = ds->text.headline();
    if (!ds->text.deck().isEmpty())
        headline += (headline.isEmpty() ? QString() : QStringLiteral(" ")) + ds->text.deck();
    // Every section the chart's figures come from, the same in every language.
    QStringList sections;
    for (int section : chart.sections) {
        if (section < 0) {
            sections.append(tr("opening", "the part of a report before its first section heading"));
            continue;
        }
        const QString original = ds->text.sectionHeadings().value(section);
        const QString translated = ds->sectionName(section, lang);
        sections.append(translated == original ? original : QStringLiteral("%1 (%2)").arg(original, translated));
    }
    const QString section = (sections.size() == 1 ? tr("section %1") : tr("sections %1"))
                                .arg(sections.join(lang == Language::Chinese ? QStringLiteral("、")
                                                                             : QStringLiteral(", ")));
    const NumberFormatter &fmt = stats->formatter();
    const auto published = parseIsoDate(ds->report.published);
    const QString date = published ? fmt.date(published->first, published->second) : QString();
    // A dataset drafted from a text has no publication date until one is given.
    QString line = date.isEmpty() ? tr("Source: “%1”, %2 · charted with Tongdao").arg(headline, section)
                                  : tr("Source: “%1”, %2, %3 · charted with Tongdao").arg(headline, date, section);
    for (int r = 0; r < data->rowCount(); ++r)
        if (data->isDerived(r))
            return line + QLatin1Char(' ') + tr("· hatched: derived from stated figures");
    return line;
}

void TongdaoChart::refreshFrame()
{
    setFrameTexts();
    layoutFrame();
}

void TongdaoChart::setFrameTexts()
{
    const StatisticsModel *stats = m_data->statistics();
    const Language lang = stats->language();
    const ChartSpec &chart = m_data->chart();
    m_title->setPlainText(chart.title.text(lang));
    m_subtitle->setPlainText(chart.subtitle.text(lang));
    QStringList callouts;
    for (int i = 0; i < chart.callouts.size(); ++i)
        callouts.append(calloutText(i));
    m_callouts->setPlainText(callouts.join(QStringLiteral("   ·   ")));
    m_callouts->setVisible(!callouts.isEmpty());
    m_note->setPlainText(chart.note.text(lang));
    m_note->setVisible(!chart.note.isEmpty());
    m_source->setPlainText(sourceLine());
}

void TongdaoChart::layoutFrame()
{
    const QSizeF s = size();
    if (s.isEmpty())
        return;
    const qreal u = unit();
    const qreal pad = 28 * u;
    const qreal width = s.width() - 2 * pad;
    auto place = [&](QGraphicsTextItem *item, const QFont &font, qreal y) {
        item->setFont(font);
        item->setTextWidth(width);
        item->setPos(pad, y);
        return item->isVisible() ? item->boundingRect().height() : 0.0;
    };
    qreal y = pad;
    y += place(m_title, m_style.font(ChartText::Title, u), y) + 6 * u;
    y += place(m_subtitle, m_style.font(ChartText::Subtitle, u), y);
    if (m_callouts->isVisible())
        y += 8 * u + place(m_callouts, m_style.font(ChartText::Callout, u), y + 8 * u);
    const qreal top = y + 10 * u;

    qreal bottom = pad;
    const qreal sourceHeight = m_source->isVisible() ? place(m_source, m_style.font(ChartText::Source, u), 0) : 0;
    const qreal noteHeight = m_note->isVisible() ? place(m_note, emphasized(m_style.font(ChartText::Note, u)), 0) : 0;
    m_source->setY(s.height() - pad - sourceHeight);
    m_note->setY(s.height() - pad - sourceHeight - (sourceHeight > 0 ? 6 * u : 0) - noteHeight);
    bottom += sourceHeight + noteHeight + (noteHeight > 0 ? 6 * u : 0) + 10 * u;
    setMargins(QMargins(int(pad), int(top), int(pad), int(bottom)));
    legend()->setFont(m_style.font(ChartText::Legend, u));
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
    if (!m_layer)
        return;
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

QStringList TongdaoChart::frameTexts() const
{
    QStringList texts;
    for (const QGraphicsTextItem *item : {m_title, m_subtitle, m_callouts, m_note, m_source})
        if (item->isVisible())
            texts.append(item->toPlainText());
    return texts;
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

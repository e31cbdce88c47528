// SPDX-License-Identifier: GPL-3.0-or-later
// TongdaoChart's frame: title, subtitle, callouts, note and source line around the plot, complete
// in exports and fitted on screen.
#include "core/chartdatamodel.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartwidget.h"
#include "ui/charts/tongdaochart_p.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtCharts/QLegend>

namespace tongdao {

namespace {

constexpr int completeTextKey = 0; // QGraphicsItem::data: a frame text as written
constexpr int placedLinesKey = 1;  // the line limit it was last laid out with; none since its text was set

// Shows a frame text in at most maxLines lines at its width (0: all of it), the last one ending
// in "…"; where it is shortened, the whole text is its tooltip.
void showLines(QGraphicsTextItem *item, int maxLines)
{
    const QString complete = item->data(completeTextKey).toString();
    if (item->toPlainText() != complete)
        item->setPlainText(complete);
    item->setToolTip(QString());
    if (maxLines <= 0 || complete.isEmpty())
        return;
    QTextDocument *doc = item->document();
    doc->documentLayout()->documentSize(); // lays the text out
    int line = 0;
    int cut = -1;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i, ++line)
            if (line == maxLines - 1)
                cut = block.position() + layout->lineAt(i).textStart();
            else if (line == maxLines) {
                const QFontMetricsF metrics(item->font());
                const QString rest = complete.mid(cut).simplified();
                item->setPlainText(complete.left(cut)
                                   + metrics.elidedText(rest, Qt::ElideRight, item->textWidth() - 2));
                item->setToolTip(plainTextToolTip(complete));
                return;
            }
    }
}

// Lays a frame text out in a font, at a width, in at most maxLines lines. A text already laid out
// so is left as it is: the compaction tries several layouts, most of which change one text.
void placeText(QGraphicsTextItem *item, const QFont &font, qreal width, int maxLines)
{
    const QVariant placed = item->data(placedLinesKey);
    if (placed.isValid() && placed.toInt() == maxLines && item->textWidth() == width && item->font() == font)
        return;
    item->setFont(font);
    item->setTextWidth(width);
    showLines(item, maxLines);
    item->setData(placedLinesKey, maxLines);
}

void setCompleteText(QGraphicsTextItem *item, const QString &text)
{
    item->setData(completeTextKey, text);
    item->setData(placedLinesKey, QVariant());
    item->setPlainText(text);
    item->setToolTip(QString());
}

} // namespace

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
    setCompleteText(m_title, chart.title.text(lang));
    setCompleteText(m_subtitle, chart.subtitle.text(lang));
    QStringList callouts;
    for (int i = 0; i < chart.callouts.size(); ++i)
        callouts.append(calloutText(i));
    setCompleteText(m_callouts, callouts.join(QStringLiteral("   ·   ")));
    m_callouts->setVisible(!callouts.isEmpty());
    setCompleteText(m_note, chart.note.text(lang));
    m_note->setVisible(!chart.note.isEmpty());
    setCompleteText(m_source, sourceLine());
}

void TongdaoChart::setFitted(bool fitted)
{
    m_fitted = fitted;
    // A chart on screen fills its view: no inner border of the layout's default margins.
    if (fitted && layout())
        layout()->setContentsMargins(0, 0, 0, 0);
    // Before the chart has its size, the first resize lays it out: not once more at the size it
    // was made at.
    if (m_laidOut)
        layoutFrame();
}

qreal TongdaoChart::heightForHalfPlot() const
{
    // A pixel to spare for the rounding of margins and of Qt Charts' layout.
    return m_axesHeight < 0 ? 0 : 2 * (m_completeFrame + m_axesHeight + 1);
}

QMarginsF TongdaoChart::placeFrame(int level)
{
    const QSizeF s = size();
    const qreal u = unit();
    // Each level gives way a little more: 1 the note and the source line to one line each, 2 the
    // subtitle to two lines, 3 the callouts to one line and the title to two, 4 tighter spacing,
    // 5 the subtitle to one line, 6 the title to one line.
    const qreal space = level >= 4 ? 0.5 : 1.0;
    const qreal pad = (level >= 4 ? 12 : 28) * u;
    const qreal width = s.width() - 2 * pad;
    auto place = [&](QGraphicsTextItem *item, const QFont &font, qreal y, int maxLines) {
        placeText(item, font, width, maxLines);
        item->setPos(pad, y);
        return item->isVisible() ? item->boundingRect().height() : 0.0;
    };
    const int titleLines = level >= 6 ? 1 : level >= 3 ? 2 : 0;
    const int subtitleLines = level >= 5 ? 1 : level >= 2 ? 2 : 0;
    qreal y = pad;
    y += place(m_title, m_style.font(ChartText::Title, u), y, titleLines) + 6 * u * space;
    y += place(m_subtitle, m_style.font(ChartText::Subtitle, u), y, subtitleLines);
    if (m_callouts->isVisible())
        y += 8 * u * space
           + place(m_callouts, m_style.font(ChartText::Callout, u), y + 8 * u * space, level >= 3 ? 1 : 0);
    const qreal top = y + 10 * u * space;

    const int footLines = level >= 1 ? 1 : 0;
    const qreal sourceHeight = m_source->isVisible() ? place(m_source, m_style.font(ChartText::Source, u), 0, footLines)
                                                     : 0;
    const qreal noteHeight = m_note->isVisible()
                               ? place(m_note, emphasized(m_style.font(ChartText::Note, u)), 0, footLines)
                               : 0;
    m_source->setY(s.height() - pad - sourceHeight);
    m_note->setY(s.height() - pad - sourceHeight - (sourceHeight > 0 ? 6 * u * space : 0) - noteHeight);
    const qreal bottom = pad + sourceHeight + noteHeight + (noteHeight > 0 ? 6 * u * space : 0) + 10 * u * space;
    return QMarginsF(pad, top, pad, bottom);
}

void TongdaoChart::layoutFrame()
{
    const QSizeF s = size();
    if (s.isEmpty())
        return;
    QMarginsF margins = placeFrame(0);
    auto frame = [&margins] { return qreal(qRound(margins.top()) + qRound(margins.bottom())); };
    m_completeFrame = frame();
    int level = 0;
    // Fitted: the least compaction that leaves the plot half of the height (a pixel to spare), as
    // far as it goes.
    while (m_fitted && m_axesHeight >= 0 && level < maxCompaction && frame() + m_axesHeight + 1 > s.height() / 2)
        margins = placeFrame(++level);
    m_level = level;
    setMargins(
        QMargins(qRound(margins.left()), qRound(margins.top()), qRound(margins.right()), qRound(margins.bottom())));
    legend()->setFont(m_style.font(ChartText::Legend, unit()));
}

void TongdaoChart::onPlotAreaChanged(const QRectF &plot)
{
    m_layer->relayout();
    // What the axes and the legend take is known once Qt Charts has laid them out; it depends on
    // the width, not on the margins, so one more layout settles the compaction.
    const qreal axes = std::max(0.0, size().height() - margins().top() - margins().bottom() - plot.height());
    if (std::abs(axes - m_axesHeight) < 1)
        return;
    const qreal before = heightForHalfPlot();
    m_axesHeight = axes;
    // The room needed first: where the view gives the chart another height for it, that resize
    // lays the frame out, and laying it out here for the old height would be wasted.
    if (std::abs(heightForHalfPlot() - before) >= 1) {
        const QSizeF sized = size();
        Q_EMIT roomChanged();
        if (size() != sized)
            return;
    }
    if (m_fitted) {
        const QMargins old = margins();
        layoutFrame();
        // Laid out again once Qt Charts has finished this layout, not within it.
        if (margins() != old)
            QMetaObject::invokeMethod(this, &TongdaoChart::settle, Qt::QueuedConnection);
    }
}

QStringList TongdaoChart::frameTexts() const
{
    QStringList texts;
    for (const QGraphicsTextItem *item : {m_title, m_subtitle, m_callouts, m_note, m_source})
        if (item->isVisible())
            texts.append(item->data(completeTextKey).toString());
    return texts;
}

} // namespace tongdao

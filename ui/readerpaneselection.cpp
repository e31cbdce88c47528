// SPDX-License-Identifier: GPL-3.0-or-later
// ReaderPane: the figure selected, lit up and scrolled to; clicks, tooltips and the place read.
#include "ui/readerpane.h"

#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "ui/apptheme.h"
#include "ui/charts/chartwidget.h"
#include "ui/findbar.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolTip>

#include <algorithm>

namespace tongdao {

void ReaderPane::highlight(const QString &figureId)
{
    const Dataset *ds = m_document->dataset();
    const Figure *f = ds ? ds->figure(figureId) : nullptr;
    if (!f || f->quoteStart < 0) {
        m_text->setExtraSelections({});
        return;
    }
    // The quote, lighter, and its numeral, bold and underlined: in the original and in the
    // translation, wherever each is shown.
    const QColor light = AppTheme::readerMarks(palette()).quote;
    QList<QTextEdit::ExtraSelection> selections;
    QTextCursor first;
    auto add = [&](int quote, int quoteLength, int numeral, int numeralLength) {
        if (quote < 0)
            return;
        QTextEdit::ExtraSelection sentence;
        sentence.cursor = QTextCursor(m_text->document());
        sentence.cursor.setPosition(quote);
        sentence.cursor.setPosition(quote + quoteLength, QTextCursor::KeepAnchor);
        sentence.format.setBackground(light);
        selections.append(sentence);
        if (first.isNull())
            first = sentence.cursor;
        if (numeral < 0)
            return;
        QTextEdit::ExtraSelection number;
        number.cursor = QTextCursor(m_text->document());
        number.cursor.setPosition(numeral);
        number.cursor.setPosition(numeral + numeralLength, QTextCursor::KeepAnchor);
        number.format.setFontWeight(QFont::Bold);
        number.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selections.append(number);
    };
    add(m_built.originalPosition(ds->text, f->quoteStart), f->quoteLength,
        f->numeralStart >= 0 ? m_built.originalPosition(ds->text, f->numeralStart) : -1, f->numeralLength);
    if (const ReportTranslation *t = translation(); t && !m_built.translationStarts.isEmpty()) {
        const TranslatedQuote &q = f->translation(t->language);
        if (q.quoteStart >= 0)
            add(m_built.translationPosition(*t, q.quoteStart), int(q.quote.size()),
                q.numeralStart >= 0 ? m_built.translationPosition(*t, q.numeralStart) : -1, q.numeralLength);
    }
    m_text->setExtraSelections(selections);
    // The reader's selection is the quote itself: copyable, and what assistive technology reads.
    if (!first.isNull()) {
        m_scrolling = true;
        m_text->setTextCursor(first);
        m_scrolling = false;
    }
}

void ReaderPane::showFigure(const QString &figureId)
{
    m_shownFigure = figureId;
    if (m_pending)
        return; // shown once the text is
    highlight(figureId);
    // Scrolled to where the quote is first shown: the original's row, or the translation alone.
    const QList<QTextEdit::ExtraSelection> shown = m_text->extraSelections();
    if (!shown.isEmpty())
        scrollTo(shown.first().cursor.selectionStart());
}

void ReaderPane::showNumber(int offset, int length)
{
    const int position = documentPosition(offset, false);
    const int end = documentPosition(offset + length - 1, false);
    if (position < 0 || m_pending)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(position);
    cursor.setPosition(std::max(position, end) + 1, QTextCursor::KeepAnchor);
    m_scrolling = true;
    m_text->setTextCursor(cursor);
    m_scrolling = false;
    scrollTo(position);
}

void ReaderPane::scrollTo(int position)
{
    QTextCursor at(m_text->document());
    at.setPosition(position);
    const QRect rect = m_text->cursorRect(at);
    QScrollBar *bar = m_text->verticalScrollBar();
    m_scrolling = true;
    bar->setValue(bar->value() + rect.center().y() - m_text->viewport()->height() / 3);
    m_scrolling = false;
    m_scrolledByUser = false;
}

void ReaderPane::showChart(const QString &chartId)
{
    // A chart chosen: its first sentence in the text comes into view — unless the reader was
    // scrolled by hand since the last selection, and is reading something else.
    const Dataset *ds = m_document->dataset();
    const ChartSpec *chart = ds ? ds->chart(chartId) : nullptr;
    if (!chart || m_pending || m_scrolledByUser) {
        m_scrolledByUser = false;
        return;
    }
    int first = -1;
    for (const QString &id : chart->figureIds())
        if (const Figure *f = ds->figure(id); f && f->quoteStart >= 0 && (first < 0 || f->quoteStart < first))
            first = f->quoteStart;
    if (first < 0)
        return;
    const int block = ds->text.blockAt(first);
    const int sentence = ds->text.sentenceAt(first).first;
    const int position = !m_built.originalStarts.isEmpty() ? m_built.originalPosition(ds->text, sentence)
                                                           : m_built.translationStarts.value(block, -1);
    if (position >= 0)
        scrollTo(position);
}

int ReaderPane::topBlock() const
{
    const QList<int> &starts = m_built.originalStarts.isEmpty() ? m_built.translationStarts : m_built.originalStarts;
    if (starts.isEmpty() || !m_text->document())
        return -1;
    const int position = m_text->cursorForPosition(QPoint(0, 0)).position();
    const auto it = std::upper_bound(starts.begin(), starts.end(), position);
    return std::max(0, int(it - starts.begin()) - 1);
}

void ReaderPane::scrollToBlock(int block)
{
    const QList<int> &starts = m_built.originalStarts.isEmpty() ? m_built.translationStarts : m_built.originalStarts;
    if (block < 0 || block >= starts.size())
        return;
    QTextCursor at(m_text->document());
    at.setPosition(starts[block]);
    QScrollBar *bar = m_text->verticalScrollBar();
    m_scrolling = true;
    bar->setValue(bar->value() + m_text->cursorRect(at).top());
    m_scrolling = false;
}

QString ReaderPane::toolTipAt(int position) const
{
    const ReaderMark *mark = markAt(position);
    const Dataset *ds = m_document->dataset();
    if (!mark || !ds)
        return {};
    const Language lang = m_document->language();
    if (mark->kind == ReaderMark::Figure)
        return m_document->statistics()->index(mark->index, 0).data(Qt::ToolTipRole).toString() + QLatin1Char('\n')
             + tr("Click to show it in its chart.");
    if (mark->kind == ReaderMark::Uncharted)
        return tr("Not charted: %1").arg(ds->uncharted[mark->index].reason.text(lang));
    return tr("This number is neither charted nor listed as uncharted in the dataset.");
}

void ReaderPane::showFindBar()
{
    m_findBar->open();
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && watched != this && event->type() == QEvent::Show) {
        watched->removeEventFilter(this); // once: see showEvent
        attachDocument();
    } else if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            // A click, not the end of a drag that selected text.
            const bool click = (mouse->position().toPoint() - m_pressPosition).manhattanLength()
                             < QApplication::startDragDistance();
            if (mouse->button() == Qt::LeftButton && click) {
                const int position = m_text->cursorForPosition(mouse->position().toPoint()).position();
                const QString id = figureAt(position);
                if (!id.isEmpty())
                    m_document->selection()->setFigure(id);
                if (const int offset = numberAt(position); offset >= 0)
                    Q_EMIT numberClicked(offset);
            }
        } else if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString tip = toolTipAt(m_text->cursorForPosition(help->pos()).position());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), plainTextToolTip(tip), m_text->viewport());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerpane.h"

#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartwidget.h"
#include "ui/readerdocument.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace tongdao {

ReaderPane::ReaderPane(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_text(new QTextEdit(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findPrevious(new QToolButton(m_findBar))
    , m_findNext(new QToolButton(m_findBar))
    , m_findClose(new QToolButton(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
{
    m_text->setReadOnly(true);
    // A report is taller than the pane: a scroll bar that comes and goes would change the width
    // and make the whole text be laid out again.
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_text->setUndoRedoEnabled(false);
    m_text->setAcceptRichText(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);

    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findPrevious);
    findLayout->addWidget(m_findNext);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(m_findClose);
    m_findPrevious->setArrowType(Qt::UpArrow);
    m_findNext->setArrowType(Qt::DownArrow);
    m_findClose->setText(QStringLiteral("×"));
    m_findBar->hide();
    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_findNext, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_findPrevious, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_findClose, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_text->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_text);

    connect(document, &ReportDocument::datasetChanged, this, &ReaderPane::rebuild);
    connect(document->selection(), &FigureSelection::figureChanged, this, &ReaderPane::showFigure);
    connect(document->selection(), &FigureSelection::chartChanged, this, &ReaderPane::showChart);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_scrolling && !m_pending)
            m_scrolledByUser = true;
    });
    retranslate();
    rebuild();
}

ReaderPane::~ReaderPane() = default;

void ReaderPane::retranslate()
{
    m_findEdit->setPlaceholderText(tr("Find in the report"));
    m_findEdit->setAccessibleName(tr("Find in the report"));
    m_findPrevious->setToolTip(tr("Find previous (Shift+Enter)"));
    m_findPrevious->setAccessibleName(tr("Find previous"));
    m_findNext->setToolTip(tr("Find next (Enter)"));
    m_findNext->setAccessibleName(tr("Find next"));
    m_findClose->setToolTip(tr("Close the find bar (Esc)"));
    m_findClose->setAccessibleName(tr("Close the find bar"));
    m_text->setAccessibleName(tr("Report text"));
    m_text->setAccessibleDescription(tr("The report as published, in Chinese; charted figures are highlighted."));
}

void ReaderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ReaderPane::rebuild()
{
    m_shownFigure.clear();
    const Dataset *ds = m_document->dataset();
    ReaderDocument built = ds ? buildReaderDocument(*ds, m_document->coverage(), m_pointSize, palette(), m_text)
                              : ReaderDocument{std::make_unique<QTextDocument>(m_text), {}};
    m_spans = std::move(built.marks);
    // Laid out at the width it is shown at: before the window is shown, wait for it.
    m_pending = std::move(built.document);
    if (isVisible())
        attachDocument();
}

void ReaderPane::attachDocument()
{
    if (!m_pending)
        return;
    // setDocument deletes the document the view created itself, not ours (the view's children):
    // those are deleted here, once replaced.
    QTextDocument *old = m_text->document();
    const bool ours = old && old->parent() == m_text;
    m_scrolling = true; // a new text is not a scroll by hand
    m_text->setDocument(m_pending.release());
    m_scrolling = false;
    if (ours)
        old->deleteLater();
    m_text->setExtraSelections({});
    if (!m_shownFigure.isEmpty())
        showFigure(m_shownFigure);
}

void ReaderPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    attachDocument();
}

int ReaderPane::fontPointSize() const
{
    return m_pointSize;
}

void ReaderPane::setFontPointSize(int points)
{
    points = std::clamp(points, 8, 40);
    if (points == m_pointSize)
        return;
    m_pointSize = points;
    const QString selected = m_document->selection()->figure();
    rebuild(); // relative sizes (headline, headings) follow the base size
    showFigure(selected);
    Q_EMIT fontPointSizeChanged(points);
}

const ReaderMark *ReaderPane::spanAt(int position) const
{
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), position,
                               [](int pos, const ReaderMark &s) { return pos < s.start; });
    while (it != m_spans.begin()) {
        --it;
        if (position >= it->start && position < it->end)
            return &*it;
        if (it->end <= position && it->start < position - 64)
            break;
    }
    return nullptr;
}

QString ReaderPane::figureAt(int position) const
{
    const ReaderMark *span = spanAt(position);
    if (!span || span->kind != ReaderMark::Figure)
        return {};
    return m_document->dataset()->figures[span->index].id;
}

QRect ReaderPane::numeralRect(const QString &figureId) const
{
    const Figure *f = m_document->dataset() ? m_document->dataset()->figure(figureId) : nullptr;
    if (!f || f->numeralStart < 0)
        return {};
    QTextCursor c(m_text->document());
    c.setPosition(f->numeralStart);
    const QRect first = m_text->cursorRect(c);
    c.setPosition(f->numeralStart + 1);
    return first.united(m_text->cursorRect(c));
}

void ReaderPane::showFigure(const QString &figureId)
{
    m_shownFigure = figureId;
    if (m_pending)
        return; // shown once the text is
    const Figure *f = m_document->dataset() ? m_document->dataset()->figure(figureId) : nullptr;
    if (!f || f->quoteStart < 0) {
        m_text->setExtraSelections({});
        return;
    }
    QTextCursor quote(m_text->document());
    quote.setPosition(f->quoteStart);
    quote.setPosition(f->quoteStart + f->quoteLength, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection sentence;
    sentence.cursor = quote;
    QColor light = palette().color(QPalette::Highlight);
    light.setAlpha(70);
    sentence.format.setBackground(light);
    QList<QTextEdit::ExtraSelection> selections{sentence};
    if (f->numeralStart >= 0) {
        QTextEdit::ExtraSelection numeral;
        numeral.cursor = QTextCursor(m_text->document());
        numeral.cursor.setPosition(f->numeralStart);
        numeral.cursor.setPosition(f->numeralStart + f->numeralLength, QTextCursor::KeepAnchor);
        numeral.format.setFontWeight(QFont::Bold);
        numeral.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selections.append(numeral);
    }
    m_text->setExtraSelections(selections);
    // The reader's selection is the quote itself: copyable, and what assistive technology reads.
    m_scrolling = true;
    m_text->setTextCursor(quote);
    m_scrolling = false;
    scrollTo(f->quoteStart);
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
    if (first >= 0)
        scrollTo(ds->text.sentenceAt(first).first);
}

QString ReaderPane::toolTipAt(int position) const
{
    const ReaderMark *span = spanAt(position);
    const Dataset *ds = m_document->dataset();
    if (!span || !ds)
        return {};
    const Language lang = m_document->language();
    if (span->kind == ReaderMark::Figure)
        return m_document->statistics()->index(span->index, 0).data(Qt::ToolTipRole).toString() + QLatin1Char('\n')
             + tr("Click to show it in its chart.");
    if (span->kind == ReaderMark::Uncharted)
        return tr("Not charted: %1").arg(ds->uncharted[span->index].reason.text(lang));
    return tr("This number is neither charted nor listed as uncharted in the dataset.");
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            // A click, not the end of a drag that selected text.
            const bool click = (mouse->position().toPoint() - m_pressPosition).manhattanLength()
                             < QApplication::startDragDistance();
            if (mouse->button() == Qt::LeftButton && click) {
                const QString id = figureAt(m_text->cursorForPosition(mouse->position().toPoint()).position());
                if (!id.isEmpty())
                    m_document->selection()->setFigure(id);
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
    } else if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_text->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReaderPane::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

bool ReaderPane::findNext(bool backwards)
{
    const QString needle = m_findEdit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    bool found = m_text->find(needle, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor c = m_text->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(c);
        found = m_text->find(needle, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

} // namespace tongdao

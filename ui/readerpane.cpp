// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerpane.h"

#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "ui/apptheme.h"
#include "ui/charts/chartwidget.h"
#include "ui/findbar.h"
#include "ui/itemviews.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>

namespace tongdao {

ReaderPane::ReaderPane(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_modeBar(new QWidget(this))
    , m_text(new QTextEdit(this))
    , m_findBar(new FindBar(m_text, this))
    , m_modes(new QActionGroup(this))
    , m_original(new QAction(this))
    , m_translation(new QAction(this))
    , m_sideBySide(new QAction(this))
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

    auto *modeLayout = new QHBoxLayout(m_modeBar);
    modeLayout->setContentsMargins(4, 2, 4, 2);
    modeLayout->setSpacing(2);
    for (const auto &[action, mode] :
         {std::pair{m_original, ReaderMode::Original}, std::pair{m_translation, ReaderMode::Translation},
          std::pair{m_sideBySide, ReaderMode::SideBySide}}) {
        action->setCheckable(true);
        action->setData(readerModeId(mode));
        m_modes->addAction(action);
        auto *button = new QToolButton(m_modeBar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        modeLayout->addWidget(button);
        connect(action, &QAction::triggered, this, [this, chosen = mode] {
            m_chosen = chosen;
            Q_EMIT modeChosen(chosen);
            relanguage(); // the same place in the text, in the mode chosen
        });
    }
    modeLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_modeBar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_text);

    connect(document, &ReportDocument::datasetChanged, this, [this] {
        // An edit keeps the reader where it was; another report starts at its top.
        if (m_document->lastChangeWasEdit()) {
            relanguage();
            return;
        }
        m_pendingTop = -1;
        rebuild();
    });
    connect(document->statistics(), &StatisticsModel::languageChanged, this, &ReaderPane::relanguage);
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

QList<QAction *> ReaderPane::modeActions() const
{
    return {m_original, m_translation, m_sideBySide};
}

void ReaderPane::retranslate()
{
    m_original->setText(tr("&Original"));
    m_original->setToolTip(tr("The report as published, in Chinese"));
    m_translation->setText(tr("&Translation"));
    m_sideBySide->setText(tr("Side &by side"));
    m_text->setAccessibleName(tr("Report text"));
    m_text->setAccessibleDescription(m_mode == ReaderMode::Original
                                         ? tr("The report as published, in Chinese; charted figures are highlighted.")
                                         : tr("The report in Chinese and in Tongdao's translation, which the Chinese "
                                              "original overrules; charted figures are highlighted."));
    // What is not available says why.
    const Language lang = m_document->language();
    const QString problem = m_document->dataset() ? m_document->dataset()->translationProblem(lang) : QString();
    QString why;
    if (lang == Language::Chinese)
        why = tr("The interface is in Chinese, the report's own language: there is nothing to translate.");
    else if (!problem.isEmpty())
        why = tr("The translation was refused: %1").arg(problem);
    else if (!translation())
        why = tr("This report has no translation into this language.");
    for (QAction *action : {m_translation, m_sideBySide}) {
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? withoutAccelerator(action->text()) : why);
    }
}

void ReaderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_document->dataset()
             && AppTheme::readerMarks(palette()).figure != m_markColour)
        relanguage(); // the marks in the theme's colours, at the same place in the text
}

const ReportTranslation *ReaderPane::translation() const
{
    const Dataset *ds = m_document->dataset();
    const Language lang = m_document->language();
    return ds && lang != Language::Chinese ? ds->translation(lang) : nullptr;
}

ReaderMode ReaderPane::dueMode() const
{
    if (!translation())
        return ReaderMode::Original;
    if (m_chosen)
        return *m_chosen;
    // Not chosen: both side by side where there is room, else the reader's language.
    return width() >= sideBySideWidth ? ReaderMode::SideBySide : ReaderMode::Translation;
}

void ReaderPane::setChosenMode(std::optional<ReaderMode> mode)
{
    if (mode == m_chosen)
        return;
    m_chosen = mode;
    relanguage();
}

void ReaderPane::rebuild()
{
    const Dataset *ds = m_document->dataset();
    m_shownFigure = m_document->selection()->figure();
    m_mode = dueMode();
    m_markColour = AppTheme::readerMarks(palette()).figure;
    ReaderDocument built = ds ? buildReaderDocument(*ds, m_document->coverage(), translation(), m_mode, m_pointSize,
                                                    palette(), m_text)
                              : ReaderDocument{std::make_unique<QTextDocument>(m_text), {}, {}, {}};
    m_pending = std::move(built.document);
    m_built = std::move(built);
    for (QAction *action : m_modes->actions())
        action->setChecked(action->data().toString() == readerModeId(m_mode));
    retranslate();
    const Language lang = m_document->language();
    if (ds && lang != Language::Chinese && !ds->translationProblem(lang).isEmpty())
        Q_EMIT message(
            tr("The translation was refused, so the original is shown: %1").arg(ds->translationProblem(lang)));
    // Laid out at the width it is shown at: before the window is shown, wait for it.
    if (isVisible())
        attachDocument();
}

void ReaderPane::relanguage()
{
    // A language or a mode changes what is shown, not where the reader is nor what is selected.
    m_pendingTop = m_pending ? m_pendingTop : topBlock();
    rebuild();
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
    highlight(m_shownFigure);
    if (m_pendingTop >= 0)
        scrollToBlock(m_pendingTop);
    m_pendingTop = -1;
}

void ReaderPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown with its window, the text is attached once the window's other panes are shown too,
    // just before the window is: the view lays out its first screenful then, and the rest on a
    // timer of its own, which is then not due before the first frame has been drawn.
    QWidget *top = window();
    if (top != this && top->windowHandle() && !top->windowHandle()->isVisible()) {
        top->installEventFilter(this);
        return;
    }
    attachDocument();
}

void ReaderPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_chosen && m_document->dataset() && dueMode() != m_mode)
        relanguage(); // room for two columns came or went
}

void ReaderPane::setFontPointSize(int points)
{
    points = std::clamp(points, 8, 40);
    if (points == m_pointSize)
        return;
    m_pointSize = points;
    relanguage(); // relative sizes (headline, headings) follow the base size
    Q_EMIT fontPointSizeChanged(points);
}

int ReaderPane::documentPosition(int offset, bool translated) const
{
    const Dataset *ds = m_document->dataset();
    const ReportTranslation *t = translation();
    if (!ds || offset < 0 || (translated && !t))
        return -1;
    return translated ? m_built.translationPosition(*t, offset) : m_built.originalPosition(ds->text, offset);
}

const ReaderMark *ReaderPane::markAt(int position) const
{
    const QList<ReaderMark> &marks = m_built.marks;
    auto it = std::upper_bound(marks.begin(), marks.end(), position,
                               [](int pos, const ReaderMark &m) { return pos < m.start; });
    while (it != marks.begin()) {
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
    const ReaderMark *mark = markAt(position);
    if (!mark || mark->kind != ReaderMark::Figure)
        return {};
    return m_document->dataset()->figures[mark->index].id;
}

int ReaderPane::numberAt(int position) const
{
    const ReaderMark *mark = markAt(position);
    return mark ? mark->source : -1;
}

QRect ReaderPane::numeralRect(const QString &figureId, bool translated) const
{
    const Dataset *ds = m_document->dataset();
    const Figure *f = ds ? ds->figure(figureId) : nullptr;
    const ReportTranslation *t = translation();
    if (!f || (translated && !t))
        return {};
    const int position = documentPosition(translated ? f->translation(t->language).numeralStart : f->numeralStart,
                                          translated);
    if (position < 0)
        return {};
    QTextCursor c(m_text->document());
    c.setPosition(position);
    const QRect first = m_text->cursorRect(c);
    c.setPosition(position + 1);
    return first.united(m_text->cursorRect(c));
}

} // namespace tongdao

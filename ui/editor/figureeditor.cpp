// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/figureeditor.h"

#include "core/coverage.h"
#include "core/draft.h"
#include "core/reportdocument.h"
#include "ui/editor/datasetchange.h"
#include "ui/editor/editsession.h"
#include "ui/editor/figureform.h"
#include "ui/editor/localizedfields.h"
#include "ui/editor/quoteselector.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace tongdao {

namespace {

const CoverageEntry *entryAt(const CoverageReport &coverage, int offset)
{
    for (const CoverageEntry &e : coverage.entries)
        if (offset >= e.start && offset < e.start + e.mention.length)
            return &e;
    return nullptr;
}

} // namespace

FigureEditor::FigureEditor(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new FigureForm)
    , m_reason(new LocalizedFields)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_excuse(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_check(new QTimer(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Problem"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_form);
    auto *reasonBox = new QGroupBox(tr("Or excuse the number: why it is not charted"), content);
    reasonBox->setObjectName(QStringLiteral("reasonBox"));
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    reasonLayout->addWidget(m_reason);
    contentLayout->addWidget(reasonBox);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow with the dock

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_excuse);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    m_apply->setDefault(true);
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_apply, &QPushButton::clicked, this, &FigureEditor::apply);
    connect(m_excuse, &QPushButton::clicked, this, &FigureEditor::excuse);
    connect(m_remove, &QPushButton::clicked, this, &FigureEditor::remove);
    // Checked as typed, once typing pauses: a check validates the whole dataset.
    m_check->setSingleShot(true);
    m_check->setInterval(150);
    connect(m_check, &QTimer::timeout, this, &FigureEditor::validate);
    connect(m_form, &FigureForm::edited, m_check, qOverload<>(&QTimer::start));
    connect(m_reason, &LocalizedFields::edited, m_check, qOverload<>(&QTimer::start));
    retranslate();
    setEnabled(false);
}

void FigureEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FigureEditor::retranslate()
{
    m_apply->setText(isNew() ? tr("C&hart this number") : tr("&Apply"));
    m_apply->setToolTip(tr("Ctrl+Return"));
    m_excuse->setText(tr("E&xcuse"));
    m_excuse->setToolTip(tr("List the number as not charted, with the reason given below"));
    m_remove->setText(tr("Remove fi&gure"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("reasonBox")))
        box->setTitle(tr("Or excuse the number: why it is not charted"));
    m_message->setText(problemText());
}

void FigureEditor::editFigure(const QString &id)
{
    const Figure *f = m_session->dataset().figure(id);
    if (!f)
        return;
    m_mention = -1;
    m_mentionText.clear();
    show(*f, id);
}

bool FigureEditor::editNumber(int offset)
{
    const CoverageEntry *entry = entryAt(m_session->document()->coverage(), offset);
    if (!entry)
        return false;
    if (entry->status == CoverageEntry::Covered) {
        editFigure(entry->figureId);
        return true;
    }
    m_mention = entry->start;
    m_mentionText = entry->text;
    if (entry->status == CoverageEntry::Undecided) {
        // The draft's candidate, prefilled by the scanner: deciding it replaces it.
        if (const Figure *candidate = m_session->dataset().figure(entry->figureId)) {
            show(*candidate, candidate->id);
            return true;
        }
    }
    show(candidateFor(m_session->dataset(), entry->mention), QString());
    if (entry->status == CoverageEntry::Uncharted)
        m_reason->setText(m_session->dataset().uncharted[entry->uncharted].reason);
    return true;
}

void FigureEditor::newDerived(const QStringList &inputs)
{
    const Dataset &ds = m_session->dataset();
    Figure f;
    f.derived = true;
    f.inputs = inputs;
    QStringList refs;
    for (const QString &id : inputs)
        refs.append(QLatin1Char('{') + id + QLatin1Char('}'));
    f.formula = refs.join(QStringLiteral(" - "));
    if (const Figure *first = ds.figure(inputs.value(0))) {
        f.unit = first->unit;
        f.category = first->category;
        f.period = first->period;
        f.measure = first->measure;
        const auto [start, length] = ds.text.sentenceAt(first->quoteStart);
        f.quoteStart = start;
        f.quoteLength = length;
        f.quote = ds.text.reading().mid(start, length);
    }
    f.id = inputs.value(0) + QStringLiteral("-derived");
    m_mention = -1;
    m_mentionText.clear();
    show(f, QString());
}

void FigureEditor::show(const Figure &figure, const QString &id)
{
    m_id = id;
    const Dataset &ds = m_session->dataset();
    m_form->setFigure(ds, figure);
    m_form->labels()->setRequired(ds.report.language);
    if (m_mention < 0)
        m_reason->setText({});
    m_title->setText(!id.isEmpty()    ? tr("Figure %1").arg(id)
                     : figure.derived ? tr("New derived figure")
                                      : tr("Undecided number: %1").arg(m_mentionText));
    m_excuse->setEnabled(m_mention >= 0);
    // Only a number not charted yet can be excused instead.
    m_excuse->setVisible(m_mention >= 0);
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("reasonBox")))
        box->setVisible(m_mention >= 0);
    m_remove->setEnabled(!id.isEmpty());
    setEnabled(true);
    retranslate();
    // Checked once shown: the form is there at once, its check a moment later.
    m_message->hide();
    m_check->start();
}

QString FigureEditor::problemText() const
{
    if (m_problem.message.isEmpty())
        return {};
    const QString field = m_form->fieldName(m_problem.place);
    return field.isEmpty() ? m_problem.message : tr("%1: %2").arg(field, m_problem.message);
}

bool FigureEditor::buildChange(DatasetChange *change, Figure *figure, QString *problem) const
{
    Dataset next = m_session->dataset();
    *figure = m_form->figure();
    figure->candidate = false; // decided
    if (figure->label.in(next.report.language).isEmpty()) {
        *problem = tr("a label in the report's language is required");
        return false;
    }
    if (const auto category = m_form->newCategory(next)) {
        figure->category = category->id;
        change->insertCategory(int(next.categories.size()), *category);
        DatasetChange step;
        step.insertCategory(int(next.categories.size()), *category);
        step.apply(&next);
    }
    const int index = next.figureIndex(m_id);
    if (index >= 0) {
        const QString oldId = next.figures[index].id;
        DatasetChange step;
        step.replaceFigure(next, index, *figure);
        change->replaceFigure(next, index, *figure);
        step.apply(&next);
        if (oldId != figure->id)
            renameFigure(&next, oldId, figure->id, change);
    } else {
        // In the report's order, so that the table and the file read like the text.
        int at = 0;
        while (at < next.figures.size() && next.figures[at].quoteStart >= 0
               && next.figures[at].quoteStart <= std::max(0, m_mention))
            ++at;
        DatasetChange step;
        step.insertFigure(at, *figure);
        change->insertFigure(at, *figure);
        step.apply(&next);
        // A number charted after all is no longer excused: its excuse goes, unless it excuses others.
        const CoverageReport &coverage = m_session->document()->coverage();
        const CoverageEntry *entry = entryAt(coverage, m_mention);
        if (entry && entry->status == CoverageEntry::Uncharted
            && std::count_if(coverage.entries.cbegin(), coverage.entries.cend(), [entry](const CoverageEntry &e) {
                   return e.status == CoverageEntry::Uncharted && e.uncharted == entry->uncharted;
               }) == 1) {
            change->removeUncharted(next, entry->uncharted);
            next.uncharted.removeAt(entry->uncharted);
        }
    }
    recomputeDerived(&next, change);
    dropSettledCandidates(&next, change);
    return true;
}

void FigureEditor::validate()
{
    const Dataset &ds = m_session->dataset();
    Figure figure = m_form->figure();
    if (figure.label.in(ds.report.language).isEmpty()) {
        m_problem = LoadError{{},
                              QStringLiteral("figures[].label"),
                              tr("a label in the report's language is required")};
    } else {
        const auto category = m_form->newCategory(ds);
        if (category)
            figure.category = category->id;
        m_problem = m_session->checkFigure(&figure, m_id, category);
        if (figure.derived)
            m_form->showDerived(figure); // recomputed as the formula is typed
    }
    m_message->setText(problemText());
    m_message->setVisible(!m_problem.message.isEmpty());
    m_apply->setEnabled(m_problem.message.isEmpty());
    m_excuse->setEnabled(m_mention >= 0 && !m_reason->text().in(ds.report.language).isEmpty());
}

bool FigureEditor::apply()
{
    m_session->flushPending();
    m_check->stop();
    DatasetChange change;
    Figure figure;
    QString problem;
    if (!buildChange(&change, &figure, &problem)) {
        m_problem = LoadError{{}, QStringLiteral("figures[].label"), problem};
        m_message->setText(problemText());
        m_message->show();
        return false;
    }
    const QString text = isNew() ? tr("Chart %1").arg(figure.id) : tr("Edit %1").arg(figure.id);
    if (!m_session->apply(change, text, &m_problem)) {
        m_message->setText(problemText());
        m_message->show();
        if (QWidget *field = m_form->fieldFor(m_problem.place))
            field->setFocus();
        return false;
    }
    m_mention = -1;
    Q_EMIT applied(figure.id);
    editFigure(figure.id);
    return true;
}

bool FigureEditor::excuse()
{
    m_session->flushPending();
    const Dataset &ds = m_session->dataset();
    const LocalizedText reason = m_reason->text();
    if (m_mention < 0 || reason.in(ds.report.language).isEmpty())
        return false;
    const CoverageEntry *entry = entryAt(m_session->document()->coverage(), m_mention);
    if (!entry || entry->status == CoverageEntry::Covered)
        return false;
    DatasetChange change;
    Dataset next = ds;
    if (entry->status == CoverageEntry::Uncharted) {
        change.removeUncharted(next, entry->uncharted);
        next.uncharted.removeAt(entry->uncharted);
    }
    const int at = entry->status == CoverageEntry::Uncharted ? entry->uncharted : int(next.uncharted.size());
    const UnchartedNumber number{uniqueContext(ds.text, entry->start, entry->mention.length), reason};
    change.insertUncharted(at, number);
    next.uncharted.insert(at, number);
    if (const int candidate = next.figureIndex(entry->figureId);
        entry->status == CoverageEntry::Undecided && candidate >= 0) {
        change.removeFigure(next, candidate); // the draft's candidate: excused instead
        next.figures.removeAt(candidate);
        next.rebuildIndex();
    }
    dropSettledCandidates(&next, &change);
    if (!m_session->apply(change, tr("Excuse %1").arg(entry->text), &m_problem)) {
        m_message->setText(problemText());
        m_message->show();
        return false;
    }
    Q_EMIT excused();
    return true;
}

void FigureEditor::clear()
{
    m_id.clear();
    m_mention = -1;
    m_mentionText.clear();
    for (QPushButton *button : {m_apply, m_excuse, m_remove})
        button->setEnabled(false);
}

bool FigureEditor::remove()
{
    m_session->flushPending();
    const Dataset &ds = m_session->dataset();
    const int index = ds.figureIndex(m_id);
    if (index < 0)
        return false;
    DatasetChange change;
    // Out of every chart that shows it first.
    for (int c = 0; c < ds.charts.size(); ++c) {
        ChartSpec chart = ds.charts[c];
        const qsizetype before = chart.items.size();
        chart.items.removeIf([this](const ChartItem &item) { return item.figure == m_id; });
        if (chart.items.size() != before)
            change.replaceChart(ds, c, chart);
    }
    change.removeFigure(ds, index);
    if (!m_session->apply(change, tr("Remove %1").arg(m_id), &m_problem)) {
        m_message->setText(problemText());
        m_message->show();
        return false;
    }
    m_id.clear();
    setEnabled(false);
    return true;
}

} // namespace tongdao

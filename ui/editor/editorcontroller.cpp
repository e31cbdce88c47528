// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/editorcontroller.h"

#include "core/coverage.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "ui/editor/charteditor.h"
#include "ui/editor/editsession.h"
#include "ui/editor/figureeditor.h"
#include "ui/readerpane.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>

namespace tongdao {

EditorController::EditorController(ReportDocument *document, ReaderPane *reader, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_reader(reader)
    , m_window(window)
    , m_session(new EditSession(document, this))
    , m_dock(new QDockWidget(window))
    , m_tabs(new QTabWidget(m_dock))
{
    m_dock->setObjectName(QStringLiteral("editorDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_tabs);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    createActions();

    connect(reader, &ReaderPane::numberClicked, this, &EditorController::numberClicked);
    connect(m_session, &EditSession::editingChanged, this, &EditorController::setEditing);
    connect(m_session, &EditSession::modifiedChanged, this, &EditorController::updateTitle);
    connect(m_session, &EditSession::edited, this, &EditorController::progressChanged);
    // Another dataset opened: the session on the last one is over (the window asked to save it).
    // A draft, or a dataset saved with numbers still undecided, opens for editing: reopening continues.
    connect(document, &ReportDocument::datasetChanged, this, [this] {
        if (!m_document->lastChangeWasEdit())
            datasetOpened();
    });
    connect(document->selection(), &FigureSelection::figureChanged, this, [this](const QString &id) {
        if (m_session->isEditing() && !id.isEmpty() && id != figureEditor()->figureId())
            figureEditor()->editFigure(id);
    });
    window->installEventFilter(this);
    retranslate();
    datasetOpened();
}

void EditorController::updateUndoTexts()
{
    const QUndoStack *stack = m_session->undoStack();
    m_actions.undo->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    m_actions.redo->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
}

void EditorController::datasetOpened()
{
    m_session->end();
    const Dataset *ds = m_document->dataset();
    if (ds && std::any_of(ds->figures.cbegin(), ds->figures.cend(), [](const Figure &f) { return f.candidate; }))
        m_session->begin(m_document->path().startsWith(u':') ? QString() : m_document->path());
}

EditorController::~EditorController() = default;

// The two editors are built when first needed (most windows never edit): not at start-up.
FigureEditor *EditorController::figureEditor() const
{
    const_cast<EditorController *>(this)->buildEditors();
    return m_figures;
}

ChartEditor *EditorController::chartEditor() const
{
    const_cast<EditorController *>(this)->buildEditors();
    return m_charts;
}

void EditorController::buildEditors()
{
    if (m_figures)
        return;
    m_figures = new FigureEditor(m_session);
    m_charts = new ChartEditor(m_session);
    m_tabs->addTab(m_figures, tr("Figure"));
    m_tabs->addTab(m_charts, tr("Chart"));
    connect(m_figures, &FigureEditor::applied, this, [this](const QString &id) {
        m_document->selection()->setFigure(id);
        Q_EMIT message(tr("Charted %1. F8 goes to the next undecided number.").arg(id));
    });
    connect(m_figures, &FigureEditor::excused, this, [this] { stepUndecided(true); });
}

void EditorController::createActions()
{
    auto make = [this](const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_window->addAction(action);
        return action;
    };
    Actions &a = m_actions;
    a.newFromText = make(QKeySequence::New, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(m_window, tr("New dataset from text"), QDir::homePath(),
                                                          tr("Plain text (*.txt);;All files (*)"));
        if (!path.isEmpty())
            newFromText(path);
    });
    a.edit = make(QKeySequence(), [this](bool on) {
        if (on)
            m_session->begin(m_document->dataset() && m_document->path().startsWith(u':') ? QString()
                                                                                          : m_document->path());
        else if (maybeSave())
            m_session->end();
        else
            m_actions.edit->setChecked(true);
    });
    a.edit->setCheckable(true);
    a.save = make(QKeySequence::Save, &EditorController::save);
    a.saveAs = make(QKeySequence::SaveAs, [this] {
        const QString suggested = m_session->path().isEmpty() ? QDir::home().filePath(QStringLiteral("dataset.json"))
                                                              : m_session->path();
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save dataset"), suggested,
                                                          tr("Tongdao datasets (*.json)"));
        if (!path.isEmpty())
            saveAs(path);
    });
    // Not QUndoStack::createUndoAction: its "Undo" prefix is fixed when made, and the interface
    // switches language live.
    QUndoStack *stack = m_session->undoStack();
    a.undo = make(QKeySequence::Undo, [this, stack] {
        m_session->flushPending(); // typed but not yet applied: applied first, then undone
        stack->undo();
    });
    a.redo = make(QKeySequence::Redo, [this, stack] {
        m_session->flushPending();
        stack->redo();
    });
    connect(stack, &QUndoStack::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, a.redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &EditorController::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &EditorController::updateUndoTexts);
    a.nextUndecided = make(QKeySequence(Qt::Key_F8), [this] { stepUndecided(true); });
    a.previousUndecided = make(QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] { stepUndecided(false); });
    a.newDerived = make(QKeySequence(), [this] {
        const QString figure = m_document->selection()->figure();
        if (figure.isEmpty()) {
            Q_EMIT message(tr("Select the figure to derive from first."));
            return;
        }
        figureEditor()->newDerived({figure});
        m_tabs->setCurrentWidget(m_figures);
    });
    a.newChart = make(QKeySequence(), [this] {
        LoadError problem;
        const QString figure = m_document->selection()->figure();
        if (figure.isEmpty()) {
            Q_EMIT message(tr("Select the figure the new chart starts with first."));
            return;
        }
        const Figure *f = m_session->dataset().figure(figure);
        if (!chartEditor()->newChart({figure}, f && f->isDate() ? ChartKind::Timeline : ChartKind::Bar, &problem))
            Q_EMIT message(problem.toString());
        else
            m_tabs->setCurrentWidget(m_charts);
    });
    a.removeChart = make(QKeySequence(), [this] { chartEditor()->removeChart(); });
    for (QAction *action : {a.save, a.saveAs, a.undo, a.redo, a.nextUndecided, a.previousUndecided, a.newDerived,
                            a.newChart, a.removeChart})
        action->setEnabled(false);
}

void EditorController::retranslate()
{
    Actions &a = m_actions;
    updateUndoTexts();
    a.newFromText->setText(tr("&New dataset from text…"));
    a.edit->setText(tr("Edit &this dataset"));
    a.save->setText(tr("&Save dataset"));
    a.saveAs->setText(tr("Sa&ve dataset as…"));
    a.nextUndecided->setText(tr("&Next undecided number"));
    a.previousUndecided->setText(tr("Pre&vious undecided number"));
    a.newDerived->setText(tr("New &derived figure"));
    a.newChart->setText(tr("New c&hart from the figure"));
    a.removeChart->setText(tr("Re&move this chart"));
    m_dock->setWindowTitle(tr("Editor"));
    if (m_figures) {
        m_tabs->setTabText(0, tr("Figure"));
        m_tabs->setTabText(1, tr("Chart"));
    }
}

bool EditorController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void EditorController::setEditing(bool editing)
{
    if (editing)
        buildEditors();
    if (m_figures)
        m_figures->clear(); // nothing of the last session may be acted on
    m_dock->setVisible(editing);
    m_actions.edit->setChecked(editing);
    for (QAction *action : {m_actions.save, m_actions.saveAs, m_actions.nextUndecided, m_actions.previousUndecided,
                            m_actions.newDerived, m_actions.newChart, m_actions.removeChart})
        action->setEnabled(editing);
    m_actions.undo->setEnabled(editing && m_session->undoStack()->canUndo());
    m_actions.redo->setEnabled(editing && m_session->undoStack()->canRedo());
    updateTitle();
    Q_EMIT progressChanged();
}

void EditorController::updateTitle()
{
    m_window->setWindowModified(m_session->isModified());
}

QString EditorController::progressText() const
{
    if (!m_session->isEditing())
        return {};
    const CoverageReport &c = m_document->coverage();
    return tr("found %1, charted %2, excused %3, undecided %4")
        .arg(c.found)
        .arg(c.covered)
        .arg(c.uncharted)
        .arg(c.undecided + c.missing.size());
}

bool EditorController::newFromText(const QString &textPath)
{
    QString note;
    LoadError error;
    if (!m_session->beginFromText(textPath, &note, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot read the text"), error.toString(), QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    Q_EMIT message(note.isEmpty() ? tr("Every number found is undecided: click one, or press F8.") : note);
    m_cursor = -1;
    return true;
}

bool EditorController::save()
{
    if (m_session->path().isEmpty()) {
        m_actions.saveAs->trigger();
        return !m_session->isModified();
    }
    return saveAs(m_session->path());
}

bool EditorController::saveAs(const QString &path)
{
    LoadError error;
    if (!m_session->save(path, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot save the dataset"), error.toString(), QMessageBox::Ok,
                        m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool EditorController::maybeSave()
{
    if (!m_session->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The dataset has changes that are not saved. Save them?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_session->discardChanges(); // the window shows the dataset as it was saved
        return true;
    default:
        return false;
    }
}

bool EditorController::stepUndecided(bool forward)
{
    // Undecided: a draft's candidate, or a number nothing holds yet.
    QList<const CoverageEntry *> open;
    for (const CoverageEntry &e : m_document->coverage().entries)
        if (e.status == CoverageEntry::Undecided || e.status == CoverageEntry::Missing)
            open.append(&e);
    if (open.isEmpty()) {
        Q_EMIT message(tr("No number is undecided."));
        return false;
    }
    const CoverageEntry *target = nullptr;
    if (forward) {
        const auto it = std::find_if(open.cbegin(), open.cend(), [this](const auto *e) { return e->start > m_cursor; });
        target = it != open.cend() ? *it : open.first(); // round again from the top
    } else {
        const auto it = std::find_if(open.crbegin(), open.crend(),
                                     [this](const auto *e) { return e->start < m_cursor; });
        target = it != open.crend() ? *it : open.last();
    }
    m_cursor = target->start;
    m_reader->showNumber(target->start, target->mention.length);
    figureEditor()->editNumber(target->start);
    m_tabs->setCurrentWidget(m_figures);
    return true;
}

void EditorController::numberClicked(int offset)
{
    if (!m_session->isEditing())
        return;
    m_cursor = offset;
    if (figureEditor()->editNumber(offset))
        m_tabs->setCurrentWidget(m_figures);
}

} // namespace tongdao

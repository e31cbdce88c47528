// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QMainWindow;
class QTabWidget;

namespace tongdao {

class ChartEditor;
class EditSession;
class FigureEditor;
class ReaderPane;
class ReportDocument;

// The editor's wiring: its actions, its dock beside the text, the numbers clicked in the reader,
// stepping through undecided numbers, saving, the unsaved-changes prompt and crash recovery. The
// main window puts the actions in its menus; the session and the two editors do the work.
class EditorController : public QObject
{
    Q_OBJECT

public:
    EditorController(ReportDocument *document, ReaderPane *reader, QMainWindow *window);
    ~EditorController() override;

    EditSession *session() const { return m_session; }
    FigureEditor *figureEditor() const;
    ChartEditor *chartEditor() const;
    QDockWidget *dock() const { return m_dock; }

    struct Actions
    {
        QAction *newFromText, *edit, *save, *saveAs;
        QAction *undo, *redo, *nextUndecided, *previousUndecided, *newDerived, *newChart, *removeChart;
    };
    const Actions &actions() const { return m_actions; }

    // "found 61, charted 37, excused 24, undecided 0" while editing; empty otherwise.
    QString progressText() const;

    // Steps. Each returns false and says why in the status line when it cannot go ahead.
    bool newFromText(const QString &textPath);
    bool saveAs(const QString &path);
    bool save();
    // Goes to the next (or previous) number nobody decided, from the one shown; false if none.
    bool stepUndecided(bool forward);
    // Before the dataset is replaced or the window closes: false when the user cancels.
    bool maybeSave();
    // Offers the datasets an earlier run autosaved and never saved.
    void offerRecovery();
    // After a dataset failed to open because its text changed since it was saved: offers to
    // re-anchor the quotes still found. True when the user took the offer and it worked.
    bool offerReanchor(const QString &datasetPath);

Q_SIGNALS:
    void message(const QString &text);
    // The counts or the editing state changed: the status line should follow.
    void progressChanged();

private:
    void datasetOpened();
    void buildEditors();
    void updateUndoTexts();
    void createActions();
    void retranslate();
    void setEditing(bool editing);
    void updateTitle();
    void numberClicked(int offset);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ReportDocument *m_document;
    ReaderPane *m_reader;
    QMainWindow *m_window;
    EditSession *m_session;
    QDockWidget *m_dock;
    QTabWidget *m_tabs;
    FigureEditor *m_figures = nullptr; // built on first use (buildEditors)
    ChartEditor *m_charts = nullptr;
    Actions m_actions{};
    int m_cursor = -1; // the reading offset of the number last shown in the figure editor
};

} // namespace tongdao

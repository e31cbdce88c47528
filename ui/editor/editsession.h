// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/loaderror.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;
class QUndoStack;

namespace tongdao {

class DatasetChange;
class ReportDocument;

// The dataset being written: the document's dataset, edited through commands on an undo stack.
// Every edit is validated as a whole before it is applied, so the document only ever holds a
// dataset that loads; an edit that would break a rule is refused with the validator's message and
// its place (figures[3].quote). Saved as JSON through QSaveFile; autosaved every minute.
class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(ReportDocument *document, QObject *parent = nullptr);
    ~EditSession() override;

    QUndoStack *undoStack() const { return m_undo; }
    ReportDocument *document() const { return m_document; }
    bool isEditing() const { return m_editing; }
    bool isModified() const;
    // The dataset file, written by the last save; empty when the dataset was never saved.
    QString path() const { return m_path; }
    const Dataset &dataset() const { return m_dataset; }

    // Begins editing the dataset open in the document; path: where it was read from (empty for a
    // dataset never saved, or one that must not be overwritten, like the bundled one).
    void begin(const QString &path);
    // Begins a new dataset from a report's text; nothing changes when the text cannot be read.
    // note: what the reading did (a GB18030 text converted), for the status line.
    bool beginFromText(const QString &textPath, QString *note, LoadError *error);
    // Stops editing; the document keeps the dataset.
    void end();

    // Applies an edit and pushes it on the undo stack if the dataset stays valid; otherwise
    // nothing changes and *problem names the rule broken and where.
    // Edits with the same merge key in a row are one undo step (the chart editor's live edits).
    bool apply(const DatasetChange &change, const QString &description, LoadError *problem,
               const QString &mergeKey = QString());
    // What an edit would break, without applying it ({} when nothing).
    LoadError check(const DatasetChange &change) const;
    // The quick check as a figure is typed: the figure alone (with the figures it is derived
    // from) against the text, its id against the others'; a derived figure's value and qualifier
    // are filled from its formula. replacing: the id of the figure it replaces, if any. The full
    // check (chart rules, translations) runs when the edit is applied.
    LoadError checkFigure(Figure *figure, const QString &replacing, const std::optional<Category> &newCategory) const;

    bool save(const QString &path, LoadError *error);

    // Autosave: a folder per editing session under the standard location, holding the dataset
    // (and its text, as a save would write it) and the file it stands for.
    static QString autosaveDirectory();
    QString autosavePath() const;
    bool autosave(LoadError *error);
    void setAutosaveInterval(int milliseconds);
    // What earlier runs autosaved and never saved: each folder's dataset and the file it stood for.
    struct Recovery
    {
        QString folder;
        QString dataset;
        QString origin; // empty: never saved
        QString text;   // the report's text file the dataset was checked against
        QDateTime saved;
    };
    static QList<Recovery> recoverable();
    // Opens an autosave for editing, as unsaved changes to the file it stands for.
    bool recover(const Recovery &recovery, LoadError *error);
    static void discard(const Recovery &recovery);

    // Before an edit is built, an undo or a redo: an editor holding typed changes not yet applied
    // applies them now, so that nothing is applied on a stale base or in the middle of another edit.
    void flushPending() { Q_EMIT flushRequested(); }
    // Throws away the changes since the last save (or since editing began), then ends editing.
    void discardChanges();

Q_SIGNALS:
    void flushRequested();
    void editingChanged(bool editing);
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    // After every edit, undo and redo, once the document holds the result.
    void edited();

private:
    friend class DatasetCommand;
    // Called by commands: applies or reverts, validates, and hands the result to the document.
    void apply(const DatasetChange &change, bool forward);
    void publish();
    void setPath(const QString &path);
    void removeAutosave();

    ReportDocument *m_document;
    QUndoStack *m_undo;
    QTimer *m_autosaveTimer;
    Dataset m_dataset;
    QString m_path;
    QString m_autosaveName;
    int m_revision = 0;          // counts every change, merged ones too
    int m_autosavedRevision = 0; // the revision last autosaved
    bool m_editing = false;
};

} // namespace tongdao

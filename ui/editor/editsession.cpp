// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/editsession.h"

#include "core/atomicwrite.h"
#include "core/datasetloader.h"
#include "core/datasetwriter.h"
#include "core/draft.h"
#include "core/reportdocument.h"
#include "core/reportfile.h"
#include "core/translationcheck.h"
#include "ui/editor/datasetchange.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace tongdao {

// One edit on the undo stack. The first redo (by push) takes the dataset the session validated
// before pushing; later ones apply the change again.
class DatasetCommand : public QUndoCommand
{
public:
    DatasetCommand(EditSession *session, const DatasetChange &change, const QString &text, const QString &mergeKey)
        : QUndoCommand(text)
        , m_session(session)
        , m_change(change)
        , m_mergeKey(mergeKey)
    {
    }
    void redo() override { m_session->apply(m_change, true); }
    void undo() override { m_session->apply(m_change, false); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const DatasetCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_change.append(next->m_change);
        return true;
    }

private:
    EditSession *m_session;
    DatasetChange m_change;
    QString m_mergeKey;
};

namespace {

// Fills what validation computes (offsets, sections) and checks every translation again.
bool revalidate(Dataset *ds, LoadError *error)
{
    error->file = ds->sourcePath;
    if (!DatasetLoader::validate(ds, error))
        return false;
    for (ReportTranslation &t : ds->translations)
        if (!t.starts.isEmpty()) { // read and parsed: checked again against the edited figures
            t.problem.clear();
            t.pairs.clear();
            TranslationCheck::check(ds, &t, &t.problem);
        }
    return true;
}

} // namespace

EditSession::EditSession(ReportDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undo(new QUndoStack(this))
    , m_autosaveTimer(new QTimer(this))
{
    m_autosaveTimer->setInterval(60 * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        LoadError error;
        autosave(&error);
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

EditSession::~EditSession() = default;

bool EditSession::isModified() const
{
    return m_editing && !m_undo->isClean();
}

void EditSession::begin(const QString &path)
{
    const Dataset *ds = m_document->dataset();
    m_dataset = ds ? *ds : Dataset{};
    m_undo->clear();
    m_autosavedRevision = m_revision;
    m_autosaveName = QString::fromLatin1(
        QCryptographicHash::hash((path + QString::number(QDateTime::currentMSecsSinceEpoch())).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    setPath(path);
    if (!m_editing) {
        m_editing = true;
        Q_EMIT editingChanged(true);
    }
    m_autosaveTimer->start();
    Q_EMIT modifiedChanged(false);
}

bool EditSession::beginFromText(const QString &textPath, QString *note, LoadError *error)
{
    QString text;
    if (!readReportText(textPath, &text, note, error))
        return false;
    auto draft = std::make_shared<Dataset>(draftDataset(text, textPath, reportLanguageOf(text)));
    m_document->setDataset(draft);
    begin(QString());
    // Not saved yet: closing asks, though nothing was edited.
    m_undo->resetClean();
    return true;
}

void EditSession::discardChanges()
{
    if (m_editing)
        m_undo->setIndex(m_undo->cleanIndex() >= 0 ? m_undo->cleanIndex() : 0);
    end();
}

void EditSession::end()
{
    if (!m_editing)
        return;
    removeAutosave();
    m_autosaveTimer->stop();
    m_undo->clear();
    m_editing = false;
    Q_EMIT editingChanged(false);
}

LoadError EditSession::check(const DatasetChange &change) const
{
    Dataset next = m_dataset;
    change.apply(&next);
    LoadError error;
    if (!revalidate(&next, &error))
        return error;
    return {};
}

LoadError EditSession::checkFigure(Figure *figure, const QString &replacing,
                                   const std::optional<Category> &newCategory) const
{
    const Dataset &ds = m_dataset;
    if (const int at = ds.figureIndex(figure->id); at >= 0 && ds.figures[at].id != replacing)
        return LoadError{ds.sourcePath, QStringLiteral("figures[].id"), tr("duplicate id \"%1\"").arg(figure->id)};
    Dataset local;
    local.sourcePath = ds.sourcePath;
    local.report = ds.report;
    local.text = ds.text;
    local.categories = ds.categories;
    if (newCategory)
        local.categories.append(*newCategory);
    // The figures it is derived from, and theirs in turn.
    QStringList pending = figure->derived ? figure->inputs : QStringList();
    QSet<QString> seen;
    while (!pending.isEmpty()) {
        const QString id = pending.takeFirst();
        const Figure *input = ds.figure(id);
        if (seen.contains(id) || id == replacing || !input)
            continue;
        seen.insert(id);
        local.figures.prepend(*input);
        if (input->derived)
            pending.append(input->inputs);
    }
    local.figures.append(*figure);
    local.rebuildIndex();
    DatasetChange ignored;
    recomputeDerived(&local, &ignored);
    *figure = local.figures.last();
    LoadError error;
    if (!DatasetLoader::validate(&local, &error))
        return error;
    return {};
}

bool EditSession::apply(const DatasetChange &change, const QString &description, LoadError *problem,
                        const QString &mergeKey)
{
    if (!m_editing || change.isEmpty())
        return false;
    if (LoadError error = check(change); !error.message.isEmpty()) {
        *problem = error;
        return false;
    }
    m_undo->push(new DatasetCommand(this, change, description, mergeKey));
    return true;
}

void EditSession::apply(const DatasetChange &change, bool forward)
{
    if (forward)
        change.apply(&m_dataset);
    else
        change.revert(&m_dataset);
    LoadError error;
    // Every state on the stack was valid when it was pushed; this fills the offsets again.
    if (!revalidate(&m_dataset, &error))
        qWarning("tongdao: an edit left the dataset invalid: %s", qPrintable(error.toString()));
    publish();
}

void EditSession::publish()
{
    ++m_revision;
    m_document->setEditedDataset(std::make_shared<Dataset>(m_dataset));
    Q_EMIT edited();
}

void EditSession::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    Q_EMIT pathChanged(path);
}

bool EditSession::save(const QString &path, LoadError *error)
{
    // What is written must load: the file as it will be, read back by the loader itself, before
    // anything is written.
    const QDir folder = m_dataset.sourcePath.isEmpty() ? QFileInfo(m_dataset.report.textSource).dir()
                                                       : QFileInfo(m_dataset.sourcePath).dir();
    const DatasetLoader::TextReader readText = [&](const QString &relative, QString *text, LoadError *e) {
        if (relative == m_dataset.report.textPath) {
            *text = m_dataset.text.raw();
            return true;
        }
        QFile file(folder.filePath(relative));
        if (!file.open(QIODevice::ReadOnly)) {
            *e = LoadError{file.fileName(), {}, file.errorString()};
            return false;
        }
        *text = QString::fromUtf8(file.readAll());
        return true;
    };
    // Without the hash: it is of the file's bytes, which writeDataset checks against the text itself.
    Dataset unhashed = m_dataset;
    unhashed.report.textHash.clear();
    Dataset probe;
    if (!DatasetLoader::parse(datasetToJson(unhashed), path, readText, &probe, error, DatasetLoader::Limits{}))
        return false;
    QString problem;
    if (!writeDataset(m_dataset, path, true, &problem, nullptr, false)) {
        *error = LoadError{path, {}, problem};
        return false;
    }
    // From now on the dataset is the file saved, and its text the one beside it.
    m_dataset.sourcePath = path;
    m_dataset.report.textSource = QFileInfo(path).absoluteDir().filePath(m_dataset.report.textPath);
    setPath(path);
    m_undo->setClean();
    removeAutosave();
    publish(); // the document is now the file saved (its path, its text)
    m_autosavedRevision = m_revision;
    return true;
}

QString EditSession::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString EditSession::autosavePath() const
{
    return autosaveDirectory() + QLatin1Char('/') + m_autosaveName + QStringLiteral("/dataset.json");
}

bool EditSession::autosave(LoadError *error)
{
    if (!m_editing || m_revision == m_autosavedRevision || !isModified())
        return true;
    const QString folder = QFileInfo(autosavePath()).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = LoadError{folder, {}, tr("cannot create the folder")};
        return false;
    }
    // The origin: the file the autosave stands for, and the text it was checked against.
    const QByteArray origin = m_path.toUtf8() + '\n' + m_dataset.report.textSource.toUtf8();
    QString problem;
    if (!writeDataset(m_dataset, autosavePath(), true, &problem)) {
        *error = LoadError{autosavePath(), {}, problem};
        return false;
    }
    if (!writeFileAtomically(folder + QStringLiteral("/origin"), origin, &problem)) {
        *error = LoadError{folder + QStringLiteral("/origin"), {}, problem};
        return false;
    }
    m_autosavedRevision = m_revision;
    return true;
}

void EditSession::removeAutosave()
{
    if (!m_autosaveName.isEmpty())
        QDir(autosaveDirectory() + QLatin1Char('/') + m_autosaveName).removeRecursively();
}

QList<EditSession::Recovery> EditSession::recoverable()
{
    QList<Recovery> found;
    const QDir dir(autosaveDirectory());
    for (const QFileInfo &folder : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time)) {
        const QFileInfo dataset(folder.absoluteFilePath() + QStringLiteral("/dataset.json"));
        if (!dataset.isFile())
            continue;
        QFile origin(folder.absoluteFilePath() + QStringLiteral("/origin"));
        const QStringList lines = origin.open(QIODevice::ReadOnly)
                                    ? QString::fromUtf8(origin.read(8192)).split(QLatin1Char('\n'))
                                    : QStringList();
        found.append({folder.absoluteFilePath(), dataset.absoluteFilePath(), lines.value(0), lines.value(1),
                      dataset.lastModified()});
    }
    return found;
}

bool EditSession::recover(const Recovery &recovery, LoadError *error)
{
    if (!m_document->load(recovery.dataset, error))
        return false;
    begin(recovery.origin);
    m_undo->resetClean(); // unsaved until saved
    m_dataset.sourcePath = recovery.origin;
    // Saved against the text it came from, if that is still the same file; else against the copy
    // the autosave kept, carried into this session's own autosave before the old one goes.
    QFile original(recovery.text);
    if (!recovery.text.isEmpty() && original.open(QIODevice::ReadOnly)
        && textHash(original.readAll()) == m_dataset.report.textHash)
        m_dataset.report.textSource = recovery.text;
    m_autosavedRevision = m_revision - 1; // a second crash must not lose what was recovered
    LoadError kept;
    if (!autosave(&kept))
        return true; // the old autosave stays, offered again next time
    if (m_dataset.report.textSource != recovery.text)
        m_dataset.report.textSource = QFileInfo(autosavePath()).dir().filePath(m_dataset.report.textPath);
    discard(recovery);
    return true;
}

void EditSession::discard(const Recovery &recovery)
{
    if (recovery.folder.startsWith(autosaveDirectory()))
        QDir(recovery.folder).removeRecursively();
}

void EditSession::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

} // namespace tongdao

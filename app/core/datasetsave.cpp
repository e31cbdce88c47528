// SPDX-License-Identifier: GPL-3.0-or-later
// writeDataset: the dataset and, beside it, its text.
#include "core/atomicwrite.h"
#include "core/boundedread.h"
#include "core/datasetloader.h"
#include "core/datasetwriter.h"
#include "core/reportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tongdao {

namespace {

struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetWriter)
};

bool insideFolder(const QString &path)
{
    return !path.isEmpty() && DatasetLoader::isInsideFolder(path);
}

} // namespace

bool writeDataset(const Dataset &ds, const QString &path, bool overwrite, QString *error, QStringList *written,
                  bool overwriteCopies)
{
    const QFileInfo target(path);
    if (target.exists() && !overwrite) {
        *error = WriterText::tr("%1 exists; not overwritten").arg(path);
        return false;
    }
    if (!insideFolder(ds.report.textPath)) {
        *error = WriterText::tr("%1: the report's text \"%2\" is not a path inside the dataset's folder")
                     .arg(path, ds.report.textPath);
        return false;
    }
    // The text as it is now must be the text the dataset was checked against.
    const QString source = !ds.report.textSource.isEmpty() ? ds.report.textSource
                         : ds.sourcePath.isEmpty()         ? QString()
                                                   : QFileInfo(ds.sourcePath).dir().filePath(ds.report.textPath);
    QByteArray bytes;
    QString text, note;
    LoadError readError;
    if (source.isEmpty()) {
        *error = WriterText::tr("%1: the dataset does not say where its text is").arg(path);
        return false;
    }
    if (!readRegularFile(source, defaultMaxFileBytes, &bytes, &readError)
        || !decodeReportText(bytes, &text, &note, &readError)) {
        *error = readError.toString();
        return false;
    }
    if (text != ds.text.raw()) {
        *error = WriterText::tr("%1: the text changed since it was read; the dataset is not written").arg(source);
        return false;
    }
    Dataset hashed = ds;
    hashed.report.textHash = textHash(bytes);
    const QByteArray json = datasetToJson(hashed);
    // Beside the dataset, under its name: the text, and each translation the dataset declares.
    QList<std::pair<QString, QByteArray>> copies{{ds.report.textPath, bytes}};
    const QDir sourceDir = QFileInfo(source).dir();
    const QDir datasetDir = ds.sourcePath.isEmpty() ? sourceDir : QFileInfo(ds.sourcePath).dir();
    for (const ReportTranslation &t : ds.translations) {
        QByteArray translation;
        LoadError ignored;
        if (insideFolder(t.path)
            && readRegularFile(datasetDir.filePath(t.path), defaultMaxFileBytes, &translation, &ignored))
            copies.append({t.path, translation});
    }
    QList<std::pair<QString, QByteArray>> toWrite;
    for (const auto &[relative, content] : copies) {
        const QString copy = target.dir().filePath(relative);
        if (QFileInfo(copy).absoluteFilePath() == target.absoluteFilePath()
            || target.absoluteFilePath() == QFileInfo(source).absoluteFilePath()) {
            *error = WriterText::tr("%1 is the report's text or a translation; the dataset is not written over it")
                         .arg(path);
            return false;
        }
        QByteArray there;
        LoadError ignored;
        if (!QFileInfo::exists(copy)) {
            toWrite.append({copy, content});
        } else if (!readRegularFile(copy, defaultMaxFileBytes, &there, &ignored) || there != content) {
            if (!overwrite || !overwriteCopies) {
                *error = WriterText::tr("%1 exists and is not the file the dataset refers to; not overwritten")
                             .arg(copy);
                return false;
            }
            toWrite.append({copy, content});
        }
    }
    for (const auto &[copy, content] : toWrite) {
        const QString folder = QFileInfo(copy).absolutePath();
        if (!QDir().mkpath(folder)) {
            *error = WriterText::tr("%1: cannot create the folder").arg(folder);
            return false;
        }
        if (!writeFileAtomically(copy, content, error))
            return false;
        if (written)
            written->append(copy);
    }
    if (!writeFileAtomically(path, json, error))
        return false;
    if (written)
        written->append(path);
    return true;
}

} // namespace tongdao

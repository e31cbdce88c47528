// SPDX-License-Identifier: GPL-3.0-or-later
// writeDataset: the dataset and, beside it, its text.
#include "core/atomicwrite.h"
#include "core/boundedread.h"
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
    return !path.isEmpty() && !QDir::isAbsolutePath(path)
        && !path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

} // namespace

bool writeDataset(const Dataset &ds, const QString &path, bool overwrite, QString *error, QStringList *written)
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
    // Beside the dataset, under its name: the same file, a copy made now, or the same bytes already.
    const QString copy = target.dir().filePath(ds.report.textPath);
    const QFileInfo copyInfo(copy);
    bool copyNeeded = false;
    if (!copyInfo.exists()) {
        copyNeeded = true;
    } else if (copyInfo.canonicalFilePath() != QFileInfo(source).canonicalFilePath()) {
        QByteArray there;
        LoadError ignored;
        const bool same = readRegularFile(copy, defaultMaxFileBytes, &there, &ignored) && there == bytes;
        if (!same && !overwrite) {
            *error = WriterText::tr("%1 exists and is not the report's text; not overwritten").arg(copy);
            return false;
        }
        copyNeeded = !same;
    }
    Dataset hashed = ds;
    hashed.report.textHash = textHash(bytes);
    const QByteArray json = datasetToJson(hashed);
    if (copyNeeded) {
        if (!copyInfo.absoluteDir().exists() && !QDir().mkpath(copyInfo.absolutePath())) {
            *error = WriterText::tr("%1: cannot create the folder").arg(copyInfo.absolutePath());
            return false;
        }
        if (!writeFileAtomically(copy, bytes, error))
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

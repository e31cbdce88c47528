// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the tests: a headless main, the bundled dataset, plain-text dumps of models.
#pragma once

#include "core/dataset.h"
#include "core/datasetloader.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

namespace tongdao::test {

// Headless unless told otherwise; settings and runtime files in a private folder.
inline void prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QTemporaryDir home;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QDir(home.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("runtime")).toLocal8Bit());
    }
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit()); // the editor's autosave
}

inline std::shared_ptr<Dataset> bundled()
{
    auto ds = std::make_shared<Dataset>();
    LoadError error;
    if (!DatasetLoader::load(DatasetLoader::bundledDatasetPath(), ds.get(), &error))
        qFatal("bundled dataset does not load: %s", qPrintable(error.toString()));
    return ds;
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(TONGDAO_SOURCE_DIR "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One line per index, indented by depth, with the given roles of every column.
inline void dumpModel(const QAbstractItemModel *model, const QModelIndex &parent, const QList<int> &roles,
                      const QString &indent, QStringList *lines)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(parent); ++c)
            for (int role : roles)
                cells.append(model->index(r, c, parent).data(role).toString());
        lines->append(indent + cells.join(QLatin1Char('|')));
        dumpModel(model, model->index(r, 0, parent), roles, indent + QLatin1Char(' '), lines);
    }
}

inline QStringList dumpModel(const QAbstractItemModel *model, const QList<int> &roles = {Qt::DisplayRole})
{
    QStringList lines;
    dumpModel(model, {}, roles, {}, &lines);
    return lines;
}

// Compares a dump with tests/data/<name>; TONGDAO_UPDATE_DUMPS=1 rewrites the expected file.
inline bool compareWithExpected(const QStringList &actual, const QString &name)
{
    const QString path = sourcePath(QStringLiteral("tests/data/") + name);
    const QByteArray text = actual.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (qEnvironmentVariableIntValue("TONGDAO_UPDATE_DUMPS")) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }
    const QStringList expected = QString::fromUtf8(readFile(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (expected != actual) {
        for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i)
            if (expected.value(i) != actual.value(i)) {
                qWarning("%s line %lld differs:\n expected: %s\n actual:   %s", qPrintable(name), qlonglong(i + 1),
                         qPrintable(expected.value(i)), qPrintable(actual.value(i)));
                break;
            }
        return false;
    }
    return true;
}

// RFC 4180, to read back what the data export wrote: rows of fields; nullopt with *error
// ("line 3: …") if malformed.
inline std::optional<QList<QStringList>> parseCsv(const QByteArray &data, QString *error)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (fieldStarted && !field.isEmpty()) {
                if (error)
                    *error = QStringLiteral("line %1: a quote inside an unquoted field").arg(line);
                return std::nullopt;
            }
            quoted = fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QStringLiteral("line %1: unclosed quoted field").arg(line);
        return std::nullopt;
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// The tongdao binary run as a user runs it: a process of its own, with no display at all.
struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray stdoutData;
    QByteArray stderrData;
    QString out; // the same, decoded
    QString err;
};

inline Run runTongdao(const QStringList &arguments, const QProcessEnvironment &extra = {}, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(var));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TONGDAO_BINARY), arguments);
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.stdoutData = p.readAllStandardOutput();
    r.stderrData = p.readAllStandardError();
    r.out = QString::fromUtf8(r.stdoutData);
    r.err = QString::fromUtf8(r.stderrData);
    return r;
}

} // namespace tongdao::test

#define TONGDAO_CORE_TEST_MAIN(TestObject)                                                                             \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        tongdao::test::prepareEnvironment();                                                                           \
        QCoreApplication app(argc, argv);                                                                              \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }

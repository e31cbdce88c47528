// SPDX-License-Identifier: GPL-3.0-or-later
// A dataset written back: the bundled file byte for byte, a draft beside its text, the text's
// hash kept and checked, quotes re-anchored after the text changed; the schema's new fields.
#include "core/coverage.h"
#include "core/datasetwriter.h"
#include "core/draft.h"
#include "core/reanchor.h"
#include "core/reportfile.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tongdao;

namespace {
QString report(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/data/reports/") + QString::fromLatin1(name));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

Dataset drafted(const QString &path)
{
    QString text, note;
    LoadError error;
    if (!readReportText(path, &text, &note, &error))
        qFatal("%s", qPrintable(error.toString()));
    return draftDataset(text, path, reportLanguageOf(text));
}

// The bundled dataset with one change, read against its own text.
bool parseMutated(const std::function<void(QJsonObject &)> &mutate, LoadError *error)
{
    QJsonObject root = QJsonDocument::fromJson(test::readFile(DatasetLoader::bundledDatasetPath())).object();
    mutate(root);
    const DatasetLoader::TextReader reader = [](const QString &, QString *text, LoadError *) {
        *text = QString::fromUtf8(test::readFile(QStringLiteral(":/tongdao/data/cci-five-years.zh.txt")));
        return true;
    };
    Dataset out;
    return DatasetLoader::parse(QJsonDocument(root).toJson(), QStringLiteral("mutated.json"), reader, &out, error, {});
}

void editFigure(QJsonObject &root, int i, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
    QJsonObject f = figures[i].toObject();
    edit(f);
    figures[i] = f;
    root.insert(QStringLiteral("figures"), figures);
}
} // namespace

class TestDatasetWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theBundledDatasetRoundTripsByteForByte()
    {
        const QByteArray written = datasetToJson(*test::bundled());
        const QByteArray original = test::readFile(DatasetLoader::bundledDatasetPath());
        QCOMPARE(written, original);
    }

    void theMinimalDatasetRoundTripsByteForByte()
    {
        const QString path = test::sourcePath(QStringLiteral("tests/data/good/minimal.json"));
        Dataset ds;
        LoadError error;
        QVERIFY2(DatasetLoader::load(path, &ds, &error), qPrintable(error.toString()));
        QCOMPARE(datasetToJson(ds), test::readFile(path));
    }

    void aDraftIsWrittenBesideItsTextAndLoads()
    {
        const Dataset draft = drafted(report("port-en.txt"));
        const QString out = m_dir.filePath(QStringLiteral("en/draft.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("en")));
        QString error;
        QStringList written;
        QVERIFY2(writeDataset(draft, out, false, &error, &written), qPrintable(error));
        const QString copy = m_dir.filePath(QStringLiteral("en/port-en.txt"));
        QCOMPARE(written, (QStringList{copy, out}));
        QCOMPARE(test::readFile(copy), test::readFile(report("port-en.txt")));
        Dataset loaded;
        LoadError loadError;
        QVERIFY2(DatasetLoader::load(out, &loaded, &loadError), qPrintable(loadError.toString()));
        QCOMPARE(loaded.report.textHash, textHash(test::readFile(report("port-en.txt"))));
        QCOMPARE(loaded.report.language, Language::English);
        QCOMPARE(loaded.figures.size(), draft.figures.size());
        // Written again, it is the same file: the writer's order is a fixed point.
        QCOMPARE(datasetToJson(loaded), test::readFile(out));
        const CoverageReport coverage = Coverage::check(loaded);
        QCOMPARE(coverage.undecided, coverage.found);
    }

    void nothingIsClobbered()
    {
        const Dataset draft = drafted(report("port-zh.txt"));
        const QString folder = m_dir.filePath(QStringLiteral("clobber"));
        QDir().mkpath(folder);
        const QString out = folder + QStringLiteral("/draft.json");
        writeBytes(out, "keep me");
        QString error;
        QVERIFY(!writeDataset(draft, out, false, &error));
        QVERIFY2(error.contains(out) && error.contains(QStringLiteral("exists")), qPrintable(error));
        QCOMPARE(test::readFile(out), QByteArray("keep me"));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/port-zh.txt")));
        // Another file where the text's copy would go: refused, both left as they were.
        QFile::remove(out);
        writeBytes(folder + QStringLiteral("/port-zh.txt"), "another text");
        QVERIFY(!writeDataset(draft, out, false, &error));
        QVERIFY2(error.contains(QStringLiteral("port-zh.txt")), qPrintable(error));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(test::readFile(folder + QStringLiteral("/port-zh.txt")), QByteArray("another text"));
        QVERIFY2(writeDataset(draft, out, true, &error), qPrintable(error));
        QCOMPARE(test::readFile(folder + QStringLiteral("/port-zh.txt")), test::readFile(report("port-zh.txt")));
    }

    void aTextChangedSinceItWasReadIsNotWritten()
    {
        const QString folder = m_dir.filePath(QStringLiteral("changed"));
        QDir().mkpath(folder);
        const QString text = folder + QStringLiteral("/port-zh.txt");
        QFile::copy(report("port-zh.txt"), text);
        const Dataset draft = drafted(text);
        writeBytes(text, test::readFile(report("port-zh.txt")).replace("326", "327"));
        QString error;
        QVERIFY(!writeDataset(draft, folder + QStringLiteral("/draft.json"), false, &error));
        QVERIFY2(error.contains(QStringLiteral("changed")), qPrintable(error));
    }

    void aChangedTextIsRefusedAndItsQuotesReanchored()
    {
        const QString folder = m_dir.filePath(QStringLiteral("reanchor"));
        QDir().mkpath(folder);
        const QString text = folder + QStringLiteral("/port-zh.txt");
        const QString out = folder + QStringLiteral("/draft.json");
        QFile::copy(report("port-zh.txt"), text);
        QFile::setPermissions(text, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        QVERIFY2(writeDataset(drafted(text), out, false, &error), qPrintable(error));
        // One number of the text changes.
        writeBytes(text, test::readFile(report("port-zh.txt")).replace("开行班列326列", "开行班列327列"));
        Dataset refused;
        LoadError loadError;
        QVERIFY(!DatasetLoader::load(out, &refused, &loadError));
        QCOMPARE(loadError.kind, LoadError::Kind::TextChanged);
        QCOMPARE(loadError.file, out);
        QCOMPARE(loadError.place, QStringLiteral("report.textHash"));
        QVERIFY2(loadError.message.contains(QStringLiteral("port-zh.txt"))
                     && loadError.message.contains(QStringLiteral("changed since the dataset was saved"))
                     && loadError.message.contains(QStringLiteral("re-anchored")),
                 qPrintable(loadError.toString()));
        Dataset reanchored;
        Reanchoring result;
        QVERIFY2(reanchorDataset(out, &reanchored, &result, &loadError), qPrintable(loadError.toString()));
        // The two numbers quoted from the clause that changed: 一季度 and the trains.
        QCOMPARE(result.droppedFigures, (QStringList{QStringLiteral("date-4"), QStringLiteral("train-1")}));
        QCOMPARE(result.keptFigures, int(reanchored.figures.size()));
        QCOMPARE(reanchored.report.textHash, textHash(test::readFile(text)));
        // Saved, it loads again; the new number is missing until decided.
        QVERIFY2(writeDataset(reanchored, out, true, &error), qPrintable(error));
        Dataset loaded;
        QVERIFY2(DatasetLoader::load(out, &loaded, &loadError), qPrintable(loadError.toString()));
        const CoverageReport coverage = Coverage::check(loaded);
        QStringList missing;
        for (const CoverageEntry &e : coverage.missing)
            missing.append(e.text);
        QCOMPARE(missing, (QStringList{QStringLiteral("一季度"), QStringLiteral("327列")}));
    }

    void candidatesNeedNoLabelNorCategory()
    {
        LoadError error;
        QVERIFY2(parseMutated(
                     [](QJsonObject &root) {
                         QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
                         figures.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("year-1")},
                                                    {QStringLiteral("value"), 30},
                                                    {QStringLiteral("unit"), QStringLiteral("year")},
                                                    {QStringLiteral("measure"), QStringLiteral("point")},
                                                    {QStringLiteral("quote"), QStringLiteral("今年是中新建交30周年")},
                                                    {QStringLiteral("numeral"), QStringLiteral("30周年")},
                                                    {QStringLiteral("candidate"), true}});
                         root.insert(QStringLiteral("figures"), figures);
                     },
                     &error),
                 qPrintable(error.toString()));
        // Its numeral is checked like any figure's.
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
                figures.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("year-1")},
                                           {QStringLiteral("value"), 31},
                                           {QStringLiteral("unit"), QStringLiteral("year")},
                                           {QStringLiteral("measure"), QStringLiteral("point")},
                                           {QStringLiteral("quote"), QStringLiteral("今年是中新建交30周年")},
                                           {QStringLiteral("numeral"), QStringLiteral("30周年")},
                                           {QStringLiteral("candidate"), true}});
                root.insert(QStringLiteral("figures"), figures);
            },
            &error));
        QVERIFY2(error.message.contains(QStringLiteral("30")), qPrintable(error.toString()));
        // A charted figure is decided: a candidate is refused in a chart.
        QVERIFY2(parseMutated(
                     [](QJsonObject &root) {
                         editFigure(root, 0, [](QJsonObject &f) {
                             f.remove(QStringLiteral("label"));
                             f.remove(QStringLiteral("category"));
                             f.insert(QStringLiteral("candidate"), true);
                         });
                     },
                     &error)
                     == false,
                 "a charted candidate");
        QVERIFY2(error.place.startsWith(QStringLiteral("charts["))
                     && error.message.contains(QStringLiteral("candidate")),
                 qPrintable(error.toString()));
    }

    void aDecidedLabelNeedsTheReportsLanguage()
    {
        LoadError error;
        // The bundled report is Chinese: a label in Chinese alone is enough, one without it is not.
        QVERIFY2(parseMutated(
                     [](QJsonObject &root) {
                         editFigure(root, 0, [](QJsonObject &f) {
                             f.insert(QStringLiteral("label"),
                                      QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("周年")}});
                         });
                     },
                     &error),
                 qPrintable(error.toString()));
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                editFigure(root, 0, [](QJsonObject &f) {
                    f.insert(QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Years")}});
                });
            },
            &error));
        QCOMPARE(error.place, QStringLiteral("figures[0].label"));
        QVERIFY2(error.message.contains(QStringLiteral("zh_CN")), qPrintable(error.message));
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                QJsonObject report = root.value(QStringLiteral("report")).toObject();
                report.insert(QStringLiteral("language"), QStringLiteral("fr"));
                root.insert(QStringLiteral("report"), report);
            },
            &error));
        QCOMPARE(error.place, QStringLiteral("report.language"));
    }

    void anEnglishReportHasNoTranslations()
    {
        LoadError error;
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                QJsonObject report = root.value(QStringLiteral("report")).toObject();
                report.insert(QStringLiteral("language"), QStringLiteral("en"));
                root.insert(QStringLiteral("report"), report);
            },
            &error));
        QCOMPARE(error.place, QStringLiteral("report.translations"));
    }
};

TONGDAO_CORE_TEST_MAIN(TestDatasetWriter)
#include "tst_datasetwriter.moc"

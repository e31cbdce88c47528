// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run as a user runs it: a separate process, with no display at all.
#include "core/dataexport.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "testutils.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tongdao;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void versionAndHelp()
    {
        const test::Run version = test::runTongdao({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.stdoutData.trimmed(), QByteArray("tongdao " TONGDAO_VERSION));
        const test::Run help = test::runTongdao({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
             {"--dataset", "--list-charts", "--export-data", "--data-format", "--export-charts", "--format", "--size",
              "--scale", "--theme", "--lang", "--chart", "--force", "--coverage", "--draft-dataset", "--output"})
            QVERIFY2(help.stdoutData.contains(option), option);
    }

    void helpAndUsageErrorsSpeakTheLanguageAskedFor()
    {
        // --lang decides, before anything is parsed: our own lines and Qt's.
        const test::Run ms = test::runTongdao(
            {QStringLiteral("--lang"), QStringLiteral("ms"), QStringLiteral("--help")});
        QCOMPARE(ms.exitCode, 0);
        QVERIFY2(ms.out.contains(QStringLiteral("Penggunaan:")) && ms.out.contains(QStringLiteral("Pilihan:")),
                 qPrintable(ms.out));
        QVERIFY(ms.out.contains(QStringLiteral("Memaparkan maklumat versi.")));
        QVERIFY(!ms.out.contains(QStringLiteral("Open another report in the same schema.")));
        const test::Run zh = test::runTongdao({QStringLiteral("--lang=zh_CN"), QStringLiteral("--bogus")});
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(zh.err.contains(QStringLiteral("未知选项")), qPrintable(zh.err));
        const test::Run ours = test::runTongdao({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                                 QStringLiteral("--export-data"), QStringLiteral("-"),
                                                 QStringLiteral("--data-format"), QStringLiteral("xml")});
        QCOMPARE(ours.exitCode, 2);
        QVERIFY2(ours.err.contains(QStringLiteral("xml")) && ours.err.contains(QStringLiteral("未知")),
                 qPrintable(ours.err));
        // Without --lang, the system's language.
        QProcessEnvironment chinese;
        chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        const test::Run system = test::runTongdao({QStringLiteral("--help")}, chinese);
        QCOMPARE(system.exitCode, 0);
        QVERIFY2(system.out.contains(QStringLiteral("用法：")), qPrintable(system.out));
    }

    void listCharts()
    {
        const test::Run r = test::runTongdao({QStringLiteral("--list-charts")});
        QCOMPARE(r.exitCode, 0);
        const auto ds = test::bundled();
        const QStringList lines = QString::fromUtf8(r.stdoutData).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), ds->charts.size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i], ds->charts[i].id + QLatin1Char('\t') + ds->charts[i].title.en);
    }

    void exportDataRoundTrip()
    {
        const test::Run r = test::runTongdao({QStringLiteral("--export-data"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stderrData.isEmpty());
        QString error;
        const auto rows = test::parseCsv(r.stdoutData, &error);
        QVERIFY2(rows.has_value(), qPrintable(error));
        // The first nine columns as they always were; what the JSON also says appended after them;
        // in English and Malay, the quote in Tongdao's translation last.
        QCOMPARE(rows->first().join(QLatin1Char(',')),
                 QStringLiteral("id,category,label,value,unit,period,qualifier,derived,quote,measure,formula,status,"
                                "quote_translation"));
        QVERIFY(r.stdoutData.startsWith("id,category,label,value,unit,period,qualifier,derived,quote,"));

        ReportDocument doc;
        doc.setDataset(test::bundled());
        const StatisticsModel *model = doc.statistics();
        QCOMPARE(rows->size() - 1, model->rowCount());
        for (int i = 0; i < model->rowCount(); ++i) {
            const QStringList &row = rows->at(i + 1);
            QCOMPARE(row.size(), 13);
            const Figure &f = *model->figureAt(i);
            QCOMPARE(row[0], f.id);
            QCOMPARE(row[1], f.category);
            QCOMPARE(row[2], model->index(i, StatisticsModel::LabelColumn).data().toString());
            if (f.isDate()) {
                const QString iso = f.date.toString(Qt::ISODate);
                QCOMPARE(row[3], f.datePrecision == DatePrecision::Day     ? iso
                                 : f.datePrecision == DatePrecision::Month ? iso.left(7)
                                                                           : iso.left(4));
            } else {
                static const QRegularExpression plain(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
                QVERIFY2(plain.match(row[3]).hasMatch(), qPrintable(row[3]));
                QCOMPARE(row[3].toDouble(), f.value);
            }
            QCOMPARE(row[4], f.unit);
            QCOMPARE(row[5], f.period.iso);
            QCOMPARE(row[6], qualifierId(f.qualifier));
            QCOMPARE(row[7], f.derived ? QStringLiteral("true") : QStringLiteral("false"));
            QCOMPARE(row[8], f.quote);
            QCOMPARE(row[9], measureId(f.measure));
            QCOMPARE(row[10], f.formula);
            QVERIFY(f.derived ? row[10].contains(QLatin1Char('{')) : row[10].isEmpty());
            QCOMPARE(row[11], figureStatusId(f.status));
            QCOMPARE(row[12], f.translation(Language::English).quote);
            QVERIFY(!row[12].isEmpty());
        }
        QVERIFY(r.stdoutData.contains(",scheduled,")); // the financial summit is still to come
        QVERIFY(r.stdoutData.contains("32200000000"));
        QVERIFY(!r.stdoutData.contains("e+"));
    }

    void exportDataAsJsonInChinese()
    {
        const QString path = m_dir.filePath(QStringLiteral("figures.json"));
        const test::Run r = test::runTongdao({QStringLiteral("--export-data"), path, QStringLiteral("--data-format"),
                                              QStringLiteral("json"), QStringLiteral("--lang"),
                                              QStringLiteral("zh_CN")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(test::readFile(path)).object();
        QCOMPARE(root.value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        const QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
        const auto ds = test::bundled();
        QCOMPARE(figures.size(), ds->figures.size());
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QJsonObject f = figures[i].toObject();
            QCOMPARE(f.value(QStringLiteral("id")).toString(), ds->figures[i].id);
            QCOMPARE(f.value(QStringLiteral("label")).toString(), ds->figures[i].label.zh);
            if (!ds->figures[i].isDate())
                QCOMPARE(f.value(QStringLiteral("value")).toDouble(), ds->figures[i].value);
            QVERIFY(!f.contains(QStringLiteral("quoteTranslation"))); // the original is Chinese
        }
        QVERIFY(!root.contains(QStringLiteral("quoteTranslationNotice")));
    }

    void exportDataAsJsonInMalayCarriesTheTranslatedQuotes()
    {
        const test::Run r = test::runTongdao({QStringLiteral("--lang"), QStringLiteral("ms"),
                                              QStringLiteral("--export-data"), QStringLiteral("-"),
                                              QStringLiteral("--data-format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stderrData.isEmpty(), r.stderrData.constData()); // the Malay translation passed its checks
        const QJsonObject root = QJsonDocument::fromJson(r.stdoutData).object();
        QVERIFY(root.value(QStringLiteral("quoteTranslationNotice")).toString().contains(QStringLiteral("Tongdao")));
        const QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
        const auto ds = test::bundled();
        QCOMPARE(figures.size(), ds->figures.size());
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QJsonObject f = figures[i].toObject();
            const QString malay = f.value(QStringLiteral("quoteTranslation")).toString();
            QVERIFY2(!malay.isEmpty(), qPrintable(ds->figures[i].id));
            QCOMPARE(malay, ds->figures[i].translation(Language::Malay).quote);
            QCOMPARE(f.value(QStringLiteral("quote")).toString(), ds->figures[i].quote); // the original stays
        }
    }

    void badInputIsOneClearLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        QTest::newRow("missing file") << QStringList{QStringLiteral("--dataset"), missing,
                                                     QStringLiteral("--list-charts")}
                                      << missing + QStringLiteral(": no such file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")}
                                        << QStringLiteral("no-such-option");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--list-charts")}
            << QStringLiteral("unknown language \"fr\"");
        QTest::newRow("unknown data format") << QStringList{QStringLiteral("--export-data"), QStringLiteral("-"),
                                                            QStringLiteral("--data-format"), QStringLiteral("xml")}
                                             << QStringLiteral("unknown data format \"xml\"");
    }

    void badInputIsOneClearLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const test::Run r = test::runTongdao(arguments);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.stderrData).trimmed();
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
    }

    void malformedJsonNamesLineAndColumnAndWritesNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"schema\": \"tongdao-dataset\",\n  \"version\": 1,,\n}\n");
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("never.csv"));
        const test::Run r = test::runTongdao({QStringLiteral("--dataset"), bad, QStringLiteral("--export-data"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrData.contains(QByteArray(bad.toUtf8() + ": 3:")), r.stderrData.constData());
        QVERIFY(!QFile::exists(out));
    }

    void draftsMatchTheirReviewedDumps_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("numbers");
        QTest::newRow("zh") << QStringLiteral("port-zh") << 36;
        QTest::newRow("en") << QStringLiteral("port-en") << 33;
    }

    void draftsMatchTheirReviewedDumps()
    {
        QFETCH(QString, name);
        QFETCH(int, numbers);
        const QString report = test::sourcePath(QStringLiteral("tests/data/reports/%1.txt").arg(name));
        const QString folder = m_dir.filePath(QStringLiteral("draft-") + name);
        QDir().mkpath(folder);
        const QString out = folder + QLatin1Char('/') + name + QStringLiteral(".json");
        const test::Run r = test::runTongdao(
            {QStringLiteral("--draft-dataset"), report, QStringLiteral("--output"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stderrData.isEmpty(), r.stderrData.constData());
        const QString copy = folder + QLatin1Char('/') + name + QStringLiteral(".txt");
        QCOMPARE(r.out, copy + QLatin1Char('\n') + out + QLatin1Char('\n'));
        QCOMPARE(test::readFile(copy), test::readFile(report)); // the text beside it, byte for byte
        // The reviewed draft: tests/data/drafts/<name>.json (TONGDAO_UPDATE_DUMPS=1 rewrites it).
        const QString expected = test::sourcePath(QStringLiteral("tests/data/drafts/%1.json").arg(name));
        if (qEnvironmentVariableIntValue("TONGDAO_UPDATE_DUMPS")) {
            QFile::remove(expected);
            QVERIFY(QFile::copy(out, expected));
        }
        QCOMPARE(QString::fromUtf8(test::readFile(out)), QString::fromUtf8(test::readFile(expected)));

        // Every number undecided, so the coverage check fails until each is decided.
        const test::Run coverage = test::runTongdao({QStringLiteral("--dataset"), out, QStringLiteral("--coverage")});
        QCOMPARE(coverage.exitCode, 1);
        QVERIFY2(coverage.out.contains(
                     QStringLiteral("found %1, covered 0, uncharted 0, undecided %1, missing 0").arg(numbers)),
                 qPrintable(coverage.out));
        // The candidates are the figures the export lists.
        const test::Run data = test::runTongdao({QStringLiteral("--dataset"), out, QStringLiteral("--export-data"),
                                                 QStringLiteral("-"), QStringLiteral("--data-format"),
                                                 QStringLiteral("json")});
        QCOMPARE(data.exitCode, 0);
        const QJsonArray figures = QJsonDocument::fromJson(data.stdoutData)
                                       .object()
                                       .value(QStringLiteral("figures"))
                                       .toArray();
        QCOMPARE(figures.size(), numbers);
        for (const QJsonValue &f : figures)
            QVERIFY(f.toObject().value(QStringLiteral("candidate")).toBool());
        const test::Run csv = test::runTongdao(
            {QStringLiteral("--dataset"), out, QStringLiteral("--export-data"), QStringLiteral("-")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), numbers + 1);
    }

    void aDraftNeverClobbers()
    {
        const QString report = test::sourcePath(QStringLiteral("tests/data/reports/port-en.txt"));
        const QString folder = m_dir.filePath(QStringLiteral("clobber"));
        QDir().mkpath(folder);
        const QString out = folder + QStringLiteral("/draft.json");
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        const QStringList args{QStringLiteral("--draft-dataset"), report, QStringLiteral("--output"), out};
        const test::Run r = test::runTongdao(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(out) && r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(test::readFile(out), QByteArray("mine"));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/port-en.txt")));
        QCOMPARE(test::runTongdao(args + QStringList{QStringLiteral("--force")}).exitCode, 0);
        QVERIFY(test::readFile(out).startsWith("{\n  \"schema\": \"tongdao-dataset\""));
    }

    void aDraftOfABadReportIsOneLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("latin-1") << QStringLiteral("latin1.txt") << QStringLiteral("nor is it GB18030");
        QTest::newRow("utf-16") << QStringLiteral("utf16.txt") << QStringLiteral("UTF-16");
        QTest::newRow("binary") << QStringLiteral("binary.txt") << QStringLiteral("binary");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QStringLiteral("empty");
        QTest::newRow("no numbers") << QStringLiteral("no-numbers.txt") << QStringLiteral("no number");
        QTest::newRow("missing") << QStringLiteral("missing.txt") << QStringLiteral("no such file");
    }

    void aDraftOfABadReportIsOneLine()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString report = test::sourcePath(QStringLiteral("tests/data/bad/reports/") + name);
        const QString out = m_dir.filePath(QStringLiteral("never.json"));
        const test::Run r = test::runTongdao(
            {QStringLiteral("--draft-dataset"), report, QStringLiteral("--output"), out});
        QCOMPARE(r.exitCode, 2);
        const QString line = r.err.trimmed();
        QCOMPARE(line.count(QLatin1Char('\n')), 0);
        QVERIFY2(line.startsWith(QStringLiteral("tongdao: ") + report) && line.contains(message), qPrintable(line));
        QVERIFY(!QFile::exists(out));
    }

    void aGb18030ReportIsConvertedWithANote()
    {
        const QString report = test::sourcePath(QStringLiteral("tests/data/bad/reports/gb18030.txt"));
        const QString folder = m_dir.filePath(QStringLiteral("gb18030"));
        QDir().mkpath(folder);
        const QString out = folder + QStringLiteral("/draft.json");
        const test::Run r = test::runTongdao(
            {QStringLiteral("--draft-dataset"), report, QStringLiteral("--output"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(QStringLiteral("GB18030")), qPrintable(r.err));
        QCOMPARE(test::readFile(folder + QStringLiteral("/gb18030.txt")), test::readFile(report)); // not converted
        const test::Run coverage = test::runTongdao({QStringLiteral("--dataset"), out, QStringLiteral("--coverage")});
        QVERIFY2(coverage.out.contains(QStringLiteral("undecided 36, missing 0")), qPrintable(coverage.out));
    }

    void aDatasetWhoseTextChangedIsRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("changed"));
        QDir().mkpath(folder);
        const QString out = folder + QStringLiteral("/draft.json");
        QCOMPARE(test::runTongdao({QStringLiteral("--draft-dataset"),
                                   test::sourcePath(QStringLiteral("tests/data/reports/port-en.txt")),
                                   QStringLiteral("--output"), out})
                     .exitCode,
                 0);
        QFile text(folder + QStringLiteral("/port-en.txt"));
        QVERIFY(text.open(QIODevice::Append));
        text.write("One more line of 5 ports.\n");
        text.close();
        const test::Run r = test::runTongdao({QStringLiteral("--dataset"), out, QStringLiteral("--coverage")});
        QCOMPARE(r.exitCode, 2);
        const QString line = r.err.trimmed();
        QCOMPARE(line.count(QLatin1Char('\n')), 0);
        QVERIFY2(line.startsWith(QStringLiteral("tongdao: ") + out + QStringLiteral(": report.textHash: "))
                     && line.contains(QStringLiteral("port-en.txt changed since the dataset was saved"))
                     && line.contains(QStringLiteral("re-anchored")),
                 qPrintable(line));
    }

    void aDraftNeedsAnOutput()
    {
        const test::Run r = test::runTongdao(
            {QStringLiteral("--draft-dataset"), test::sourcePath(QStringLiteral("tests/data/reports/port-en.txt"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--output")), qPrintable(r.err));
    }

    void unwritableDestinationFailsCleanly()
    {
        const QString out = QStringLiteral("/proc/tongdao-cannot-write-here.csv");
        const test::Run r = test::runTongdao({QStringLiteral("--export-data"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.stderrData.contains(out.toUtf8()), r.stderrData.constData());
    }
};

TONGDAO_CORE_TEST_MAIN(TestCli)
#include "tst_cli.moc"

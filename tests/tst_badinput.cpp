// SPDX-License-Identifier: GPL-3.0-or-later
// Every byte of a dataset is hostile: each bad input is refused with one line naming the file,
// the place and what was expected, exit code 2, no output file — and the window keeps its report.
#include "core/boundedread.h"
#include "core/datasetloader.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/translations.h"
#include "guitest.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "windowfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <sys/stat.h>

using namespace tongdao;

namespace {
QString bad(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/data/bad/") + QString::fromLatin1(name));
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void expectRefusal(const QString &dataset, const QString &file, const QString &place, const QString &message)
    {
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        QFile::remove(out);
        const test::Run r = test::runTongdao({QStringLiteral("--dataset"), dataset, QStringLiteral("--export-data"),
                                              out},
                                             {}, 30000);
        QVERIFY2(r.finished, "the process hung");
        QCOMPARE(r.exitCode, 2);
        const QString line = r.err.trimmed();
        QCOMPARE(line.count(QLatin1Char('\n')), 0);
        const QString expectedStart = QStringLiteral("tongdao: ") + file + QStringLiteral(": ") + place;
        QVERIFY2(line.startsWith(expectedStart),
                 qPrintable(QStringLiteral("%1\n   does not start with %2").arg(line, expectedStart)));
        QVERIFY2(line.contains(message), qPrintable(QStringLiteral("%1\n   does not say %2").arg(line, message)));
        QVERIFY(!QFile::exists(out));
    }

private Q_SLOTS:
    void aSmallFileIsReadIntoASmallBuffer()
    {
        // The size limit bounds the read; it is not the size of the buffer read into.
        QByteArray data;
        LoadError error;
        const QString path = QStringLiteral(TONGDAO_SOURCE_DIR "/resources/cci-five-years.json");
        QVERIFY2(readRegularFile(path, qint64(1) << 30, &data, &error), qPrintable(error.toString()));
        QCOMPARE(data.size(), QFileInfo(path).size());
        QVERIFY2(data.capacity() < 2 * data.size() + 1024, qPrintable(QString::number(data.capacity())));
    }

    void malformedUtf8IsRefusedWhereItIs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("place");                     // empty: accepted
        const QByteArray before("line one\n\xe4\xb8\xad ", 13); // "中 " begins line 2
        QTest::newRow("valid") << before + "ok" << QString();
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf"
                                                       "ok")
                                         << QString();
        QTest::newRow("noncharacter U+FFFE") << before + "\xef\xbf\xbe" << QString();
        QTest::newRow("stray continuation") << before + "\x80" << QStringLiteral("2:3");
        QTest::newRow("bad lead byte") << before + "\xff" << QStringLiteral("2:3");
        QTest::newRow("lead past U+10FFFF") << before + "\xf5\x80\x80\x80" << QStringLiteral("2:3");
        QTest::newRow("truncated at the end") << before + "\xe4\xb8" << QStringLiteral("2:3");
        QTest::newRow("truncated before ASCII") << before + "\xe4\xb8z" << QStringLiteral("2:3");
        QTest::newRow("overlong two bytes") << before + "\xc0\x80" << QStringLiteral("2:3");
        QTest::newRow("overlong three bytes") << before + "\xe0\x80\x80" << QStringLiteral("2:3");
        QTest::newRow("surrogate") << before + "\xed\xa0\x80" << QStringLiteral("2:3");
        QTest::newRow("past U+10FFFF") << before + "\xf4\x90\x80\x80" << QStringLiteral("2:3");
    }

    void malformedUtf8IsRefusedWhereItIs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, place);
        QString text;
        LoadError error;
        const bool ok = decodeUtf8(bytes, &text, &error);
        QCOMPARE(ok, place.isEmpty());
        if (ok) {
            QCOMPARE(text, QString::fromUtf8(bytes));
        } else {
            QCOMPARE(error.place, place);
            QVERIFY2(error.message.contains(QStringLiteral("invalid UTF-8")), qPrintable(error.message));
        }
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *place, const char *message) {
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromUtf8(place) << QString::fromUtf8(message);
        };
        row("empty.json", "the file is empty", "expected a JSON object");
        row("truncated.json", "19:5", "malformed JSON");
        row("malformed.json", "4:50", "malformed JSON");
        row("top-level-array.json", "1:1", "expected a JSON object at the top level");
        row("invalid-utf8.json", "138:20", "invalid UTF-8 (byte 0xff)");
        row("wrong-schema.json", "schema", "expected \"tongdao-dataset\"");
        row("unknown-version.json", "version", "unsupported schema version 2");
        row("missing-version.json", "version", "missing required field \"version\"");
        row("missing-field.json", "figures[0]", "missing required field \"quote\"");
        row("wrong-type.json", "figures[0].value", "expected a number, got a string");
        row("unknown-unit.json", "figures[0].unit", "unknown unit \"wagons\"");
        row("unknown-qualifier.json", "figures[4].qualifier", "unknown qualifier \"roughly\"");
        row("unknown-field.json", "figures[0].qualifer", "unknown field");
        row("duplicate-id.json", "figures[1].id", "duplicate id \"trains-2020\"");
        row("unknown-chart-figure.json", "charts[0].items[2]", "unknown figure \"no-such-figure\"");
        row("chart-mixes-units.json", "charts[0].items[2]", "never mixes units");
        row("derived-bad-formula.json", "figures[2].derived.formula", "formula ends without an operand");
        row("derived-wrong-inputs.json", "figures[2].derived.inputs", "expected exactly the figures the formula uses");
        row("derived-cycle.json", "figures[2].derived.inputs", "(a cycle)");
        row("derived-mismatch.json", "figures[2].value", "does not match its formula, which gives 1517");
        row("derived-claims-exact.json", "figures[6].qualifier", "\"exact\", but its inputs make it \"more-than\"");
        row("negative-count.json", "figures[3].value", "is negative");
        row("out-of-range.json", "figures[4].value", "out of range");
        row("value-disagrees-with-text.json", "figures[3].value", "69 does not match the text, which says 68");
        row("quote-not-in-text.json", "figures[3].quote", "is not in the report text");
        row("quote-twice.json", "figures[3].quote", "occurs more than once");
        row("text-empty.json", "report.text", "the report text is empty");
        row("text-outside.json", "report.text", "expected a path relative to the dataset's folder");
        row("deep-nesting.json", "charts[0].subtitle[0]", "nested deeper than the limit of 16 levels");
    }

    void refusesBadFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, place);
        QFETCH(QString, message);
        const QString path = bad(qPrintable(name));
        const bool whole = !place.contains(QLatin1Char(':')) && !place.contains(QLatin1Char('['))
                        && !place.contains(QLatin1Char('.')) && place.contains(QLatin1Char(' '));
        expectRefusal(path, path, whole ? QString() : place, whole ? place : message);
    }

    void refusesBadTextFiles()
    {
        expectRefusal(bad("text-missing.json"), bad("no-such-report.txt"), QString(), QStringLiteral("no such file"));
        expectRefusal(bad("text-invalid-utf8.json"), bad("invalid-utf8.txt"), QStringLiteral("3:21"),
                      QStringLiteral("invalid UTF-8"));
    }

    void refusesWhatIsNotAFile()
    {
        expectRefusal(bad(""), test::sourcePath(QStringLiteral("tests/data/bad/")), QString(),
                      QStringLiteral("is a directory"));
        expectRefusal(QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero"), QString(),
                      QStringLiteral("not a regular file"));
        expectRefusal(QStringLiteral("/dev/urandom"), QStringLiteral("/dev/urandom"), QString(),
                      QStringLiteral("not a regular file"));
        const QString fifo = m_dir.filePath(QStringLiteral("fifo.json"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        expectRefusal(fifo, fifo, QString(), QStringLiteral("not a regular file")); // and no hang waiting for a writer
        // Readable in name only, even for root.
        expectRefusal(QStringLiteral("/proc/self/mem"), QStringLiteral("/proc/self/mem"), QString(),
                      QStringLiteral("cannot be read"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        expectRefusal(missing, missing, QString(), QStringLiteral("no such file"));
    }

    void refusesWhatIsTooBig()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(65 * 1024 * 1024)); // sparse: no disk used
        f.close();
        expectRefusal(big, big, QString(), QStringLiteral("more than the limit of 67108864 bytes"));
        QFile::remove(big);

        QByteArray json = test::readFile(test::sourcePath(QStringLiteral("tests/data/good/minimal.json")));
        json.replace("\"Trains doubled\"", QByteArray("\"" + QByteArray(200000, 'x') + "\""));
        const QString longString = m_dir.filePath(QStringLiteral("long.json"));
        QFile::copy(test::sourcePath(QStringLiteral("tests/data/good/report.txt")),
                    m_dir.filePath(QStringLiteral("report.txt")));
        QFile g(longString);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(json);
        g.close();
        expectRefusal(longString, longString, QStringLiteral("charts[0].title.en"),
                      QStringLiteral("more than the limit of 100000"));
    }

    void repetitiveTextAndQuotesAreRefusedQuickly()
    {
        // 2 million identical characters and 2,000 long quotes that all start alike: without a
        // bound on the work, locating them would take hours.
        QFile text(m_dir.filePath(QStringLiteral("repetitive.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QString(2000000, QChar(u'年')).toUtf8() + "。");
        text.close();
        QJsonArray figures;
        for (int i = 0; i < 2000; ++i) {
            QJsonObject derived;
            derived.insert(QStringLiteral("formula"), QStringLiteral("1"));
            derived.insert(QStringLiteral("inputs"), QJsonArray());
            QJsonObject f;
            f.insert(QStringLiteral("id"), QStringLiteral("f%1").arg(i));
            f.insert(QStringLiteral("category"), QStringLiteral("c"));
            f.insert(QStringLiteral("label"), QStringLiteral("F"));
            f.insert(QStringLiteral("value"), 1);
            f.insert(QStringLiteral("unit"), QStringLiteral("item"));
            f.insert(QStringLiteral("measure"), QStringLiteral("point"));
            f.insert(QStringLiteral("quote"), QString(QString(400 + i, QChar(u'年')) + QStringLiteral("月")));
            f.insert(QStringLiteral("derived"), derived);
            figures.append(f);
        }
        const QJsonObject root{{QStringLiteral("schema"), QStringLiteral("tongdao-dataset")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("report"),
                                QJsonObject{{QStringLiteral("text"), QStringLiteral("repetitive.txt")},
                                            {QStringLiteral("year"), 2020}}},
                               {QStringLiteral("categories"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                                                       {QStringLiteral("label"), QStringLiteral("C")}}}},
                               {QStringLiteral("figures"), figures}};
        const QString path = m_dir.filePath(QStringLiteral("repetitive.json"));
        QFile json(path);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(root).toJson());
        json.close();
        QElapsedTimer clock;
        clock.start();
        expectRefusal(path, path, QStringLiteral("figures"), QStringLiteral("too repetitive"));
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    }

    void theGoodFileLoads()
    {
        Dataset ds;
        LoadError error;
        QVERIFY2(DatasetLoader::load(test::sourcePath(QStringLiteral("tests/data/good/minimal.json")), &ds, &error),
                 qPrintable(error.toString()));
        QCOMPARE(ds.figures.size(), 6);
        QCOMPARE(ds.figure(u"trains-2019")->value, 1517.0);
    }

    void theWindowKeepsItsReport()
    {
        test::WindowFixture fixture;
        ReportDocument &document = fixture.document;
        MainWindow &window = *fixture.window;
        const Dataset *before = document.dataset();
        const QString chart = document.selection()->chart();
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.openDataset(bad("derived-cycle.json")));
        QVERIFY2(shown.contains(QStringLiteral("derived-cycle.json: figures[2].derived.inputs")), qPrintable(shown));
        QCOMPARE(document.dataset(), before);
        QCOMPARE(document.selection()->chart(), chart);
        QVERIFY(window.openDataset(test::sourcePath(QStringLiteral("tests/data/good/minimal.json"))));
        QCOMPARE(document.dataset()->figures.size(), 6);
        QCOMPARE(document.selection()->chart(), QStringLiteral("trains"));
    }

    void damagedSettingsStartWithDefaults()
    {
        const QString path = AppSettings().fileName();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xff\xfe\x00garbage\x01\x02[[[");
        f.close();
        AppSettings settings;
        QVERIFY2(settings.problem().contains(path), qPrintable(settings.problem()));
        QCOMPARE(settings.readerFontSize(), 13);
        QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
        Translations translations;
        ReportDocument document;
        document.setDataset(test::bundled());
        MainWindow window(&document, &translations, &settings);
        QVERIFY(window.statusText().contains(path));
        settings.setReaderFontSize(15);
        settings.sync();
        QCOMPARE(AppSettings().readerFontSize(), 15); // the fresh file works
    }
};

TONGDAO_TEST_MAIN(TestBadInput)
#include "tst_badinput.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Drafting a dataset from a report's text: the text read, every number a candidate, each
// candidate prefilled from the text and checked by the loader like any figure.
#include "core/coverage.h"
#include "core/draft.h"
#include "core/reportfile.h"
#include "core/units.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tongdao;

Q_DECLARE_METATYPE(tongdao::Language)

namespace {
QString report(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/data/reports/") + QString::fromLatin1(name));
}
QString badReport(const char *name)
{
    return test::sourcePath(QStringLiteral("tests/data/bad/reports/") + QString::fromLatin1(name));
}

Dataset drafted(const char *name)
{
    QString text, note;
    LoadError error;
    if (!readReportText(report(name), &text, &note, &error))
        qFatal("%s", qPrintable(error.toString()));
    return draftDataset(text, report(name), reportLanguageOf(text));
}

const Figure *byNumeral(const Dataset &ds, const QString &numeral)
{
    for (const Figure &f : ds.figures)
        if (f.numeral == numeral)
            return &f;
    return nullptr;
}
} // namespace

class TestDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNumberIsACandidate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Language>("language");
        QTest::newRow("zh") << QStringLiteral("port-zh.txt") << Language::Chinese;
        QTest::newRow("en") << QStringLiteral("port-en.txt") << Language::English;
    }

    void everyNumberIsACandidate()
    {
        QFETCH(QString, name);
        QFETCH(Language, language);
        const Dataset ds = drafted(qPrintable(name));
        QCOMPARE(ds.report.language, language);
        QCOMPARE(ds.report.textPath, name);
        QCOMPARE(ds.report.year, 2022);
        const QList<NumberMention> mentions = scanNumbers(ds.text.reading(), language);
        QCOMPARE(ds.figures.size(), mentions.size());
        for (int i = 0; i < ds.figures.size(); ++i) {
            const Figure &f = ds.figures[i];
            QVERIFY2(f.candidate && f.label.isEmpty() && f.category.isEmpty(), qPrintable(f.id));
            // Placed by the loader's own check, on the number it was made for.
            QCOMPARE(f.numeralStart, mentions[i].start);
            QCOMPARE(f.numeral, mentions[i].text);
            QCOMPARE(ds.text.reading().mid(f.quoteStart, f.quoteLength), f.quote);
            const auto sentence = sentenceBounds(ds.text, f.numeralStart, language);
            QVERIFY2(f.quoteStart >= sentence.first && f.quoteStart + f.quoteLength <= sentence.first + sentence.second,
                     qPrintable(f.id));
        }
        const CoverageReport coverage = Coverage::check(ds);
        QCOMPARE(coverage.found, int(mentions.size()));
        QCOMPARE(coverage.undecided, coverage.found);
        QCOMPARE(coverage.covered, 0);
        QVERIFY(coverage.missing.isEmpty());
    }

    void candidatesSayWhatTheTextSays()
    {
        const Dataset zh = drafted("port-zh.txt");
        QCOMPARE(zh.text.headline(), QStringLiteral("临江港2022年一季度运行情况"));
        struct Expected
        {
            const char16_t *numeral;
            double value;
            const char16_t *unit;
            Qualifier qualifier;
            const char16_t *period;
        };
        const Expected chinese[] = {
            {u"11.2万标箱", 112000, u"teu", Qualifier::Exact, u"2022-01/2022-03"},
            {u"4.3万标箱左右", 43000, u"teu", Qualifier::Approximate, u"2022-03"},
            {u"2313亿元", 231300000000, u"CNY", Qualifier::Exact, u""},
            {u"2.6倍", 2.6, u"times", Qualifier::Exact, u"2022-01/2022-03"},
            {u"逾三千列", 3000, u"train", Qualifier::MoreThan, u"2021"},
            {u"百分之三十五", 35, u"percent", Qualifier::Exact, u""},
            {u"百分之六十以上", 60, u"percent", Qualifier::MoreThan, u"2022-01/2022-06"},
            {u"不足1小时", 1, u"count", Qualifier::LessThan, u"2022-01/2022-06"},
            {u"超1.5亿美元", 150000000, u"USD", Qualifier::MoreThan, u"2022"},
            {u"120余万人次", 1200000, u"passenger-trip", Qualifier::MoreThan, u"2022-01/2022-06"},
            {u"400多家", 400, u"company", Qualifier::MoreThan, u"/2022-03-31"},
        };
        for (const Expected &e : chinese) {
            const Figure *f = byNumeral(zh, QString::fromUtf16(e.numeral));
            QVERIFY2(f, qPrintable(QString::fromUtf16(e.numeral)));
            QCOMPARE(f->value, e.value);
            QCOMPARE(f->unit, QString::fromUtf16(e.unit));
            QCOMPARE(f->qualifier, e.qualifier);
            QCOMPARE(f->period.iso, QString::fromUtf16(e.period));
        }
        QCOMPARE(byNumeral(zh, QStringLiteral("400多家"))->measure, Measure::Cumulative);
        QCOMPARE(byNumeral(zh, QStringLiteral("3至5年"))->status, FigureStatus::Scheduled);
        QCOMPARE(byNumeral(zh, QStringLiteral("２０２１年底"))->date, QDate(2021, 1, 1));
        QCOMPARE(byNumeral(zh, QStringLiteral("3月31日"))->measure, Measure::Point);

        const Dataset en = drafted("port-en.txt");
        QCOMPARE(en.text.headline(), QStringLiteral("Linjiang Port sets a quarterly record"));
        const Figure *teu = byNumeral(en, QStringLiteral("112,000 TEUs"));
        QVERIFY(teu);
        QCOMPARE(teu->unit, QStringLiteral("teu"));
        QCOMPARE(teu->period.iso, QStringLiteral("2022-01/2022-03"));
        QCOMPARE(byNumeral(en, QStringLiteral("231.3 billion yuan"))->value, 231300000000.0);
        QCOMPARE(byNumeral(en, QStringLiteral("over US$150 million"))->unit, QStringLiteral("USD"));
        QCOMPARE(byNumeral(en, QStringLiteral("at least 60 percent"))->qualifier, Qualifier::MoreThan);
        QCOMPARE(byNumeral(en, QStringLiteral("35%"))->period.iso, QStringLiteral("/2022-03-31"));
    }

    void candidateForOneNumber()
    {
        Dataset ds = drafted("port-zh.txt");
        const QList<NumberMention> mentions = scanNumbers(ds.text.reading(), ds.report.language);
        for (int i = 0; i < mentions.size(); ++i) {
            Figure f = candidateFor(ds, mentions[i]);
            QCOMPARE(f.quote, ds.figures[i].quote);
            QCOMPARE(f.quoteOccurrence, ds.figures[i].quoteOccurrence);
            QCOMPARE(f.value, ds.figures[i].value);
            QCOMPARE(f.period.iso, ds.figures[i].period.iso);
            QVERIFY2(!ds.figure(f.id), qPrintable(f.id)); // a new id, lower case
            QCOMPARE(f.id, f.id.toLower());
        }
        // A candidate added to the dataset passes the loader's check.
        Figure extra = candidateFor(ds, mentions.first());
        ds.figures.append(extra);
        ds.rebuildIndex();
        LoadError error;
        QVERIFY2(DatasetLoader::validate(&ds, &error), qPrintable(error.toString()));
    }

    void clausesAndSentences()
    {
        const ReportText t = ReportText::fromRaw(
            QStringLiteral("签约项目230个、总金额逾322亿美元，同比增长1,234.5%。下一句。"));
        const int at = int(t.reading().indexOf(QStringLiteral("322")));
        const auto [c, cl] = clauseAround(t, at, Language::Chinese);
        QCOMPARE(t.reading().mid(c, cl), QStringLiteral("总金额逾322亿美元"));
        const auto [d, dl] = clauseAround(t, int(t.reading().indexOf(QStringLiteral("1,234"))), Language::Chinese);
        QCOMPARE(t.reading().mid(d, dl), QStringLiteral("同比增长1,234.5%"));
        const auto [s, sl] = sentenceBounds(t, at, Language::Chinese);
        QCOMPARE(t.reading().mid(s, sl), QStringLiteral("签约项目230个、总金额逾322亿美元，同比增长1,234.5%。"));
        const ReportText e = ReportText::fromRaw(QStringLiteral("In 2021, the port handled 1,234.5 TEUs; rail grew."),
                                                 Language::English);
        const auto [x, xl] = clauseAround(e, int(e.reading().indexOf(QStringLiteral("1,234"))), Language::English);
        QCOMPARE(e.reading().mid(x, xl), QStringLiteral("the port handled 1,234.5 TEUs"));
    }

    void readsTheEncodingsOfAReport()
    {
        QString utf8, gb, note;
        LoadError error;
        QVERIFY(readReportText(report("port-zh.txt"), &utf8, &note, &error));
        QVERIFY(note.isEmpty());
        QVERIFY2(readReportText(badReport("gb18030.txt"), &gb, &note, &error), qPrintable(error.toString()));
        QCOMPARE(gb, utf8);
        QVERIFY2(note.contains(QStringLiteral("GB18030")), qPrintable(note));
    }

    void refusesWhatIsNoReport_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("latin-1") << badReport("latin1.txt") << QStringLiteral("nor is it GB18030") << 0;
        QTest::newRow("utf-16") << badReport("utf16.txt") << QStringLiteral("UTF-16") << 0;
        QTest::newRow("binary") << badReport("binary.txt") << QStringLiteral("binary") << 0;
        QTest::newRow("empty") << badReport("empty.txt") << QStringLiteral("empty") << 0;
        QTest::newRow("no numbers") << badReport("no-numbers.txt") << QStringLiteral("no number")
                                    << int(LoadError::Kind::NoNumbers);
        QTest::newRow("missing") << badReport("missing.txt") << QStringLiteral("no such file") << 0;
        QTest::newRow("a folder") << test::sourcePath(QStringLiteral("tests/data/reports"))
                                  << QStringLiteral("directory") << 0;
    }

    void refusesWhatIsNoReport()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QString text, note;
        LoadError error;
        QVERIFY(!readReportText(path, &text, &note, &error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(QLatin1Char('\n')));
        QCOMPARE(int(error.kind), kind);
    }

    void refusesAnOversizedText()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(defaultMaxFileBytes + 1)); // sparse: nothing is written
        big.close();
        QString text, note;
        LoadError error;
        QVERIFY(!readReportText(big.fileName(), &text, &note, &error));
        QVERIFY2(error.message.contains(QStringLiteral("more than the limit")), qPrintable(error.toString()));
    }

    void tellsTheLanguage()
    {
        QCOMPARE(reportLanguageOf(QStringLiteral("临江港完成集装箱吞吐量11.2万标箱 (TEU)")), Language::Chinese);
        QCOMPARE(reportLanguageOf(QStringLiteral("The port of Linjiang (临江港) handled 112,000 TEUs")),
                 Language::English);
    }

    void guessesUnits()
    {
        QCOMPARE(guessUnit(QStringLiteral("列")), QStringLiteral("train"));
        QCOMPARE(guessUnit(QStringLiteral("trains")), QStringLiteral("train"));
        QCOMPARE(guessUnit(QStringLiteral("标箱")), QStringLiteral("teu"));
        QCOMPARE(guessUnit(QStringLiteral("US$")), QStringLiteral("USD"));
        QCOMPARE(guessUnit(QStringLiteral("%")), QStringLiteral("percent"));
        QCOMPARE(guessUnit(QStringLiteral("辆")), QStringLiteral("count"));
        QCOMPARE(guessUnit(QString()), QStringLiteral("count"));
        QVERIFY(findUnit(u"count")->acceptsMeasure(QStringLiteral("架")));
        QVERIFY(findUnit(u"count")->acceptsMeasure(QString()));
        QVERIFY(!findUnit(u"train")->acceptsMeasure(QString()));
    }
};

TONGDAO_CORE_TEST_MAIN(TestDraft)
#include "tst_draft.moc"

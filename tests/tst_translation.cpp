// SPDX-License-Identifier: GPL-3.0-or-later
// The checks that keep a translation from drifting from the original: each damaged translation
// under tests/data/bad/translations is refused on its own, with one line naming the file, the
// line and the paragraph, while the report still opens; the bundled translations pass.
#include "core/datasetloader.h"
#include "core/latinnumberscanner.h"
#include "core/translationcheck.h"
#include "testutils.h"

using namespace tongdao;

class TestTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The bundled report in a folder of its own, its English translation replaced by `file`.
    QString reportWithEnglish(const QString &file)
    {
        const QString folder = m_dir.filePath(QFileInfo(file).completeBaseName());
        QDir().mkpath(folder);
        for (const char *name : {"cci-five-years.json", "cci-five-years.zh.txt", "cci-five-years.ms.txt"})
            QFile::copy(test::sourcePath(QStringLiteral("resources/") + QLatin1StringView(name)),
                        folder + QLatin1Char('/') + QLatin1StringView(name));
        QFile::copy(file, folder + QStringLiteral("/cci-five-years.en.txt"));
        return folder + QStringLiteral("/cci-five-years.json");
    }

private Q_SLOTS:
    void theBundledTranslationsPassEveryCheck()
    {
        const auto ds = test::bundled();
        for (Language language : {Language::English, Language::Malay}) {
            const ReportTranslation *t = ds->translation(language);
            QVERIFY2(t, qPrintable(ds->translationProblem(language)));
            QCOMPARE(t->paragraphCount(), ds->text.blocks().size());
            QVERIFY(TranslationCheck::mismatches(*ds, *t).isEmpty());
            // Every number of the original was paired, but for what the dataset excuses.
            QVERIFY2(t->pairs.size() >= 70, qPrintable(QString::number(t->pairs.size())));
            for (const Figure &f : ds->figures) {
                const TranslatedQuote &q = f.translation(language);
                QVERIFY2(q.quoteStart >= 0, qPrintable(f.id));
                QCOMPARE(t->text.mid(q.quoteStart, q.quote.size()), q.quote);
                // In the paragraph that translates the block of its quote.
                QCOMPARE(t->paragraphAt(q.quoteStart), ds->text.blockAt(f.quoteStart));
                if (!f.derived)
                    QCOMPARE(t->text.mid(q.numeralStart, q.numeralLength), q.numeral);
            }
        }
    }

    void aDamagedTranslationIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *file, const char *expected) {
            QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(expected);
        };
        row("changed-number.en.txt", "cci-five-years.en.txt: 21: paragraph 10: “逾322亿美元” of the original is not in "
                                     "the translation, which says “more than US$32.3 billion” instead");
        row("dropped-paragraph.en.txt",
            "cci-five-years.en.txt: 43: paragraph 21: 63 paragraphs for the report's 64 blocks");
        row("duplicated-paragraph.en.txt", "cci-five-years.en.txt: 43: paragraph 21 repeats paragraph 20 (line 41)");
        row("empty.en.txt", "cci-five-years.en.txt: no paragraph: the translation is empty");
        row("invalid-utf8.en.txt", "cci-five-years.en.txt: 9:90: invalid UTF-8 (byte 0xff)");
        row("invented-number.en.txt", "cci-five-years.en.txt: 81: paragraph 40: “about 40” is not a number of the "
                                      "original paragraph");
        row("phrase-missing.en.txt", "cci-five-years.en.txt: 41: paragraph 20: the phrase of \"rail-trains-2020q1-3\"");
        row("truncated.en.txt", "cci-five-years.en.txt: 65: paragraph 32: 32 paragraphs for the report's 64 blocks");
    }

    void aDamagedTranslationIsRefusedWithItsLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        Dataset ds;
        LoadError error;
        const QString path = reportWithEnglish(test::sourcePath(QStringLiteral("tests/data/bad/translations/") + file));
        // The report opens; the English translation alone is refused, and says where.
        QVERIFY2(DatasetLoader::load(path, &ds, &error), qPrintable(error.toString()));
        QVERIFY(!ds.translation(Language::English));
        QVERIFY2(ds.translationProblem(Language::English).startsWith(expected),
                 qPrintable(ds.translationProblem(Language::English)));
        QVERIFY(!ds.translationProblem(Language::English).contains(QLatin1Char('\n'))); // one line
        QVERIFY(ds.translation(Language::Malay));
        // Nothing of it is placed: no phrase offsets, no number pairs.
        for (const Figure &f : ds.figures)
            QCOMPARE(f.translation(Language::English).quoteStart, -1);
    }

    void anOversizedOrMissingTranslationIsRefused()
    {
        QFile big(m_dir.filePath(QStringLiteral("big.en.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(defaultMaxFileBytes + 1));
        big.close();
        Dataset ds;
        LoadError error;
        QVERIFY(DatasetLoader::load(reportWithEnglish(big.fileName()), &ds, &error));
        QVERIFY2(ds.translationProblem(Language::English).startsWith(QStringLiteral("cci-five-years.en.txt")),
                 qPrintable(ds.translationProblem(Language::English)));
        QVERIFY(!ds.translation(Language::English));

        const QString folder = m_dir.filePath(QStringLiteral("missing"));
        QDir().mkpath(folder);
        for (const char *name : {"cci-five-years.json", "cci-five-years.zh.txt"})
            QFile::copy(test::sourcePath(QStringLiteral("resources/") + QLatin1StringView(name)),
                        folder + QLatin1Char('/') + QLatin1StringView(name));
        QVERIFY(DatasetLoader::load(folder + QStringLiteral("/cci-five-years.json"), &ds, &error));
        QVERIFY(ds.translationProblem(Language::Malay).contains(QStringLiteral("cci-five-years.ms.txt")));
    }

    void eachCheckCanFail()
    {
        // A stale excuse, a phrase that occurs twice, a figure without a phrase: each refused.
        auto ds = test::bundled();
        ReportTranslation t = *ds->translation(Language::English);
        QString problem;
        Dataset copy = *ds;
        t.notInOriginal.append({QStringLiteral("no such words"), QStringLiteral("test")});
        QVERIFY(!TranslationCheck::check(&copy, &t, &problem));
        QVERIFY2(problem.contains(QStringLiteral("“no such words” (notInOriginal)")), qPrintable(problem));

        t = *ds->translation(Language::English);
        copy = *ds;
        copy.figures[copy.figureIndex(u"rail-trains-2020q1-3")].translation(Language::English).quote = QStringLiteral(
            "the"); // "the first three quarters … the Land-Sea Corridor"
        QVERIFY(!TranslationCheck::check(&copy, &t, &problem));
        QVERIFY2(problem.contains(QStringLiteral("occurs twice")), qPrintable(problem));

        t = *ds->translation(Language::English);
        copy = *ds;
        copy.figures[0].translation(Language::English) = TranslatedQuote{};
        QVERIFY(!TranslationCheck::check(&copy, &t, &problem));
        QVERIFY2(problem.contains(QStringLiteral("has no phrase")), qPrintable(problem));

        // A phrase whose numeral is not the figure's value as English writes it.
        t = *ds->translation(Language::English);
        copy = *ds;
        Figure &value = copy.figures[copy.figureIndex(u"overall-agreements")];
        value.translation(Language::English).numeral = QStringLiteral("230");
        QVERIFY(!TranslationCheck::check(&copy, &t, &problem));
        QVERIFY2(problem.contains(QStringLiteral("does not state the value of \"overall-agreements\"")),
                 qPrintable(problem));
    }
};

TONGDAO_CORE_TEST_MAIN(TestTranslation)
#include "tst_translation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporttext.h"
#include "testutils.h"

using namespace tongdao;

class TestReportText : public QObject
{
    Q_OBJECT

private:
    QString raw() const
    {
        return QString::fromUtf8(test::readFile(QStringLiteral(":/tongdao/data/cci-five-years.zh.txt")));
    }

private Q_SLOTS:
    void resourceIsTheFileByteForByte()
    {
        const QByteArray resource = test::readFile(QStringLiteral(":/tongdao/data/cci-five-years.zh.txt"));
        QVERIFY(resource.size() > 10000);
        QCOMPARE(resource, test::readFile(test::sourcePath(QStringLiteral("resources/cci-five-years.zh.txt"))));
        const QString shared = test::sourcePath(QStringLiteral("../shared/report/cci-five-years.zh.txt"));
        if (QFile::exists(shared))
            QCOMPARE(resource, test::readFile(shared));
    }

    void readingVersionNeitherLosesNorAdds()
    {
        const ReportText t = ReportText::fromRaw(raw());
        // Every non-space character of the reading text maps to the same raw character, and every
        // non-space raw character is mapped to exactly once.
        QList<int> hits(t.raw().size(), 0);
        for (int i = 0; i < t.reading().size(); ++i) {
            const QChar c = t.reading().at(i);
            const int r = t.toRaw(i);
            if (c.isSpace() && r < 0)
                continue;
            QVERIFY2(r >= 0, qPrintable(QStringLiteral("reading offset %1 has no raw counterpart").arg(i)));
            QCOMPARE(t.raw().at(r), c);
            ++hits[r];
        }
        for (int r = 0; r < t.raw().size(); ++r) {
            if (t.raw().at(r).isSpace())
                continue;
            QVERIFY2(hits[r] == 1,
                     qPrintable(
                         QStringLiteral("raw offset %1 ('%2') used %3 times").arg(r).arg(t.raw().at(r)).arg(hits[r])));
        }
        // The multiset of non-space characters is the same, too.
        auto letters = [](const QString &s) {
            QString out;
            for (QChar c : s)
                if (!c.isSpace())
                    out.append(c);
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(letters(t.reading()), letters(t.raw()));
    }

    void offsetMapsAreInverse()
    {
        const ReportText t = ReportText::fromRaw(raw());
        int mapped = 0;
        for (int i = 0; i < t.reading().size(); ++i) {
            const int r = t.toRaw(i);
            if (r < 0)
                continue;
            QCOMPARE(t.toReading(r), i);
            ++mapped;
        }
        int letters = 0;
        for (QChar c : t.raw())
            letters += c.isSpace() ? 0 : 1;
        QVERIFY(letters > 3900);
        QVERIFY(mapped >= letters);
        QCOMPARE(t.toRaw(-1), -1);
        QCOMPARE(t.toReading(t.raw().size()), -1);
    }

    void recognisesHeadlineBylineAndSections()
    {
        const ReportText t = ReportText::fromRaw(raw());
        QCOMPARE(t.headline(), QStringLiteral("中新互联互通项目"));
        QCOMPARE(t.deck(), QStringLiteral("书写新时代国际合作共赢新范本"));
        QCOMPARE(t.byline(), QStringLiteral("□本报记者 陈钧 首席记者 申晓佳"));
        QCOMPARE(t.sectionHeadings(),
                 (QStringList{QStringLiteral("纽带"), QStringLiteral("合力"), QStringLiteral("共赢")}));
        QStringList subheadings;
        for (const TextBlock &b : t.blocks())
            if (b.kind == TextBlock::Subheading)
                subheadings.append(t.blockText(b));
        QCOMPARE(subheadings, (QStringList{QStringLiteral("突破空间局限的国际合作新尝试"),
                                           QStringLiteral("为中国西部地区对接世界搭建“新舞台”"),
                                           QStringLiteral("各方共享互联互通和现代服务经济发展成果")}));
        // The headline opens the reading version, though the page extraction put it last.
        QCOMPARE(t.blocks().first().kind, TextBlock::Headline);
    }

    void rejoinsPageBreaksInsideSentences()
    {
        const ReportText t = ReportText::fromRaw(raw());
        QVERIFY(t.reading().contains(QStringLiteral("致新加坡总统哈莉玛的贺电")));
        QVERIFY(t.reading().contains(QStringLiteral("中新（重庆）国际互联网数据专用通道")));
        QVERIFY(t.reading().contains(QStringLiteral("签约项目230个")));
        QVERIFY(t.reading().contains(QStringLiteral("从每周5班增至14班")));
        QVERIFY(!t.raw().contains(QStringLiteral("总统哈莉玛")));
        for (const TextBlock &b : t.blocks()) {
            if (b.kind != TextBlock::Paragraph)
                continue;
            const QString text = t.blockText(b);
            QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
            QChar last = text.back();
            if (last == u'”')
                last = text.at(text.size() - 2);
            QVERIFY2(isSentenceEnd(last), qPrintable(QStringLiteral("paragraph does not end a sentence: ") + text));
        }
    }

    void sectionOfAnOffset()
    {
        const ReportText t = ReportText::fromRaw(raw());
        QCOMPARE(t.sectionAt(int(t.reading().indexOf(QStringLiteral("签署各类协议68份")))), -1);
        QCOMPARE(t.sectionAt(int(t.reading().indexOf(QStringLiteral("3174列")))), 0);
        QCOMPARE(t.sectionAt(int(t.reading().indexOf(QStringLiteral("123.8亿美元")))), 1);
        QCOMPARE(t.sectionAt(int(t.reading().indexOf(QStringLiteral("25万只")))), 2);
        const int at = int(t.reading().indexOf(QStringLiteral("3174列")));
        const auto [s, len] = t.sentenceAt(at);
        QCOMPARE(t.reading().mid(s, len), QStringLiteral("有关统计数据显示，今年前三季度，陆海新通道铁海联运班列开行317"
                                                         "4列，同比增加1657列，开行列数已超去年全年。"));
    }

    void normalizesSmallTexts_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("page break inside a sentence")
            << QStringLiteral("开头。\n甲乙丙\n\n丁戊。\n己庚。")
            << QStringList{QStringLiteral("P:开头。"), QStringLiteral("P:甲乙丙丁戊。"), QStringLiteral("P:己庚。")};
        QTest::newRow("a first line alone is the title")
            << QStringLiteral("临江港一季度运行情况\n\n今年1—3月，吞吐量增长。\n\n港区建设\n\n二期工程开工。")
            << QStringList{QStringLiteral("T:临江港一季度运行情况"), QStringLiteral("P:今年1—3月，吞吐量增长。"),
                           QStringLiteral("H:港区建设"), QStringLiteral("P:二期工程开工。")};
        QTest::newRow("a first sentence is no title")
            << QStringLiteral("今年1—3月，吞吐量增长。\n\n二期工程开工。")
            << QStringList{QStringLiteral("P:今年1—3月，吞吐量增长。"), QStringLiteral("P:二期工程开工。")};
        QTest::newRow("heading and subtitle")
            << QStringLiteral("开头一句。\n\n纽带\n一个副标题\n\n正文。")
            << QStringList{QStringLiteral("P:开头一句。"), QStringLiteral("H:纽带"), QStringLiteral("S:一个副标题"),
                           QStringLiteral("P:正文。")};
        QTest::newRow("byline and headline")
            << QStringLiteral("记者 某某\n\n第一句。\n\n标题\n副题")
            << QStringList{QStringLiteral("T:标题"), QStringLiteral("D:副题"), QStringLiteral("B:记者 某某"),
                           QStringLiteral("P:第一句。")};
        QTest::newRow("windows line ends") << QStringLiteral("甲\r\n乙。\r\n丙。")
                                           << QStringList{QStringLiteral("P:甲乙。"), QStringLiteral("P:丙。")};
        QTest::newRow("closing quote ends")
            << QStringLiteral("他说：“好。”\n下一段。")
            << QStringList{QStringLiteral("P:他说：“好。”"), QStringLiteral("P:下一段。")};
        QTest::newRow("latin words across a break")
            << QStringLiteral("the quick\nbrown fox.") << QStringList{QStringLiteral("P:the quick brown fox.")};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void normalizesEnglishTexts_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("lines joined with a space, a blank line ends a paragraph")
            << QStringLiteral("Port sets a record\n\nThe port handled\n1.2 million TEUs.\nRail grew too.\n\nNext one.")
            << QStringList{QStringLiteral("T:Port sets a record"),
                           QStringLiteral("P:The port handled 1.2 million TEUs. Rail grew too."),
                           QStringLiteral("P:Next one.")};
        QTest::newRow("a page break inside a sentence")
            << QStringLiteral("It ran 326 trains\n\nin the first quarter.\n\nInvestment\n\nIt costs 3 billion yuan.")
            << QStringList{QStringLiteral("P:It ran 326 trains in the first quarter."), QStringLiteral("H:Investment"),
                           QStringLiteral("P:It costs 3 billion yuan.")};
        QTest::newRow("byline after the title")
            << QStringLiteral("A record quarter\n\nBy Jane Tan\n\nThe port grew by 15 per cent.\n\nMore.")
            << QStringList{QStringLiteral("T:A record quarter"), QStringLiteral("B:By Jane Tan"),
                           QStringLiteral("P:The port grew by 15 per cent."), QStringLiteral("P:More.")};
    }

    void normalizesEnglishTexts()
    {
        QFETCH(QString, raw);
        QFETCH(QStringList, blocks);
        const ReportText t = ReportText::fromRaw(raw, Language::English);
        QStringList actual;
        const char kinds[] = {'T', 'D', 'B', 'H', 'S', 'P'};
        for (const TextBlock &b : t.blocks())
            actual.append(QLatin1Char(kinds[b.kind]) + QLatin1Char(':') + t.blockText(b));
        QCOMPARE(actual, blocks);
        // Every character still maps to the raw one it came from.
        for (int i = 0; i < t.reading().size(); ++i)
            if (t.toRaw(i) >= 0)
                QCOMPARE(t.raw().at(t.toRaw(i)), t.reading().at(i));
    }

    void englishSentencesEndAtAFullStopBeforeASpace()
    {
        const ReportText t = ReportText::fromRaw(QStringLiteral("It grew 3.5 per cent. Rail ran 1,234.5 km. Done."),
                                                 Language::English);
        const int at = int(t.reading().indexOf(QStringLiteral("1,234.5")));
        const auto [s, len] = t.sentenceAt(at);
        QCOMPARE(t.reading().mid(s, len), QStringLiteral("Rail ran 1,234.5 km."));
        QCOMPARE(t.reading().mid(t.sentenceAt(3).first, t.sentenceAt(3).second),
                 QStringLiteral("It grew 3.5 per cent."));
    }

    void normalizesSmallTexts()
    {
        QFETCH(QString, raw);
        QFETCH(QStringList, blocks);
        const ReportText t = ReportText::fromRaw(raw);
        QStringList actual;
        const char kinds[] = {'T', 'D', 'B', 'H', 'S', 'P'};
        for (const TextBlock &b : t.blocks())
            actual.append(QLatin1Char(kinds[b.kind]) + QLatin1Char(':') + t.blockText(b));
        QCOMPARE(actual, blocks);
    }
};

TONGDAO_CORE_TEST_MAIN(TestReportText)
#include "tst_reporttext.moc"

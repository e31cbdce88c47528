// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numberscanner.h"
#include "testutils.h"

using namespace tongdao;

namespace {
QString describe(const NumberMention &m)
{
    static const char *kinds[] = {"qty", "pct", "range", "date", "period", "ord"};
    QString s = QString::fromLatin1(kinds[m.kind]) + QLatin1Char('|')
              + QString(m.text).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (m.kind == NumberMention::Date)
        return s + QStringLiteral("|%1-%2-%3").arg(m.year).arg(m.month).arg(m.day);
    if (m.kind == NumberMention::Period)
        return s;
    s += QLatin1Char('|') + QString::number(m.value, 'f', 0 + (m.value != std::floor(m.value) ? 3 : 0));
    if (m.kind == NumberMention::Range)
        s += QLatin1Char('-') + QString::number(m.high, 'f', 0);
    if (!m.measure.isEmpty())
        s += QLatin1Char('|') + m.measure;
    if (m.qualifier != Qualifier::Exact)
        s += QLatin1Char('|') + qualifierId(m.qualifier);
    return s;
}
} // namespace

class TestNumberScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const QString &text, const QStringList &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("plain count", QStringLiteral("开行3174列，同比增加1657列"),
            {QStringLiteral("qty|3174列|3174|列"), QStringLiteral("qty|1657列|1657|列")});
        row("magnitude yi with currency", QStringLiteral("总金额逾322亿美元"),
            {QStringLiteral("qty|逾322亿美元|32200000000|美元|more-than")});
        row("decimal yi", QStringLiteral("金额折合约123.8亿美元"),
            {QStringLiteral("qty|约123.8亿美元|12380000000|美元|approximate")});
        row("decimal yi exact in base units", QStringLiteral("逾42.35亿美元"),
            {QStringLiteral("qty|逾42.35亿美元|4235000000|美元|more-than")});
        row("wan with measure", QStringLiteral("增至19万人次"), {QStringLiteral("qty|19万人次|190000|人次")});
        row("yu between number and magnitude", QStringLiteral("累计20余万元"),
            {QStringLiteral("qty|20余万元|200000|元|more-than")});
        row("yu after number", QStringLiteral("选派1000余名"), {QStringLiteral("qty|1000余名|1000|名|more-than")});
        row("duo after number", QStringLiteral("200多位代表"), {QStringLiteral("qty|200多位|200|位|more-than")});
        row("chao before number", QStringLiteral("货值超12亿元"),
            {QStringLiteral("qty|超12亿元|1200000000|元|more-than")});
        row("qianyue is a verb, not about", QStringLiteral("达成项目签约185个"), {QStringLiteral("qty|185个|185|个")});
        row("chaoyue is a verb", QStringLiteral("两国合作超越双边"), {QStringLiteral("qty|两国|2|国")});
        row("grouping", QStringLiteral("共3,174列"), {QStringLiteral("qty|3,174列|3174|列")});
        row("area", QStringLiteral("布置了3000平方米的"), {QStringLiteral("qty|3000平方米|3000|平方米")});
        row("chinese numerals", QStringLiteral("三十年"), {QStringLiteral("qty|三十年|30|年")});
        row("chinese wan", QStringLiteral("九万里"), {QStringLiteral("qty|九万里|90000|里")});
        row("liang", QStringLiteral("两个"), {QStringLiteral("qty|两个|2|个")});
        row("ordinal", QStringLiteral("第三个政府间"), {QStringLiteral("ord|第三个|3|个")});
        row("lexical words are not numbers", QStringLiteral("与新方一起探索一系列活动"), {});
        row("percent", QStringLiteral("增长109.2%"), {QStringLiteral("pct|109.2%|109.200|%")});
        row("range", QStringLiteral("3—5年"), {QStringLiteral("range|3—5年|3-5|年")});
        row("range with zhi", QStringLiteral("10至20个"), {QStringLiteral("range|10至20个|10-20|个")});
        row("full date", QStringLiteral("诞生于2015年11月7日，"), {QStringLiteral("date|2015年11月7日|2015-11-7")});
        row("month and day", QStringLiteral("9月25日，"), {QStringLiteral("date|9月25日|0-9-25")});
        row("space inside a date", QStringLiteral("11月 23日，"), {QStringLiteral("date|11月 23日|0-11-23")});
        row("year and month", QStringLiteral("2018年11月，"), {QStringLiteral("date|2018年11月|2018-11-0")});
        row("end of month", QStringLiteral("截至2020年9月底"), {QStringLiteral("date|2020年9月底|2020-9-0")});
        row("year", QStringLiteral("2019年旅客"), {QStringLiteral("date|2019年|2019-0-0")});
        row("relative period", QStringLiteral("今年前三季度，"), {QStringLiteral("period|今年前三季度")});
        row("year period", QStringLiteral("在2020年上半年同比"), {QStringLiteral("period|2020年上半年")});
        row("last year", QStringLiteral("已超去年全年。"), {QStringLiteral("period|去年全年")});
        row("split by a line break", QStringLiteral("签约项目230\n个、总金额"),
            {QStringLiteral("qty|230\\n个|230|个")});
        row("magnitude split by a break", QStringLiteral("逾322\n亿美元"),
            {QStringLiteral("qty|逾322\\n亿美元|32200000000|美元|more-than")});
        row("date split by a break", QStringLiteral("2015年\n11月7日"),
            {QStringLiteral("date|2015年\\n11月7日|2015-11-7")});
        row("number followed by latin", QStringLiteral("覆盖5G、"), {QStringLiteral("qty|5|5")});
        row("year in a name", QStringLiteral("2020中新金融峰会"), {QStringLiteral("qty|2020|2020")});
        row("invalid month is not a date", QStringLiteral("13月5日"),
            {QStringLiteral("qty|13|13"), QStringLiteral("qty|5日|5|日")});
        row("nothing", QStringLiteral("中新友谊，心心相印。"), {});
        // A text the scanner has never seen: a port's quarter.
        row("wan with decimals and teu", QStringLiteral("吞吐量11.2万标箱，"),
            {QStringLiteral("qty|11.2万标箱|112000|标箱")});
        row("yi yuan", QStringLiteral("总投资2313亿元"), {QStringLiteral("qty|2313亿元|231300000000|元")});
        row("zuoyou after a measure", QStringLiteral("完成4.3万标箱左右，"),
            {QStringLiteral("qty|4.3万标箱左右|43000|标箱|approximate")});
        row("zuoyou after a bare number", QStringLiteral("人数在50左右"),
            {QStringLiteral("qty|50左右|50|approximate")});
        row("jin before a chinese numeral", QStringLiteral("多开行近百列"),
            {QStringLiteral("qty|近百列|100|列|approximate")});
        row("yu before a chinese numeral", QStringLiteral("累计开行班列逾三千列"),
            {QStringLiteral("qty|逾三千列|3000|列|more-than")});
        row("yu after wan", QStringLiteral("达到120余万人次"),
            {QStringLiteral("qty|120余万人次|1200000|人次|more-than")});
        row("duo before a measure", QStringLiteral("已有400多家企业"),
            {QStringLiteral("qty|400多家|400|家|more-than")});
        row("yue with tonnes", QStringLiteral("运送货物约85万吨。"),
            {QStringLiteral("qty|约85万吨|850000|吨|approximate")});
        row("chao with us dollars", QStringLiteral("合同外资超1.5亿美元"),
            {QStringLiteral("qty|超1.5亿美元|150000000|美元|more-than")});
        row("buzu before a number", QStringLiteral("压缩至不足1小时"),
            {QStringLiteral("qty|不足1小时|1|小时|less-than")});
        row("yishang after a percentage", QStringLiteral("缩短百分之六十以上"),
            {QStringLiteral("pct|百分之六十以上|60|%|more-than")});
        row("yishang after a measure", QStringLiteral("5年以上"), {QStringLiteral("qty|5年以上|5|年|more-than")});
        row("baifenzhi", QStringLiteral("完成投资的百分之三十五。"), {QStringLiteral("pct|百分之三十五|35|%")});
        row("baifenzhi with a decimal", QStringLiteral("百分之十二点五"),
            {QStringLiteral("pct|百分之十二点五|12.500|%")});
        row("baifenzhi with digits", QStringLiteral("约百分之15"), {QStringLiteral("pct|约百分之15|15|%|approximate")});
        row("baifenzhi bai", QStringLiteral("百分之百"), {QStringLiteral("pct|百分之百|100|%")});
        row("bai alone is no percentage", QStringLiteral("百年未有"), {QStringLiteral("qty|百年|100|年")});
        row("percent with zuoyou", QStringLiteral("增长15%左右"), {QStringLiteral("pct|15%左右|15|%|approximate")});
        row("times", QStringLiteral("增幅超年度目标2.6倍。"), {QStringLiteral("qty|2.6倍|2.600|倍")});
        row("fullwidth digits", QStringLiteral("开行１２３列，增长１５％"),
            {QStringLiteral("qty|１２３列|123|列"), QStringLiteral("pct|１５％|15|%")});
        row("chinese numerals", QStringLiteral("三千名，十二个，两项"),
            {QStringLiteral("qty|三千名|3000|名"), QStringLiteral("qty|十二个|12|个"),
             QStringLiteral("qty|两项|2|项")});
        row("counting units", QStringLiteral("326列，12班，5个，3项，19万人次，8艘"),
            {QStringLiteral("qty|326列|326|列"), QStringLiteral("qty|12班|12|班"), QStringLiteral("qty|5个|5|个"),
             QStringLiteral("qty|3项|3|项"), QStringLiteral("qty|19万人次|190000|人次"),
             QStringLiteral("qty|8艘|8|艘")});
        row("range of years with zhi", QStringLiteral("计划3至5年建成"), {QStringLiteral("range|3至5年|3-5|年")});
        row("range of months is a period", QStringLiteral("1—3月，"), {QStringLiteral("period|1—3月")});
        row("range of months written twice", QStringLiteral("1月至3月，"), {QStringLiteral("period|1月至3月")});
        row("this year's months", QStringLiteral("今年1—3月，"), {QStringLiteral("period|今年1—3月")});
        row("a year's months", QStringLiteral("2021年1—3月，"), {QStringLiteral("period|2021年1—3月")});
        row("a range of months is no count", QStringLiteral("3—5个月"), {QStringLiteral("range|3—5个月|3-5|个月")});
        row("end of a year", QStringLiteral("自2021年底以来"), {QStringLiteral("date|2021年底|2021-0-0")});
        row("end of a year in fullwidth", QStringLiteral("自２０２１年底"),
            {QStringLiteral("date|２０２１年底|2021-0-0")});
        row("end of this year", QStringLiteral("今年底前"), {QStringLiteral("period|今年底")});
        row("first half", QStringLiteral("上半年预计"), {QStringLiteral("period|上半年")});
        row("first quarter of this year", QStringLiteral("今年一季度"), {QStringLiteral("period|今年一季度")});
    }

    void periodsKnowTheirMonths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("1—3月") << QStringLiteral("1—3月") << 0 << 1 << 3;
        QTest::newRow("今年1—3月") << QStringLiteral("今年1—3月") << 0 << 1 << 3;
        QTest::newRow("2021年4月至6月") << QStringLiteral("2021年4月至6月") << 2021 << 4 << 6;
        QTest::newRow("上半年") << QStringLiteral("上半年") << 0 << 1 << 6;
        QTest::newRow("今年前三季度") << QStringLiteral("今年前三季度") << 0 << 1 << 9;
        QTest::newRow("2020年下半年") << QStringLiteral("2020年下半年") << 2020 << 7 << 12;
        QTest::newRow("去年全年") << QStringLiteral("去年全年") << 0 << 1 << 12;
        QTest::newRow("今年底") << QStringLiteral("今年底") << 0 << 12 << 12;
    }

    void periodsKnowTheirMonths()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(int, first);
        QFETCH(int, last);
        const auto m = NumberScanner::parseOne(text);
        QVERIFY(m.has_value());
        QCOMPARE(m->kind, NumberMention::Period);
        QCOMPARE(m->year, year);
        QCOMPARE(int(m->value), first);
        QCOMPARE(int(m->high), last);
    }

    void scans()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const NumberMention &m : NumberScanner::scan(text)) {
            QCOMPARE(text.mid(m.start, m.length), m.text); // spans are exact
            actual.append(describe(m));
        }
        QCOMPARE(actual, expected);
    }

    void parsesChineseNumerals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("十") << QStringLiteral("十") << 10.0;
        QTest::newRow("三十") << QStringLiteral("三十") << 30.0;
        QTest::newRow("二十五") << QStringLiteral("二十五") << 25.0;
        QTest::newRow("一百零八") << QStringLiteral("一百零八") << 108.0;
        QTest::newRow("两千") << QStringLiteral("两千") << 2000.0;
        QTest::newRow("九万") << QStringLiteral("九万") << 90000.0;
        QTest::newRow("三亿") << QStringLiteral("三亿") << 300000000.0;
        QTest::newRow("一万二千") << QStringLiteral("一万二千") << 12000.0;
        QTest::newRow("百") << QStringLiteral("百") << 100.0;
    }

    void parsesChineseNumerals()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto parsed = NumberScanner::parseChineseNumeral(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, value);
    }

    void parseOneNeedsOneWholeExpression()
    {
        QVERIFY(NumberScanner::parseOne(QStringLiteral("322亿美元")).has_value());
        QCOMPARE(NumberScanner::parseOne(QStringLiteral("322亿美元"))->value, 32200000000.0);
        QVERIFY(!NumberScanner::parseOne(QStringLiteral("68份和230个")).has_value());
        QVERIFY(!NumberScanner::parseOne(QStringLiteral("项目230个")).has_value());
        QVERIFY(!NumberScanner::parseOne(QString()).has_value());
    }

    void neverReadsPastTheEnd()
    {
        // Truncated expressions at the very end of a text.
        for (const QString &s : {QStringLiteral("3"), QStringLiteral("3,"), QStringLiteral("3."), QStringLiteral("逾"),
                                 QStringLiteral("2015年"), QStringLiteral("2015年11"), QStringLiteral("11月 "),
                                 QStringLiteral("第"), QStringLiteral("3—"), QStringLiteral("\n\n3\n")}) {
            const QList<NumberMention> all = NumberScanner::scan(s);
            for (const NumberMention &m : all)
                QVERIFY(m.start >= 0 && m.start + m.length <= s.size());
        }
    }
};

TONGDAO_CORE_TEST_MAIN(TestNumberScanner)
#include "tst_numberscanner.moc"

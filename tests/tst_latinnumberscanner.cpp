// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/latinnumberscanner.h"
#include "testutils.h"

#include <QRandomGenerator>

using namespace tongdao;

Q_DECLARE_METATYPE(tongdao::Language)

namespace {
QString number(double v)
{
    return v == std::floor(v) ? QString::number(v, 'f', 0) : QString::number(v, 'g', 15);
}

// kind|text|value[-high]|measure|qualifier; dates kind|text|y-m-d; periods kind|text|year|first-last.
QString describe(const NumberMention &m)
{
    static const char *kinds[] = {"qty", "pct", "range", "date", "period", "ord"};
    QString s = QString::fromLatin1(kinds[m.kind]) + QLatin1Char('|')
              + QString(m.text).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (m.kind == NumberMention::Date)
        return s + QStringLiteral("|%1-%2-%3").arg(m.year).arg(m.month).arg(m.day);
    if (m.kind == NumberMention::Period)
        return s + QStringLiteral("|%1|%2-%3").arg(m.year).arg(number(m.value), number(m.high));
    s += QLatin1Char('|') + number(m.value);
    if (m.high != 0)
        s += QLatin1Char('-') + number(m.high);
    if (!m.measure.isEmpty())
        s += QLatin1Char('|') + m.measure;
    if (m.qualifier != Qualifier::Exact)
        s += QLatin1Char('|') + qualifierId(m.qualifier);
    return s;
}

void checkSpans(QStringView text, Language language)
{
    int after = 0;
    for (const NumberMention &m : LatinNumberScanner::scan(text, language)) {
        QVERIFY2(m.start >= after && m.length > 0 && m.start + m.length <= text.size(), qPrintable(text.toString()));
        QCOMPARE(text.mid(m.start, m.length), m.text);
        after = m.start + m.length;
    }
}

// The sentences of the report's translations that the checker compares with the Chinese.
const QString englishSample = QStringLiteral(
    "In the first three quarters of this year, 3,174 rail-sea intermodal trains ran on the Land-Sea Corridor, "
    "1,657 more than in the same period last year. Flights rose from 5 to 14 a week, and passenger throughput in "
    "2019 rose to 190,000 passenger trips. 137 cross-border financing projects with a total, converted, of about "
    "US$12.38 billion. Companies in Sichuan, Shaanxi, Xinjiang and other seven western provinces and autonomous "
    "regions raised more than US$4.235 billion; more than 200,000 yuan; 250,000 disposable medical masks; ninety "
    "thousand li. Born on 7 November 2015; by the end of September 2020; its 30th anniversary; COVID-19.");
const QString malaySample = QStringLiteral(
    "Dalam tiga suku pertama tahun ini, 3,174 tren antara moda rel-laut; lebih daripada AS$4.235 bilion; kira-kira "
    "AS$12.38 bilion; 190,000 perjalanan penumpang; 7 November 2015; hujung September 2020; sembilan puluh ribu li; "
    "ulang tahun ke-30; separuh pertama 2020; antara 3 dan 5 tahun.");
} // namespace

class TestLatinNumberScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scans_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, Language language, QStringView text,
                      std::initializer_list<QStringView> expected) {
            QStringList list;
            for (QStringView e : expected)
                list.append(e.toString());
            QTest::newRow(name) << language << text.toString() << list;
        };
        auto en = [&](const char *name, QStringView text, std::initializer_list<QStringView> expected) {
            row(name, Language::English, text, expected);
        };
        auto ms = [&](const char *name, QStringView text, std::initializer_list<QStringView> expected) {
            row(name, Language::Malay, text, expected);
        };
        // The report's sentences.
        en("en corridor trains", englishSample.left(englishSample.indexOf(u'.')),
           {u"period|the first three quarters of this year|0|1-9", u"qty|3,174 rail-sea intermodal trains|3174|trains",
            u"qty|1,657|1657"});
        en("en from 5 to 14 is a change",
           u"Flights rose from 5 to 14 a week, and passenger throughput in 2019 rose "
           u"to 190,000 passenger trips",
           {u"qty|5|5", u"qty|14|14", u"date|2019|2019-0-0", u"qty|190,000 passenger trips|190000|passenger trips"});
        en("en financing projects",
           u"137 cross-border financing projects with a total, converted, of about "
           u"US$12.38 billion",
           {u"qty|137 cross-border financing projects|137|projects",
            u"qty|about US$12.38 billion|12380000000|US$|approximate"});
        en("en western provinces",
           u"Xinjiang and other seven western provinces and autonomous regions raised more "
           u"than US$4.235 billion",
           {u"qty|seven western provinces and autonomous regions|7|provinces and autonomous regions",
            u"qty|more than US$4.235 billion|4235000000|US$|more-than"});
        en("en yuan", u"more than 200,000 yuan", {u"qty|more than 200,000 yuan|200000|yuan|more-than"});
        en("en masks", u"250,000 disposable medical masks", {u"qty|250,000 disposable medical masks|250000|masks"});
        en("en ninety thousand li", u"soars ninety thousand li", {u"qty|ninety thousand li|90000|li"});
        // Digits.
        en("grouping and decimals", u"1,234.5, 3,174, 0.5 and 12.38",
           {u"qty|1,234.5|1234.5", u"qty|3,174|3174", u"qty|0.5|0.5", u"qty|12.38|12.38"});
        en("a space is no group separator", u"1 234", {u"qty|1|1", u"qty|234|234"});
        en("grouped or decimal is no year", u"2,019 or 2019.5", {u"qty|2,019|2019", u"qty|2019.5|2019.5"});
        en("line break inside", u"3,174\ntrains", {u"qty|3,174\\ntrains|3174|trains"});
        en("glued to letters", u"COVID-19, 5G, G20 and the 1990s", {});
        en("glued unit", u"a 5km line, 20m² rooms", {u"qty|5km|5|km", u"qty|20m²|20|m²"});
        en("compound adjective", u"a 5-year plan", {u"qty|5-year|5|year"});
        // Magnitudes and currencies.
        en("million", u"3.5 million", {u"qty|3.5 million|3500000"});
        en("US$ million", u"over US$1.2 million", {u"qty|over US$1.2 million|1200000|US$|more-than"});
        en("TEUs", u"it handled 112,000 TEUs and about 43,000 TEU",
           {u"qty|112,000 TEUs|112000|teus", u"qty|about 43,000 TEU|43000|teu|approximate"});
        en("US$ billion", u"US$32.2 billion", {u"qty|US$32.2 billion|32200000000|US$"});
        en("billion yuan", u"3.2 billion yuan, 45 billion yuan",
           {u"qty|3.2 billion yuan|3200000000|yuan", u"qty|45 billion yuan|45000000000|yuan"});
        en("million yuan", u"100 million yuan", {u"qty|100 million yuan|100000000|yuan"});
        en("thousand after digits", u"20 thousand, 5 hundred", {u"qty|20 thousand|20000", u"qty|5 hundred|500"});
        // Per cent.
        en("percent sign", u"15% and 109.2%", {u"pct|15%|15|%", u"pct|109.2%|109.2|%"});
        en("per cent words", u"15 per cent, 15 percent", {u"pct|15 per cent|15|%", u"pct|15 percent|15|%"});
        en("percentage points", u"3 percentage points", {u"qty|3 percentage points|3|percentage points"});
        // Ranges.
        en("dash ranges", u"3–5, 3-5 years", {u"range|3–5|3-5", u"range|3-5 years|3-5|years"});
        en("to range", u"3 to 5", {u"range|3 to 5|3-5"});
        en("from-to is a change", u"rose from 3 to 5", {u"qty|3|3", u"qty|5|5"});
        en("between range", u"between 3 and 5 years", {u"range|between 3 and 5 years|3-5|years"});
        en("magnitude of a range", u"3 to 5 billion yuan", {u"range|3 to 5 billion yuan|3000000000-5000000000|yuan"});
        en("percent range", u"3–5%", {u"pct|3–5%|3-5|%"});
        en("spelled range", u"three to five years", {u"range|three to five years|3-5|years"});
        en("falling is no range", u"a score of 5-3", {u"qty|5|5"});
        // Qualifiers.
        en("more than", u"more than 5, over 6, upwards of 7, in excess of 8, at least 9",
           {u"qty|more than 5|5|more-than", u"qty|over 6|6|more-than", u"qty|upwards of 7|7|more-than",
            u"qty|in excess of 8|8|more-than", u"qty|at least 9|9|more-than"});
        en("about", u"about 1, around 2, approximately 3, nearly 4, almost 5, some 6",
           {u"qty|about 1|1|approximate", u"qty|around 2|2|approximate", u"qty|approximately 3|3|approximate",
            u"qty|nearly 4|4|approximate", u"qty|almost 5|5|approximate", u"qty|some 6|6|approximate"});
        en("less than", u"less than 5, under 6, fewer than 7",
           {u"qty|less than 5|5|less-than", u"qty|under 6|6|less-than", u"qty|fewer than 7|7|less-than"});
        en("no more than", u"no more than 5, no less than 6",
           {u"qty|no more than 5|5|less-than", u"qty|no less than 6|6|more-than"});
        en("some only before digits", u"some five people", {u"qty|five people|5|people"});
        // Dates.
        en("day month year", u"25 September 2020, 7 November 2015",
           {u"date|25 September 2020|2020-9-25", u"date|7 November 2015|2015-11-7"});
        en("month day, year", u"September 25, 2020.", {u"date|September 25, 2020|2020-9-25"});
        en("month year", u"November 2018 and July 2019", {u"date|November 2018|2018-11-0", u"date|July 2019|2019-7-0"});
        en("a count after a month is no day", u"in September 18 countries signed", {u"qty|18 countries|18|countries"});
        en("no year", u"on 23 November, and 6 November", {u"date|23 November|0-11-23", u"date|6 November|0-11-6"});
        en("end of month", u"by the end of September 2020, the end of May",
           {u"date|the end of September 2020|2020-9-0", u"date|the end of May|0-5-0"});
        en("bare years", u"in 2020; 2019 rose", {u"date|2020|2020-0-0", u"date|2019|2019-0-0"});
        en("a month alone or lower case is no date", u"in September, as we may 5", {u"qty|5|5"});
        en("invalid day", u"31 February 2020", {u"qty|31|31", u"date|February 2020|2020-2-0"});
        // Periods.
        en("month period", u"January–September and Jan–Sep 2019",
           {u"period|January–September|0|1-9", u"period|Jan–Sep 2019|2019|1-9"});
        en("first half", u"in the first half of 2020", {u"period|the first half of 2020|2020|1-6"});
        // Spelled-out numbers and articles.
        en("spelled", u"zero, twelve, twenty-five trains, two hundred and fifty, one hundred",
           {u"qty|zero|0", u"qty|twelve|12", u"qty|twenty-five trains|25|trains", u"qty|two hundred and fifty|250",
            u"qty|one hundred|100"});
        en("one as a number", u"one train, one new corridor", {u"qty|one train|1|train", u"qty|one|1"});
        en("one as a pronoun", u"one of the corridors, one another, no one, the one that, a train, an item", {});
        // Ordinals.
        en("ordinal words", u"first, second, third, tenth, twenty-first",
           {u"ord|first|1", u"ord|second|2", u"ord|third|3", u"ord|tenth|10", u"ord|twenty-first|21"});
        en("ordinal digits", u"1st, 2nd, 21st, 30th anniversary",
           {u"ord|1st|1", u"ord|2nd|2", u"ord|21st|21", u"ord|30th anniversary|30|anniversary"});
        // Malay.
        ms("ms more than", u"lebih daripada AS$4.235 bilion",
           {u"qty|lebih daripada AS$4.235 bilion|4235000000|AS$|more-than"});
        ms("ms about", u"kira-kira AS$12.38 bilion", {u"qty|kira-kira AS$12.38 bilion|12380000000|AS$|approximate"});
        ms("ms passenger trips", u"190,000 perjalanan penumpang",
           {u"qty|190,000 perjalanan penumpang|190000|perjalanan penumpang"});
        ms("ms corridor trains", malaySample.left(malaySample.indexOf(u';')),
           {u"period|tiga suku pertama tahun ini|0|1-9", u"qty|3,174 tren|3174|tren"});
        ms("ms magnitudes", u"AS$32.2 bilion, 1.2 bilion yuan, 20 ribu, RM5 juta",
           {u"qty|AS$32.2 bilion|32200000000|AS$", u"qty|1.2 bilion yuan|1200000000|yuan", u"qty|20 ribu|20000",
            u"qty|RM5 juta|5000000|RM"});
        ms("ms percent", u"15 peratus dan 109.2%", {u"pct|15 peratus|15|%", u"pct|109.2%|109.2|%"});
        ms("ms ranges", u"3 hingga 5 tahun, antara 3 dan 5, 3–5",
           {u"range|3 hingga 5 tahun|3-5|tahun", u"range|antara 3 dan 5|3-5", u"range|3–5|3-5"});
        ms("ms more than", u"lebih dari 5, melebihi 6, sekurang-kurangnya 7",
           {u"qty|lebih dari 5|5|more-than", u"qty|melebihi 6|6|more-than", u"qty|sekurang-kurangnya 7|7|more-than"});
        ms("ms approximately", u"sekitar 1, hampir 2, lebih kurang 3",
           {u"qty|sekitar 1|1|approximate", u"qty|hampir 2|2|approximate", u"qty|lebih kurang 3|3|approximate"});
        ms("ms less than", u"kurang daripada 5, kurang dari 6",
           {u"qty|kurang daripada 5|5|less-than", u"qty|kurang dari 6|6|less-than"});
        ms("ms dates", u"7 November 2015, hujung September 2020, akhir Disember 2019",
           {u"date|7 November 2015|2015-11-7", u"date|hujung September 2020|2020-9-0",
            u"date|akhir Disember 2019|2019-12-0"});
        ms("ms months", u"Januari 2020, Februari 2020, Mac 2020, April 2020, Mei 2020, Jun 2020",
           {u"date|Januari 2020|2020-1-0", u"date|Februari 2020|2020-2-0", u"date|Mac 2020|2020-3-0",
            u"date|April 2020|2020-4-0", u"date|Mei 2020|2020-5-0", u"date|Jun 2020|2020-6-0"});
        ms("ms more months", u"Julai 2020, Ogos 2020, Oktober 2020, 1 Disember",
           {u"date|Julai 2020|2020-7-0", u"date|Ogos 2020|2020-8-0", u"date|Oktober 2020|2020-10-0",
            u"date|1 Disember|0-12-1"});
        ms("ms bare year", u"pada tahun 2019", {u"date|2019|2019-0-0"});
        ms("ms periods", u"separuh pertama 2020, Januari–September, Januari hingga Jun 2020",
           {u"period|separuh pertama 2020|2020|1-6", u"period|Januari–September|0|1-9",
            u"period|Januari hingga Jun 2020|2020|1-6"});
        ms("ms spelled", u"satu projek, dua, tiga belas, dua puluh lima, seratus, dua ratus, seribu, sejuta",
           {u"qty|satu projek|1|projek", u"qty|dua|2", u"qty|tiga belas|13", u"qty|dua puluh lima|25",
            u"qty|seratus|100", u"qty|dua ratus|200", u"qty|seribu|1000", u"qty|sejuta|1000000"});
        ms("ms ninety thousand li", u"sembilan puluh ribu li", {u"qty|sembilan puluh ribu li|90000|li"});
        ms("ms articles", u"sebuah negara, seorang pegawai, salah satu projek, satu daripada", {});
        ms("ms ordinals", u"pertama, ketiga, kesepuluh, kedua belas, ulang tahun ke-30",
           {u"ord|pertama|1", u"ord|ketiga|3", u"ord|kesepuluh|10", u"ord|kedua belas|12", u"ord|ke-30|30"});
        ms("ms both", u"kedua-dua negara, kedua negara, fasa kedua", {u"ord|kedua|2"});
        ms("ms classifier", u"3 buah negara", {u"qty|3 buah negara|3|negara"});
        ms("ms glued", u"COVID-19 dan 5G", {});
        row("chinese is NumberScanner", Language::Chinese, u"总金额逾322亿美元",
            {u"qty|逾322亿美元|32200000000|美元|more-than"});
    }

    void scans()
    {
        QFETCH(Language, language);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const NumberMention &m : LatinNumberScanner::scan(text, language)) {
            QCOMPARE(text.mid(m.start, m.length), m.text); // spans are exact
            QVERIFY(!m.chineseNumeral || language == Language::Chinese);
            actual.append(describe(m));
        }
        QCOMPARE(actual, expected);
    }

    void datesCarryTheirFields()
    {
        const auto m = LatinNumberScanner::parseOne(u"September 25, 2020", Language::English);
        QVERIFY(m.has_value());
        QCOMPARE(m->date, QDate(2020, 9, 25));
        QCOMPARE(m->precision, DatePrecision::Day);
        const auto y = LatinNumberScanner::parseOne(u"2019", Language::Malay);
        QVERIFY(y.has_value());
        QCOMPARE(y->date, QDate(2019, 1, 1));
        QCOMPARE(y->precision, DatePrecision::Year);
        const auto month = LatinNumberScanner::parseOne(u"23 November", Language::English);
        QVERIFY(month.has_value() && !month->date.isValid());
    }

    void parseOneNeedsOneWholeExpression()
    {
        QCOMPARE(LatinNumberScanner::parseOne(u" US$32.2 billion ", Language::English)->value, 32200000000.0);
        QVERIFY(!LatinNumberScanner::parseOne(u"68 and 230", Language::English).has_value());
        QVERIFY(!LatinNumberScanner::parseOne(u"projects 230", Language::English).has_value());
        QVERIFY(!LatinNumberScanner::parseOne(QString(), Language::Malay).has_value());
    }

    void parsesSpelledNumbers()
    {
        const auto en = [](const char16_t *s) { return LatinNumberScanner::parseSpelledNumber(s, Language::English); };
        const auto ms = [](const char16_t *s) { return LatinNumberScanner::parseSpelledNumber(s, Language::Malay); };
        QCOMPARE(en(u"twenty-five"), 25.0);
        QCOMPARE(en(u"ninety thousand"), 90000.0);
        QCOMPARE(en(u"two hundred and fifty thousand"), 250000.0);
        QCOMPARE(en(u"one million two hundred thousand"), 1200000.0);
        QCOMPARE(ms(u"sembilan puluh ribu"), 90000.0);
        QCOMPARE(ms(u"dua ratus lima puluh"), 250.0);
        QCOMPARE(ms(u"sebelas"), 11.0);
        QVERIFY(!en(u"two three").has_value());
        QVERIFY(!en(u"twenty ten").has_value());
        QVERIFY(!ms(u"ribu").has_value());
        QVERIFY(!ms(u"sebuah").has_value());
    }

    void robustOnAnyText()
    {
        // Fragments that start expressions, glued at random: spans stay exact and in order.
        const auto pieces = std::to_array<QStringView>(
            {u"3",         u"174",       u",",   u".",      u" ",         u"\n",        u"-",
             u"–",         u"%",         u"US$", u"AS$",    u"RM",        u"billion",   u"bilion",
             u"more than", u"kira-kira", u"the", u"end of", u"September", u"Mac",       u"2020",
             u"first",     u"half",      u"of",  u"twenty", u"one",       u"hundred",   u"and",
             u"to",        u"ke",        u"dua", u"puluh",  u"ribu",      u"th",        u"between",
             u"antara",    u"trains",    u"x",   u"'",      u"²",         u"tiga suku", u"pertama"});
        QRandomGenerator random(20201107);
        for (int k = 0; k < 3000; ++k) {
            QString s;
            for (int j = int(random.bounded(30)); j > 0; --j)
                s += pieces[random.bounded(quint32(pieces.size()))];
            checkSpans(s, Language::English);
            checkSpans(s, Language::Malay);
        }
        for (const QString &sample : {englishSample, malaySample})
            for (int len = 0; len <= sample.size(); ++len) {
                checkSpans(QStringView(sample).left(len), Language::English);
                checkSpans(QStringView(sample).left(len), Language::Malay);
            }
        checkSpans(QString(100000, u'1'), Language::English); // too many digits: no number, no crash
        checkSpans(QString(QString(3000, u',') + QStringLiteral("1,000").repeated(1000)), Language::Malay);
    }
};

TONGDAO_CORE_TEST_MAIN(TestLatinNumberScanner)
#include "tst_latinnumberscanner.moc"

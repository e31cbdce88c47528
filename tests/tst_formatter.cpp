// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numberformatter.h"
#include "core/translations.h"
#include "testutils.h"

using namespace tongdao;

Q_DECLARE_METATYPE(tongdao::Language)
Q_DECLARE_METATYPE(tongdao::Qualifier)
Q_DECLARE_METATYPE(tongdao::NumberFormatter::Style)

class TestFormatter : public QObject
{
    Q_OBJECT

    Translations m_translations;

    void use(Language language)
    {
        QString warning;
        QVERIFY2(m_translations.setLanguage(language, &warning), qPrintable(warning));
    }

private Q_SLOTS:
    void quantities_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<Qualifier>("qualifier");
        QTest::addColumn<NumberFormatter::Style>("style");
        QTest::addColumn<QString>("expected");
        const auto W = NumberFormatter::Words;
        const auto S = NumberFormatter::Symbols;
        const auto E = Qualifier::Exact, A = Qualifier::Approximate, M = Qualifier::MoreThan, L = Qualifier::LessThan;
        const auto en = Language::English, zh = Language::Chinese, ms = Language::Malay;
        struct Row
        {
            const char *name;
            Language language;
            double value;
            const char *unit;
            Qualifier q;
            NumberFormatter::Style style;
            const char *expected;
        };
        const Row rows[] = {
            {"en usd more-than words", en, 32200000000, "USD", M, W, "more than US$32.2 billion"},
            {"en usd more-than symbols", en, 32200000000, "USD", M, S, "> US$32.2 billion"},
            {"en usd about", en, 12380000000, "USD", A, W, "about US$12.38 billion"},
            {"en usd keeps the report's precision", en, 4235000000, "USD", E, W, "US$4.235 billion"},
            {"en less than", en, 8145000000, "USD", L, S, "< US$8.145 billion"},
            {"en trains grouped", en, 3174, "train", E, W, "3,174 trains"},
            {"en one train", en, 1, "train", E, W, "1 train"},
            {"en passenger trips", en, 190000, "passenger-trip", E, W, "190,000 passenger trips"},
            {"en yuan billions", en, 231300000000, "CNY", E, W, "231.3 billion yuan"},
            {"en yuan millions", en, 100000000, "CNY", E, W, "100 million yuan"},
            {"en never rounds silently", en, 1234567891, "CNY", E, W, "1,234,567,891 yuan"},
            {"en keeps four decimals of a magnitude", en, 1234500000, "CNY", E, W, "1.2345 billion yuan"},
            {"en no padding", en, 999999999, "USD", E, W, "US$999,999,999"},
            {"en percent exact", en, 12.345, "percent", E, W, "12.345%"},
            {"en percent about", en, 109.2, "percent", A, W, "about 109.2%"},
            {"en area", en, 3000, "square-metre", E, W, "3,000 m²"},
            {"zh usd 逾", zh, 32200000000, "USD", M, W, "逾322亿美元"},
            {"zh usd 约", zh, 12380000000, "USD", A, W, "约123.8亿美元"},
            {"zh 42.35亿", zh, 4235000000, "USD", M, S, "逾42.35亿美元"},
            {"zh trains ungrouped", zh, 3174, "train", E, W, "3174列"},
            {"zh 19万人次", zh, 190000, "passenger-trip", E, W, "19万人次"},
            {"zh 25万只", zh, 250000, "mask", E, W, "25万只"},
            {"zh 20万元 more than", zh, 200000, "CNY", M, W, "逾20万元"},
            {"zh 2313亿元", zh, 231300000000, "CNY", E, W, "2313亿元"},
            {"zh 1亿元", zh, 100000000, "CNY", E, W, "1亿元"},
            {"zh 6122箱", zh, 6122, "container", E, W, "6122箱"},
            {"zh 万 with decimals", zh, 123456, "CNY", E, W, "12.3456万元"},
            {"zh not in 万 when inexact", zh, 1234567.5, "CNY", E, W, "1234567.5元"},
            {"zh percent", zh, 109.2, "percent", A, W, "约109.2%"},
            {"ms usd symbols", ms, 32200000000, "USD", M, S, "> AS$32.2 bilion"},
            {"ms usd words", ms, 32200000000, "USD", M, W, "lebih daripada AS$32.2 bilion"},
            {"ms about", ms, 12380000000, "USD", A, W, "kira-kira AS$12.38 bilion"},
            {"ms trains", ms, 3174, "train", E, W, "3,174 tren"},
            {"ms juta", ms, 100000000, "CNY", E, W, "100 juta yuan"},
            {"ms passenger trips", ms, 190000, "passenger-trip", E, W, "190,000 perjalanan penumpang"},
        };
        for (const Row &r : rows)
            QTest::newRow(r.name) << r.language << r.value << QString::fromLatin1(r.unit) << r.q << r.style
                                  << QString::fromUtf8(r.expected);
    }

    void quantities()
    {
        QFETCH(Language, language);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(Qualifier, qualifier);
        QFETCH(NumberFormatter::Style, style);
        QFETCH(QString, expected);
        use(language);
        QCOMPARE(NumberFormatter(language).quantity(value, unit, qualifier, style), expected);
    }

    void dates_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en day") << Language::English << QStringLiteral("2015-11-07")
                                << QStringLiteral("7 November 2015");
        QTest::newRow("zh day") << Language::Chinese << QStringLiteral("2015-11-07") << QStringLiteral("2015年11月7日");
        QTest::newRow("ms day") << Language::Malay << QStringLiteral("2015-11-07") << QStringLiteral("7 November 2015");
        QTest::newRow("en month") << Language::English << QStringLiteral("2019-07") << QStringLiteral("July 2019");
        QTest::newRow("zh month") << Language::Chinese << QStringLiteral("2019-07") << QStringLiteral("2019年7月");
        QTest::newRow("ms month") << Language::Malay << QStringLiteral("2019-07") << QStringLiteral("Julai 2019");
        QTest::newRow("zh year") << Language::Chinese << QStringLiteral("2019") << QStringLiteral("2019年");
        QTest::newRow("en months of a year")
            << Language::English << QStringLiteral("2020-01/2020-09") << QStringLiteral("Jan–Sept 2020");
        QTest::newRow("zh months of a year")
            << Language::Chinese << QStringLiteral("2020-01/2020-09") << QStringLiteral("2020年1—9月");
        QTest::newRow("ms months of a year")
            << Language::Malay << QStringLiteral("2020-01/2020-09") << QStringLiteral("Jan–Sep 2020");
        QTest::newRow("en up to") << Language::English << QStringLiteral("/2020-09") << QStringLiteral("to Sept 2020");
        QTest::newRow("zh up to") << Language::Chinese << QStringLiteral("/2020-09") << QStringLiteral("截至2020年9月");
        QTest::newRow("ms up to") << Language::Malay << QStringLiteral("/2020-09") << QStringLiteral("hingga Sep 2020");
        QTest::newRow("zh across years") << Language::Chinese << QStringLiteral("2015-11/2020-11")
                                         << QStringLiteral("2015年11月—2020年11月");
    }

    void dates()
    {
        QFETCH(Language, language);
        QFETCH(QString, iso);
        QFETCH(QString, expected);
        use(language);
        const auto period = Period::parse(iso);
        QVERIFY(period.has_value());
        QCOMPARE(NumberFormatter(language).period(*period), expected);
    }

    void axisScales_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("divisor");
        QTest::addColumn<QString>("title");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("tick");
        QTest::newRow("en billion yuan") << Language::English << 231.3e9 << QStringLiteral("CNY") << 1e9
                                         << QStringLiteral("billion yuan") << 150e9 << QStringLiteral("150");
        QTest::newRow("zh 亿元") << Language::Chinese << 231.3e9 << QStringLiteral("CNY") << 1e8
                                 << QStringLiteral("亿元") << 1500e8 << QStringLiteral("1500");
        QTest::newRow("ms bilion yuan") << Language::Malay << 231.3e9 << QStringLiteral("CNY") << 1e9
                                        << QStringLiteral("bilion yuan") << 50e9 << QStringLiteral("50");
        QTest::newRow("en US$ billion") << Language::English << 12.38e9 << QStringLiteral("USD") << 1e9
                                        << QStringLiteral("US$ billion") << 2.5e9 << QStringLiteral("2.5");
        QTest::newRow("zh 亿美元") << Language::Chinese << 12.38e9 << QStringLiteral("USD") << 1e8
                                   << QStringLiteral("亿美元") << 25e8 << QStringLiteral("25");
        QTest::newRow("zh 万人次") << Language::Chinese << 190000.0 << QStringLiteral("passenger-trip") << 1e4
                                   << QStringLiteral("万人次") << 150000.0 << QStringLiteral("15");
        QTest::newRow("en trains") << Language::English << 3174.0 << QStringLiteral("train") << 1.0
                                   << QStringLiteral("trains") << 3000.0 << QStringLiteral("3,000");
        QTest::newRow("zh trains") << Language::Chinese << 3174.0 << QStringLiteral("train") << 1.0
                                   << QStringLiteral("列") << 3000.0 << QStringLiteral("3000");
    }

    void axisScales()
    {
        QFETCH(Language, language);
        QFETCH(double, max);
        QFETCH(QString, unit);
        QFETCH(double, divisor);
        QFETCH(QString, title);
        QFETCH(double, value);
        QFETCH(QString, tick);
        use(language);
        const NumberFormatter fmt(language);
        const AxisScale scale = fmt.axisScale(max, *findUnit(unit));
        QCOMPARE(scale.divisor, divisor);
        QCOMPARE(scale.unitTitle, title);
        QCOMPARE(fmt.scaled(value, scale), tick);
    }

    void niceTicks_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<QList<double>>("ticks");
        QTest::newRow("trains") << 3174.0 << QList<double>{0, 1000, 2000, 3000, 4000};
        QTest::newRow("flights") << 14.0 << QList<double>{0, 5, 10, 15, 20};
        QTest::newRow("2313亿 in 亿") << 2313.0 << QList<double>{0, 500, 1000, 1500, 2000, 2500};
        QTest::newRow("zero") << 0.0 << QList<double>{0, 1};
    }

    void niceTicks()
    {
        QFETCH(double, max);
        QFETCH(QList<double>, ticks);
        QCOMPARE(NumberFormatter::niceTicks(max), ticks);
    }

    void cleanupTestCase() { m_translations.setLanguage(Language::English); }
};

TONGDAO_CORE_TEST_MAIN(TestFormatter)
#include "tst_formatter.moc"

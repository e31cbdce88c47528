// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace tongdao;

class TestDataset : public QObject
{
    Q_OBJECT

    std::shared_ptr<Dataset> ds = test::bundled();

    static bool parseMutated(const std::function<void(QJsonObject &)> &mutate, LoadError *error)
    {
        QJsonObject root = QJsonDocument::fromJson(test::readFile(DatasetLoader::bundledDatasetPath())).object();
        mutate(root);
        const QByteArray json = QJsonDocument(root).toJson();
        const DatasetLoader::TextReader reader = [](const QString &, QString *text, LoadError *) {
            *text = QString::fromUtf8(test::readFile(QStringLiteral(":/tongdao/data/cci-five-years.zh.txt")));
            return true;
        };
        Dataset out;
        return DatasetLoader::parse(json, QStringLiteral("mutated.json"), reader, &out, error, {});
    }

    static void setFigureField(QJsonObject &root, const QString &id, const QString &field, const QJsonValue &value)
    {
        QJsonArray figures = root.value(QStringLiteral("figures")).toArray();
        for (qsizetype i = 0; i < figures.size(); ++i) {
            QJsonObject f = figures[i].toObject();
            if (f.value(QStringLiteral("id")).toString() == id) {
                f.insert(field, value);
                figures[i] = f;
            }
        }
        root.insert(QStringLiteral("figures"), figures);
    }

private Q_SLOTS:
    void holdsEveryFigure()
    {
        QVERIFY2(ds->figures.size() >= 45, qPrintable(QString::number(ds->figures.size())));
        QVERIFY(ds->charts.size() >= 10);
        QSet<QString> ids;
        for (const Figure &f : ds->figures)
            ids.insert(f.id);
        QCOMPARE(ids.size(), ds->figures.size());
        QSet<QString> charts;
        for (const ChartSpec &c : ds->charts)
            charts.insert(c.id);
        QCOMPARE(charts.size(), ds->charts.size());
    }

    void everyQuoteIsVerbatimInTheReadingText()
    {
        for (const Figure &f : ds->figures) {
            QVERIFY2(f.quoteStart >= 0, qPrintable(f.id));
            QCOMPARE(ds->text.reading().mid(f.quoteStart, f.quoteLength), f.quote);
            QVERIFY2(ds->text.reading().indexOf(f.quote) >= 0, qPrintable(f.id));
        }
    }

    void everyStatedFigureQuotesItsNumeral()
    {
        for (const Figure &f : ds->figures) {
            if (f.derived)
                continue;
            QVERIFY2(f.quote.contains(f.numeral), qPrintable(f.id));
            QVERIFY(f.numeralStart >= f.quoteStart && f.numeralStart + f.numeralLength <= f.quoteStart + f.quoteLength);
            const auto m = NumberScanner::parseOne(f.numeral);
            QVERIFY2(m.has_value(), qPrintable(f.id + QStringLiteral(": ") + f.numeral));
            if (f.isDate())
                QCOMPARE(m->month > 0 ? m->month : 1, f.date.month());
            else
                QCOMPARE(m->value, f.value);
        }
    }

    void statesTheReportsKeyFigures()
    {
        auto value = [this](const char *id) {
            const Figure *f = ds->figure(QString::fromLatin1(id));
            return f ? f->value : -1.0;
        };
        QCOMPARE(value("rail-trains-2020q1-3"), 3174.0);
        QCOMPARE(value("rail-trains-yoy"), 1657.0);
        QCOMPARE(value("air-flights-before"), 5.0);
        QCOMPARE(value("air-flights-after"), 14.0);
        QCOMPARE(value("air-passengers-2019"), 190000.0);
        QCOMPARE(value("fin-projects"), 137.0);
        QCOMPARE(value("fin-amount"), 12380000000.0);
        QCOMPARE(value("fin-western-amount"), 4235000000.0);
        QCOMPARE(value("overall-agreements"), 68.0);
        QCOMPARE(value("overall-projects"), 230.0);
        QCOMPARE(value("overall-project-value"), 32200000000.0);
        QCOMPARE(ds->figure(u"fin-amount")->qualifier, Qualifier::Approximate);
        QCOMPARE(ds->figure(u"overall-project-value")->qualifier, Qualifier::MoreThan);
    }

    void derivedFiguresAreRecomputed()
    {
        const Figure *y2019 = ds->figure(u"rail-trains-2019q1-3");
        QVERIFY(y2019 && y2019->derived);
        QCOMPARE(y2019->value, 3174.0 - 1657.0);
        QCOMPARE(y2019->inputs,
                 (QStringList{QStringLiteral("rail-trains-2020q1-3"), QStringLiteral("rail-trains-yoy")}));
        QCOMPARE(ds->figure(u"rail-trains-growth")->value, 109.2);
        QCOMPARE(ds->figure(u"fin-other-amount")->value, 8145000000.0);
    }

    void milestonesSpanTheFiveYears()
    {
        QDate first, last;
        int dates = 0;
        for (const Figure &f : ds->figures) {
            if (!f.isDate())
                continue;
            ++dates;
            first = first.isValid() ? std::min(first, f.date) : f.date;
            last = last.isValid() ? std::max(last, f.date) : f.date;
        }
        QCOMPARE(dates, 8);
        QCOMPARE(first, QDate(2015, 11, 7));
        QCOMPARE(last, QDate(2020, 11, 23));
    }

    void chartsReferToExistingFiguresAndShowThemAll()
    {
        QSet<QString> shown;
        for (const ChartSpec &c : ds->charts) {
            QVERIFY(!c.items.isEmpty());
            for (const QString &id : c.figureIds()) {
                QVERIFY2(ds->figure(id), qPrintable(c.id + QStringLiteral(" → ") + id));
                shown.insert(id);
            }
        }
        for (const Figure &f : ds->figures)
            QVERIFY2(shown.contains(f.id), qPrintable(f.id + QStringLiteral(" is in no chart")));
        for (const char *id :
             {"rail-sea-trains", "air-flights", "cross-border-financing", "agreements-projects", "expo-signed-projects",
              "expo-signed-value", "talent-exchange", "trade-vietnam", "covid-aid", "milestones"})
            QVERIFY2(ds->chart(QString::fromLatin1(id)), id);
    }

    void offsetsAreNeverWrittenByHand()
    {
        const QByteArray json = test::readFile(test::sourcePath(QStringLiteral("resources/cci-five-years.json")));
        QVERIFY(!json.isEmpty());
        QVERIFY(!json.contains("Start"));
        QVERIFY(!json.contains("offset"));
        QCOMPARE(json, test::readFile(DatasetLoader::bundledDatasetPath()));
    }

    void aValueThatDisagreesWithTheTextIsRefused()
    {
        LoadError error;
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                setFigureField(root, QStringLiteral("rail-trains-2020q1-3"), QStringLiteral("value"), 3175);
            },
            &error));
        QCOMPARE(error.file, QStringLiteral("mutated.json"));
        QVERIFY2(error.place.startsWith(QStringLiteral("figures[")) && error.place.endsWith(QStringLiteral(".value")),
                 qPrintable(error.toString()));
        QVERIFY2(error.message.contains(QStringLiteral("3174")), qPrintable(error.message));
    }

    void aWrongQualifierIsRefused()
    {
        LoadError error;
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                setFigureField(root, QStringLiteral("fin-amount"), QStringLiteral("qualifier"),
                               QStringLiteral("exact"));
            },
            &error));
        QVERIFY2(error.place.endsWith(QStringLiteral(".qualifier")), qPrintable(error.toString()));
    }

    void aDerivedMismatchIsRefused()
    {
        LoadError error;
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                setFigureField(root, QStringLiteral("rail-trains-2019q1-3"), QStringLiteral("value"), 1600);
            },
            &error));
        QVERIFY2(error.message.contains(QStringLiteral("1517")), qPrintable(error.toString()));
    }

    void aQuoteNotInTheTextIsRefused()
    {
        LoadError error;
        QVERIFY(!parseMutated(
            [](QJsonObject &root) {
                setFigureField(root, QStringLiteral("air-flights-after"), QStringLiteral("quote"),
                               QStringLiteral("航班数量从每周5班增至15班"));
            },
            &error));
        QVERIFY2(error.place.endsWith(QStringLiteral(".quote")), qPrintable(error.toString()));
    }
};

TONGDAO_CORE_TEST_MAIN(TestDataset)
#include "tst_dataset.moc"

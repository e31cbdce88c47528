// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdatamodel.h"
#include "core/chartfiguresproxy.h"
#include "core/chartmodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tongdao;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statisticsModel()
    {
        StatisticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(test::bundled());
        QCOMPARE(model.rowCount(), model.dataset()->figures.size());
        QCOMPARE(model.columnCount(), int(StatisticsModel::ColumnCount));
        QVERIFY(test::compareWithExpected(test::dumpModel(&model, {Qt::DisplayRole}),
                                          QStringLiteral("statistics-model.en.txt")));
        QStringList roles;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            roles.append(QStringList{i.data(StatisticsModel::FigureIdRole).toString(),
                                     QString::number(i.data(StatisticsModel::RawValueRole).toDouble(), 'f', 2),
                                     i.data(StatisticsModel::UnitRole).toString(),
                                     i.data(StatisticsModel::QualifierRole).toString(),
                                     i.data(StatisticsModel::QuoteStartRole).toString(),
                                     i.data(StatisticsModel::QuoteLengthRole).toString(),
                                     i.data(StatisticsModel::NumeralStartRole).toString(),
                                     i.data(StatisticsModel::NumeralLengthRole).toString(),
                                     i.data(StatisticsModel::CategoryRole).toString(),
                                     i.data(StatisticsModel::DerivedRole).toString(),
                                     i.data(StatisticsModel::FormulaRole).toString()}
                             .join(QLatin1Char('|')));
        }
        QVERIFY(test::compareWithExpected(roles, QStringLiteral("statistics-model.roles.txt")));
    }

    void chartModel()
    {
        StatisticsModel statistics;
        ChartModel model(&statistics);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        statistics.setDataset(test::bundled());
        QVERIFY(model.rowCount() > 5);
        QVERIFY(test::compareWithExpected(test::dumpModel(&model), QStringLiteral("chart-model.en.txt")));
        const QModelIndex rail = model.indexOfChart(u"rail-sea-trains");
        QVERIFY(rail.isValid());
        QCOMPARE(rail.data(ChartModel::NodeTypeRole).toInt(), int(ChartModel::ChartNode));
        QCOMPARE(rail.parent().data(ChartModel::CategoryIdRole).toString(), QStringLiteral("land-sea"));
        // The chart's figures are its children, known by their ids.
        QStringList children;
        for (int r = 0; r < model.rowCount(rail); ++r) {
            QCOMPARE(model.index(r, 0, rail).parent(), rail);
            children.append(model.index(r, 0, rail).data(ChartModel::FigureIdRole).toString());
        }
        QCOMPARE(children, model.chartAt(rail)->figureIds());
        QVERIFY(children.contains(QStringLiteral("rail-trains-yoy")));
    }

    void chartFiguresProxyKeepsTheChartsOrder()
    {
        ReportDocument doc;
        doc.setDataset(test::bundled());
        ChartFiguresProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(doc.statistics());
        const ChartSpec *chart = doc.dataset()->chart(u"rail-sea-trains");
        proxy.setFigures(chart->figureIds());
        QStringList ids;
        for (int r = 0; r < proxy.rowCount(); ++r)
            ids.append(proxy.index(r, 0).data(StatisticsModel::FigureIdRole).toString());
        QCOMPARE(ids, chart->figureIds());
        QCOMPARE(ids.first(), QStringLiteral("rail-trains-2019q1-3")); // the chart's order, not the dataset's
        proxy.sort(StatisticsModel::ValueColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(StatisticsModel::FigureIdRole).toString(),
                 QStringLiteral("rail-trains-2020q1-3"));
        proxy.sortByChartOrder();
        QCOMPARE(proxy.index(0, 0).data(StatisticsModel::FigureIdRole).toString(),
                 QStringLiteral("rail-trains-2019q1-3"));
    }

    void chartDataModelsFollowTheStatistics()
    {
        ReportDocument doc;
        doc.setDataset(test::bundled());
        for (const ChartSpec &chart : doc.dataset()->charts) {
            ChartDataModel data(doc.statistics(), chart);
            QAbstractItemModelTester tester(&data, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(data.rowCount(), chart.items.size());
            QCOMPARE(data.rowOf(u"no-such-figure"), -1);
            for (int r = 0; r < data.rowCount(); ++r) {
                const Figure *f = doc.dataset()->figure(chart.items[r].figure);
                QCOMPARE(data.rowOf(f->id), r); // the one id ↔ row map of the chart
                QCOMPARE(data.index(r, 0).data(ChartDataModel::FigureIdRole).toString(), f->id);
                QCOMPARE(data.index(r, 0).data(Qt::ToolTipRole),
                         doc.statistics()->indexOf(f->id).data(Qt::ToolTipRole));
                QCOMPARE(data.index(r, ChartDataModel::ValueColumn).data().toDouble(), f->value);
                QCOMPARE(data.index(r, ChartDataModel::StatedColumn).data().toDouble()
                             + data.index(r, ChartDataModel::DerivedColumn).data().toDouble(),
                         f->value);
            }
        }
        // A stated value changes: its derived figures and the chart's rows follow, live.
        const ChartSpec *rail = doc.dataset()->chart(u"rail-sea-trains");
        ChartDataModel data(doc.statistics(), *rail);
        QSignalSpy changed(&data, &QAbstractItemModel::dataChanged);
        const QModelIndex trains = doc.statistics()->indexOf(u"rail-trains-2020q1-3", StatisticsModel::ValueColumn);
        QVERIFY(doc.statistics()->setData(trains, 3200.0));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(data.index(1, ChartDataModel::StatedColumn).data().toDouble(), 3200.0);
        QCOMPARE(data.index(0, ChartDataModel::DerivedColumn).data().toDouble(), 3200.0 - 1657.0);
        QCOMPARE(doc.dataset()->figure(u"rail-trains-growth")->value, std::round(1657.0 / 1543.0 * 1000) / 10);
        // Derived and date figures cannot be set by hand.
        QVERIFY(
            !doc.statistics()->setData(doc.statistics()->indexOf(u"rail-trains-2019q1-3", StatisticsModel::ValueColumn),
                                       1.0));
        QVERIFY(!(doc.statistics()->flags(doc.statistics()->indexOf(u"ms-project-launch", StatisticsModel::ValueColumn))
                  & Qt::ItemIsEditable));
    }

    void languageChangeIsSignalled()
    {
        Translations translations;
        ReportDocument doc;
        doc.setDataset(test::bundled());
        QSignalSpy data(doc.statistics(), &QAbstractItemModel::dataChanged);
        QSignalSpy headers(doc.statistics(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy charts(doc.charts(), &QAbstractItemModel::dataChanged);
        QVERIFY(translations.setLanguage(Language::Chinese));
        doc.setLanguage(Language::Chinese);
        QVERIFY(data.count() >= 1);
        QVERIFY(headers.count() >= 1);
        QVERIFY(charts.count() >= 1);
        const QModelIndex label = doc.statistics()->indexOf(u"rail-trains-2020q1-3", StatisticsModel::LabelColumn);
        QCOMPARE(label.data().toString(), QStringLiteral("2020年前三季度铁海联运班列开行列数"));
        QCOMPARE(label.siblingAtColumn(StatisticsModel::ValueColumn).data().toString(), QStringLiteral("3174列"));
        QVERIFY(
            test::compareWithExpected(test::dumpModel(doc.statistics()), QStringLiteral("statistics-model.zh_CN.txt")));
        translations.setLanguage(Language::English);
    }

    void documentSelectionIsShared()
    {
        ReportDocument doc;
        doc.setDataset(test::bundled());
        FigureSelection *selection = doc.selection();
        QCOMPARE(selection->chart(), doc.dataset()->charts.first().id);
        QSignalSpy chart(selection, &FigureSelection::chartChanged);
        QSignalSpy figure(selection, &FigureSelection::figureChanged);
        selection->setFigure(QStringLiteral("air-passengers-2019"));
        QCOMPARE(selection->figure(), QStringLiteral("air-passengers-2019"));
        QCOMPARE(selection->chart(), QStringLiteral("air-flights")); // the chart that shows it
        QCOMPARE(chart.count(), 1);
        QCOMPARE(figure.count(), 1);
        QCOMPARE(figure.first().first().toString(), QStringLiteral("air-passengers-2019"));
        // Setting what is set says nothing: no pane hears its own change back.
        selection->setFigure(QStringLiteral("air-passengers-2019"));
        selection->setChart(QStringLiteral("air-flights"));
        QCOMPARE(figure.count(), 1);
        QCOMPARE(chart.count(), 1);
        selection->setFigure(QStringLiteral("air-flights-after")); // same chart: no switch
        QCOMPARE(chart.count(), 1);
        QCOMPARE(figure.count(), 2);
        selection->setFigure(QStringLiteral("no-such-figure"));
        QCOMPARE(selection->figure(), QStringLiteral("air-flights-after"));
        // A chart of its own keeps the figure selected; a new dataset forgets it.
        selection->setChart(QStringLiteral("rail-sea-trains"));
        QCOMPARE(selection->figure(), QStringLiteral("air-flights-after"));
        doc.setDataset(test::bundled());
        QVERIFY(selection->figure().isEmpty());
        QCOMPARE(selection->chart(), doc.dataset()->charts.first().id);
    }
};

TONGDAO_CORE_TEST_MAIN(TestModels)
#include "tst_models.moc"

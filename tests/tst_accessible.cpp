// SPDX-License-Identifier: GPL-3.0-or-later
// The charts as a screen reader reads them: every chart in every language is a tree of items
// with a name, a value and a description that match the model; the arrow keys move the focus
// from item to item; every export carries the chart's summary as its alt text; Tab walks chart
// list → chart → table → reader.
#include "core/chartdatamodel.h"
#include "core/chartsummary.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "guitest.h"
#include "ui/chartpane.h"
#include "ui/charts/chartrenderer.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpane.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QAction>
#include <QBuffer>
#include <QImageReader>
#include <QMimeData>
#include <QScopeGuard>
#include <QTextEdit>
#include <QXmlStreamReader>

using namespace tongdao;

Q_DECLARE_METATYPE(tongdao::Language)

class TestAccessible : public QObject
{
    Q_OBJECT

    ReportDocument m_doc;
    Translations m_translations;

    void switchTo(Language language)
    {
        QVERIFY(m_translations.setLanguage(language));
        m_doc.setLanguage(language);
    }

    std::unique_ptr<ChartDataModel> model(QStringView chart)
    {
        return std::make_unique<ChartDataModel>(m_doc.statistics(), *m_doc.dataset()->chart(chart));
    }

    static QString svgDesc(const QByteArray &svg)
    {
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"desc")
                return xml.readElementText();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { m_doc.setDataset(test::bundled()); }
    void cleanup() { switchTo(Language::English); }

    void everyChartsTreeInEveryLanguage_data()
    {
        QTest::addColumn<Language>("language");
        for (Language language : allLanguages)
            QTest::newRow(qPrintable(languageCode(language))) << language;
    }
    void everyChartsTreeInEveryLanguage()
    {
        QFETCH(Language, language);
        switchTo(language);
        const StatisticsModel *statistics = m_doc.statistics();
        int items = 0;
        for (const ChartSpec &spec : m_doc.dataset()->charts) {
            ChartDataModel model(m_doc.statistics(), spec);
            ChartWidget widget;
            widget.resize(960, 600);
            widget.setModel(&model);
            widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&widget));
            QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(&widget);
            QVERIFY(chart);
            QCOMPARE(chart->role(), QAccessible::Chart);
            QCOMPARE(chart->text(QAccessible::Name), spec.title.text(language));
            QVERIFY(!chart->text(QAccessible::Name).isEmpty());
            const QString summary = chart->text(QAccessible::Description);
            if (language != Language::English) // in the language chosen, not in English
                for (const char *english : {"chart,", "Timeline,", "Key figures,"})
                    QVERIFY2(!summary.contains(QLatin1String(english)), qPrintable(summary));
            QCOMPARE(chart->childCount(), model.rowCount());
            QVERIFY(model.rowCount() > 0);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString where = spec.id + QStringLiteral(" row ") + QString::number(row);
                QAccessibleInterface *item = chart->child(row);
                QVERIFY2(item && item->isValid(), qPrintable(where));
                QCOMPARE(item->parent(), chart);
                QCOMPARE(chart->indexOfChild(item), row);
                QCOMPARE(chart->child(row), item); // the same interface each time
                QVERIFY(item->role() == QAccessible::ListItem || item->role() == QAccessible::Graphic);
                const Figure *figure = model.figure(row);
                QVERIFY(figure);
                const QString name = item->text(QAccessible::Name), value = item->text(QAccessible::Value);
                QVERIFY2(!name.isEmpty() && !value.isEmpty(), qPrintable(where));
                // The model's label and value, the value written out with its qualifier.
                QCOMPARE(name, model.index(row, ChartDataModel::LabelColumn).data().toString());
                QCOMPARE(value, statistics->valueText(*figure, NumberFormatter::Words));
                QCOMPARE(model.index(row, ChartDataModel::ValueColumn).data().toDouble(), figure->value);
                const QString description = item->text(QAccessible::Description);
                QVERIFY2(!description.isEmpty(), qPrintable(where));
                const QModelIndex quote = statistics->indexOf(figure->id, StatisticsModel::QuoteColumn);
                QVERIFY2(description.startsWith(quote.data().toString()), qPrintable(where));
                if (figure->derived)
                    QVERIFY2(description.contains(quote.data(StatisticsModel::FormulaRole).toString()),
                             qPrintable(where));
                // The summary names every item with its value.
                QVERIFY2(summary.contains(name) && summary.contains(value), qPrintable(where + summary));
                // Where it is drawn: inside the chart.
                const QRect chartRect(widget.mapToGlobal(QPoint(0, 0)), widget.size());
                QVERIFY2(chartRect.contains(item->rect().center()), qPrintable(where));
                ++items;
            }
        }
        qInfo("%s: %d charts, %d items, each with a name, a value and a description",
              qPrintable(languageCode(language)), int(m_doc.dataset()->charts.size()), items);
    }

    void summaryReadsLikeASentence()
    {
        auto rail = model(u"rail-sea-trains");
        QCOMPARE(ChartSummary::sentence(*rail),
                 QStringLiteral("Bar chart, 2 bars: Jan–Sep 2019 1,517 trains (derived), Jan–Sep 2020 3,174 trains."));
        // A changed value is what is read next.
        const QModelIndex trains = m_doc.statistics()->indexOf(u"rail-trains-2020q1-3", StatisticsModel::ValueColumn);
        QVERIFY(m_doc.statistics()->setData(trains, 3300.0));
        QVERIFY(ChartSummary::sentence(*rail).contains(QStringLiteral("3,300 trains")));
        QVERIFY(m_doc.statistics()->setData(trains, 3174.0));
        switchTo(Language::Chinese);
        const QString chinese = ChartSummary::sentence(*rail);
        QVERIFY2(!chinese.contains(QStringLiteral("Bar chart"))
                     && chinese.contains(m_doc.statistics()->valueText(*rail->figure(1), NumberFormatter::Words)),
                 qPrintable(chinese));
        qInfo("%s", qPrintable(chinese));
    }

    void arrowKeysMoveTheFocusFromItemToItem()
    {
        auto rail = model(u"rail-sea-trains");
        ChartWidget widget;
        widget.resize(960, 600);
        widget.setModel(rail.get());
        connect(&widget, &ChartWidget::figureActivated, &widget, &ChartWidget::setSelectedFigure);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.activateWindow();
        widget.setFocus();
        QTRY_VERIFY(widget.hasFocus());
        // The focus shows: a frame in the highlight colour, gone with the focus.
        QVERIFY(widget.hasFocusFrame());
        QCOMPARE(widget.grab().toImage().pixelColor(1, widget.height() / 2),
                 widget.palette().color(QPalette::Highlight));
        QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(&widget);
        QCOMPARE(chart->focusChild(), nullptr); // nothing selected yet
        // Under a desktop session with the AT-SPI bus (tests/a11y-session.sh, ctest's tst_accessible_atspi), the bridge
        // comes up asynchronously: wait for it, so that the focus events below are checked.
        if (qEnvironmentVariableIsSet("TONGDAO_EXPECT_A11Y_BRIDGE"))
            QTRY_VERIFY_WITH_TIMEOUT(QAccessible::isActive(), 10000);
        // The focus events, where a platform bridge listens (AT-SPI on a desktop; not offscreen).
        static QList<std::pair<QAccessible::Event, int>> events;
        const QAccessible::UpdateHandler previous = QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
            events.append({event->type(), event->child()});
        });
        const auto restore = qScopeGuard([previous] { QAccessible::installUpdateHandler(previous); });
        for (int expected : {0, 1, 0}) {
            events.clear();
            QTest::keyClick(&widget, Qt::Key_Right);
            if (QAccessible::isActive())
                QVERIFY(events.contains(std::pair{QAccessible::Focus, expected}));
            QCOMPARE(widget.selectedRow(), expected);
            QCOMPARE(chart->focusChild(), chart->child(expected));
            QVERIFY(chart->child(expected)->state().focused);
            QVERIFY(chart->child(expected)->state().selected);
            QVERIFY(!chart->child(1 - expected)->state().selected);
        }
        // Assistive technology can pick an item itself: pressed, it is selected as by a click.
        QAccessibleActionInterface *press = chart->child(1)->actionInterface();
        QVERIFY(press);
        QVERIFY(press->actionNames().contains(QAccessibleActionInterface::pressAction()));
        events.clear();
        press->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(widget.selectedRow(), 1);
        if (QAccessible::isActive())
            QVERIFY(events.contains(std::pair{QAccessible::Focus, 1}));
        // Another chart: its name and description change, and assistive technology is told.
        auto pie = model(u"cross-border-financing");
        events.clear();
        widget.setModel(pie.get());
        QCOMPARE(chart->text(QAccessible::Name), pie->chart().title.en);
        QCOMPARE(chart->childCount(), pie->rowCount());
        if (QAccessible::isActive())
            QVERIFY(events.contains(std::pair{QAccessible::DescriptionChanged, -1}));
        widget.setModel(rail.get());
        widget.clearFocus();
        QVERIFY(!chart->child(0)->state().focused);
        QVERIFY(!widget.hasFocusFrame());
        QVERIFY(widget.grab().toImage().pixelColor(1, widget.height() / 2)
                != widget.palette().color(QPalette::Highlight));
        qInfo("accessibility %s: focus events %s", QAccessible::isActive() ? "active" : "inactive",
              QAccessible::isActive() ? "checked" : "not delivered here, focus child and states checked");
    }

    void everyExportCarriesTheSummary_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("zh_CN") << Language::Chinese;
    }
    void everyExportCarriesTheSummary()
    {
        QFETCH(Language, language);
        switchTo(language);
        auto rail = model(u"rail-sea-trains");
        const QString summary = ChartSummary::sentence(*rail);
        QVERIFY2(summary.contains(m_doc.statistics()->valueText(*rail->figure(0), NumberFormatter::Words)),
                 qPrintable(summary));
        ExportOptions options;
        options.size = QSize(800, 450);
        // SVG: <desc>.
        options.format = ExportFormat::Svg;
        QCOMPARE(svgDesc(ChartRenderer::svg(rail.get(), options)), summary);
        // PNG: a Description text chunk.
        for (ExportFormat format : {ExportFormat::Png, ExportFormat::Pdf}) {
            options.format = format;
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            QVERIFY2(ChartRenderer::write(rail.get(), options, &buffer, &error), qPrintable(error));
            if (format == ExportFormat::Png) {
                buffer.close();
                buffer.open(QIODevice::ReadOnly);
                QImageReader reader(&buffer, "png");
                QCOMPARE(reader.text(QStringLiteral("Description")), summary);
            } else {
                // PDF: the XMP description, which readers show as the subject.
                const QByteArray description = "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>"
                                             + summary.toHtmlEscaped().toUtf8() + "</rdf:li>";
                QVERIFY(buffer.data().contains(description));
            }
        }
        // The clipboard: the picture, and the summary as text/plain beside it.
        std::unique_ptr<QMimeData> mime(ChartRenderer::mimeData(rail.get(), options));
        QVERIFY(mime->hasImage());
        QCOMPARE(mime->text(), summary);
    }

    void tabWalksListChartTableReader()
    {
        test::WindowFixture fixture;
        MainWindow *window = fixture.window.get();
        QVERIFY(fixture.show());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        // The table on, as on a screen with room for it (on a small one it gives way, and Tab
        // goes from the chart to the reader).
        QAction *showTable = window->findChild<QAction *>(QStringLiteral("showDataTable"));
        QVERIFY(showTable);
        if (!showTable->isChecked())
            showTable->trigger();
        QTRY_VERIFY(window->tablePane()->isVisible());
        window->navigator()->setFocus();
        QTRY_VERIFY(window->navigator()->hasFocus() || window->navigator()->isAncestorOf(QApplication::focusWidget()));
        const QList<QWidget *> order{window->chartPane()->chartWidget(), window->tablePane(),
                                     window->readerPane()->textEdit()};
        for (QWidget *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus == next || next->isAncestorOf(focus) || next->focusProxy() == focus,
                     qPrintable(focus ? QString::fromLatin1(focus->metaObject()->className()) : QString()));
        }
        window->close();
    }
};

TONGDAO_TEST_MAIN(TestAccessible)
#include "tst_accessible.moc"

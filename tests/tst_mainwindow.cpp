// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user meets it: linking chart ↔ table ↔ reader, live bindings, settings.
#include "core/chartdatamodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "guitest.h"
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/charts/chartseriesproxy.h"
#include "ui/charts/chartwidget.h"
#include "ui/charts/tongdaochart_p.h"
#include "ui/datatablepane.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpane.h"
#include "ui/readerdocument.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

using namespace tongdao;

// Counts the paint events its widgets receive.
class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    ReportDocument *m_document = nullptr;
    AppSettings *m_settings = nullptr;

    void open()
    {
        m_fixture.reset();
        m_window = nullptr;
        m_fixture = std::make_unique<test::WindowFixture>();
        m_window = m_fixture->window.get();
        m_document = &m_fixture->document;
        m_settings = &m_fixture->settings;
        // These tests read the original text; the translated reader has tests of its own (tst_reader).
        m_window->readerPane()->setChosenMode(ReaderMode::Original);
        QVERIFY(m_fixture->show());
    }

    ChartWidget *chart() const { return m_window->chartPane()->chartWidget(); }

private Q_SLOTS:
    void init() { open(); }
    void cleanup() { m_fixture.reset(); }

    void rendersTheWindowAt1440x900()
    {
        m_window->resize(1440, 900);
        m_document->selection()->setFigure(
            QStringLiteral("rail-trains-2020q1-3")); // as a reader would: one figure lit up
        QTRY_VERIFY(chart()->viewport()->rect().contains(chart()->itemPosition(0))); // laid out at its size
        const QImage shot = m_window->grab().toImage();
        QCOMPARE(shot.size(), QSize(1440, 900) * shot.devicePixelRatio());
        // Not blank: many colours, and the chart's blue among them.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY(colours.contains(qRgb(0x00, 0x72, 0xB2)));
        const QString dir = qEnvironmentVariable("TONGDAO_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + QStringLiteral("/window-1440x900.png")));
        // The chart fits in its view.
        QVERIFY(chart()->viewport()->rect().contains(chart()->itemPosition(0)));
    }

    void clickingABarSelectsTheRowAndTheQuote()
    {
        m_document->selection()->setChart(QStringLiteral("rail-sea-trains"));
        QTRY_VERIFY(chart()->viewport()->rect().contains(chart()->itemPosition(1)));
        const QPoint bar = chart()->itemPosition(1); // Jan–Sep 2020
        QTest::mouseClick(chart()->viewport(), Qt::LeftButton, {}, bar);
        QTRY_COMPARE(m_document->selection()->figure(), QStringLiteral("rail-trains-2020q1-3"));
        DataTablePane *table = m_window->tablePane();
        QCOMPARE(table->currentIndex().data(StatisticsModel::FigureIdRole).toString(),
                 QStringLiteral("rail-trains-2020q1-3"));
        const Figure *f = m_document->dataset()->figure(u"rail-trains-2020q1-3");
        QCOMPARE(m_window->readerPane()->textEdit()->textCursor().selectedText(), f->quote);
        QVERIFY(m_window->statusText().contains(QStringLiteral("3,174 trains")));
    }

    void choosingAChartBringsItsFirstSentenceIntoViewUnlessTheReaderWasScrolled()
    {
        QTextEdit *text = m_window->readerPane()->textEdit();
        QScrollBar *bar = text->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        auto sentenceVisible = [&](const char *figure) {
            const Figure *f = m_document->dataset()->figure(QString::fromLatin1(figure));
            QTextCursor c(text->document());
            c.setPosition(m_document->dataset()->text.sentenceAt(f->quoteStart).first);
            return text->viewport()->rect().contains(text->cursorRect(c).center());
        };
        m_document->selection()->setChart(QStringLiteral("expo-signed-value")); // the 共赢 section, far down
        QVERIFY(sentenceVisible("expo1-signed-value"));
        m_document->selection()->setChart(QStringLiteral("rail-sea-trains"));
        QVERIFY(sentenceVisible("rail-trains-2020q1-3"));
        // Scrolled by hand: the next chart leaves the reader where the reader is reading.
        bar->setValue(bar->maximum());
        const int reading = bar->value();
        m_document->selection()->setChart(QStringLiteral("air-flights"));
        QCOMPARE(bar->value(), reading);
        // That was a selection: the one after it scrolls again.
        m_document->selection()->setChart(QStringLiteral("talent-exchange"));
        QVERIFY(sentenceVisible("talent-cq-to-sg"));
    }

    void clickingAFigureInTheReaderSelectsItsChartAndRow()
    {
        m_document->selection()->setChart(QStringLiteral("rail-sea-trains"));
        ReaderPane *reader = m_window->readerPane();
        reader->showFigure(QStringLiteral("fin-western-amount")); // scroll it into view
        const QRect numeral = reader->numeralRect(QStringLiteral("fin-western-amount"));
        QVERIFY(reader->textEdit()->viewport()->rect().contains(numeral.center()));
        QTest::mouseClick(reader->textEdit()->viewport(), Qt::LeftButton, {}, numeral.center());
        QTRY_COMPARE(m_document->selection()->figure(), QStringLiteral("fin-western-amount"));
        QCOMPARE(m_document->selection()->chart(), QStringLiteral("cross-border-financing"));
        QCOMPARE(m_window->tablePane()->currentIndex().data(StatisticsModel::FigureIdRole).toString(),
                 QStringLiteral("fin-western-amount"));
        QCOMPARE(chart()->model()->chart().id, QStringLiteral("cross-border-financing"));
    }

    void selectingARowUpdatesChartAndReader()
    {
        m_document->selection()->setChart(QStringLiteral("air-flights"));
        DataTablePane *table = m_window->tablePane();
        const int row = table->rowOfFigure(QStringLiteral("air-flights-after"));
        QVERIFY(row >= 0);
        table->setFocus();
        table->selectRow(row);
        QTRY_COMPARE(m_document->selection()->figure(), QStringLiteral("air-flights-after"));
        QCOMPARE(m_window->readerPane()->textEdit()->textCursor().selectedText(),
                 m_document->dataset()->figure(u"air-flights-after")->quote);
        // Arrow keys on the chart move the selection along its figures.
        chart()->setFocus();
        QTest::keyClick(chart(), Qt::Key_Left);
        QTRY_COMPARE(m_document->selection()->figure(), QStringLiteral("air-flights-before"));
    }

    void theSeriesProxyAddsOnlyWhatQtChartsNeeds()
    {
        for (const ChartSpec &spec : m_document->dataset()->charts) {
            ChartDataModel data(m_document->statistics(), spec);
            ChartSeriesProxy series(&data);
            QAbstractItemModelTester tester(&series, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(series.columnCount(), int(ChartSeriesProxy::FirstBarSetColumn + series.barSets().size()));
            QList<int> lanes;
            for (int r = 0; r < data.rowCount(); ++r) {
                for (int c = 0; c < ChartDataModel::ColumnCount; ++c)
                    QCOMPARE(series.index(r, c).data(), data.index(r, c).data());
                const QString label = data.index(r, ChartDataModel::LabelColumn).data().toString();
                QVERIFY(series.index(r, ChartSeriesProxy::SliceLabelColumn)
                            .data()
                            .toString()
                            .startsWith(wrappedForCharts(label, 30) + QStringLiteral("<br>")));
                lanes.append(series.index(r, ChartSeriesProxy::YColumn).data().toInt());
            }
            if (spec.kind == ChartKind::Timeline) {
                // Lanes 1…n in date order: no two labels share a line.
                QList<int> sorted = lanes;
                std::sort(sorted.begin(), sorted.end());
                for (int i = 0; i < sorted.size(); ++i)
                    QCOMPARE(sorted[i], i + 1);
                for (int r = 0; r + 1 < data.rowCount(); ++r)
                    for (int k = 0; k < data.rowCount(); ++k)
                        if (data.figure(r)->date < data.figure(k)->date)
                            QVERIFY(lanes[r] < lanes[k]);
            }
        }
        // What the source says changed, the added columns say too.
        ChartDataModel data(m_document->statistics(), *m_document->dataset()->chart(u"rail-sea-trains"));
        ChartSeriesProxy series(&data);
        QSignalSpy changed(&series, &QAbstractItemModel::dataChanged);
        const QModelIndex trains = m_document->statistics()->indexOf(u"rail-trains-2020q1-3",
                                                                     StatisticsModel::ValueColumn);
        QVERIFY(m_document->statistics()->setData(trains, 3300.0));
        bool added = false;
        for (const QList<QVariant> &signal : changed)
            added = added || signal.at(1).toModelIndex().column() == series.columnCount() - 1;
        QVERIFY(added);
        QVERIFY(
            series.index(1, ChartSeriesProxy::SliceLabelColumn).data().toString().contains(QStringLiteral("3,300")));
        QVERIFY(m_document->statistics()->setData(trains, 3174.0));
    }

    void theChartFollowsTheModelLive()
    {
        m_document->selection()->setChart(QStringLiteral("rail-sea-trains"));
        QCOMPARE(chart()->seriesValues(), (QList<double>{1517, 3174}));
        const QModelIndex trains = m_document->statistics()->indexOf(u"rail-trains-2020q1-3",
                                                                     StatisticsModel::ValueColumn);
        QVERIFY(m_document->statistics()->setData(trains, 3300.0));
        QCOMPARE(chart()->seriesValues(), (QList<double>{3300 - 1657, 3300}));
        QCOMPARE(chart()->valueLabels(), (QStringList{QStringLiteral("1,643 (derived)"), QStringLiteral("3,300")}));
    }

    void everyChartHasASeriesAndLabelsEqualToTheModel()
    {
        for (const ChartSpec &spec : m_document->dataset()->charts) {
            m_document->selection()->setChart(spec.id);
            const ChartDataModel *model = chart()->model();
            QVERIFY(model);
            const QList<double> values = chart()->seriesValues();
            QVERIFY2(!values.isEmpty(), qPrintable(spec.id));
            QCOMPARE(values.size(), spec.items.size());
            const QStringList labels = chart()->valueLabels();
            QCOMPARE(labels.size(), spec.items.size());
            const NumberFormatter &fmt = m_document->statistics()->formatter();
            // Bars are labelled in their axis' unit (45 on a "billion yuan" axis).
            double max = 0;
            QString unit;
            for (const ChartItem &item : spec.items) {
                const Figure *f = m_document->dataset()->figure(item.figure);
                max = std::max(max, f->value);
                unit = unit.isEmpty() || unit == f->unit ? f->unit : QStringLiteral("item");
            }
            const AxisScale scale = fmt.axisScale(max, *findUnit(unit));
            for (int r = 0; r < spec.items.size(); ++r) {
                const Figure *f = m_document->dataset()->figure(spec.items[r].figure);
                if (spec.kind == ChartKind::Timeline) {
                    QVERIFY2(labels[r].startsWith(fmt.date(f->date, f->datePrecision)), qPrintable(labels[r]));
                } else if (spec.kind == ChartKind::Facts || spec.kind == ChartKind::Pie) {
                    QVERIFY2(labels[r].contains(m_document->statistics()->valueText(*f, NumberFormatter::Symbols)),
                             qPrintable(spec.id + QStringLiteral(": ") + labels[r]));
                    QCOMPARE(values[r], f->value);
                } else {
                    QCOMPARE(values[r], f->value);
                    const QString value = fmt.scaled(f->value, scale, f->qualifier);
                    QCOMPARE(labels[r], f->derived ? fmt.markDerived(value) : value);
                }
            }
            const QStringList frame = chart()->frameTexts();
            QCOMPARE(frame.first(), spec.title.en);
            QVERIFY(frame.last().startsWith(QStringLiteral("Source: “中新互联互通项目")));
        }
    }

    void aHiddenChartIsBuiltWhenShownAtItsSize()
    {
        // Start-up: a chart laid out while the window is built would be laid out again when shown.
        const ChartSpec *spec = m_document->dataset()->chart(QStringLiteral("rail-sea-trains"));
        QVERIFY(spec);
        ChartDataModel model(m_document->statistics(), *spec);
        ChartWidget widget;
        widget.resize(800, 500);
        widget.setModel(&model);
        QVERIFY(widget.frameTexts().isEmpty());
        QVERIFY(widget.seriesValues().isEmpty());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCOMPARE(widget.frameTexts().value(0), spec->title.en);
        QCOMPARE(widget.seriesValues(), (QList<double>{1517, 3174}));
        QVERIFY(widget.viewport()->rect().contains(widget.itemPosition(1)));
        // Shown, a new model is drawn at once.
        widget.setModel(nullptr);
        QVERIFY(widget.frameTexts().isEmpty());
        widget.setModel(&model);
        QCOMPARE(widget.frameTexts().value(0), spec->title.en);
    }

    void theReaderTextIsNotLaidOutBeforeItHasAWidth()
    {
        // A document gets its layout when a view takes it; without a width it must not lay the
        // whole report out unwrapped, only to lay it out again at the view's width.
        ReaderDocument built = buildReaderDocument(*m_document->dataset(), m_document->coverage(), nullptr,
                                                   ReaderMode::Original, 13, QPalette(), nullptr);
        QTextDocument *doc = built.document.get();
        QVERIFY(doc->documentLayout());
        QVERIFY(doc->firstBlock().isValid());
        QCOMPARE(doc->firstBlock().layout()->lineCount(), 0);
        // Shown, it is laid out at the view's width.
        QTextEdit *view = m_window->readerPane()->textEdit();
        QCOMPARE(view->document()->firstBlock().text(), doc->firstBlock().text());
        QVERIFY(view->document()->firstBlock().layout()->lineCount() > 0);
        QCOMPARE(qRound(view->document()->pageSize().width()), view->viewport()->width());
    }

    void settingsRoundTrip()
    {
        m_window->resize(1100, 700);
        m_document->selection()->setChart(QStringLiteral("talent-exchange"));
        m_window->readerPane()->setFontPointSize(17);
        m_window->close(); // saves
        open();
        QCOMPARE(m_document->selection()->chart(), QStringLiteral("talent-exchange"));
        QCOMPARE(m_window->readerPane()->fontPointSize(), 17);
        QCOMPARE(m_window->size(), QSize(1100, 700));
        m_window->readerPane()->setFontPointSize(13);
        m_window->resize(1440, 900);
        m_window->close();
    }

    void worksAt1024x640()
    {
        m_window->resize(1024, 640);
        QTRY_COMPARE(m_window->size(), QSize(1024, 640));
        QTRY_VERIFY(chart()->viewport()->rect().contains(chart()->itemPosition(0)));
        for (QWidget *pane :
             {static_cast<QWidget *>(m_window->navigator()), static_cast<QWidget *>(chart()),
              static_cast<QWidget *>(m_window->tablePane()), static_cast<QWidget *>(m_window->readerPane())})
            QVERIFY(pane->isVisible() && pane->width() > 100 && pane->height() > 100);
        QVERIFY(chart()->viewport()->rect().contains(chart()->itemPosition(0)));
    }
};

TONGDAO_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The window on laptop screens: 1280×720 (1920×1080 at 150 %), 1366×768 and 1024×600 logical, each
// a screen of the offscreen platform (tests/data/screens/laptops-dpr*.json, chosen by ctest). On
// every one, in every language and theme, every chart's plot keeps at least half of the chart.
// A fourth screen, 1920×1080, is of another size class, whose layout is remembered apart.
#include "core/chartdatamodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/translations.h"
#include "guitest.h"
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/charts/chartrenderer.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/mainwindow.h"
#include "windowfixture.h"

#include <QAction>
#include <QFile>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QScreen>
#include <QSplitter>
#include <QWindow>

using namespace tongdao;

class TestSmallScreen : public QObject
{
    Q_OBJECT

    // Three screens side by side, as the configuration file gives them.
    QScreen *screenOfSize(QSize size) const
    {
        for (QScreen *screen : QGuiApplication::screens())
            if (screen->geometry().size() == size)
                return screen;
        return nullptr;
    }

    static void forgetSettings()
    {
        const QString file = AppSettings().fileName();
        QFile::remove(file);
    }

    // A window as on first start (or as remembered), moved to a screen and filling it.
    static std::unique_ptr<test::WindowFixture> openOn(QScreen *screen)
    {
        auto fixture = std::make_unique<test::WindowFixture>();
        MainWindow *window = fixture->window.get();
        window->move(screen->geometry().topLeft());
        if (!fixture->show())
            return nullptr;
        window->setGeometry(screen->availableGeometry());
        if (!QTest::qWaitFor([&] { return window->screen() == screen && window->size() == screen->size(); }))
            return nullptr;
        settle();
        return fixture;
    }

    static QAction *tableToggle(MainWindow *window)
    {
        return window->findChild<QAction *>(QStringLiteral("showDataTable"));
    }

    static QSplitter *mainSplitter(MainWindow *window) { return qobject_cast<QSplitter *>(window->centralWidget()); }

    static double firstShare(MainWindow *window)
    {
        const QList<int> sizes = mainSplitter(window)->sizes();
        return double(sizes.value(0)) / (sizes.value(0) + sizes.value(1) + sizes.value(2));
    }

    static void chooseTheme(MainWindow *window, const QString &theme)
    {
        for (QAction *action : window->findChildren<QAction *>())
            if (action->isCheckable() && action->data().toString() == theme)
                action->trigger();
    }

    // Qt Charts lays out on posted events, and a fitted chart once more after its axes are known.
    static void settle()
    {
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
    }

    static QString dprName() { return QString::number(QGuiApplication::primaryScreen()->devicePixelRatio()); }

private Q_SLOTS:
    void initTestCase()
    {
        for (QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1024, 600), QSize(1920, 1080)})
            QVERIFY2(screenOfSize(size),
                     "run with QT_QPA_PLATFORM=offscreen:configfile=tests/data/screens/laptops-dpr1.json (ctest does)");
    }

    void plotKeepsHalfTheChart_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        for (QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1024, 600)})
            for (const char *language : {"en", "zh_CN", "ms"})
                for (const char *theme : {"light", "dark"})
                    QTest::addRow("%dx%d %s %s", size.width(), size.height(), language, theme)
                        << size << QString::fromLatin1(language) << QString::fromLatin1(theme);
    }

    void plotKeepsHalfTheChart()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(QString, theme);
        QScreen *screen = screenOfSize(size);
        forgetSettings(); // a first start on this screen
        test::WindowFixture fixture;
        MainWindow *window = fixture.window.get();
        window->move(screen->geometry().topLeft());
        chooseTheme(window, theme);
        window->switchLanguage(*languageFromCode(language));
        QVERIFY(fixture.show());
        // Maximised, as a laptop's window is.
        window->setGeometry(screen->availableGeometry());
        QTRY_COMPARE(window->screen(), screen);
        QTRY_COMPARE(window->size(), size);
        ChartWidget *chart = window->chartPane()->chartWidget();

        double lowest = 1;
        QString lowestChart;
        const QString dir = qEnvironmentVariable("TONGDAO_SCREENSHOT_DIR");
        for (const ChartSpec &spec : fixture.document.dataset()->charts) {
            fixture.document.selection()->setChart(spec.id);
            QTRY_VERIFY(!chart->plotRect().isEmpty());
            settle();
            const double fraction = chart->plotRect().height() / chart->height();
            qInfo("plot fraction %dx%d dpr %s %s %s %s: %.3f (plot %.0f of %d)", size.width(), size.height(),
                  qPrintable(dprName()), qPrintable(language), qPrintable(theme), qPrintable(spec.id), fraction,
                  chart->plotRect().height(), chart->height());
            if (fraction < lowest) {
                lowest = fraction;
                lowestChart = spec.id;
            }
            // No text is cut by the chart's edge: what does not fit is shortened with "…".
            auto *view = qobject_cast<QGraphicsView *>(chart->viewport()->parentWidget());
            QVERIFY(view);
            for (const QGraphicsItem *item : view->scene()->items())
                if (item->type() == QGraphicsSimpleTextItem::Type && item->isVisible())
                    QVERIFY2(view->viewport()->rect().contains(
                                 view->mapFromScene(item->sceneBoundingRect()).boundingRect()),
                             qPrintable(spec.id + QStringLiteral(": ")
                                        + static_cast<const QGraphicsSimpleTextItem *>(item)->text()));
            if (!dir.isEmpty()
                && (spec.id == u"rail-sea-trains" || spec.id == u"expo-signed-value" || spec.id == u"milestones"))
                QVERIFY(window->grab().save(QStringLiteral("%1/%2x%3-dpr%4-%5-%6-%7.png")
                                                .arg(dir)
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(dprName(), language, theme, spec.id)));
        }
        qInfo("lowest plot fraction %dx%d dpr %s %s %s: %.3f (%s)", size.width(), size.height(), qPrintable(dprName()),
              qPrintable(language), qPrintable(theme), lowest, qPrintable(lowestChart));
        QVERIFY2(lowest >= 0.5, qPrintable(QStringLiteral("%1: %2").arg(lowestChart).arg(lowest)));
    }

    void theTableShrinksThenCollapsesAndGrowsBack()
    {
        forgetSettings();
        QScreen *desktop = screenOfSize(QSize(1920, 1080));
        auto fixture = openOn(desktop);
        QVERIFY(fixture);
        MainWindow *window = fixture->window.get();
        fixture->document.selection()->setChart(QStringLiteral("rail-sea-trains"));
        settle();
        auto *center = qobject_cast<QSplitter *>(window->tablePane()->parentWidget());
        QVERIFY(center);
        const int tall = window->tablePane()->height();
        QVERIFY(!window->isTableCollapsed());
        QVERIFY(tableToggle(window)->isChecked());
        // Lower: the table gives way first…
        window->resize(1920, 820);
        QTRY_VERIFY(window->tablePane()->height() < tall * 820 / 1080);
        settle();
        QVERIFY(!window->isTableCollapsed());
        ChartWidget *chart = window->chartPane()->chartWidget();
        QCOMPARE(chart->compaction(), 0);
        QVERIFY(chart->plotRect().height() >= chart->height() / 2.0);
        // …then collapses, the toggle saying so; only then do the chart's texts shorten.
        window->resize(1920, 560);
        QTRY_VERIFY(window->isTableCollapsed());
        settle();
        QVERIFY(!tableToggle(window)->isChecked());
        QVERIFY(chart->plotRect().height() >= chart->height() / 2.0);
        // Room again: it comes back by itself.
        window->resize(1920, 1080);
        QTRY_VERIFY(!window->isTableCollapsed());
        QVERIFY(tableToggle(window)->isChecked());
    }

    void theTableToggleIsRememberedPerSizeClass()
    {
        forgetSettings();
        QScreen *small = screenOfSize(QSize(1024, 600));
        QScreen *desktop = screenOfSize(QSize(1920, 1080));
        {
            auto fixture = openOn(small);
            QVERIFY(fixture);
            MainWindow *window = fixture->window.get();
            fixture->document.selection()->setChart(QStringLiteral("rail-sea-trains"));
            settle();
            QVERIFY(window->isTableCollapsed()); // the chart needs the whole pane
            tableToggle(window)->trigger();      // the user wants the table all the same
            QVERIFY(!window->isTableCollapsed());
            QVERIFY(window->tablePane()->height() >= window->tablePane()->minimumUsefulHeight());
            window->close();
        }
        {
            auto fixture = openOn(small);
            QVERIFY(fixture);
            QVERIFY(!fixture->window->isTableCollapsed()); // remembered
            tableToggle(fixture->window.get())->trigger();
            QVERIFY(fixture->window->isTableCollapsed());
            fixture->window->close();
        }
        {
            auto fixture = openOn(small);
            QVERIFY(fixture);
            QVERIFY(fixture->window->isTableCollapsed()); // hidden, remembered
            // On a large screen the choice made for small ones does not apply.
            fixture->window->setGeometry(desktop->availableGeometry());
            QTRY_COMPARE(fixture->window->screen(), desktop);
            settle();
            QVERIFY(!fixture->window->isTableCollapsed());
            fixture->window->close();
        }
    }

    void paneSharesAreRememberedPerSizeClass()
    {
        forgetSettings();
        QScreen *small = screenOfSize(QSize(1280, 720));
        QScreen *desktop = screenOfSize(QSize(1920, 1080));
        {
            auto fixture = openOn(desktop);
            QVERIFY(fixture);
            QCOMPARE(qRound(firstShare(fixture->window.get()) * 100), 15); // the default for large screens
            mainSplitter(fixture->window.get())->setSizes({384, 960, 576});
            fixture->window->close();
        }
        {
            auto fixture = openOn(small); // remembered on the desktop, moved here
            QVERIFY(fixture);
            QCOMPARE(qRound(firstShare(fixture->window.get()) * 100), 16); // the default for small screens
            mainSplitter(fixture->window.get())->setSizes({256, 640, 384});
            fixture->window->close();
        }
        for (auto [screen, share] : {std::pair{desktop, 20}, std::pair{small, 20}, std::pair{desktop, 20}}) {
            auto fixture = openOn(screen);
            QVERIFY(fixture);
            QCOMPARE(qRound(firstShare(fixture->window.get()) * 100), share);
            fixture->window->close();
        }
        // Shares, not pixels: on a screen of the same class and another size, the same shares.
        auto fixture = openOn(screenOfSize(QSize(1024, 600)));
        QVERIFY(fixture);
        QCOMPARE(qRound(firstShare(fixture->window.get()) * 100), 20);
    }

    void shortenedTextsGiveTheWholeTextAsTooltip()
    {
        forgetSettings();
        auto fixture = openOn(screenOfSize(QSize(1024, 600)));
        QVERIFY(fixture);
        fixture->document.selection()->setChart(QStringLiteral("rail-sea-trains"));
        settle();
        ChartWidget *chart = fixture->window->chartPane()->chartWidget();
        QVERIFY(chart->compaction() >= 1);
        const QString source = chart->frameTexts().last(); // complete
        QVERIFY(source.endsWith(QStringLiteral("hatched: derived from stated figures")));
        const QGraphicsTextItem *shown = nullptr;
        for (QGraphicsItem *item : chart->findChild<QGraphicsView *>()->scene()->items())
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->toolTip().contains(source))
                shown = text;
        QVERIFY(shown);
        QVERIFY(shown->toPlainText().endsWith(QChar(0x2026)));
        QVERIFY(shown->toPlainText().size() < source.size());
    }

    void exportsDoNotDependOnTheWindow()
    {
        forgetSettings();
        auto fixture = openOn(screenOfSize(QSize(1920, 1080)));
        QVERIFY(fixture);
        ChartDataModel model(fixture->document.statistics(), *fixture->document.dataset()->chart(u"rail-sea-trains"));
        ExportOptions options;
        options.size = QSize(800, 450);
        const QImage large = ChartRenderer::image(&model, options);
        fixture->window->setGeometry(screenOfSize(QSize(1024, 600))->availableGeometry());
        QTRY_COMPARE(fixture->window->size(), QSize(1024, 600));
        settle();
        QVERIFY(fixture->window->chartPane()->chartWidget()->compaction() >= 1);
        QCOMPARE(ChartRenderer::image(&model, options), large);
    }
};

TONGDAO_TEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"

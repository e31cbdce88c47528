// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark: the whole window follows; every text stands out from its background by 4.5:1,
// every mark by 3:1 (WCAG 2 AA), in both themes and in every chart; stated and derived figures
// stay apart in grey scale and for protanopia and deuteranopia.
#include "colourvision.h"
#include "core/chartdatamodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "guitest.h"
#include "ui/apptheme.h"
#include "ui/chartpane.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpane.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QAction>
#include <QMenuBar>
#include <QMetaEnum>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace tongdao;
using test::Vision;

Q_DECLARE_METATYPE(tongdao::ChartTheme)

namespace {

constexpr double textContrast = 4.5; // WCAG 2 AA, normal text
constexpr double markContrast = 3.0; // WCAG 2.1 AA, graphical objects and focus indicators
// Two areas a reader must tell apart: a CIE ΔE*ab of 20 is a difference seen at a glance.
constexpr double distinct = 20;

const QList<Vision> visions{Vision::Normal, Vision::Greyscale, Vision::Protanopia, Vision::Deuteranopia};

// The lowest ratio met, and where, for the closing report.
struct Lowest
{
    double ratio = 21;
    QString where;
    void note(double r, const QString &what)
    {
        if (r < ratio) {
            ratio = r;
            where = what;
        }
    }
};

QString roleName(QPalette::ColorRole role)
{
    return QString::fromLatin1(QMetaEnum::fromType<QPalette::ColorRole>().valueToKey(role));
}

QString themeName(ChartTheme theme)
{
    return chartThemeId(theme);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

    ReportDocument m_doc;

    static void addThemes()
    {
        QTest::addColumn<ChartTheme>("theme");
        QTest::newRow("light") << ChartTheme::Light;
        QTest::newRow("dark") << ChartTheme::Dark;
    }

    // The chart on screen in a theme, laid out and painted: an image of its view, and the view's
    // position of each row's bar, slice or point.
    QImage drawn(const ChartSpec &spec, ChartTheme theme, QList<QPoint> *positions)
    {
        ChartDataModel model(m_doc.statistics(), spec);
        ChartWidget widget;
        widget.setChartStyle(ChartStyle::forTheme(theme));
        widget.resize(960, 600);
        widget.setModel(&model);
        widget.show();
        if (!QTest::qWaitForWindowExposed(&widget))
            return {};
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        for (int r = 0; r < model.rowCount(); ++r)
            positions->append(widget.itemPosition(r));
        QImage image = widget.viewport()->grab().toImage();
        image.setDevicePixelRatio(1);
        return image.scaled(widget.viewport()->size());
    }

    // The pixel of a square around a point that stands out most from the background.
    static QColor strongest(const QImage &image, QPoint at, int radius, const QColor &background, Vision vision)
    {
        QColor best = background;
        double ratio = 1;
        const QColor bg = test::simulate(vision, background);
        for (int y = at.y() - radius; y <= at.y() + radius; ++y)
            for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
                if (!image.rect().contains(x, y))
                    continue;
                const QColor c = test::simulate(vision, image.pixelColor(x, y));
                if (const double r = contrastRatio(c, bg); r > ratio) {
                    ratio = r;
                    best = c;
                }
            }
        return best;
    }

    // The mean colour of a square, in linear light.
    static test::Linear mean(const QImage &image, QPoint at, int radius)
    {
        test::Linear sum{};
        int n = 0;
        for (int y = at.y() - radius; y <= at.y() + radius; ++y)
            for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
                const test::Linear c = test::linear(image.pixelColor(x, y));
                for (int i = 0; i < 3; ++i)
                    sum[i] += c[i];
                ++n;
            }
        for (double &v : sum)
            v /= n;
        return sum;
    }

private Q_SLOTS:
    void initTestCase() { m_doc.setDataset(test::bundled()); }

    void windowPaletteTextContrast_data() { addThemes(); }
    void windowPaletteTextContrast()
    {
        QFETCH(ChartTheme, theme);
        const QPalette p = AppTheme::palette(theme);
        Lowest text, marks, disabled;
        using R = QPalette::ColorRole;
        const QList<std::pair<R, R>> pairs{{R::WindowText, R::Window},
                                           {R::WindowText, R::Button},
                                           {R::Text, R::Base},
                                           {R::Text, R::AlternateBase},
                                           {R::ButtonText, R::Button},
                                           {R::HighlightedText, R::Highlight},
                                           {R::ToolTipText, R::ToolTipBase},
                                           {R::PlaceholderText, R::Base},
                                           {R::PlaceholderText, R::AlternateBase},
                                           {R::PlaceholderText, R::Window},
                                           {R::Link, R::Base},
                                           {R::LinkVisited, R::Base},
                                           {R::BrightText, R::Highlight},
                                           {R::Text, R::Window}};
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (auto [fg, bg] : pairs) {
                const double r = contrastRatio(p.color(group, fg), p.color(group, bg));
                const QString what = QStringLiteral("%1 on %2").arg(roleName(fg), roleName(bg));
                QVERIFY2(r >= textContrast, qPrintable(what + QStringLiteral(": ") + QString::number(r)));
                text.note(r, what);
            }
            // The selection and the focus indicator stand out from the window and the views.
            for (R bg : {R::Window, R::Base, R::AlternateBase}) {
                const double r = contrastRatio(p.color(group, R::Highlight), p.color(group, bg));
                QVERIFY2(r >= markContrast, qPrintable(QString::number(r)));
                marks.note(r, QStringLiteral("Highlight on %1").arg(roleName(bg)));
            }
        }
        // The chart's focus frame, drawn in the highlight colour around the chart's background.
        {
            const double r = contrastRatio(p.color(R::Highlight), ChartStyle::forTheme(theme).background);
            QVERIFY2(r >= markContrast, qPrintable(QString::number(r)));
            marks.note(r, QStringLiteral("chart focus frame"));
        }
        // Disabled text is exempt from WCAG, but still legible, and dimmer than enabled text.
        for (auto [fg, bg] :
             {std::pair{R::WindowText, R::Window}, std::pair{R::Text, R::Base}, std::pair{R::ButtonText, R::Button}}) {
            const double r = contrastRatio(p.color(QPalette::Disabled, fg), p.color(QPalette::Disabled, bg));
            QVERIFY2(r >= 3.0, qPrintable(QString::number(r)));
            QVERIFY(r < contrastRatio(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg)));
            disabled.note(r, QStringLiteral("disabled %1 on %2").arg(roleName(fg), roleName(bg)));
        }
        // What the palette has no role for: the export dialog's problem, the reader's marks.
        for (R bg : {R::Window, R::Base}) {
            const double r = contrastRatio(AppTheme::warningText(p), p.color(bg));
            QVERIFY2(r >= textContrast, qPrintable(QString::number(r)));
            text.note(r, QStringLiteral("warning on %1").arg(roleName(bg)));
        }
        const AppTheme::ReaderMarks reader = AppTheme::readerMarks(p);
        for (const QColor &mark : {reader.figure, reader.quote}) {
            const double r = contrastRatio(p.color(R::Text), blended(mark, p.color(R::Base)));
            QVERIFY2(r >= textContrast, qPrintable(QString::number(r)));
            text.note(r, QStringLiteral("reader text on a marked figure or quote"));
        }
        for (const QColor &underline : {reader.uncharted, reader.missing}) {
            const double r = contrastRatio(underline, p.color(R::Base));
            QVERIFY2(r >= markContrast, qPrintable(QString::number(r)));
            marks.note(r, QStringLiteral("reader underline"));
        }
        QCOMPARE(AppTheme::isDark(p), theme == ChartTheme::Dark);
        qInfo("%s window: lowest text contrast %.2f (%s), lowest mark contrast %.2f (%s), disabled text %.2f",
              qPrintable(themeName(theme)), text.ratio, qPrintable(text.where), marks.ratio, qPrintable(marks.where),
              disabled.ratio);
    }

    void chartStyleContrast_data() { addThemes(); }
    void chartStyleContrast()
    {
        QFETCH(ChartTheme, theme);
        const ChartStyle s = ChartStyle::forTheme(theme);
        const QColor bg = s.background;
        Lowest text, marks;
        // Texts: titles, values and labels; subtitle, source and axis titles; callouts; and a fact
        // tile's value, drawn in the primary colour over the tile's tint (hovered or not).
        QList<std::pair<QColor, QString>> texts{{s.text, QStringLiteral("text")},
                                                {s.mutedText, QStringLiteral("muted text")},
                                                {s.accent, QStringLiteral("callout")}};
        for (const auto &t : std::as_const(texts)) {
            const double r = contrastRatio(t.first, bg);
            QVERIFY2(r >= textContrast, qPrintable(t.second + QString::number(r)));
            text.note(r, t.second);
        }
        for (int alpha : {22, 40}) {
            QColor tint = s.primary;
            tint.setAlpha(alpha);
            for (const QColor &t : {s.primaryText, s.text}) {
                const double r = contrastRatio(t, blended(tint, bg));
                QVERIFY2(r >= textContrast, qPrintable(QString::number(r)));
                text.note(r, QStringLiteral("fact tile text"));
            }
        }
        // Marks: bars, slices, points, tiles' borders, hatching (drawn in the mark's colour), the
        // selection and the axes.
        QList<std::pair<QColor, QString>> inks{{s.primary, QStringLiteral("primary")},
                                               {s.selection, QStringLiteral("selection")},
                                               {s.axis, QStringLiteral("axis")}};
        for (int i = 0; i < s.series.size(); ++i)
            inks.append({s.series[i], QStringLiteral("series %1").arg(i)});
        for (const auto &[ink, name] : std::as_const(inks)) {
            const double r = contrastRatio(ink, bg);
            QVERIFY2(r >= markContrast, qPrintable(name + QStringLiteral(": ") + QString::number(r)));
            marks.note(r, name);
        }
        qInfo("%s chart: lowest text contrast %.2f (%s), lowest mark contrast %.2f (%s)", qPrintable(themeName(theme)),
              text.ratio, qPrintable(text.where), marks.ratio, qPrintable(marks.where));
    }

    void everyChartsMarksStandOut_data() { addThemes(); }
    void everyChartsMarksStandOut()
    {
        QFETCH(ChartTheme, theme);
        const QColor bg = ChartStyle::forTheme(theme).background;
        Lowest lowest;
        for (const ChartSpec &spec : m_doc.dataset()->charts) {
            if (spec.kind == ChartKind::Facts)
                continue; // a tile's centre is text; its border is the primary colour, checked above
            QList<QPoint> at;
            const QImage image = drawn(spec, theme, &at);
            QVERIFY(!image.isNull());
            for (int r = 0; r < at.size(); ++r) {
                // Near the centre of the bar, slice or point: what is drawn there, hatched or hollow.
                const double ratio = contrastRatio(strongest(image, at[r], 7, bg, Vision::Normal), bg);
                const QString what = QStringLiteral("%1 row %2").arg(spec.id).arg(r);
                QVERIFY2(ratio >= markContrast, qPrintable(what + QStringLiteral(": ") + QString::number(ratio)));
                lowest.note(ratio, what);
            }
        }
        qInfo("%s: lowest contrast of a drawn mark %.2f (%s)", qPrintable(themeName(theme)), lowest.ratio,
              qPrintable(lowest.where));
    }

    void statedAndDerivedStayApartForEveryEye_data() { addThemes(); }
    void statedAndDerivedStayApartForEveryEye()
    {
        QFETCH(ChartTheme, theme);
        const ChartStyle style = ChartStyle::forTheme(theme);
        const ChartSpec *spec = m_doc.dataset()->chart(u"rail-sea-trains"); // a derived bar, then a stated one
        QVERIFY(spec);
        QList<QPoint> at;
        const QImage image = drawn(*spec, theme, &at);
        ChartDataModel model(m_doc.statistics(), *spec);
        QVERIFY(model.isDerived(0) && !model.isDerived(1));
        const test::Linear derived = mean(image, at[0], 12), stated = mean(image, at[1], 12);
        for (Vision vision : visions) {
            // The two bars as wholes…
            const double apart = test::deltaE(test::simulate(vision, derived), test::simulate(vision, stated));
            QVERIFY2(apart >= distinct,
                     qPrintable(test::visionName(vision) + QStringLiteral(" ΔE ") + QString::number(apart)));
            // …and the hatching, which says "derived", against the background.
            const QColor bg = test::simulate(vision, style.background);
            const double hatch = contrastRatio(strongest(image, at[0], 7, style.background, vision), bg);
            QVERIFY2(hatch >= markContrast, qPrintable(QString::number(hatch)));
            qInfo("%s, %s: stated and derived bars ΔE %.1f; hatching %.2f:1", qPrintable(themeName(theme)),
                  qPrintable(test::visionName(vision)), apart, hatch);
        }
        // Two scopes or two slices side by side take the first two series colours: apart too for
        // colour-blind readers (Okabe–Ito). In grey scale they are told apart by their labels and
        // legend, not by colour: only the stated/derived pair is required to survive grey scale.
        for (Vision vision : {Vision::Normal, Vision::Protanopia, Vision::Deuteranopia}) {
            const double apart = test::deltaE(test::simulate(vision, test::linear(style.series[0])),
                                              test::simulate(vision, test::linear(style.series[1])));
            QVERIFY2(apart >= distinct, qPrintable(test::visionName(vision) + QString::number(apart)));
        }
    }

    void theWholeWindowFollowsTheTheme_data() { addThemes(); }
    void theWholeWindowFollowsTheTheme()
    {
        QFETCH(ChartTheme, theme);
        test::WindowFixture fixture;
        MainWindow *window = fixture.window.get();
        QVERIFY(fixture.show());
        for (QAction *action : window->findChildren<QAction *>())
            if (action->isCheckable() && action->data().toString() == chartThemeId(theme))
                action->trigger();
        QCoreApplication::processEvents();
        const bool dark = theme == ChartTheme::Dark;
        QCOMPARE(window->chartPane()->theme(), theme);
        for (QWidget *widget :
             QList<QWidget *>{window, window->navigator(), window->tablePane(), window->readerPane()->textEdit(),
                              window->menuBar(), window->statusBar(), window->findChild<QMenu *>()}) {
            QVERIFY(widget);
            QCOMPARE(AppTheme::isDark(widget->palette()), dark);
            QCOMPARE(relativeLuminance(widget->palette().color(QPalette::Base)) < 0.5, dark);
        }
        // The reader's marks are the theme's.
        const QTextEdit *text = window->readerPane()->textEdit();
        bool marked = false;
        for (QTextBlock block = text->document()->begin(); block.isValid() && !marked; block = block.next())
            for (const QTextLayout::FormatRange &range : block.textFormats())
                marked = marked || range.format.background().color() == AppTheme::readerMarks(text->palette()).figure;
        QVERIFY(marked);
        // The chart's focus shows, in either theme: a frame that stands out from the chart.
        ChartWidget *chart = window->chartPane()->chartWidget();
        window->activateWindow();
        chart->setFocus();
        QTRY_VERIFY(chart->hasFocusFrame());
        for (int i = 0; i < 4; ++i) { // laid out, as it is before it is painted on screen
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        const QImage framed = chart->grab().toImage();
        const double frame = contrastRatio(framed.pixelColor(1, framed.height() / 2),
                                           ChartStyle::forTheme(theme).background);
        QVERIFY2(frame >= markContrast, qPrintable(QString::number(frame)));
        qInfo("%s: focus frame %.2f:1 against the chart", qPrintable(themeName(theme)), frame);
        // Most of the window is dark in Dark, light in Light.
        const QImage shot = window->grab().toImage();
        int darkPixels = 0, all = 0;
        for (int y = 0; y < shot.height(); y += 9)
            for (int x = 0; x < shot.width(); x += 9, ++all)
                darkPixels += relativeLuminance(shot.pixelColor(x, y)) < 0.2;
        QVERIFY2(dark ? darkPixels > all * 0.8 : darkPixels < all * 0.2, qPrintable(QString::number(darkPixels)));
        const QString dir = qEnvironmentVariable("TONGDAO_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(QStringLiteral("%1/window-%2.png").arg(dir, themeName(theme))));
        window->close();
    }

    void followingTheSystemReadsThePlatformsWindowColour()
    {
        QCOMPARE(AppTheme::resolve(u"system", AppTheme::palette(ChartTheme::Dark)), ChartTheme::Dark);
        QCOMPARE(AppTheme::resolve(u"system", AppTheme::palette(ChartTheme::Light)), ChartTheme::Light);
        QPalette grey(QColor(0x80, 0x80, 0x80)); // luminance 0.22: dark
        QCOMPARE(AppTheme::resolve(u"system", grey), ChartTheme::Dark);
        QCOMPARE(AppTheme::resolve(u"light", AppTheme::palette(ChartTheme::Dark)), ChartTheme::Light);
        QCOMPARE(AppTheme::resolve(u"dark", AppTheme::palette(ChartTheme::Light)), ChartTheme::Dark);
        // Here the platform's own palette (offscreen: Fusion's light one) is light.
        QCOMPARE(AppTheme::resolve(u"system"), ChartTheme::Light);
    }
};

TONGDAO_TEST_MAIN(TestTheme)
#include "tst_theme.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Every number in the text is accounted for: charted, or uncharted with a reason — proved for the
// bundled report, and shown to the author of another report where it is not.
#include "core/coverage.h"
#include "core/reportdocument.h"
#include "core/translations.h"
#include "guitest.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextEdit>

using namespace tongdao;

namespace {
QTextCharFormat formatAt(QTextEdit *edit, int position)
{
    QTextCursor c(edit->document());
    c.setPosition(position + 1); // the format of the character before the cursor
    return c.charFormat();
}
} // namespace

namespace {
QStringList statusTexts(const QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}
} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNumberOfTheBundledReportIsAccountedFor()
    {
        const auto ds = test::bundled();
        const CoverageReport report = Coverage::check(*ds);
        QString missing;
        for (const CoverageEntry &e : report.missing)
            missing += e.text + QStringLiteral(" in “") + e.sentence + QStringLiteral("”\n");
        QVERIFY2(report.missing.isEmpty(),
                 qPrintable(QStringLiteral("numbers neither charted nor listed:\n") + missing));
        QVERIFY(report.found > 100);
        QCOMPARE(report.covered + report.uncharted, report.found);
        // Every stated figure's numeral is one of the numbers found.
        int numerals = 0;
        for (const Figure &f : ds->figures)
            numerals += f.derived ? 0 : 1;
        int coveredByNumeral = 0;
        for (const CoverageEntry &e : report.entries)
            if (e.status == CoverageEntry::Covered && ds->figure(e.figureId)->numeralStart == e.start)
                ++coveredByNumeral;
        QCOMPARE(coveredByNumeral, numerals);
        // Every uncharted entry excuses at least one number, and has a reason in each language.
        QList<int> used(ds->uncharted.size(), 0);
        for (const CoverageEntry &e : report.entries)
            if (e.status == CoverageEntry::Uncharted)
                ++used[e.uncharted];
        for (int u = 0; u < ds->uncharted.size(); ++u) {
            QVERIFY2(used[u] > 0, qPrintable(ds->uncharted[u].text + QStringLiteral(" excuses nothing")));
            QVERIFY(!ds->uncharted[u].reason.en.isEmpty() && !ds->uncharted[u].reason.zh.isEmpty()
                    && !ds->uncharted[u].reason.ms.isEmpty());
        }
    }

    void commandLineCoverage()
    {
        const test::Run ok = test::runTongdao({QStringLiteral("--coverage")});
        QCOMPARE(ok.exitCode, 0);
        const CoverageReport report = Coverage::check(*test::bundled());
        QCOMPARE(ok.out.trimmed(), QStringLiteral("found %1, covered %2, uncharted %3, undecided 0, missing 0")
                                       .arg(report.found)
                                       .arg(report.covered)
                                       .arg(report.uncharted));
        const test::Run missing = test::runTongdao({QStringLiteral("--dataset"),
                                                    test::sourcePath(QStringLiteral("tests/data/good/minimal.json")),
                                                    QStringLiteral("--coverage")});
        QCOMPARE(missing.exitCode, 1);
        const QStringList lines = missing.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.last(), QStringLiteral("found 8, covered 5, uncharted 0, undecided 0, missing 3"));
        QVERIFY(lines[0].contains(QStringLiteral("三"))); // 张三: a name, not yet listed
        QVERIFY(lines[1].contains(QStringLiteral("今年前三季度")));
        QVERIFY(lines[2].contains(QStringLiteral("9月底")));
    }

    void readerMarksChartedUnchartedAndMissing()
    {
        test::WindowFixture fixture;
        ReportDocument &document = fixture.document;
        MainWindow &window = *fixture.window;
        window.readerPane()->setChosenMode(ReaderMode::Original); // positions are reading offsets
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextEdit *edit = window.readerPane()->textEdit();
        const Dataset *ds = document.dataset();
        const Figure *f = ds->figure(u"rail-trains-2020q1-3");
        QVERIFY(formatAt(edit, f->numeralStart).background().style() != Qt::NoBrush);
        QCOMPARE(window.readerPane()->figureAt(f->numeralStart), f->id);
        const int uncharted = int(ds->text.reading().indexOf(QStringLiteral("一带一路")));
        QCOMPARE(formatAt(edit, uncharted).underlineStyle(), QTextCharFormat::DotLine);
        QVERIFY(window.readerPane()->figureAt(uncharted).isEmpty());
        // Computed once, by the document; the status bar says what it found.
        const CoverageReport report = Coverage::check(*ds);
        QCOMPARE(document.coverage().covered, report.covered);
        QCOMPARE(document.coverage().found, report.found);
        QVERIFY(statusTexts(window).contains(
            QStringLiteral("%1 of %2 numbers charted").arg(report.covered).arg(report.found)));

        // Another report: its unaccounted numbers are marked for the author, distinctly.
        QVERIFY(window.openDataset(test::sourcePath(QStringLiteral("tests/data/good/minimal.json"))));
        const int name = int(document.dataset()->text.reading().indexOf(QStringLiteral("张三")));
        QCOMPARE(formatAt(edit, name + 1).underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(document.coverage().covered, 5);
        QCOMPARE(document.coverage().found, 8);
        QVERIFY(statusTexts(window).contains(QStringLiteral("5 of 8 numbers charted")));
    }
};

TONGDAO_TEST_MAIN(TestCoverage)
#include "tst_coverage.moc"

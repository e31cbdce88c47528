// SPDX-License-Identifier: GPL-3.0-or-later
// The one export job: the paths it writes, the files it will not replace, the font policy that the
// command line and the window both apply before writing, and printing through the same renderer.
#include "core/chartdatamodel.h"
#include "core/datasetloader.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "guitest.h"
#include "ui/chartprint.h"
#include "ui/charts/exportjob.h"
#include "ui/mainwindow.h"
#include "windowfixture.h"

#include <QAction>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>

using namespace tongdao;

namespace {

// The minimal report with one character in a chart title that no font has (a private-use code
// point): what a chart looks like to Tongdao when no font for its script is installed.
QString unprintableDataset(const QTemporaryDir &dir)
{
    QByteArray json = test::readFile(test::sourcePath(QStringLiteral("tests/data/good/minimal.json")));
    const QByteArray title = "\"en\": \"Trains";
    const qsizetype at = json.indexOf(title);
    if (at < 0)
        return {};
    json.insert(at + title.size(), QStringLiteral(" \uE000").toUtf8());
    const QString path = dir.filePath(QStringLiteral("unprintable.json"));
    QFile::copy(test::sourcePath(QStringLiteral("tests/data/good/report.txt")),
                dir.filePath(QStringLiteral("report.txt")));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return {};
    return path;
}

// Mean absolute difference per channel, 0–255, of two images of one size.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                 + std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return sum / (3.0 * x.width() * x.height());
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

    ReportDocument m_doc;
    QTemporaryDir m_dir;

    QStringList chartIds() const
    {
        QStringList ids;
        for (const ChartSpec &chart : m_doc.dataset()->charts)
            ids.append(chart.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { m_doc.setDataset(test::bundled()); }

    void namesOneFilePerChartAndNeverClobbers()
    {
        const QString folder = m_dir.filePath(QStringLiteral("all"));
        ExportJob job(m_doc.statistics(), ExportOptions{});
        job.setFolder(folder);
        QCOMPARE(job.chartIds(), chartIds());
        QCOMPARE(job.targets().size(), chartIds().size());
        QCOMPARE(job.targets().first(), QDir(folder).filePath(chartIds().first() + QStringLiteral(".png")));
        QVERIFY2(job.check().isEmpty(), qPrintable(job.check()));

        // One file is there already: nothing is written, and it is untouched.
        QVERIFY(QDir().mkpath(folder));
        const QString existing = job.targets().at(3);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        QCOMPARE(job.existingTargets(), QStringList{existing});
        QStringList written;
        QString error;
        QVERIFY(!job.run([&](const QString &path) { written.append(path); }, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(existing)), qPrintable(error));
        QVERIFY(written.isEmpty());
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QFileInfo(existing).fileName()});
        QCOMPARE(test::readFile(existing), QByteArray("mine"));

        // Told to replace, it writes every chart, in order.
        job.setOverwrite(true);
        QVERIFY2(job.run([&](const QString &path) { written.append(path); }, &error), qPrintable(error));
        QCOMPARE(written, job.targets());
        QVERIFY(test::readFile(existing).startsWith("\x89PNG"));
    }

    void oneChartIntoOneFile()
    {
        ExportOptions svg;
        svg.format = ExportFormat::Svg;
        ExportJob job(m_doc.statistics(), svg);
        job.setCharts({QStringLiteral("air-flights"), QStringLiteral("air-flights")});
        const QString path = m_dir.filePath(QStringLiteral("one/chart.svg"));
        job.setFile(path);
        QCOMPARE(job.targets(), QStringList{path});
        QString error;
        QVERIFY2(job.run([](const QString &) {}, &error), qPrintable(error));
        QVERIFY(test::readFile(path).contains("<svg"));
        // Two charts cannot share one file; an unknown chart names the ones there are.
        job.setCharts({QStringLiteral("air-flights"), QStringLiteral("milestones")});
        QVERIFY(job.check().contains(QStringLiteral("one file")));
        job.setCharts({QStringLiteral("no-such-chart")});
        QVERIFY(job.check().contains(QStringLiteral("no-such-chart")));
        QVERIFY(job.check().contains(QStringLiteral("milestones")));
    }

    void aChartNoFontCanDrawIsNotExportedFromTheCommandLine()
    {
        const QString dataset = unprintableDataset(m_dir);
        QVERIFY(!dataset.isEmpty());
        ReportDocument doc;
        LoadError loadError;
        QVERIFY2(doc.load(dataset, &loadError), qPrintable(loadError.toString()));
        ExportJob job(doc.statistics(), ExportOptions{});
        job.setFolder(m_dir.filePath(QStringLiteral("boxes")));
        QVERIFY2(job.check().contains(QStringLiteral("U+E000")), qPrintable(job.check()));
        const QString out = m_dir.filePath(QStringLiteral("boxes-cli"));
        const test::Run r = test::runTongdao(
            {QStringLiteral("--dataset"), dataset, QStringLiteral("--export-charts"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("U+E000")), qPrintable(r.err));
        QVERIFY(!QDir(out).exists() || QDir(out).isEmpty());
    }

    void theWindowSaysSoBeforeWriting()
    {
        const QString dataset = unprintableDataset(m_dir);
        test::WindowFixture fixture;
        QVERIFY(fixture.window->openDataset(dataset));
        const QString out = m_dir.filePath(QStringLiteral("boxes-window"));
        QString told;
        test::ModalAnswers answers({[&](QWidget *dialog) {
                                        dialog->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(out);
                                        static_cast<QDialog *>(dialog)->accept();
                                    },
                                    [&](QWidget *box) {
                                        told = static_cast<QMessageBox *>(box)->text();
                                        static_cast<QMessageBox *>(box)->accept();
                                    }});
        QAction *exportAll = nullptr;
        for (QAction *action : fixture.window->actions())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))
                exportAll = action;
        QVERIFY(exportAll);
        exportAll->trigger();
        QCOMPARE(answers.unanswered(), 0);
        QVERIFY2(told.contains(QStringLiteral("U+E000")), qPrintable(told));
        QVERIFY(!QDir(out).exists() || QDir(out).isEmpty());
        // Copying says so too, and leaves the clipboard alone.
        fixture.window->copyChart();
        QVERIFY2(fixture.window->statusText().contains(QStringLiteral("U+E000")),
                 qPrintable(fixture.window->statusText()));
    }

    void theWindowAsksBeforeReplacing()
    {
        test::WindowFixture fixture;
        fixture.document.selection()->setChart(QStringLiteral("air-flights"));
        const QString path = m_dir.filePath(QStringLiteral("asked/air-flights.png"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        QAction *exportOne = nullptr;
        for (QAction *action : fixture.window->actions())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportOne = action;
        QVERIFY(exportOne);
        for (const QMessageBox::StandardButton answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
            QString asked;
            test::ModalAnswers answers(
                {[&](QWidget *dialog) {
                     dialog->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(path);
                     static_cast<QDialog *>(dialog)->accept();
                 },
                 [&](QWidget *box) {
                     asked = static_cast<QMessageBox *>(box)->text();
                     static_cast<QMessageBox *>(box)->button(answer)->click();
                 }});
            exportOne->trigger();
            QCOMPARE(answers.unanswered(), 0);
            QVERIFY2(asked.contains(QDir::toNativeSeparators(path)), qPrintable(asked));
            QCOMPARE(test::readFile(path).startsWith("\x89PNG"), answer == QMessageBox::Yes);
        }
    }

    void thePrintedPageIsTheExportedChart()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) is needed: tools/test installs it");
        ChartDataModel data(m_doc.statistics(), *m_doc.dataset()->chart(u"rail-sea-trains"));
        // A page of the chart's own proportions and no margin: the print should be the export.
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QSizeF(1200, 675), QPageSize::Point, QString(), QPageSize::ExactMatch));
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        printChart(&data, &printer);
        QVERIFY(QFileInfo(pdf).size() > 0);

        // Rendered back at 96 dpi, 1600×900 pixels, it matches the exported PNG within antialiasing.
        const QString base = m_dir.filePath(QStringLiteral("printed"));
        QProcess render;
        render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), pdf, base});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        const QImage printed(base + QStringLiteral(".png"));
        const QImage exported = ChartRenderer::image(&data, ExportOptions{});
        QCOMPARE(printed.size(), exported.size());
        const double difference = meanDifference(printed, exported);
        QImage blank(exported.size(), QImage::Format_RGB32);
        blank.fill(Qt::white);
        const double blankDifference = meanDifference(blank, exported);
        qInfo("mean difference: printed %.2f, blank page %.2f", difference, blankDifference);
        if (const QString dir = qEnvironmentVariable("TONGDAO_SCREENSHOT_DIR"); !dir.isEmpty()) {
            printed.save(dir + QStringLiteral("/printed.png"));
            exported.save(dir + QStringLiteral("/exported.png"));
        }
        QVERIFY2(difference < 5.0, qPrintable(QString::number(difference)));
        QVERIFY(blankDifference > 4 * difference); // a blank page would fail
    }
};

TONGDAO_TEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Exported charts: valid files of exactly the requested size, vector where promised, carrying
// their provenance; the command line never clobbers and never leaves partial files.
#include "core/chartdatamodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "guitest.h"
#include "ui/appsettings.h"
#include "ui/charts/chartrenderer.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace tongdao;

namespace {
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return texts;
}
} // namespace

Q_DECLARE_METATYPE(tongdao::ExportFormat)

class TestExport : public QObject
{
    Q_OBJECT

    ReportDocument m_doc;
    QTemporaryDir m_dir;

    std::unique_ptr<ChartDataModel> model(const char *chart)
    {
        return std::make_unique<ChartDataModel>(m_doc.statistics(),
                                                *m_doc.dataset()->chart(QString::fromLatin1(chart)));
    }

private Q_SLOTS:
    void initTestCase() { m_doc.setDataset(test::bundled()); }

    void rasterIsExactlyTheRequestedSize_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("scale");
        QTest::newRow("png 1x") << ExportFormat::Png << QSize(1600, 900) << 1;
        QTest::newRow("png 2x") << ExportFormat::Png << QSize(1200, 675) << 2;
        QTest::newRow("png 3x") << ExportFormat::Png << QSize(800, 450) << 3;
        QTest::newRow("jpeg 2x") << ExportFormat::Jpeg << QSize(1123, 794) << 2;
    }

    void rasterIsExactlyTheRequestedSize()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QSize, size);
        QFETCH(int, scale);
        auto data = model("rail-sea-trains");
        ExportOptions options;
        options.format = format;
        options.size = size;
        options.scale = scale;
        const QString path = m_dir.filePath(QStringLiteral("raster.") + exportFormatExtension(format));
        QString error;
        QVERIFY2(ChartRenderer::exportToFile(data.get(), options, path, &error), qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.size(), size * scale);
        const QImage image = reader.read();
        QCOMPARE(image.size(), size * scale);
        if (format == ExportFormat::Png) {
            QImageReader reader(path); // the text chunks, from a fresh reader
            QCOMPARE(reader.text(QStringLiteral("Title")), m_doc.dataset()->chart(u"rail-sea-trains")->title.en);
            QVERIFY(reader.text(QStringLiteral("Source")).startsWith(QStringLiteral("Source: ")));
            QCOMPARE(reader.text(QStringLiteral("Software")), QStringLiteral("Tongdao " TONGDAO_VERSION));
        }
    }

    void transparentPngHasAlpha()
    {
        auto data = model("talent-exchange");
        ExportOptions options;
        options.theme = ChartTheme::Transparent;
        const QImage image = ChartRenderer::image(data.get(), options);
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
        options.theme = ChartTheme::Light;
        QCOMPARE(qAlpha(ChartRenderer::image(data.get(), options).pixel(2, 2)), 255);
    }

    void svgIsVectorWithTheModelsValues()
    {
        auto data = model("rail-sea-trains");
        ExportOptions options;
        options.format = ExportFormat::Svg;
        const QByteArray svg = ChartRenderer::svg(data.get(), options);
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QStringList texts = svgTexts(svg);
        QVERIFY(texts.contains(data->chart().title.en));
        // The value labels are the model's values, as text.
        QVERIFY(texts.contains(QStringLiteral("1,517 (derived)"))); // derived, and says so
        QVERIFY(texts.contains(QStringLiteral("3,174")));
        QVERIFY(!svg.contains("<image"));
        QVERIFY(svg.contains(QByteArray("<title>" + data->chart().title.en.toUtf8() + "</title>")));
        QVERIFY(svg.contains("<desc>"));
        QVERIFY(svg.contains("viewBox=\"0 0 1600 900\""));
        // Change the model: the next export says so.
        const QModelIndex trains = m_doc.statistics()->indexOf(u"rail-trains-2020q1-3", StatisticsModel::ValueColumn);
        QVERIFY(m_doc.statistics()->setData(trains, 3300.0));
        QVERIFY(svgTexts(ChartRenderer::svg(data.get(), options)).contains(QStringLiteral("3,300")));
        QVERIFY(m_doc.statistics()->setData(trains, 3174.0));
    }

    void pdfIsOneVectorPage()
    {
        auto data = model("cross-border-financing");
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        QVERIFY2(ChartRenderer::exportToFile(data.get(), options, path, &error), qPrintable(error));
        const QByteArray pdf = test::readFile(path);
        QVERIFY(pdf.startsWith("%PDF"));
        const QString text = QString::fromLatin1(pdf);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 1);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))), 0);
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("/Type\\s*/Font"))));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("/MediaBox\\s*\\[0 0 1200\\.?0* 675"))));
        QVERIFY(pdf.contains("/Title"));
        QVERIFY(pdf.contains("/Creator"));
    }

    void badOptionsAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("scale");
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<ChartTheme>("theme");
        QTest::newRow("size 0") << QSize(0, 0) << 1 << ExportFormat::Png << ChartTheme::Light;
        QTest::newRow("absurdly large") << QSize(50000, 900) << 1 << ExportFormat::Png << ChartTheme::Light;
        QTest::newRow("too many pixels") << QSize(10000, 10000) << 3 << ExportFormat::Png << ChartTheme::Light;
        QTest::newRow("scale 4") << QSize(800, 450) << 4 << ExportFormat::Png << ChartTheme::Light;
        QTest::newRow("transparent jpeg") << QSize(800, 450) << 1 << ExportFormat::Jpeg << ChartTheme::Transparent;
    }

    void badOptionsAreRefusedAndNothingIsWritten()
    {
        QFETCH(QSize, size);
        QFETCH(int, scale);
        QFETCH(ExportFormat, format);
        QFETCH(ChartTheme, theme);
        auto data = model("air-flights");
        const QString path = m_dir.filePath(QStringLiteral("existing.") + exportFormatExtension(format));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content");
        f.close();
        ExportOptions options{format, size, scale, theme, true};
        QString error;
        QVERIFY(!ChartRenderer::exportToFile(data.get(), options, path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QCOMPARE(test::readFile(path), QByteArray("old content"));
    }

    void unwritableDestination()
    {
        auto data = model("air-flights");
        const QString path = QStringLiteral("/proc/tongdao-no-such-dir/chart.png");
        QString error;
        QVERIFY(!ChartRenderer::exportToFile(data.get(), ExportOptions{}, path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void commandLineExportsEveryChart()
    {
        const QString dir = m_dir.filePath(QStringLiteral("cli/new/folder"));
        const test::Run r = test::runTongdao(
            {QStringLiteral("--export-charts"), dir, QStringLiteral("--format"), QStringLiteral("svg")});
        QCOMPARE(r.exitCode, 0);
        const QStringList printed = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(printed.size(), m_doc.dataset()->charts.size());
        for (const ChartSpec &chart : m_doc.dataset()->charts) {
            const QString path = QDir(dir).filePath(chart.id + QStringLiteral(".svg"));
            QVERIFY2(printed.contains(path), qPrintable(path));
            QVERIFY(svgTexts(test::readFile(path)).contains(chart.title.en));
        }
    }

    void commandLineNeverClobbers()
    {
        const QString dir = m_dir.filePath(QStringLiteral("clobber"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(QStringLiteral("air-flights.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        const QStringList args{QStringLiteral("--export-charts"), dir,
                               QStringLiteral("--chart"),         QStringLiteral("air-flights"),
                               QStringLiteral("--chart"),         QStringLiteral("talent-exchange")};
        const test::Run refused = test::runTongdao(args);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(path) && refused.err.contains(QStringLiteral("--force")),
                 qPrintable(refused.err));
        QCOMPARE(test::readFile(path), QByteArray("precious"));
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("talent-exchange.png")))); // nothing half done
        const test::Run forced = test::runTongdao(args + QStringList{QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(QImageReader(path).size(), QSize(1600, 900));
    }

    void commandLineRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"), QStringLiteral("gif")}
                                << QStringLiteral("expected png, jpg, svg or pdf");
        QTest::newRow("chart") << QStringList{QStringLiteral("--chart"), QStringLiteral("nope")}
                               << QStringLiteral("expected one of: rail-sea-trains");
        QTest::newRow("size 0") << QStringList{QStringLiteral("--size"), QStringLiteral("0x0")}
                                << QStringLiteral("from 200 to 10000");
        QTest::newRow("size huge") << QStringList{QStringLiteral("--size"), QStringLiteral("90000x900")}
                                   << QStringLiteral("from 200 to 10000");
        QTest::newRow("size text") << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
                                   << QStringLiteral("WxH");
        QTest::newRow("scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("5")}
                               << QStringLiteral("use 1, 2 or 3");
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("neon")}
                               << QStringLiteral("light, dark or transparent");
        QTest::newRow("transparent pdf") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                        QStringLiteral("--theme"), QStringLiteral("transparent")}
                                         << QStringLiteral("PNG and SVG only");
    }

    void commandLineRefusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(QStringLiteral("bad-args"));
        const test::Run r = test::runTongdao(QStringList{QStringLiteral("--export-charts"), dir} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QDir(dir).exists() || QDir(dir).isEmpty());
    }

    void clipboardHoldsImageAndSvg()
    {
        test::WindowFixture fixture;
        fixture.document.selection()->setChart(QStringLiteral("air-flights"));
        fixture.window->copyChart();
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QVERIFY(!qvariant_cast<QImage>(mime->imageData()).isNull());
        QVERIFY(mime->hasFormat(QStringLiteral("image/svg+xml")));
        QVERIFY(svgTexts(mime->data(QStringLiteral("image/svg+xml")))
                    .contains(m_doc.dataset()->chart(u"air-flights")->title.en));
    }

    void dialogRemembersAndValidates()
    {
        ExportOptions options;
        options.format = ExportFormat::Svg;
        options.size = QSize(1920, 1080);
        ExportDialog dialog(ExportDialog::OneChart, options, m_dir.filePath(QStringLiteral("x")));
        QCOMPARE(dialog.options().format, ExportFormat::Svg);
        QCOMPARE(dialog.options().size, QSize(1920, 1080));
        QCOMPARE(dialog.options().scale, 1); // vector formats have no scale
        QCOMPARE(dialog.destination(), m_dir.filePath(QStringLiteral("x.svg")));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->text().isEmpty());

        // Invalid choices are refused where they are made: the reason shows and OK is disabled.
        auto *format = dialog.findChildren<QComboBox *>().at(0);
        auto *theme = dialog.findChildren<QComboBox *>().at(3);
        format->setCurrentIndex(format->findText(QStringLiteral("JPG")));
        theme->setCurrentIndex(int(ChartTheme::Transparent));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("PNG and SVG")), qPrintable(problem->text()));
        theme->setCurrentIndex(int(ChartTheme::Light));
        QVERIFY(ok->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("destination"))->setText(QStringLiteral("  "));
        QVERIFY(!ok->isEnabled()); // nowhere to write
        dialog.findChild<QLineEdit *>(QStringLiteral("destination"))->setText(m_dir.filePath(QStringLiteral("x")));
        QVERIFY(ok->isEnabled());

        AppSettings settings;
        settings.setExportOptions(dialog.options());
        QCOMPARE(settings.exportOptions().size, QSize(1920, 1080));
        QCOMPARE(settings.exportOptions().format, ExportFormat::Jpeg);
    }

    void exportsTakeTheWindowsThemeUnlessOneAskedForAnother()
    {
        test::WindowFixture fixture;
        MainWindow *window = fixture.window.get();
        fixture.settings.forgetExportTheme();
        QVERIFY(fixture.show());
        QAction *exportChart = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->isCheckable() && action->data().toString() == u"dark")
                action->trigger();
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportChart = action;
        }
        QVERIFY(exportChart);
        auto themeOffered = [&] {
            std::optional<ChartTheme> offered;
            test::ModalAnswers answers({[&](QWidget *modal) {
                if (auto *dialog = qobject_cast<ExportDialog *>(modal))
                    offered = dialog->options().theme;
                modal->close();
            }});
            exportChart->trigger();
            return offered;
        };
        QCOMPARE(themeOffered(), ChartTheme::Dark); // the window's
        // An export that asked for another theme is remembered, whatever the window's.
        ExportOptions light = fixture.settings.exportOptions();
        light.theme = ChartTheme::Light;
        fixture.settings.setExportOptions(light);
        QVERIFY(fixture.settings.exportThemeChosen());
        QCOMPARE(themeOffered(), ChartTheme::Light);
        fixture.settings.forgetExportTheme();
        window->close();
    }
};

TONGDAO_TEST_MAIN(TestExport)
#include "tst_export.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include "app/chartexportcli.h"
#include "core/atomicwrite.h"
#include "core/coverage.h"
#include "core/dataexport.h"
#include "core/datasetloader.h"
#include "core/datasetwriter.h"
#include "core/draft.h"
#include "core/reportdocument.h"
#include "core/reportfile.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace tongdao {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::CommandLine)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

void addOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        CliText::tr("Tongdao shows the figures of a report as charts tied to the sentences that state them."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({
        {QStringLiteral("dataset"), CliText::tr("Open another report in the same schema."), CliText::tr("file")},
        {QStringLiteral("lang"), CliText::tr("Interface and export language: en, zh_CN or ms."), CliText::tr("code")},
        {QStringLiteral("list-charts"), CliText::tr("Print one line per chart: <id><TAB><title>.")},
        {QStringLiteral("export-data"),
         CliText::tr("Write every figure with its quote as CSV (or JSON) to a file, - for standard output."),
         CliText::tr("file")},
        {QStringLiteral("data-format"), CliText::tr("Format of --export-data: csv or json."), CliText::tr("format"),
         QStringLiteral("csv")},
        {QStringLiteral("export-charts"), CliText::tr("Export charts into a folder, without a display."),
         CliText::tr("dir")},
        {QStringLiteral("format"), CliText::tr("Chart file format: png, jpg, svg or pdf."), CliText::tr("format"),
         QStringLiteral("png")},
        {QStringLiteral("size"), CliText::tr("Chart size in pixels, WxH (default 1600x900)."), CliText::tr("WxH")},
        {QStringLiteral("scale"), CliText::tr("Scale of raster charts: 1, 2 or 3."), CliText::tr("N")},
        {QStringLiteral("theme"), CliText::tr("Chart theme: light, dark or transparent."), CliText::tr("theme"),
         QStringLiteral("light")},
        {QStringLiteral("chart"), CliText::tr("Export only this chart (repeatable)."), CliText::tr("id")},
        {QStringLiteral("force"), CliText::tr("Overwrite existing files.")},
        {QStringLiteral("coverage"),
         CliText::tr("List the numbers of the text that no figure covers and no reason excuses; count those still "
                     "undecided.")},
        {QStringLiteral("draft-dataset"),
         CliText::tr("Draft a dataset from a plain-text report (UTF-8 or GB18030, Chinese or English): every "
                     "number becomes an undecided figure. Needs --output."),
         CliText::tr("file")},
        {QStringLiteral("output"),
         CliText::tr("Where --draft-dataset writes the dataset; in another folder, the report's text is copied "
                     "beside it."),
         CliText::tr("file")},
        {QStringLiteral("measure-startup"), CliText::tr("Open the window, print first-frame-ms and exit.")},
    });
}

bool readOptions(const QCommandLineParser &parser, Options *options, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = CliText::tr("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().first());
        return false;
    }
    options->dataset = parser.value(QStringLiteral("dataset"));
    options->language = parser.value(QStringLiteral("lang"));
    if (!options->language.isEmpty() && !languageFromCode(options->language)) {
        *error = CliText::tr("unknown language \"%1\", expected en, zh_CN or ms").arg(options->language);
        return false;
    }
    options->dataFormat = parser.value(QStringLiteral("data-format")).toLower();
    if (options->dataFormat != u"csv" && options->dataFormat != u"json") {
        *error = CliText::tr("unknown data format \"%1\", expected csv or json").arg(options->dataFormat);
        return false;
    }
    options->format = parser.value(QStringLiteral("format")).toLower();
    options->size = parser.value(QStringLiteral("size"));
    options->scale = parser.value(QStringLiteral("scale"));
    options->theme = parser.value(QStringLiteral("theme")).toLower();
    options->charts = parser.values(QStringLiteral("chart"));
    options->force = parser.isSet(QStringLiteral("force"));
    int modes = 0;
    if (parser.isSet(QStringLiteral("list-charts"))) {
        options->mode = Options::Mode::ListCharts;
        ++modes;
    }
    if (parser.isSet(QStringLiteral("export-data"))) {
        options->mode = Options::Mode::ExportData;
        options->exportDataPath = parser.value(QStringLiteral("export-data"));
        ++modes;
    }
    if (parser.isSet(QStringLiteral("export-charts"))) {
        options->mode = Options::Mode::ExportCharts;
        options->exportDir = parser.value(QStringLiteral("export-charts"));
        ++modes;
    }
    if (parser.isSet(QStringLiteral("coverage"))) {
        options->mode = Options::Mode::Coverage;
        ++modes;
    }
    if (parser.isSet(QStringLiteral("draft-dataset"))) {
        options->mode = Options::Mode::DraftDataset;
        options->draftText = parser.value(QStringLiteral("draft-dataset"));
        ++modes;
    }
    if (parser.isSet(QStringLiteral("measure-startup"))) {
        options->mode = Options::Mode::MeasureStartup;
        ++modes;
    }
    if (modes > 1) {
        *error = CliText::tr("choose one of --list-charts, --export-data, --export-charts, --coverage, "
                             "--draft-dataset and --measure-startup");
        return false;
    }
    options->output = parser.value(QStringLiteral("output"));
    if (options->mode == Options::Mode::DraftDataset && options->output.isEmpty()) {
        *error = CliText::tr("--draft-dataset needs --output and the file to write");
        return false;
    }
    if (options->mode != Options::Mode::DraftDataset && parser.isSet(QStringLiteral("output"))) {
        *error = CliText::tr("--output goes with --draft-dataset");
        return false;
    }
    return true;
}

static bool loadDocument(const Options &options, ReportDocument *document)
{
    LoadError error;
    const QString path = options.dataset.isEmpty() ? DatasetLoader::bundledDatasetPath() : options.dataset;
    if (!document->load(path, &error)) {
        err() << QStringLiteral("tongdao: ") << error.toString() << Qt::endl;
        return false;
    }
    return true;
}

// --draft-dataset: the text read, every number a candidate, the dataset written (and the text
// copied beside it when it goes to another folder).
static int draftFromCommandLine(const Options &options)
{
    QString text, note;
    LoadError error;
    if (!readReportText(options.draftText, &text, &note, &error)) {
        err() << QStringLiteral("tongdao: ") << error.toString() << Qt::endl;
        return ExitBadInput;
    }
    if (!note.isEmpty())
        err() << QStringLiteral("tongdao: ") << options.draftText << QStringLiteral(": ") << note << Qt::endl;
    if (QFileInfo::exists(options.output) && !options.force) {
        err() << QStringLiteral("tongdao: ")
              << CliText::tr("%1 exists; not overwritten (use --force to replace it)").arg(options.output) << Qt::endl;
        return ExitBadInput;
    }
    const Dataset draft = draftDataset(text, options.draftText, reportLanguageOf(text));
    QString problem;
    QStringList written;
    if (!writeDataset(draft, options.output, options.force, &problem, &written)) {
        err() << QStringLiteral("tongdao: ") << problem << Qt::endl;
        return ExitBadInput;
    }
    QTextStream out(stdout);
    for (const QString &path : std::as_const(written))
        out << path << QLatin1Char('\n');
    return ExitOk;
}

int runHeadless(const Options &options)
{
    if (options.mode == Options::Mode::DraftDataset)
        return draftFromCommandLine(options);
    Translations translations;
    const Language language = options.language.isEmpty() ? Language::English : *languageFromCode(options.language);
    QString warning;
    if (!translations.setLanguage(language, &warning))
        err() << QStringLiteral("tongdao: warning: ") << warning << Qt::endl;

    ReportDocument document;
    if (!loadDocument(options, &document))
        return ExitBadInput;
    document.setLanguage(translations.language());
    // A translation that failed its checks is left out, and the user told which line failed.
    if (const QString problem = document.dataset()->translationProblem(document.language()); !problem.isEmpty())
        err() << QStringLiteral("tongdao: warning: ")
              << CliText::tr("the translation is not used, the original is: %1").arg(problem) << Qt::endl;
    QTextStream out(stdout);

    switch (options.mode) {
    case Options::Mode::ListCharts:
        for (const ChartSpec &chart : document.dataset()->charts)
            out << chart.id << QLatin1Char('\t') << chart.title.text(document.language()) << QLatin1Char('\n');
        return ExitOk;
    case Options::Mode::ExportData: {
        const QByteArray data = options.dataFormat == u"json" ? DataExport::toJson(*document.statistics())
                                                              : DataExport::toCsv(*document.statistics());
        if (options.exportDataPath == u"-") {
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size()) {
                err() << QStringLiteral("tongdao: ") << CliText::tr("cannot write to standard output") << Qt::endl;
                return ExitBadInput;
            }
            return ExitOk;
        }
        QString error;
        if (!writeFileAtomically(options.exportDataPath, data, &error)) {
            err() << QStringLiteral("tongdao: ") << error << Qt::endl;
            return ExitBadInput;
        }
        out << options.exportDataPath << QLatin1Char('\n');
        return ExitOk;
    }
    case Options::Mode::Coverage: {
        const CoverageReport &report = document.coverage();
        for (const CoverageEntry &missing : report.missing)
            out << CliText::tr("missing: %1 (at %2): %3")
                       .arg(missing.text, QString::number(missing.start), missing.sentence)
                << QLatin1Char('\n');
        out << CliText::tr("found %1, covered %2, uncharted %3, undecided %4, missing %5")
                   .arg(report.found)
                   .arg(report.covered)
                   .arg(report.uncharted)
                   .arg(report.undecided)
                   .arg(report.missing.size())
            << QLatin1Char('\n');
        return report.missing.isEmpty() && report.undecided == 0 ? ExitOk : ExitFailure;
    }
    case Options::Mode::ExportCharts:
        out.flush();
        return exportChartsFromCommandLine(options, document);
    case Options::Mode::DraftDataset:
    case Options::Mode::Window:
    case Options::Mode::MeasureStartup:
        break;
    }
    return ExitFailure;
}

} // namespace tongdao

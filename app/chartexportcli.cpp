// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chartexportcli.h"

#include "core/chartdatamodel.h"
#include "ui/charts/chartrenderer.h"
#include "ui/charts/chartstyle.h"
#include "app/cli.h"
#include "core/reportdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace tongdao {

namespace {
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::CommandLine)
};

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("tongdao: ") << message << Qt::endl;
    return ExitBadInput;
}
} // namespace

int exportChartsFromCommandLine(const Options &options, ReportDocument &document)
{
    ExportOptions exportOptions;
    const auto format = exportFormatFromId(options.format);
    if (!format)
        return fail(ExportText::tr("unknown format \"%1\", expected png, jpg, svg or pdf").arg(options.format));
    exportOptions.format = *format;
    if (!options.size.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,6})[xX×](\\d{1,6})$"));
        const auto m = re.match(options.size);
        if (!m.hasMatch())
            return fail(ExportText::tr("size \"%1\" is not WxH, e.g. 1600x900").arg(options.size));
        exportOptions.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (!options.scale.isEmpty()) {
        bool ok = false;
        exportOptions.scale = options.scale.toInt(&ok);
        if (!ok)
            return fail(ExportText::tr("scale \"%1\" is not allowed: use 1, 2 or 3").arg(options.scale));
    }
    const auto theme = chartThemeFromId(options.theme);
    if (!theme)
        return fail(ExportText::tr("unknown theme \"%1\", expected light, dark or transparent").arg(options.theme));
    exportOptions.theme = *theme;
    const QString problem = ChartRenderer::check(exportOptions);
    if (!problem.isEmpty())
        return fail(problem);

    const Dataset *ds = document.dataset();
    QList<const ChartSpec *> charts;
    for (const QString &id : options.charts) {
        const ChartSpec *chart = ds->chart(id);
        if (!chart) {
            QStringList ids;
            for (const ChartSpec &c : ds->charts)
                ids.append(c.id);
            return fail(ExportText::tr("unknown chart \"%1\", expected one of: %2").arg(id, ids.join(QStringLiteral(", "))));
        }
        if (!charts.contains(chart))
            charts.append(chart);
    }
    if (charts.isEmpty())
        for (const ChartSpec &chart : ds->charts)
            charts.append(&chart);

    // Chinese never renders as boxes: without a font for it, say so instead of exporting boxes.
    if (ChartFonts::chineseFamily().isEmpty())
        return fail(ExportText::tr("no installed font covers Chinese, so the charts would show boxes; "
                                   "install fonts-noto-cjk"));

    const QDir dir(options.exportDir);
    if (!QDir().mkpath(options.exportDir))
        return fail(ExportText::tr("%1: cannot create the folder").arg(options.exportDir));
    QStringList paths;
    for (const ChartSpec *chart : charts)
        paths.append(dir.filePath(chart->id + QLatin1Char('.') + exportFormatExtension(exportOptions.format)));
    // Nothing is written unless everything may be: an existing file stops the run before it starts.
    if (!options.force)
        for (const QString &path : paths)
            if (QFileInfo::exists(path))
                return fail(ExportText::tr("%1 exists; not overwritten (use --force to replace it)").arg(path));

    std::vector<std::unique_ptr<ChartDataModel>> owned;
    QList<ChartDataModel *> models;
    for (const ChartSpec *chart : charts) {
        owned.push_back(std::make_unique<ChartDataModel>(document.statistics(), *chart));
        models.append(owned.back().get());
    }
    QTextStream out(stdout);
    QString error;
    if (!ChartRenderer::exportCharts(models, exportOptions, paths, [&out](const QString &path) { out << path << Qt::endl; },
                                     &error))
        return fail(error);
    return ExitOk;
}

} // namespace tongdao

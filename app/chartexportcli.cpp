// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/chartexportcli.h"

#include "app/cli.h"
#include "core/reportdocument.h"
#include "ui/charts/exportjob.h"

#include <QCoreApplication>
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
    ExportJob job(document.statistics(), exportOptions);
    job.setCharts(options.charts);
    job.setFolder(options.exportDir);
    job.setOverwrite(options.force);
    if (const QString problem = job.check(); !problem.isEmpty())
        return fail(problem);
    // Nothing is written unless everything may be: an existing file stops the run before it starts.
    if (const QStringList existing = job.existingTargets(); !options.force && !existing.isEmpty())
        return fail(ExportText::tr("%1 exists; not overwritten (use --force to replace it)").arg(existing.first()));
    QTextStream out(stdout);
    QString error;
    if (!job.run([&out](const QString &path) { out << path << Qt::endl; }, &error))
        return fail(error);
    return ExitOk;
}

} // namespace tongdao

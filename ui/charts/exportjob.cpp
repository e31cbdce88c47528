// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/exportjob.h"

#include "core/chartdatamodel.h"
#include "core/statisticsmodel.h"
#include "ui/charts/exportpipeline.h"
#include "ui/charts/tongdaochart_p.h"

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <vector>

namespace tongdao {

ExportJob::ExportJob(StatisticsModel *statistics, const ExportOptions &options)
    : m_statistics(statistics)
    , m_options(options)
{
}

void ExportJob::setCharts(const QStringList &chartIds)
{
    m_charts.clear();
    for (const QString &id : chartIds)
        if (!m_charts.contains(id))
            m_charts.append(id);
}

void ExportJob::setFolder(const QString &folder)
{
    m_folder = folder;
    m_file.clear();
}

void ExportJob::setFile(const QString &path)
{
    m_file = path;
    m_folder.clear();
}

QString ExportJob::fileName(const QString &chartId, ExportFormat format)
{
    return chartId + QLatin1Char('.') + exportFormatExtension(format);
}

QStringList ExportJob::chartIds() const
{
    if (!m_charts.isEmpty())
        return m_charts;
    QStringList all;
    if (const Dataset *ds = m_statistics->dataset())
        for (const ChartSpec &chart : ds->charts)
            all.append(chart.id);
    return all;
}

QStringList ExportJob::targets() const
{
    if (!m_file.isEmpty())
        return {m_file};
    QStringList paths;
    const QDir dir(m_folder);
    for (const QString &id : chartIds())
        paths.append(dir.filePath(fileName(id, m_options.format)));
    return paths;
}

QStringList ExportJob::existingTargets() const
{
    QStringList existing;
    for (const QString &path : targets())
        if (QFileInfo::exists(path))
            existing.append(path);
    return existing;
}

QString ExportJob::fontProblem(ChartDataModel *model)
{
    const StatisticsModel *stats = model->statistics();
    const Language lang = stats->language();
    const ChartSpec &chart = model->chart();
    QStringList texts{chart.title.text(lang),        chart.subtitle.text(lang),  chart.note.text(lang),
                      chart.categoryAxis.text(lang), chart.valueAxis.text(lang), TongdaoChart::sourceLineFor(model)};
    for (const LocalizedText &callout : chart.callouts)
        texts.append(callout.text(lang));
    for (int r = 0; r < model->rowCount(); ++r)
        texts << model->index(r, ChartDataModel::LabelColumn).data().toString()
              << stats->indexOf(model->figureId(r)).data(StatisticsModel::SymbolTextRole).toString();
    QChar missing;
    if (ChartFonts::covers(texts.join(QLatin1Char(' ')), &missing))
        return {};
    return tr("chart \"%1\": no installed font can draw “%2” (U+%3), which would show as a box; "
              "install a font for Chinese, such as fonts-noto-cjk")
        .arg(chart.id, QString(missing), QString::number(missing.unicode(), 16).toUpper().rightJustified(4, u'0'));
}

QString ExportJob::check() const
{
    const QString problem = ChartRenderer::check(m_options);
    if (!problem.isEmpty())
        return problem;
    const Dataset *ds = m_statistics->dataset();
    if (!ds)
        return tr("there is no report to export");
    QStringList known;
    for (const ChartSpec &chart : ds->charts)
        known.append(chart.id);
    for (const QString &id : chartIds())
        if (!ds->chart(id))
            return tr("unknown chart \"%1\", expected one of: %2").arg(id, known.join(QStringLiteral(", ")));
    if (chartIds().isEmpty())
        return tr("the report has no chart to export");
    if (!m_file.isEmpty() && chartIds().size() != 1)
        return tr("%n charts cannot go into one file; export them into a folder", nullptr, int(chartIds().size()));
    for (const QString &id : chartIds()) {
        ChartDataModel model(m_statistics, *ds->chart(id));
        if (const QString fonts = fontProblem(&model); !fonts.isEmpty())
            return fonts;
    }
    return {};
}

bool ExportJob::run(const std::function<void(const QString &)> &written, QString *error)
{
    if (const QString problem = check(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!m_overwrite)
        if (const QStringList existing = existingTargets(); !existing.isEmpty()) {
            *error = tr("%1 exists; not overwritten").arg(QDir::toNativeSeparators(existing.first()));
            return false;
        }
    const QString folder = m_file.isEmpty() ? m_folder : QFileInfo(m_file).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const Dataset *ds = m_statistics->dataset();
    std::vector<std::unique_ptr<ChartDataModel>> owned;
    QList<ChartDataModel *> models;
    for (const QString &id : chartIds()) {
        owned.push_back(std::make_unique<ChartDataModel>(m_statistics, *ds->chart(id)));
        models.append(owned.back().get());
    }
    return writeCharts(models, m_options, targets(), written, error);
}

} // namespace tongdao

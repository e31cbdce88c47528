// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reportdocument.h"

#include "core/chartmodel.h"
#include "core/datasetloader.h"
#include "core/statisticsmodel.h"

namespace tongdao {

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
    , m_statistics(new StatisticsModel(this))
    , m_charts(new ChartModel(m_statistics, this))
    , m_selection(new QItemSelectionModel(m_statistics, this))
{
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT selectedFigureChanged(current.isValid() ? current.data(StatisticsModel::FigureIdRole).toString()
                                                               : QString());
            });
}

ReportDocument::~ReportDocument() = default;

bool ReportDocument::load(const QString &path, LoadError *error)
{
    auto dataset = std::make_shared<Dataset>();
    if (!DatasetLoader::load(path, dataset.get(), error))
        return false;
    setDataset(std::move(dataset));
    return true;
}

void ReportDocument::setDataset(std::shared_ptr<Dataset> dataset)
{
    m_selection->clear();
    m_statistics->setDataset(std::move(dataset));
    m_currentChart.clear();
    Q_EMIT datasetChanged();
    const Dataset *ds = m_statistics->dataset();
    setCurrentChart(ds && !ds->charts.isEmpty() ? ds->charts.first().id : QString());
}

const Dataset *ReportDocument::dataset() const
{
    return m_statistics->dataset();
}

QString ReportDocument::path() const
{
    return dataset() ? dataset()->sourcePath : QString();
}

void ReportDocument::setCurrentChart(const QString &chartId)
{
    if (chartId == m_currentChart || (!chartId.isEmpty() && (!dataset() || !dataset()->chart(chartId))))
        return;
    m_currentChart = chartId;
    Q_EMIT currentChartChanged(chartId);
}

QString ReportDocument::selectedFigure() const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? current.data(StatisticsModel::FigureIdRole).toString() : QString();
}

void ReportDocument::selectFigure(const QString &figureId)
{
    const QModelIndex index = m_statistics->indexOf(figureId, 0);
    if (!index.isValid())
        return;
    const ChartSpec *current = dataset()->chart(m_currentChart);
    if (!current || !current->figureIds().contains(figureId)) {
        const QList<int> charts = dataset()->chartsShowing(figureId);
        QString target;
        if (!charts.isEmpty()) {
            target = dataset()->charts[charts.first()].id;
        } else {
            // Not plotted: the first chart that names it in a callout.
            for (const ChartSpec &chart : dataset()->charts)
                if (chart.figureIds().contains(figureId)) {
                    target = chart.id;
                    break;
                }
        }
        if (!target.isEmpty())
            setCurrentChart(target);
    }
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReportDocument::clearSelection()
{
    m_selection->clear();
}

void ReportDocument::setLanguage(Language language)
{
    m_statistics->setLanguage(language);
}

Language ReportDocument::language() const
{
    return m_statistics->language();
}

} // namespace tongdao

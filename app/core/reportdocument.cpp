// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reportdocument.h"

#include "core/chartmodel.h"
#include "core/datasetloader.h"
#include "core/figureselection.h"
#include "core/statisticsmodel.h"

#include <QScopedValueRollback>

namespace tongdao {

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
    , m_statistics(new StatisticsModel(this))
    , m_charts(new ChartModel(m_statistics, this))
    , m_selection(new FigureSelection(this))
{
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
    m_edited = false;
    m_selection->reset(nullptr);
    m_coverage = dataset ? Coverage::check(*dataset) : CoverageReport{};
    m_statistics->setDataset(std::move(dataset));
    Q_EMIT datasetChanged();
    m_selection->reset(m_statistics->dataset());
}

void ReportDocument::setEditedDataset(std::shared_ptr<Dataset> dataset)
{
    const QString chart = m_selection->chart();
    const QString figure = m_selection->figure();
    const QScopedValueRollback<bool> edited(m_edited, true); // restored, not cleared, if re-entered
    m_selection->reset(nullptr);
    m_coverage = dataset ? Coverage::check(*dataset) : CoverageReport{};
    m_statistics->setDataset(std::move(dataset));
    Q_EMIT datasetChanged();
    m_selection->reset(m_statistics->dataset());
    m_selection->setChart(chart);
    m_selection->setFigure(figure);
}

const Dataset *ReportDocument::dataset() const
{
    return m_statistics->dataset();
}

QString ReportDocument::path() const
{
    return dataset() ? dataset()->sourcePath : QString();
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

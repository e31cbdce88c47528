// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figureselection.h"

#include "core/dataset.h"

namespace tongdao {

FigureSelection::FigureSelection(QObject *parent)
    : QObject(parent)
{
}

void FigureSelection::reset(const Dataset *dataset)
{
    m_dataset = dataset;
    clearFigure();
    m_chart.clear();
    setChart(dataset && !dataset->charts.isEmpty() ? dataset->charts.first().id : QString());
    if (m_chart.isEmpty())
        Q_EMIT chartChanged(m_chart);
}

void FigureSelection::setChart(const QString &chartId)
{
    if (chartId == m_chart || (!chartId.isEmpty() && (!m_dataset || !m_dataset->chart(chartId))))
        return;
    m_chart = chartId;
    Q_EMIT chartChanged(chartId);
}

void FigureSelection::setFigure(const QString &figureId)
{
    if (!m_dataset || !m_dataset->figure(figureId))
        return;
    const ChartSpec *current = m_dataset->chart(m_chart);
    if (!current || !current->figureIds().contains(figureId)) {
        // Plotted first, else named in a callout.
        const QList<int> plotting = m_dataset->chartsShowing(figureId);
        QString target = plotting.isEmpty() ? QString() : m_dataset->charts[plotting.first()].id;
        for (qsizetype i = 0; target.isEmpty() && i < m_dataset->charts.size(); ++i)
            if (m_dataset->charts[i].figureIds().contains(figureId))
                target = m_dataset->charts[i].id;
        if (!target.isEmpty())
            setChart(target);
    }
    if (figureId == m_figure)
        return;
    m_figure = figureId;
    Q_EMIT figureChanged(figureId);
}

void FigureSelection::clearFigure()
{
    if (m_figure.isEmpty())
        return;
    m_figure.clear();
    Q_EMIT figureChanged(m_figure);
}

} // namespace tongdao

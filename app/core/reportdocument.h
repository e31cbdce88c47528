// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/loaderror.h"

#include <QItemSelectionModel>
#include <QObject>

#include <memory>

namespace tongdao {

class ChartModel;
class StatisticsModel;

// An open report: its dataset, its models, and the one shared selection (a figure, and the
// chart being shown). Views observe it; none keeps a copy of the selection.
class ReportDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReportDocument(QObject *parent = nullptr);
    ~ReportDocument() override;

    // Replaces the open report only on success; on failure everything stays as it was.
    bool load(const QString &path, LoadError *error);
    void setDataset(std::shared_ptr<Dataset> dataset);
    const Dataset *dataset() const;
    QString path() const;

    StatisticsModel *statistics() const { return m_statistics; }
    ChartModel *charts() const { return m_charts; }
    // Rows of the statistics model; the current index is the selected figure.
    QItemSelectionModel *selection() const { return m_selection; }

    QString currentChart() const { return m_currentChart; }
    void setCurrentChart(const QString &chartId);
    QString selectedFigure() const;
    // Selects a figure's row; shows the first chart with it unless the current chart has it.
    void selectFigure(const QString &figureId);
    void clearSelection();

    void setLanguage(Language language);
    Language language() const;

Q_SIGNALS:
    void datasetChanged();
    void currentChartChanged(const QString &chartId);
    void selectedFigureChanged(const QString &figureId);

private:
    StatisticsModel *m_statistics;
    ChartModel *m_charts;
    QItemSelectionModel *m_selection;
    QString m_currentChart;
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coverage.h"
#include "core/dataset.h"
#include "core/loaderror.h"

#include <QObject>

#include <memory>

namespace tongdao {

class ChartModel;
class FigureSelection;
class StatisticsModel;

// An open report: its dataset, its models, what the coverage check found, and the one shared
// selection (the chart shown and the figure looked at). Views observe it; none keeps a copy.
class ReportDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReportDocument(QObject *parent = nullptr);
    ~ReportDocument() override;

    // Replaces the open report only on success; on failure everything stays as it was.
    bool load(const QString &path, LoadError *error);
    void setDataset(std::shared_ptr<Dataset> dataset);
    // The open report, edited: the models and the coverage follow, the chart and the figure stay
    // selected where they still exist, and views keep their place.
    void setEditedDataset(std::shared_ptr<Dataset> dataset);
    // Whether the last change of dataset was an edit of the report open before.
    bool lastChangeWasEdit() const { return m_edited; }
    const Dataset *dataset() const;
    QString path() const;

    StatisticsModel *statistics() const { return m_statistics; }
    ChartModel *charts() const { return m_charts; }
    FigureSelection *selection() const { return m_selection; }
    // Every number of the text and what accounts for it; computed once per dataset.
    const CoverageReport &coverage() const { return m_coverage; }

    void setLanguage(Language language);
    Language language() const;

Q_SIGNALS:
    // After the models were reset and the coverage computed, before the selection is reset.
    void datasetChanged();

private:
    StatisticsModel *m_statistics;
    ChartModel *m_charts;
    FigureSelection *m_selection;
    CoverageReport m_coverage;
    bool m_edited = false;
};

} // namespace tongdao

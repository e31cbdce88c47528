// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartrenderer.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace tongdao {

class ChartDataModel;
class StatisticsModel;

// One export of charts to files, the same for the window and the command line. It owns the
// decisions: where each file goes (<folder>/<chart-id>.<ext>, or one named file), that an existing
// file is never replaced unless the job is told to, and the font policy: a chart whose text no
// installed font can draw is not exported at all (it would show boxes). Nothing is written unless
// everything may be; every file goes through QSaveFile.
class ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::ExportJob)

public:
    ExportJob(StatisticsModel *statistics, const ExportOptions &options);

    // The charts to export, by id, in this order; every chart of the report when never set.
    void setCharts(const QStringList &chartIds);
    // Into a folder: one file per chart, named fileName(id).
    void setFolder(const QString &folder);
    // One chart into a file of this name.
    void setFile(const QString &path);
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }

    const ExportOptions &options() const { return m_options; }
    static QString fileName(const QString &chartId, ExportFormat format);
    QStringList chartIds() const;
    QStringList targets() const;
    // Targets that exist already (and would be replaced only with setOverwrite(true)).
    QStringList existingTargets() const;

    // What forbids the export, before anything is written: options out of range, an unknown
    // chart, a file name for several charts, or text no installed font draws. Empty when none.
    QString check() const;
    // Checks, refuses existing files unless overwriting, creates the folder, writes. written(path)
    // as each file lands; on failure *error names the file and the reason.
    bool run(const std::function<void(const QString &)> &written, QString *error);

    // The font policy for one chart, also applied by copy and print: what no installed font can
    // draw, or empty.
    static QString fontProblem(ChartDataModel *model);

private:
    StatisticsModel *m_statistics;
    ExportOptions m_options;
    QStringList m_charts;
    QString m_folder;
    QString m_file;
    bool m_overwrite = false;
};

} // namespace tongdao

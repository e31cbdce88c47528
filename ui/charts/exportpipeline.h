// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartrenderer.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace tongdao {

// Writes several charts to files (paths[i] for models[i]) through QSaveFile. SVG and PDF are drawn
// straight into their writers; PNG and JPEG are drawn on this thread and encoded and written on
// worker threads meanwhile, so that every core works. written(path) is called in order as each
// file lands. Stops at the first failure; files not yet written are cancelled, those that landed
// are still reported. The export job (exportjob.h) is its one caller.
bool writeCharts(const QList<ChartDataModel *> &models, const ExportOptions &options, const QStringList &paths,
                 const std::function<void(const QString &)> &written, QString *error);

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/exportpipeline.h"

#include "core/atomicwrite.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <deque>
#include <future>

namespace tongdao {

namespace {
struct PipelineText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::ChartRenderer)
};
} // namespace

bool writeCharts(const QList<ChartDataModel *> &models, const ExportOptions &options, const QStringList &paths,
                 const std::function<void(const QString &)> &written, QString *error)
{
    const QString problem = ChartRenderer::check(options);
    if (!problem.isEmpty()) {
        *error = paths.value(0) + QStringLiteral(": ") + problem;
        return false;
    }
    const bool raster = options.format == ExportFormat::Png || options.format == ExportFormat::Jpeg;
    if (!raster) { // vector output is drawn straight into its writer, on this thread
        for (qsizetype i = 0; i < models.size(); ++i) {
            if (!ChartRenderer::exportToFile(models[i], options, paths[i], error))
                return false;
            written(paths[i]);
        }
        return true;
    }
    // Pipelined: this thread draws the next chart while earlier ones are encoded, one more picture
    // in flight than there are cores, so that no core waits for a drawing to finish; fewer when
    // the pictures are so large that they would take more than 256 MiB together (a picture and its
    // converted copy for the encoder). After a failure, work not yet written is cancelled; files
    // that did land are still reported.
    const qint64 pictureBytes = qint64(options.size.width()) * options.size.height() * options.scale * options.scale
                              * (4 + 4);
    const qint64 budget = qint64(256) << 20;
    const size_t inFlight = size_t(std::clamp<qint64>(budget / std::max<qint64>(pictureBytes, 1), 1,
                                                      std::max(1, QThread::idealThreadCount()) + 1));
    std::deque<std::pair<QString, std::future<QString>>> pending;
    std::atomic<bool> cancelled{false};
    bool ok = true;
    auto fail = [&](const QString &failure) {
        if (ok)
            *error = failure;
        ok = false;
        cancelled = true;
    };
    auto finishOldest = [&] {
        auto [path, result] = std::move(pending.front());
        pending.pop_front();
        QString failure;
        try {
            failure = result.get();
        } catch (const std::exception &e) {
            failure = path + QStringLiteral(": ") + QString::fromLocal8Bit(e.what());
        }
        if (failure.isEmpty())
            written(path);
        else
            fail(failure);
    };
    try {
        for (qsizetype i = 0; i < models.size() && ok; ++i) {
            QImage picture = ChartRenderer::image(models[i], options);
            const ChartRenderer::Provenance text = ChartRenderer::provenance(models[i]);
            const QString path = paths[i];
            const ExportFormat format = options.format;
            const int scale = options.scale;
            pending.emplace_back(path, std::async(std::launch::async, [=, &cancelled] {
                                     QString failure;
                                     writeFileAtomically(
                                         path,
                                         [&](QIODevice *device, QString *reason) {
                                             if (cancelled) {
                                                 *reason = PipelineText::tr("cancelled after an earlier failure");
                                                 return false;
                                             }
                                             return ChartRenderer::encode(picture, format, text, scale, device, reason);
                                         },
                                         &failure);
                                     return failure;
                                 }));
            while (pending.size() >= inFlight)
                finishOldest();
        }
    } catch (const std::exception &e) { // e.g. no thread could be started
        fail(paths.value(0) + QStringLiteral(": ") + QString::fromLocal8Bit(e.what()));
    }
    while (!pending.empty())
        finishOldest();
    return ok;
}

} // namespace tongdao

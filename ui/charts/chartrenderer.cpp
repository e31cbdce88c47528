// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartrenderer.h"

#include "core/chartdatamodel.h"
#include "ui/charts/pngwriter.h"
#include "core/atomicwrite.h"
#include "core/statisticsmodel.h"
#include "ui/charts/tongdaochart_p.h"

#include <QBuffer>
#include <QThread>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <atomic>
#include <deque>
#include <future>

namespace tongdao {

namespace {

struct RenderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::ChartRenderer)
};

QString software()
{
    return QStringLiteral("Tongdao %1").arg(QStringLiteral(TONGDAO_VERSION));
}

// Thread-safe: only the image and plain strings are touched.
bool encodeRaster(const QImage &image, ExportFormat format, const PngWriter::Text &text, int scale, QIODevice *device,
                  QString *error)
{
    if (format == ExportFormat::Png)
        return PngWriter::write(image, text, 96.0 * scale, device, error);
    QImageWriter writer(device, "jpeg");
    writer.setText(QStringLiteral("Title"), text.value(0).second); // a JPEG comment
    writer.setQuality(92);
    if (!writer.write(image)) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

// A chart laid out off-screen at a logical size, ready to paint.
class OffscreenChart
{
public:
    OffscreenChart(ChartDataModel *model, const ExportOptions &options)
    {
        ChartStyle style = ChartStyle::forTheme(options.theme);
        style.sourceLine = options.sourceLine;
        m_chart = new TongdaoChart(model, style);
        m_scene.addItem(m_chart); // the scene owns and deletes the chart
        m_scene.setSceneRect(0, 0, options.size.width(), options.size.height());
        m_chart->setGeometry(m_scene.sceneRect());
        // Qt Charts lays out on posted events; run them now so that axes and plot are in place.
        if (m_chart->layout())
            m_chart->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (m_chart->layout())
            m_chart->layout()->activate();
    }
    void paint(QPainter *painter, const QRectF &target)
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        m_scene.render(painter, target, m_scene.sceneRect(), Qt::KeepAspectRatio);
    }
    TongdaoChart *chart() const { return m_chart; }

private:
    QGraphicsScene m_scene;
    TongdaoChart *m_chart;
};

} // namespace

QString exportFormatId(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Jpeg:
        return QStringLiteral("jpg");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString exportFormatExtension(ExportFormat format)
{
    return exportFormatId(format);
}

std::optional<ExportFormat> exportFormatFromId(QStringView id)
{
    if (id == u"jpeg")
        return ExportFormat::Jpeg;
    for (ExportFormat f : {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Svg, ExportFormat::Pdf})
        if (exportFormatId(f) == id)
            return f;
    return std::nullopt;
}

QString ChartRenderer::check(const ExportOptions &o)
{
    const int min = ExportOptions::minSide, max = ExportOptions::maxSide;
    if (o.size.width() < min || o.size.height() < min || o.size.width() > max || o.size.height() > max)
        return RenderText::tr("size %1x%2 is not allowed: width and height must be from %3 to %4 pixels")
            .arg(o.size.width()).arg(o.size.height()).arg(min).arg(max);
    const bool raster = o.format == ExportFormat::Png || o.format == ExportFormat::Jpeg;
    if (o.scale < 1 || o.scale > ExportOptions::maxScale)
        return RenderText::tr("scale %1 is not allowed: use 1, 2 or 3").arg(o.scale);
    if (raster && qint64(o.size.width()) * o.size.height() * o.scale * o.scale > ExportOptions::maxPixels)
        return RenderText::tr("%1x%2 at scale %3 is more than %4 million pixels")
            .arg(o.size.width()).arg(o.size.height()).arg(o.scale).arg(ExportOptions::maxPixels / 1000000);
    if (o.theme == ChartTheme::Transparent && (o.format == ExportFormat::Jpeg || o.format == ExportFormat::Pdf))
        return RenderText::tr("a transparent background is for PNG and SVG only");
    return {};
}

QString ChartRenderer::title(ChartDataModel *model)
{
    return model->chart().title.text(model->statistics()->language());
}

QString ChartRenderer::sourceLine(ChartDataModel *model)
{
    return TongdaoChart::sourceLineFor(model);
}

QImage ChartRenderer::image(ChartDataModel *model, const ExportOptions &options)
{
    const int s = options.scale;
    const bool alpha = options.theme == ChartTheme::Transparent && options.format == ExportFormat::Png;
    QImage image(options.size * s, alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.setDevicePixelRatio(s);
    image.fill(alpha ? QColor(Qt::transparent) : ChartStyle::forTheme(options.theme).background);
    OffscreenChart chart(model, options);
    QPainter painter(&image);
    chart.paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    painter.end();
    return image;
}

QByteArray ChartRenderer::svg(ChartDataModel *model, const ExportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    OffscreenChart chart(model, options);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(96); // the chart is laid out at 96 dpi; the default 72 would shrink text
    generator.setTitle(title(model));
    generator.setDescription(chart.chart()->frameTexts().join(QLatin1Char('\n')));
    QPainter painter(&generator);
    chart.paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    painter.end();
    return buffer.data();
}

bool ChartRenderer::writePdf(ChartDataModel *model, const ExportOptions &options, QIODevice *device, QString *error)
{
    OffscreenChart chart(model, options);
    QPdfWriter pdf(device);
    pdf.setResolution(96);
    // 96 px = 72 pt: a 1600×900 chart is a 1200×675 pt page, with no margins.
    pdf.setPageSize(QPageSize(QSizeF(options.size) * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(title(model));
    pdf.setCreator(software());
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = RenderText::tr("the PDF writer could not start");
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(options.size)), chart.chart()->style().background);
    chart.paint(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    painter.end();
    return true;
}

void ChartRenderer::paint(ChartDataModel *model, const ExportOptions &options, QPainter *painter, const QRectF &target)
{
    OffscreenChart chart(model, options);
    chart.paint(painter, target);
}

bool ChartRenderer::write(ChartDataModel *model, const ExportOptions &options, QIODevice *device, QString *error)
{
    switch (options.format) {
    case ExportFormat::Svg: {
        const QByteArray data = svg(model, options);
        if (device->write(data) != data.size()) {
            *error = device->errorString();
            return false;
        }
        return true;
    }
    case ExportFormat::Pdf:
        return writePdf(model, options, device, error);
    case ExportFormat::Png:
    case ExportFormat::Jpeg:
        return encodeRaster(image(model, options), options.format, provenance(model), options.scale, device, error);
    }
    return false;
}

bool ChartRenderer::exportCharts(const QList<ChartDataModel *> &models, const ExportOptions &options,
                                 const QStringList &paths, const std::function<void(const QString &)> &written,
                                 QString *error)
{
    const QString problem = check(options);
    if (!problem.isEmpty()) {
        *error = paths.value(0) + QStringLiteral(": ") + problem;
        return false;
    }
    const bool raster = options.format == ExportFormat::Png || options.format == ExportFormat::Jpeg;
    if (!raster) { // vector output is drawn straight into its writer, on this thread
        for (qsizetype i = 0; i < models.size(); ++i) {
            if (!exportToFile(models[i], options, paths[i], error))
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
            QImage picture = image(models[i], options);
            const PngWriter::Text text = provenance(models[i]);
            const QString path = paths[i];
            const ExportFormat format = options.format;
            const int scale = options.scale;
            pending.emplace_back(path, std::async(std::launch::async, [=, &cancelled] {
                QString failure;
                writeFileAtomically(
                    path,
                    [&](QIODevice *device, QString *reason) {
                        if (cancelled) {
                            *reason = RenderText::tr("cancelled after an earlier failure");
                            return false;
                        }
                        return encodeRaster(picture, format, text, scale, device, reason);
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

QList<QPair<QString, QString>> ChartRenderer::provenance(ChartDataModel *model)
{
    return {{QStringLiteral("Title"), title(model)},
            {QStringLiteral("Source"), sourceLine(model)},
            {QStringLiteral("Software"), software()}};
}

bool ChartRenderer::exportToFile(ChartDataModel *model, const ExportOptions &options, const QString &path,
                                 QString *error)
{
    const QString problem = check(options);
    if (!problem.isEmpty()) {
        *error = path + QStringLiteral(": ") + problem;
        return false;
    }
    return writeFileAtomically(
        path, [&](QIODevice *device, QString *reason) { return write(model, options, device, reason); }, error);
}

QMimeData *ChartRenderer::mimeData(ChartDataModel *model, const ExportOptions &options)
{
    auto *mime = new QMimeData;
    ExportOptions raster = options;
    raster.format = ExportFormat::Png;
    mime->setImageData(image(model, raster));
    ExportOptions vector = options;
    vector.format = ExportFormat::Svg;
    mime->setData(QStringLiteral("image/svg+xml"), svg(model, vector));
    return mime;
}

} // namespace tongdao

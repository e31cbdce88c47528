// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartrenderer.h"

#include "core/atomicwrite.h"
#include "core/chartdatamodel.h"
#include "core/chartsummary.h"
#include "core/statisticsmodel.h"
#include "ui/charts/pngwriter.h"
#include "ui/charts/tongdaochart_p.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

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

// The PDF's XMP metadata: title, the chart's summary as its description (what PDF readers show
// as the subject: QPdfWriter has no setter for the Info dictionary's /Subject) and the creator.
QByteArray xmpMetadata(const QString &title, const QString &description, const QString &language)
{
    const QString xml = QStringLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
        " xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%2</rdf:li></rdf:Alt></dc:description>\n"
        "<dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>\n"
        "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
        "<pdf:Producer>%4</pdf:Producer>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>\n");
    return xml.arg(title.toHtmlEscaped(), description.toHtmlEscaped(), language.toHtmlEscaped(), software()).toUtf8();
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
        // Hatching scales with the chart: a 1200 dpi printer or a 3× PNG shows the pattern a
        // 96 dpi screen does, not one of device pixels too fine to see.
        painter->setRenderHint(QPainter::NonCosmeticBrushPatterns);
        m_scene.render(painter, target, m_scene.sceneRect(), Qt::KeepAspectRatio);
    }
    TongdaoChart *chart() const { return m_chart; }

private:
    QGraphicsScene m_scene;
    TongdaoChart *m_chart;
};

} // namespace

bool ChartRenderer::encode(const QImage &image, ExportFormat format, const Provenance &text, int scale,
                           QIODevice *device, QString *error)
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
            .arg(o.size.width())
            .arg(o.size.height())
            .arg(min)
            .arg(max);
    const bool raster = o.format == ExportFormat::Png || o.format == ExportFormat::Jpeg;
    if (o.scale < 1 || o.scale > ExportOptions::maxScale)
        return RenderText::tr("scale %1 is not allowed: use 1, 2 or 3").arg(o.scale);
    if (raster && qint64(o.size.width()) * o.size.height() * o.scale * o.scale > ExportOptions::maxPixels)
        return RenderText::tr("%1x%2 at scale %3 is more than %4 million pixels")
            .arg(o.size.width())
            .arg(o.size.height())
            .arg(o.scale)
            .arg(ExportOptions::maxPixels / 1000000);
    if (o.theme == ChartTheme::Transparent && (o.format == ExportFormat::Jpeg || o.format == ExportFormat::Pdf))
        return RenderText::tr("a transparent background is for PNG and SVG only");
    return {};
}

QString ChartRenderer::title(ChartDataModel *model)
{
    return model->chart().title.text(model->statistics()->language());
}

QString ChartRenderer::description(ChartDataModel *model)
{
    return ChartSummary::sentence(*model);
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
    generator.setDescription(description(model)); // the alt text
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
    pdf.setDocumentXmpMetadata(
        xmpMetadata(title(model), description(model),
                    languageCode(model->statistics()->language()).replace(QLatin1Char('_'), QLatin1Char('-'))));
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
        return encode(image(model, options), options.format, provenance(model), options.scale, device, error);
    }
    return false;
}

ChartRenderer::Provenance ChartRenderer::provenance(ChartDataModel *model)
{
    return {{QStringLiteral("Title"), title(model)},
            {QStringLiteral("Source"), sourceLine(model)},
            {QStringLiteral("Software"), software()},
            {QStringLiteral("Description"), description(model)}};
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
    mime->setText(description(model)); // text/plain: the alt text, for where no picture goes
    return mime;
}

} // namespace tongdao

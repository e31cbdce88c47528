// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartstyle.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QStringList>

#include <optional>

class QIODevice;
class QMimeData;
class QPainter;

namespace tongdao {

class ChartDataModel;

enum class ExportFormat { Png, Jpeg, Svg, Pdf };
QString exportFormatId(ExportFormat format); // png, jpg, svg, pdf
QString exportFormatExtension(ExportFormat format);
std::optional<ExportFormat> exportFormatFromId(QStringView id); // also accepts jpeg

struct ExportOptions
{
    ExportFormat format = ExportFormat::Png;
    QSize size{1600, 900}; // logical pixels; PDF pages get the same size at 96 dpi
    int scale = 1;         // raster only: 1, 2 or 3
    ChartTheme theme = ChartTheme::Light;
    bool sourceLine = true;

    static constexpr int minSide = 200;
    static constexpr int maxSide = 10000;
    static constexpr int maxScale = 3;
    static constexpr qint64 maxPixels = 100'000'000;
};

// Charts drawn off-screen at exactly the requested size × scale — never a grab of the window —
// as PNG/JPEG, SVG (text stays text) or PDF (vector), with their provenance in the file.
class ChartRenderer
{
public:
    // Empty when the options can be rendered; otherwise what is allowed.
    static QString check(const ExportOptions &options);

    static QImage image(ChartDataModel *model, const ExportOptions &options);
    static QByteArray svg(ChartDataModel *model, const ExportOptions &options);
    static bool writePdf(ChartDataModel *model, const ExportOptions &options, QIODevice *device, QString *error);
    // Paints the chart into a rectangle of any device (a printer, a preview).
    static void paint(ChartDataModel *model, const ExportOptions &options, QPainter *painter, const QRectF &target);
    // Writes the chart in its format to a device.
    static bool write(ChartDataModel *model, const ExportOptions &options, QIODevice *device, QString *error);
    // Writes a file through QSaveFile: no partial file on failure, *error names file and reason.
    static bool exportToFile(ChartDataModel *model, const ExportOptions &options, const QString &path, QString *error);
    using Provenance = QList<QPair<QString, QString>>; // Title, Source, Software…
    // Encodes a drawn PNG or JPEG picture with its provenance. Thread-safe: touches only the image
    // and plain strings, so batch exports encode on worker threads (exportpipeline.h).
    static bool encode(const QImage &image, ExportFormat format, const Provenance &provenance, int scale,
                       QIODevice *device, QString *error);
    // The chart as an image, with SVG as a second format and its description as text, for the
    // clipboard.
    static QMimeData *mimeData(ChartDataModel *model, const ExportOptions &options);

    // The chart's title, source line and the software, as written into files' metadata.
    static Provenance provenance(ChartDataModel *model);
    // The chart's title and source line, as written into files' metadata.
    static QString title(ChartDataModel *model);
    // The chart in one sentence (core/chartsummary.h): the alt text of every export (SVG <desc>,
    // PNG Description, PDF XMP description) and the clipboard's text/plain.
    static QString description(ChartDataModel *model);
    static QString sourceLine(ChartDataModel *model);
};

} // namespace tongdao

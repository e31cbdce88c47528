// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/pngwriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <png.h>

#include <cmath>
#include <csetjmp>

namespace tongdao {

namespace {

struct PngText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::PngWriter)
};

struct Sink
{
    QIODevice *device;
    bool failed = false;
};

void writeData(png_structp png, png_bytep data, png_size_t length)
{
    auto *sink = static_cast<Sink *>(png_get_io_ptr(png));
    if (!sink->failed && sink->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        sink->failed = true;
}

void flushData(png_structp)
{
}

} // namespace

bool PngWriter::write(const QImage &source, const Text &text, double dotsPerInch, QIODevice *device, QString *error)
{
    const bool alpha = source.hasAlphaChannel();
    // libpng wants straight (not premultiplied) RGBA or RGB bytes, row by row.
    const QImage image = source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    if (image.isNull()) {
        *error = PngText::tr("the image is empty");
        return false;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info) {
        png_destroy_write_struct(&png, nullptr);
        *error = PngText::tr("the PNG encoder could not start");
        return false;
    }
    Sink sink{device};
    // Everything with a destructor is made before setjmp: a longjmp must not skip destructors
    // of objects created after it. The strings must also outlive png_set_text.
    QList<QByteArray> keys, values;
    for (const auto &[key, value] : text) {
        keys.append(key.toLatin1().left(79));
        values.append(value.toUtf8());
    }
    QList<png_text> chunks(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        png_text &chunk = chunks[i];
        chunk = png_text{};
        // UTF-8 text (Chinese titles) goes in iTXt; plain ASCII stays in tEXt.
        const bool ascii = std::all_of(values[i].begin(), values[i].end(), [](char c) { return uchar(c) < 0x80; });
        chunk.compression = ascii ? PNG_TEXT_COMPRESSION_NONE : PNG_ITXT_COMPRESSION_NONE;
        chunk.key = keys[i].data();
        chunk.text = values[i].data();
        chunk.text_length = ascii ? size_t(values[i].size()) : 0;
        chunk.itxt_length = ascii ? 0 : size_t(values[i].size());
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        *error = sink.failed ? device->errorString() : PngText::tr("the PNG encoder failed");
        return false;
    }
    png_set_write_fn(png, &sink, writeData, flushData);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, 3);
    const auto pixelsPerMetre = png_uint_32(std::lround(dotsPerInch / 0.0254));
    png_set_pHYs(png, info, pixelsPerMetre, pixelsPerMetre, PNG_RESOLUTION_METER);
    png_set_text(png, info, chunks.data(), int(chunks.size()));
    png_write_info(png, info);
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    if (sink.failed) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace tongdao

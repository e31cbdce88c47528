// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace tongdao {

namespace {
struct SafeFileText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::SafeFile)
};

// Length of the valid UTF-8 sequence starting at data[i], 0 if invalid.
int utf8SequenceLength(const QByteArray &data, qsizetype i)
{
    const auto b = [&](qsizetype k) { return static_cast<unsigned char>(data[k]); };
    const unsigned char c = b(i);
    if (c < 0x80)
        return 1;
    int len = 0;
    unsigned int cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + len > data.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}
} // namespace

QString lineColumn(const QByteArray &data, qsizetype byteOffset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(byteOffset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column; // count characters, not continuation bytes
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, LoadError *error)
{
    error->file = path;
    error->place.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        error->message = SafeFileText::tr("no such file");
        return false;
    }
    if (info.isDir()) {
        error->message = SafeFileText::tr("is a directory, expected a file");
        return false;
    }
    if (!info.isFile()) {
        error->message = SafeFileText::tr("is not a regular file (a device, FIFO or socket), expected a file");
        return false;
    }
    if (info.size() > maxBytes) {
        error->message = SafeFileText::tr("is %1 bytes, more than the limit of %2 bytes")
                             .arg(info.size())
                             .arg(maxBytes);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = SafeFileText::tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    // The size may change between the check and the read: never read more than the limit. Read
    // in pieces into a buffer of the size the file has, not one of the limit's size (128 MiB of
    // address space, for a report of 100 KiB).
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(info.size(), maxBytes)) + 1);
    char piece[64 * 1024];
    qint64 got = 0;
    while (bytes.size() <= maxBytes
           && (got = file.read(piece, std::min<qint64>(sizeof piece, maxBytes + 1 - bytes.size()))) > 0)
        bytes.append(piece, qsizetype(got));
    if (bytes.size() > maxBytes) {
        error->message = SafeFileText::tr("is more than the limit of %1 bytes").arg(maxBytes);
        return false;
    }
    if (got < 0 || file.error() != QFileDevice::NoError) {
        error->message = SafeFileText::tr("cannot be read: %1").arg(file.errorString());
        return false;
    }
    *data = std::move(bytes);
    return true;
}

bool decodeUtf8(const QByteArray &data, QString *text, LoadError *error)
{
    // Decoded in one pass. Qt's decoder rejects what ours does (bad lead or continuation bytes,
    // truncation, overlong forms, surrogates, code points past U+10FFFF); ours runs only when it
    // did, to say where the first bad byte is. A leading byte order mark is dropped, as
    // QString::fromUtf8 drops it.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString decoded = decoder.decode(data);
    if (!decoder.hasError()) {
        *text = std::move(decoded);
        return true;
    }
    for (qsizetype i = 0; i < data.size();) {
        const int len = utf8SequenceLength(data, i);
        if (len == 0) {
            error->place = lineColumn(data, i);
            error->message = SafeFileText::tr("invalid UTF-8 (byte 0x%1), expected UTF-8 text")
                                 .arg(static_cast<unsigned char>(data[i]), 2, 16, QLatin1Char('0'));
            return false;
        }
        i += len;
    }
    *text = QString::fromUtf8(data);
    return true;
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reportfile.h"

#include "core/boundedread.h"
#include "core/latinnumberscanner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringDecoder>

namespace tongdao {

namespace {

struct ReportFileText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::ReportFile)
};

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FA1F);
}

// CJK punctuation and fullwidth forms: ，。、“”（）％ and fullwidth digits.
bool isChinesePunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x206F);
}

// How many bytes of the data are parts of valid multi-byte UTF-8 sequences, and how many are not
// ASCII at all. Text in GBK rarely forms a UTF-8 sequence; UTF-8 with one damaged byte mostly does.
std::pair<qsizetype, qsizetype> utf8Share(const QByteArray &data)
{
    qsizetype valid = 0, nonAscii = 0;
    for (qsizetype i = 0; i < data.size();) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        for (int k = 1; k < len; ++k)
            if (i + k >= data.size() || (static_cast<unsigned char>(data[i + k]) & 0xC0) != 0x80)
                len = 0;
        if (len > 0) {
            valid += len;
            nonAscii += len;
            i += len;
        } else {
            ++nonAscii;
            ++i;
        }
    }
    return {valid, nonAscii};
}

// GB18030 that decodes without an error to text whose other-than-ASCII characters are mostly
// Chinese: Han characters and Chinese punctuation.
bool decodeGb18030(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    qsizetype chinese = 0, other = 0;
    for (char32_t c : decoded.toUcs4()) {
        if (c < 0x80)
            continue;
        if (isHan(c) || isChinesePunctuation(c))
            ++chinese;
        else
            ++other;
    }
    if (chinese == 0 || chinese < 4 * other)
        return false;
    *text = std::move(decoded);
    return true;
}

} // namespace

QString textHash(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
         + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool decodeReportText(const QByteArray &bytes, QString *text, QString *note, LoadError *error)
{
    note->clear();
    LoadError utf8Error = *error;
    if (decodeUtf8(bytes, text, &utf8Error))
        return true;
    const auto [valid, nonAscii] = utf8Share(bytes);
    if (2 * valid < nonAscii && decodeGb18030(bytes, text)) {
        *note = ReportFileText::tr("GB18030 (GBK) text, converted to Unicode; the file itself is unchanged");
        return true;
    }
    error->place = utf8Error.place;
    error->message = ReportFileText::tr("%1; nor is it GB18030").arg(utf8Error.message);
    return false;
}

bool readReportText(const QString &path, QString *text, QString *note, LoadError *error)
{
    QByteArray bytes;
    return readReportText(path, text, note, error, &bytes);
}

bool readReportText(const QString &path, QString *text, QString *note, LoadError *error, QByteArray *bytes)
{
    *error = LoadError{path, {}, {}};
    QByteArray data;
    if (!readRegularFile(path, defaultMaxFileBytes, &data, error))
        return false;
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff")) {
        error->message = ReportFileText::tr("UTF-16 text, expected UTF-8 or GB18030: save it as UTF-8");
        return false;
    }
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        error->place = lineColumn(data, nul);
        error->message = ReportFileText::tr("binary data (a NUL byte), expected a plain text");
        return false;
    }
    QString decoded;
    if (!decodeReportText(data, &decoded, note, error))
        return false;
    qsizetype controls = 0;
    for (QChar c : std::as_const(decoded))
        if ((c.unicode() < 0x20 && !QStringView(u"\t\n\r\f\v").contains(c)) || c.unicode() == 0x7F)
            ++controls;
    if (controls > 0 && controls * 200 >= decoded.size()) {
        error->message = ReportFileText::tr("binary data (%1 control characters), expected a plain text").arg(controls);
        return false;
    }
    if (decoded.trimmed().isEmpty()) {
        error->message = ReportFileText::tr("the text is empty, expected a report");
        return false;
    }
    if (LatinNumberScanner::scan(decoded, reportLanguageOf(decoded)).isEmpty()) {
        error->message = ReportFileText::tr("no number in the text: nothing to chart");
        error->kind = LoadError::Kind::NoNumbers;
        return false;
    }
    *text = std::move(decoded);
    *bytes = std::move(data);
    return true;
}

Language reportLanguageOf(const QString &text)
{
    qsizetype han = 0, latin = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size()) {
            han += isHan(QChar::surrogateToUcs4(c, text[i + 1])) ? 1 : 0;
            ++i;
        } else if (isHan(c.unicode())) {
            ++han;
        } else if (c.unicode() < 0x250 && c.isLetter()) {
            ++latin;
        }
    }
    return han > 0 && 5 * han >= latin ? Language::Chinese : Language::English;
}

} // namespace tongdao

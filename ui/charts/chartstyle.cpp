// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartstyle.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QRawFont>

namespace tongdao {

QString chartThemeId(ChartTheme theme)
{
    switch (theme) {
    case ChartTheme::Light:
        return QStringLiteral("light");
    case ChartTheme::Dark:
        return QStringLiteral("dark");
    case ChartTheme::Transparent:
        return QStringLiteral("transparent");
    }
    return {};
}

std::optional<ChartTheme> chartThemeFromId(QStringView id)
{
    for (ChartTheme t : {ChartTheme::Light, ChartTheme::Dark, ChartTheme::Transparent})
        if (chartThemeId(t) == id)
            return t;
    return std::nullopt;
}

QString ChartFonts::chineseFamily()
{
    // Asked once, of the font database by name: no font is loaded to ask (a QFontInfo would load
    // one, at a size nothing else uses). Only when none is installed are the families scanned.
    static const QString family = [] {
        for (const QString &preferred : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                         QStringLiteral("WenQuanYi Micro Hei")}) {
            if (QFontDatabase::hasFamily(preferred))
                return preferred;
        }
        const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        return families.isEmpty() ? QString() : families.first();
    }();
    return family;
}

bool ChartFonts::covers(const QString &text, QChar *missing)
{
    const QString family = chineseFamily();
    if (family.isEmpty()) {
        for (QChar c : text)
            if (c.script() == QChar::Script_Han) {
                if (missing)
                    *missing = c;
                return false;
            }
        return true;
    }
    QFont font(family);
    const QRawFont raw = QRawFont::fromFont(font);
    for (QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x80 || c.isSurrogate())
            continue;
        if (!raw.supportsCharacter(c)) {
            if (missing)
                *missing = c;
            return false;
        }
    }
    return true;
}

ChartStyle ChartStyle::forTheme(ChartTheme theme)
{
    ChartStyle s;
    s.theme = theme;
    // Okabe–Ito: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow. Every
    // mark stands out from the background by 3:1 or more, every text by 4.5:1 (WCAG 2 AA): on
    // white, orange and sky blue are taken darker, and callouts are set in a darker vermillion.
    const QColor blue(0x00, 0x72, 0xB2), orange(0xE6, 0x9F, 0x00), green(0x00, 0x9E, 0x73),
        vermillion(0xD5, 0x5E, 0x00), sky(0x56, 0xB4, 0xE9), purple(0xCC, 0x79, 0xA7), yellow(0xF0, 0xE4, 0x42);
    const QColor darkOrange(0xC0, 0x7A, 0x00), darkSky(0x2E, 0x86, 0xC1), darkVermillion(0xC2, 0x4F, 0x00);
    if (theme == ChartTheme::Dark) {
        s.background = QColor(0x1E, 0x1F, 0x22);
        s.text = QColor(0xEE, 0xEE, 0xEE);
        s.mutedText = QColor(0xAA, 0xAA, 0xAA);
        s.grid = QColor(0x3A, 0x3B, 0x3F);
        s.axis = QColor(0x88, 0x88, 0x88);
        s.primary = sky;
        s.primaryText = sky;
        s.selection = orange;
        s.accent = yellow;
        s.series = {sky, orange, green, yellow, purple, vermillion};
        s.sliceBorder = s.background;
    } else {
        s.background = theme == ChartTheme::Transparent ? QColor(Qt::transparent) : QColor(Qt::white);
        s.text = QColor(0x1A, 0x1A, 0x1A);
        s.mutedText = QColor(0x5F, 0x5F, 0x5F);
        s.grid = QColor(0xE3, 0xE3, 0xE3);
        s.axis = QColor(0x80, 0x80, 0x80);
        s.primary = blue;
        s.primaryText = QColor(0x00, 0x60, 0x98); // blue, darker: the tile's tint takes some contrast
        s.selection = vermillion;
        s.accent = darkVermillion;
        s.series = {blue, darkOrange, green, vermillion, darkSky, purple};
        s.sliceBorder = theme == ChartTheme::Transparent ? QColor(Qt::white) : s.background;
    }
    // Noto Sans CJK covers Latin as well; DejaVu Sans stands in where it is missing.
    const QString chinese = ChartFonts::chineseFamily();
    if (!chinese.isEmpty())
        s.fontFamilies.append(chinese);
    s.fontFamilies.append(QStringLiteral("DejaVu Sans"));
    return s;
}

qreal ChartStyle::pixelSize(ChartText text)
{
    switch (text) {
    case ChartText::Title:
        return 34;
    case ChartText::Subtitle:
    case ChartText::Callout:
        return 20;
    case ChartText::ValueLabel:
    case ChartText::TileLabel:
        return 19;
    case ChartText::CategoryLabel:
    case ChartText::SliceLabel:
        return 17;
    case ChartText::Note:
    case ChartText::AxisLabel:
    case ChartText::AxisTitle:
    case ChartText::TimelineLabel:
        return 16;
    case ChartText::Legend:
        return 15;
    case ChartText::Source:
        return 13;
    case ChartText::TileValue:
        return 48;
    }
    return 16;
}

QFont ChartStyle::font(ChartText text, qreal unit) const
{
    const bool bold = text == ChartText::Title || text == ChartText::Callout || text == ChartText::ValueLabel
                   || text == ChartText::TileValue;
    return font(pixelSize(text) * unit, bold ? QFont::Bold : QFont::Normal);
}

QFont ChartStyle::font(qreal pixelSize, QFont::Weight weight) const
{
    QFont f;
    f.setFamilies(fontFamilies);
    if (!fontFamilies.isEmpty())
        f.setFamily(fontFamilies.first()); // what QSvgGenerator writes as font-family
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    f.setWeight(weight);
    // No style strategy of its own (fontconfig antialiases either way): a chart text at a size the
    // window's text also uses is drawn with the same loaded font, not a second one.
    return f;
}

} // namespace tongdao

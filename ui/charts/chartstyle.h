// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>

#include <optional>

namespace tongdao {

enum class ChartTheme { Light, Dark, Transparent };
QString chartThemeId(ChartTheme theme);
std::optional<ChartTheme> chartThemeFromId(QStringView id);

// The texts of a chart, each with its place in the type scale.
enum class ChartText {
    Title,
    Subtitle,
    Callout,
    Note,
    Source,
    Legend,
    AxisLabel,
    AxisTitle,
    CategoryLabel,
    ValueLabel,
    SliceLabel,
    TimelineLabel,
    TileValue,
    TileLabel,
};

// Colours and fonts of a chart. The palette is Okabe–Ito, safe for colour-blind readers.
struct ChartStyle
{
    ChartTheme theme = ChartTheme::Light;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor primary;     // stated values
    QColor primaryText; // a value written in the primary colour, on a tile tinted with it: 4.5:1
    QColor selection;   // the selected figure
    QColor accent;      // callouts
    QColor sliceBorder; // between doughnut slices: the background, or white where it is transparent
    QList<QColor> series;
    QStringList fontFamilies;
    bool sourceLine = true;

    static ChartStyle forTheme(ChartTheme theme);
    // The type scale: each text's pixel size on a 1600×900 chart, and its weight.
    static qreal pixelSize(ChartText text);
    // A text's font at a chart's scale (1.0 at 1600×900): the chart's families, so that Latin and
    // Chinese both render, never as boxes.
    QFont font(ChartText text, qreal unit) const;
    // A font of the chart's families at any size.
    QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal) const;
};

// The installed fonts Tongdao draws Chinese with. The first is preferred.
class ChartFonts
{
public:
    // Noto Sans CJK SC when installed, else any font covering Simplified Chinese; empty if none.
    static QString chineseFamily();
    // True when a font covers every character of text; *missing gets the first that is not.
    static bool covers(const QString &text, QChar *missing = nullptr);
};

} // namespace tongdao

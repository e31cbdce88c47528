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

// Colours and fonts of a chart. The palette is Okabe–Ito, safe for colour-blind readers.
struct ChartStyle
{
    ChartTheme theme = ChartTheme::Light;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor primary;   // stated values
    QColor selection; // the selected figure
    QColor accent;    // callouts
    QList<QColor> series;
    QStringList fontFamilies;
    bool sourceLine = true;

    static ChartStyle forTheme(ChartTheme theme);
    // A font of the chart's families: Latin text and Chinese both render, never as boxes.
    QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal, bool italic = false) const;
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartstyle.h"

#include <QColor>
#include <QPalette>

namespace tongdao {

// WCAG 2 relative luminance of an opaque colour: 0 for black, 1 for white.
double relativeLuminance(const QColor &colour);
// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// A colour with its alpha, as it shows drawn over an opaque background.
QColor blended(const QColor &over, const QColor &background);

// The window's look: Fusion with a light or a dark palette in which every role agrees with the
// others (window, base, alternate base, text, highlight, link, disabled text, tooltips…), applied
// to the whole application, so that lists, tables, the reader, dialogs, menus and the status bar
// all follow. The chart follows with the ChartStyle of the same name.
class AppTheme
{
public:
    // The palette of a theme; Transparent (an export's choice only) gives Light.
    static QPalette palette(ChartTheme theme);
    // Dark when the window colour's relative luminance is below 0.5.
    static bool isDark(const QPalette &palette);
    // The theme a setting ("system", "light" or "dark") stands for: the system's is Dark when
    // the platform's palette is dark.
    static ChartTheme resolve(QStringView setting);
    static ChartTheme resolve(QStringView setting, const QPalette &platform);
    // Sets Fusion (AppStyle) and the theme's palette on the application.
    static void apply(ChartTheme theme);
    // The palette the platform gives, as it was before Tongdao set its own: Qt 6.4 has no
    // colour-scheme hint, so this is what "follow the system" reads.
    static QPalette platformPalette();
    // The platform's colours changed (QEvent::ThemeChange): reads them again. Call apply() after.
    static void rereadPlatformPalette();

    // Colours for which a palette has no role.
    static QColor warningText(const QPalette &palette); // a problem, written as text
    struct ReaderMarks
    {
        QColor figure;    // background of a charted figure's numeral
        QColor quote;     // background of the selected figure's quote
        QColor uncharted; // dotted underline: a number left out on purpose
        QColor missing;   // wavy underline: a number nobody accounted for
    };
    static ReaderMarks readerMarks(const QPalette &palette);
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/apptheme.h"

#include "ui/appstyle.h"

#include <QApplication>
#include <QStyle>
#include <QToolTip>

#include <cmath>

namespace tongdao {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QPalette &platform()
{
    // The application's palette before Tongdao sets one is the platform's (style-polished).
    static QPalette captured = QGuiApplication::palette();
    return captured;
}

struct Roles
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, bright, light, midlight, mid, dark,
        shadow, highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder, disabledText;
};

QPalette makePalette(const Roles &r)
{
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, r.window);
        p.setColor(group, QPalette::WindowText, disabled ? r.disabledText : r.windowText);
        p.setColor(group, QPalette::Base, disabled ? r.window : r.base);
        p.setColor(group, QPalette::AlternateBase, disabled ? r.window : r.alternateBase);
        p.setColor(group, QPalette::Text, disabled ? r.disabledText : r.text);
        p.setColor(group, QPalette::Button, r.button);
        p.setColor(group, QPalette::ButtonText, disabled ? r.disabledText : r.buttonText);
        p.setColor(group, QPalette::BrightText, r.bright);
        p.setColor(group, QPalette::Light, r.light);
        p.setColor(group, QPalette::Midlight, r.midlight);
        p.setColor(group, QPalette::Mid, r.mid);
        p.setColor(group, QPalette::Dark, r.dark);
        p.setColor(group, QPalette::Shadow, r.shadow);
        p.setColor(group, QPalette::Highlight, disabled ? r.mid : r.highlight);
        p.setColor(group, QPalette::HighlightedText, disabled ? r.disabledText : r.highlightedText);
        p.setColor(group, QPalette::Link, disabled ? r.disabledText : r.link);
        p.setColor(group, QPalette::LinkVisited, disabled ? r.disabledText : r.linkVisited);
        p.setColor(group, QPalette::ToolTipBase, r.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, r.toolTipText);
        p.setColor(group, QPalette::PlaceholderText, disabled ? r.disabledText : r.placeholder);
    }
    return p;
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blended(const QColor &over, const QColor &background)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + background.redF() * (1 - a)),
                            float(over.greenF() * a + background.greenF() * (1 - a)),
                            float(over.blueF() * a + background.blueF() * (1 - a)));
}

QPalette AppTheme::palette(ChartTheme theme)
{
    if (theme == ChartTheme::Dark)
        return makePalette({.window = QColor(0x27, 0x28, 0x2C),
                            .windowText = QColor(0xE8, 0xE8, 0xE8),
                            .base = QColor(0x1E, 0x1F, 0x22), // the chart's background
                            .alternateBase = QColor(0x26, 0x27, 0x2B),
                            .text = QColor(0xE8, 0xE8, 0xE8),
                            .button = QColor(0x32, 0x33, 0x37),
                            .buttonText = QColor(0xE8, 0xE8, 0xE8),
                            .bright = QColor(Qt::white),
                            .light = QColor(0x4A, 0x4B, 0x50),
                            .midlight = QColor(0x3E, 0x3F, 0x44),
                            .mid = QColor(0x5A, 0x5B, 0x60),
                            .dark = QColor(0x15, 0x15, 0x17),
                            .shadow = QColor(Qt::black),
                            .highlight = QColor(0x3A, 0x74, 0xC4),
                            .highlightedText = QColor(Qt::white),
                            .link = QColor(0x7F, 0xB6, 0xF5),
                            .linkVisited = QColor(0xC9, 0xA0, 0xF2),
                            .toolTipBase = QColor(0x3A, 0x3B, 0x40),
                            .toolTipText = QColor(0xE8, 0xE8, 0xE8),
                            .placeholder = QColor(0x9A, 0x9A, 0x9A),
                            .disabledText = QColor(0x85, 0x85, 0x85)});
    return makePalette({.window = QColor(0xEF, 0xEF, 0xEF),
                        .windowText = QColor(0x1A, 0x1A, 0x1A),
                        .base = QColor(Qt::white), // the chart's background
                        .alternateBase = QColor(0xF4, 0xF5, 0xF7),
                        .text = QColor(0x1A, 0x1A, 0x1A),
                        .button = QColor(0xEF, 0xEF, 0xEF),
                        .buttonText = QColor(0x1A, 0x1A, 0x1A),
                        .bright = QColor(Qt::white),
                        .light = QColor(Qt::white),
                        .midlight = QColor(0xE3, 0xE3, 0xE3),
                        .mid = QColor(0xB8, 0xB8, 0xB8),
                        .dark = QColor(0x9F, 0x9F, 0x9F),
                        .shadow = QColor(0x76, 0x76, 0x76),
                        .highlight = QColor(0x0B, 0x5C, 0xAD),
                        .highlightedText = QColor(Qt::white),
                        .link = QColor(0x0B, 0x5C, 0xAD),
                        .linkVisited = QColor(0x6A, 0x3D, 0x9A),
                        .toolTipBase = QColor(0xFF, 0xFF, 0xE1),
                        .toolTipText = QColor(0x1A, 0x1A, 0x1A),
                        .placeholder = QColor(0x6B, 0x6B, 0x6B),
                        .disabledText = QColor(0x7D, 0x7D, 0x7D)});
}

bool AppTheme::isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Active, QPalette::Window)) < 0.5;
}

ChartTheme AppTheme::resolve(QStringView setting)
{
    return resolve(setting, platformPalette());
}

ChartTheme AppTheme::resolve(QStringView setting, const QPalette &platform)
{
    if (setting == u"dark")
        return ChartTheme::Dark;
    if (setting == u"light")
        return ChartTheme::Light;
    return isDark(platform) ? ChartTheme::Dark : ChartTheme::Light;
}

void AppTheme::apply(ChartTheme theme)
{
    platform(); // noted before it is replaced
    if (!qobject_cast<AppStyle *>(QApplication::style()))
        QApplication::setStyle(new AppStyle);
    const QPalette p = palette(theme);
    QApplication::setPalette(p);
    QToolTip::setPalette(p); // tooltips keep a palette of their own
    // Delivered now, not from the event loop: panes built next take this palette from the start
    // instead of laying their text out once more when the change arrives.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
}

QPalette AppTheme::platformPalette()
{
    return platform();
}

void AppTheme::rereadPlatformPalette()
{
    // A palette that sets no role resolves entirely to the platform's.
    QApplication::setPalette(QPalette());
    platform() = QGuiApplication::palette();
    QToolTip::setPalette(platform());
}

QColor AppTheme::warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x9E, 0x5E) : QColor(0xA3, 0x3E, 0x00);
}

AppTheme::ReaderMarks AppTheme::readerMarks(const QPalette &palette)
{
    ReaderMarks marks;
    if (isDark(palette)) {
        // A dark blue at the light theme's alpha would not show on a dark page: a lighter one,
        // stronger, still leaving the text above 4.5:1.
        const QColor blue(0x5B, 0x9B, 0xE6);
        marks.figure = QColor(blue.red(), blue.green(), blue.blue(), 60);
        marks.quote = QColor(blue.red(), blue.green(), blue.blue(), 110);
        marks.missing = QColor(0xFF, 0x8A, 0x3D);
    } else {
        const QColor highlight = palette.color(QPalette::Highlight);
        marks.figure = QColor(highlight.red(), highlight.green(), highlight.blue(), 45);
        marks.quote = QColor(highlight.red(), highlight.green(), highlight.blue(), 70);
        marks.missing = QColor(0xD5, 0x5E, 0x00);
    }
    marks.uncharted = palette.color(QPalette::PlaceholderText);
    return marks;
}

} // namespace tongdao

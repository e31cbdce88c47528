// SPDX-License-Identifier: GPL-3.0-or-later
// Colours as readers with other colour vision see them, for the tests: grey scale (relative
// luminance), and protanopia and deuteranopia simulated with the matrices of Machado, Oliveira and
// Fernandes, "A Physiologically-based Model for Simulation of Color Vision Deficiency" (IEEE TVCG
// 15(6), 2009), severity 1.0, applied to linear sRGB. Differences are CIE 1976 ΔE*ab.
#pragma once

#include <QColor>
#include <QString>

#include <array>
#include <cmath>

namespace tongdao::test {

enum class Vision { Normal, Greyscale, Protanopia, Deuteranopia };

inline QString visionName(Vision vision)
{
    switch (vision) {
    case Vision::Normal:
        return QStringLiteral("normal");
    case Vision::Greyscale:
        return QStringLiteral("grey scale");
    case Vision::Protanopia:
        return QStringLiteral("protanopia");
    case Vision::Deuteranopia:
        return QStringLiteral("deuteranopia");
    }
    return {};
}

using Linear = std::array<double, 3>; // linear sRGB, 0…1

inline double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline double fromLinear(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

inline Linear linear(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return {toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
}

inline QColor fromLinear(const Linear &rgb)
{
    return QColor::fromRgbF(float(fromLinear(rgb[0])), float(fromLinear(rgb[1])), float(fromLinear(rgb[2])));
}

inline double luminance(const Linear &rgb)
{
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

inline Linear simulate(Vision vision, const Linear &rgb)
{
    using Matrix = std::array<std::array<double, 3>, 3>;
    static constexpr Matrix protanopia{
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
    static constexpr Matrix deuteranopia{
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
    auto apply = [&rgb](const Matrix &m) {
        Linear out{};
        for (int i = 0; i < 3; ++i)
            out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
        return out;
    };
    switch (vision) {
    case Vision::Normal:
        return rgb;
    case Vision::Greyscale: {
        const double y = luminance(rgb);
        return {y, y, y};
    }
    case Vision::Protanopia:
        return apply(protanopia);
    case Vision::Deuteranopia:
        return apply(deuteranopia);
    }
    return rgb;
}

inline QColor simulate(Vision vision, const QColor &colour)
{
    return fromLinear(simulate(vision, linear(colour)));
}

// CIE L*a*b* (D65) of linear sRGB.
inline std::array<double, 3> lab(const Linear &rgb)
{
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

inline double deltaE(const Linear &a, const Linear &b)
{
    const auto la = lab(a), lb = lab(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

} // namespace tongdao::test

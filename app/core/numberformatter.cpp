// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numberformatter.h"

#include <cmath>

namespace tongdao {

namespace {

struct Magnitude
{
    double divisor;
    QString word; // appended to the number
};

// The magnitude a value is written with, per language.
Magnitude magnitudeFor(Language language, double value)
{
    const double a = std::fabs(value);
    if (language == Language::Chinese) {
        if (a >= 1e8)
            return {1e8, QStringLiteral("亿")};
        if (a >= 1e5)
            return {1e4, QStringLiteral("万")};
        return {1, {}};
    }
    const bool malay = language == Language::Malay;
    if (a >= 1e9)
        return {1e9, malay ? QStringLiteral(" bilion") : QStringLiteral(" billion")};
    if (a >= 1e6)
        return {1e6, malay ? QStringLiteral(" juta") : QStringLiteral(" million")};
    return {1, {}};
}

// Decimals needed to write v exactly, capped.
int decimalsNeeded(double v, int cap)
{
    for (int d = 0; d < cap; ++d) {
        const double scaled = v * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-12 * std::max(1.0, std::fabs(scaled)))
            return d;
    }
    return cap;
}

} // namespace

NumberFormatter::NumberFormatter(Language language)
    : m_language(language)
    , m_locale(localeFor(language))
{
    // The report writes 3174列 and 6122箱: Chinese numbers carry no group separator.
    if (language == Language::Chinese)
        m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

QString NumberFormatter::number(double value, int maxDecimals) const
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const int decimals = decimalsNeeded(value, maxDecimals + 1);
    // Never rounded silently: a value with more decimals than allowed is written exactly.
    if (decimals > maxDecimals)
        return m_locale.toString(value, 'f', QLocale::FloatingPointShortest);
    return m_locale.toString(value, 'f', decimals);
}

QString NumberFormatter::withMagnitude(double value) const
{
    const Magnitude m = magnitudeFor(m_language, value);
    // With a magnitude word, keep the report's precision (42.35亿, 4.235 billion) up to four
    // decimals; a value that needs more is written in full rather than rounded.
    if (m.divisor > 1 && decimalsNeeded(value / m.divisor, 5) > 4)
        return number(value, 3);
    return number(value / m.divisor, m.divisor > 1 ? 4 : 3) + m.word;
}

QString NumberFormatter::quantity(double value, const Unit &unit, Qualifier qualifier, Style style) const
{
    QString core;
    switch (unit.kind) {
    case UnitKind::Percent:
        core = unit.apply(number(value, 2), false);
        break;
    case UnitKind::Date:
        core = number(value, 0);
        break;
    default:
        core = unit.apply(withMagnitude(value), value == 1.0 && qualifier == Qualifier::Exact);
        break;
    }
    return qualify(core, qualifier, style);
}

QString NumberFormatter::quantity(double value, QStringView unitId, Qualifier qualifier, Style style) const
{
    if (const Unit *unit = findUnit(unitId))
        return quantity(value, *unit, qualifier, style);
    return qualify(withMagnitude(value), qualifier, style);
}

QString NumberFormatter::qualify(const QString &text, Qualifier qualifier, Style style) const
{
    switch (qualifier) {
    case Qualifier::Exact:
        return text;
    case Qualifier::Approximate:
        return style == Words ? tr("about %1").arg(text)
                              : tr("≈ %1", "approximate value, compact form in charts").arg(text);
    case Qualifier::MoreThan:
        return style == Words ? tr("more than %1").arg(text)
                              : tr("> %1", "more than, compact form in charts").arg(text);
    case Qualifier::LessThan:
        return style == Words ? tr("less than %1").arg(text)
                              : tr("< %1", "less than, compact form in charts").arg(text);
    // Derived bounds: no symbol says these plainly, so the compact form uses the words too.
    case Qualifier::AboutAtLeast:
        return tr("at least about %1", "a derived lower bound that is itself approximate").arg(text);
    case Qualifier::AboutAtMost:
        return tr("at most about %1", "a derived upper bound that is itself approximate").arg(text);
    }
    return text;
}

QString NumberFormatter::markScheduled(const QString &text) const
{
    return tr("%1 (scheduled)", "an event the report says is still to come (将举行)").arg(text);
}

QString NumberFormatter::markDerived(const QString &text) const
{
    return tr("%1 (derived)", "a value computed from figures the report states, not stated itself").arg(text);
}

QString NumberFormatter::qualifierName(Qualifier qualifier) const
{
    switch (qualifier) {
    case Qualifier::Exact:
        return tr("exact");
    case Qualifier::Approximate:
        return tr("approximate");
    case Qualifier::MoreThan:
        return tr("more than");
    case Qualifier::LessThan:
        return tr("less than");
    case Qualifier::AboutAtLeast:
        return tr("about, at least");
    case Qualifier::AboutAtMost:
        return tr("about, at most");
    }
    return {};
}

QString NumberFormatter::monthYear(QDate date, bool shortMonth) const
{
    if (m_language == Language::Chinese)
        return QStringLiteral("%1年%2月").arg(date.year()).arg(date.month());
    const QString month = m_locale.monthName(date.month(), shortMonth ? QLocale::ShortFormat : QLocale::LongFormat);
    return month + QLatin1Char(' ') + QString::number(date.year());
}

QString NumberFormatter::date(QDate date, DatePrecision precision) const
{
    if (!date.isValid())
        return QStringLiteral("—");
    switch (precision) {
    case DatePrecision::Year:
        return m_language == Language::Chinese ? QStringLiteral("%1年").arg(date.year()) : QString::number(date.year());
    case DatePrecision::Month:
        return monthYear(date, false);
    case DatePrecision::Day:
        break;
    }
    if (m_language == Language::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString NumberFormatter::period(const Period &p) const
{
    if (!p.end.isValid())
        return {};
    if (!p.isInterval())
        return date(p.start, p.startPrecision);
    const bool zh = m_language == Language::Chinese;
    const bool monthly = p.endPrecision == DatePrecision::Month;
    if (p.isOpenStart()) {
        const QString end = monthly ? monthYear(p.end, !zh) : date(p.end, p.endPrecision);
        return tr("to %1", "a cumulative figure up to a date").arg(end);
    }
    if (monthly && p.startPrecision == DatePrecision::Month && p.start.year() == p.end.year()) {
        if (zh)
            return QStringLiteral("%1年%2—%3月").arg(p.start.year()).arg(p.start.month()).arg(p.end.month());
        return m_locale.monthName(p.start.month(), QLocale::ShortFormat) + u'–' + monthYear(p.end, true);
    }
    auto side = [&](QDate d, DatePrecision precision) {
        return precision == DatePrecision::Month ? monthYear(d, !zh) : date(d, precision);
    };
    return side(p.start, p.startPrecision) + (zh ? QStringLiteral("—") : QStringLiteral(" – "))
         + side(p.end, p.endPrecision);
}

AxisScale NumberFormatter::axisScale(double max, const Unit &unit) const
{
    AxisScale scale;
    const Magnitude m = magnitudeFor(m_language, max);
    scale.divisor = m.divisor;
    if (unit.kind == UnitKind::Percent) {
        scale.divisor = 1;
        scale.unitTitle = QStringLiteral("%");
        return scale;
    }
    if (m_language == Language::Chinese) {
        // 亿元, 万人次, 列: the magnitude character goes straight before the unit.
        QString name = unit.displayName();
        scale.unitTitle = m.word + name;
        return scale;
    }
    if (m.divisor == 1) {
        scale.unitTitle = unit.displayName();
        return scale;
    }
    // "US$ billion", "billion yuan", "million passengers".
    const QString word = m.word.trimmed();
    if (unit.kind == UnitKind::Currency) {
        // "US$%1" applied to "billion" gives "US$billion": a currency sign before a word takes a space.
        QString title = unit.apply(word, false).trimmed();
        const qsizetype dollar = title.indexOf(QLatin1Char('$'));
        if (dollar >= 0 && dollar + 1 < title.size() && title.at(dollar + 1).isLetter())
            title.insert(dollar + 1, QLatin1Char(' '));
        scale.unitTitle = title;
    } else {
        scale.unitTitle = word + QLatin1Char(' ') + unit.displayName();
    }
    return scale;
}

AxisScale NumberFormatter::axisScale(double max) const
{
    const Magnitude m = magnitudeFor(m_language, max);
    return AxisScale{m.divisor, m.word.trimmed()};
}

QString NumberFormatter::scaled(double value, const AxisScale &scale, Qualifier qualifier) const
{
    const double v = value / (scale.divisor > 0 ? scale.divisor : 1);
    return qualify(number(v, 4), qualifier, Symbols);
}

QList<double> NumberFormatter::niceTicks(double max, int targetCount)
{
    QList<double> ticks;
    if (!(max > 0) || !std::isfinite(max)) {
        ticks = {0, 1};
        return ticks;
    }
    const double rough = max / std::max(1, targetCount);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * power;
        if (step >= rough)
            break;
    }
    // Leave headroom above the tallest bar for its value label.
    const double top = std::ceil(max * 1.08 / step) * step;
    for (int i = 0; i * step <= top + step * 1e-9 && i < 1000; ++i)
        ticks.append(i * step);
    return ticks;
}

} // namespace tongdao

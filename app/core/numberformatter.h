// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "core/numberscanner.h"
#include "core/period.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QLocale>

namespace tongdao {

// How a value axis is scaled and what its unit reads: 1e9 and "billion yuan" in English,
// 1e8 and "亿元" in Chinese.
struct AxisScale
{
    double divisor = 1;
    QString unitTitle;
};

// Writes numbers the way each interface language does: "US$32.2 billion", "3,174 trains" in
// English; "322亿美元", "3174列" in Chinese (magnitudes in 万 and 亿, as the report writes them);
// "AS$32.2 bilion" in Malay. The only place that turns a value into text.
class NumberFormatter
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::NumberFormatter)

public:
    enum Style {
        Words,   // "more than US$32.2 billion", "逾322亿美元"
        Symbols, // "> US$32.2 billion", "逾322亿美元" (Chinese keeps its characters)
    };

    explicit NumberFormatter(Language language = Language::English);

    Language language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    // A plain number in this language's style, up to maxDecimals, trailing zeros dropped.
    QString number(double value, int maxDecimals = 3) const;
    // A number with its magnitude word: "32.2 billion", "322亿", "190,000", "19万".
    QString withMagnitude(double value) const;
    // The whole quantity: number, magnitude, unit and qualifier.
    QString quantity(double value, const Unit &unit, Qualifier qualifier, Style style = Words) const;
    QString quantity(double value, QStringView unitId, Qualifier qualifier, Style style = Words) const;
    // Wraps an already formatted quantity in the qualifier's words or symbol.
    QString qualify(const QString &text, Qualifier qualifier, Style style) const;
    QString qualifierName(Qualifier qualifier) const;
    // Marks a value the report does not state but Tongdao computed from figures it states:
    // "1,517 (derived)", "1517列（推算）". Every place that shows a derived value marks it.
    QString markDerived(const QString &text) const;
    // Marks what the report says is still to come: "23 November 2020 (scheduled)".
    QString markScheduled(const QString &text) const;

    QString date(QDate date, DatePrecision precision) const;
    QString period(const Period &period) const;

    // The scale and unit title of a value axis whose largest value is max.
    AxisScale axisScale(double max, const Unit &unit) const;
    // The same for counts of different things: the title is the magnitude alone ("million", "万").
    AxisScale axisScale(double max) const;
    // A tick or value label on a scaled axis: "231.3" (billion yuan), "2313" (亿元).
    QString scaled(double value, const AxisScale &scale, Qualifier qualifier = Qualifier::Exact) const;

    // Rounds a value to the nearest "nice" axis step and returns ticks from 0 to >= max.
    static QList<double> niceTicks(double max, int targetCount = 5);

private:
    QString monthYear(QDate date, bool shortMonth) const;

    Language m_language;
    QLocale m_locale;
};

} // namespace tongdao

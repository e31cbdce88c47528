// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/numberscanner.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tongdao {

// A point or span of time written the ISO 8601 way: "2019", "2018-11", "2015-11-07",
// "2020-01/2020-09" (January to September 2020), "/2020-09" (up to the end of September 2020).
struct Period
{
    QString iso;
    QDate start; // invalid for an open start
    QDate end;   // the last day covered
    DatePrecision startPrecision = DatePrecision::Day;
    DatePrecision endPrecision = DatePrecision::Day;

    bool isInterval() const { return iso.contains(QLatin1Char('/')); }
    bool isOpenStart() const { return !start.isValid(); }
    static std::optional<Period> parse(QStringView iso);
};

// One ISO date of day, month or year precision; the first day it covers.
std::optional<std::pair<QDate, DatePrecision>> parseIsoDate(QStringView text);
QDate lastDayOf(QDate first, DatePrecision precision);

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/period.h"

#include <QRegularExpression>

namespace tongdao {

std::optional<std::pair<QDate, DatePrecision>> parseIsoDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.capturedView(1).toInt();
    const int month = m.hasCaptured(2) ? m.capturedView(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.capturedView(3).toInt() : 1;
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1000)
        return std::nullopt;
    const DatePrecision p = m.hasCaptured(3) ? DatePrecision::Day
                          : m.hasCaptured(2) ? DatePrecision::Month
                                             : DatePrecision::Year;
    return std::make_pair(date, p);
}

QDate lastDayOf(QDate first, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return first;
    case DatePrecision::Month:
        return QDate(first.year(), first.month(), first.daysInMonth());
    case DatePrecision::Year:
        return QDate(first.year(), 12, 31);
    }
    return first;
}

std::optional<Period> Period::parse(QStringView iso)
{
    Period p;
    p.iso = iso.toString();
    const qsizetype slash = iso.indexOf(u'/');
    if (slash < 0) {
        const auto d = parseIsoDate(iso);
        if (!d)
            return std::nullopt;
        p.start = d->first;
        p.startPrecision = p.endPrecision = d->second;
        p.end = lastDayOf(d->first, d->second);
        return p;
    }
    const QStringView a = iso.left(slash);
    const QStringView b = iso.mid(slash + 1);
    const auto last = parseIsoDate(b);
    if (!last)
        return std::nullopt;
    p.endPrecision = last->second;
    p.end = lastDayOf(last->first, last->second);
    if (!a.isEmpty()) {
        const auto first = parseIsoDate(a);
        if (!first || first->first > p.end)
            return std::nullopt;
        p.start = first->first;
        p.startPrecision = first->second;
    }
    return p;
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// The number scanner's dates (2015年11月7日, 9月25日, 2018年11月, 2019年) and periods (今年前三季度, 上半年).
#include "core/numberscanner_p.h"

namespace tongdao::detail {

std::optional<NumberMention> Scanner::date(int i) const
{
    if (!digitAt(i) || (i > 0 && (digitAt(i - 1) || t[i - 1] == u'.')))
        return std::nullopt;
    int p = i;
    QString yearDigits;
    const int yearCount = digits(p, yearDigits, 5);
    int year = 0, month = 0, day = 0;
    int monthStart = i;
    if (yearCount == 4) {
        const int afterYear = literal(skipBreaks(p), u"年");
        if (afterYear < 0)
            return std::nullopt;
        year = yearDigits.toInt();
        if (year < 1000 || year > 2999)
            return std::nullopt;
        monthStart = skipBreaks(afterYear);
        // A year followed by a period word: 2020年上半年.
        for (QStringView w : periodWords) {
            const int e = literal(monthStart, w);
            if (e >= 0) {
                NumberMention m = makeMention(NumberMention::Period, *this, i, e);
                m.year = year;
                m.precision = DatePrecision::Year;
                return m;
            }
        }
        p = monthStart;
        QString monthDigits;
        if (digits(p, monthDigits, 2) == 0 || literal(skipSpace(p), u"月") < 0) {
            NumberMention m = makeMention(NumberMention::Date, *this, i, afterYear);
            m.year = year;
            m.precision = DatePrecision::Year;
            m.date = QDate(year, 1, 1);
            m.value = year;
            return m;
        }
    } else if (yearCount > 2) {
        return std::nullopt;
    }
    p = monthStart;
    QString monthDigits;
    if (digits(p, monthDigits, 2) == 0)
        return std::nullopt;
    month = monthDigits.toInt();
    const int afterMonth = literal(skipSpace(p), u"月");
    if (afterMonth < 0 || month < 1 || month > 12)
        return std::nullopt;
    int end = afterMonth;
    int q = skipSpace(afterMonth);
    QString dayDigits;
    if (digits(q, dayDigits, 2) > 0) {
        const int e = literal(skipSpace(q), u"日");
        const int e2 = e >= 0 ? e : literal(skipSpace(q), u"号");
        if (e2 >= 0) {
            day = dayDigits.toInt();
            end = e2;
        }
    }
    if (day == 0) {
        for (QStringView suffix : {QStringView(u"底"), QStringView(u"初"), QStringView(u"末"), QStringView(u"中旬"),
                                   QStringView(u"上旬"), QStringView(u"下旬")}) {
            const int e = literal(skipBreaks(afterMonth), suffix);
            if (e >= 0) {
                end = e;
                break;
            }
        }
    }
    NumberMention m = makeMention(NumberMention::Date, *this, i, end);
    m.year = year;
    m.month = month;
    m.day = day;
    m.precision = day > 0 ? DatePrecision::Day : DatePrecision::Month;
    if (year > 0)
        m.date = QDate(year, month, day > 0 ? day : 1);
    if (day > 0 && year > 0 && !m.date.isValid())
        return std::nullopt;
    return m;
}

std::optional<NumberMention> Scanner::period(int i) const
{
    int p = i;
    for (QStringView rel : {QStringView(u"今年"), QStringView(u"去年"), QStringView(u"明年")}) {
        const int e = literal(i, rel);
        if (e >= 0) {
            p = skipBreaks(e);
            break;
        }
    }
    for (QStringView w : periodWords) {
        const int e = literal(p, w);
        if (e >= 0) {
            NumberMention m = makeMention(NumberMention::Period, *this, i, e);
            m.precision = DatePrecision::Year;
            return m;
        }
    }
    return std::nullopt;
}

} // namespace tongdao::detail

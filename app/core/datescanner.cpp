// SPDX-License-Identifier: GPL-3.0-or-later
// The number scanner's dates (2015年11月7日, 9月25日, 2018年11月, 2019年, 2021年底) and periods (今年前三季度,
// 上半年, 1—3月, 今年1—3月, 今年底).
#include "core/numberscanner_p.h"

namespace tongdao::detail {

namespace {
NumberMention periodMention(const Scanner &s, int a, int b, int year, int first, int last)
{
    NumberMention m = makeMention(NumberMention::Period, s, a, b);
    m.year = year;
    m.precision = DatePrecision::Year;
    m.value = first;
    m.high = last;
    return m;
}
} // namespace

int Scanner::monthRange(int p, int *first, int *last) const
{
    QString a, b;
    int q = p;
    if (digits(q, a, 2) == 0)
        return -1;
    q = skipBreaks(q);
    if (const int e = literal(q, u"月"); e >= 0)
        q = skipBreaks(e);
    if (q >= n || !isRangeDash(t[q]))
        return -1;
    q = skipBreaks(q + 1);
    if (q < n && t[q] == u'—')
        q = skipBreaks(q + 1);
    if (digits(q, b, 2) == 0)
        return -1;
    const int e = literal(skipBreaks(q), u"月");
    *first = a.toInt();
    *last = b.toInt();
    if (e < 0 || *first < 1 || *last > 12 || *first >= *last)
        return -1;
    return e;
}

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
        for (const PeriodWord &w : periodWords) {
            const int e = literal(monthStart, w.text);
            if (e >= 0)
                return periodMention(*this, i, e, year, w.firstMonth, w.lastMonth);
        }
        int first = 0, last = 0;
        if (const int e = monthRange(monthStart, &first, &last); e >= 0)
            return periodMention(*this, i, e, year, first, last); // 2021年1—3月
        int end = afterYear;
        for (QStringView edge : yearEdges)
            if (const int e = literal(monthStart, edge); e >= 0)
                end = e; // 2021年底: the year, at its end
        p = monthStart;
        QString monthDigits;
        if (end > afterYear || digits(p, monthDigits, 2) == 0 || literal(skipSpace(p), u"月") < 0) {
            NumberMention m = makeMention(NumberMention::Date, *this, i, end);
            m.year = year;
            m.precision = DatePrecision::Year;
            m.date = QDate(year, 1, 1);
            m.value = year;
            return m;
        }
    } else if (yearCount > 2) {
        return std::nullopt;
    }
    int first = 0, last = 0;
    if (const int e = monthRange(monthStart, &first, &last); e >= 0)
        return periodMention(*this, i, e, year, first, last); // 1—3月
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
    bool relative = false;
    for (QStringView rel : {QStringView(u"今年"), QStringView(u"去年"), QStringView(u"明年")}) {
        const int e = literal(i, rel);
        if (e >= 0) {
            p = skipBreaks(e);
            relative = true;
            break;
        }
    }
    for (const PeriodWord &w : periodWords) {
        const int e = literal(p, w.text);
        if (e >= 0)
            return periodMention(*this, i, e, 0, w.firstMonth, w.lastMonth);
    }
    if (!relative)
        return std::nullopt;
    int first = 0, last = 0;
    if (const int e = monthRange(p, &first, &last); e >= 0)
        return periodMention(*this, i, e, 0, first, last); // 今年1—3月
    for (QStringView edge : yearEdges)
        if (const int e = literal(p, edge); e >= 0)
            return periodMention(*this, i, e, 0, edge == u"初" ? 1 : 12, edge == u"初" ? 1 : 12); // 今年底, 去年初
    return std::nullopt;
}

} // namespace tongdao::detail

// SPDX-License-Identifier: GPL-3.0-or-later
// The English and Malay number scanner's dates (25 September 2020, September 25, 2020, November
// 2018, the end of September 2020, hujung September 2020) and periods (the first three quarters of
// this year, first half of 2020, Jan–Sep 2019, tiga suku pertama, separuh pertama 2020).
// Bare years ("in 2019") are found with the quantities, which decide when a number is one.
#include "core/latinnumberscanner_p.h"

namespace tongdao::detail::latin {

int Scanner::monthAt(int p, int *month) const
{
    if (!wordStart(p) || !t[p].isUpper())
        return -1; // "may" is a verb, "May" may be a month
    int e = p;
    while (letterAt(e))
        ++e;
    if (digitAt(e))
        return -1;
    const int m = lex.months.value(t.mid(p, e - p).toString().toLower());
    if (m == 0)
        return -1;
    *month = m;
    return e;
}

int Scanner::yearAt(int p, int *year) const
{
    if (!digitAt(p) || !numberStart(p))
        return -1;
    const Digits d = digitsAt(p);
    if (d.end < 0 || d.integerDigits != 4 || d.grouped || d.decimals > 0 || wordCharAt(d.end))
        return -1;
    if (d.end + 1 < n && (t[d.end] == u',' || t[d.end] == u'.') && digitAt(d.end + 1))
        return -1;
    if (d.mantissa < 1000 || d.mantissa > 2999)
        return -1;
    *year = int(d.mantissa);
    return d.end;
}

std::optional<NumberMention> Scanner::date(int i) const
{
    int p = i;
    bool prefixed = false; // the end of September: a month alone is enough
    if (wordStart(i)) {
        const int e = anyPhrase(i, lex.datePrefixes);
        if (e >= 0 && skipSpace(e) > e) {
            p = skipSpace(e);
            prefixed = true;
        }
    }
    int day = 0, month = 0, year = 0, end = -1;
    // 25, 25th: a day of the month.
    auto dayAt = [&](int q) {
        if (!digitAt(q) || !numberStart(q))
            return -1;
        int e = q, v = 0;
        for (; digitAt(e) && e - q < 3; ++e)
            v = v * 10 + (t[e].unicode() - u'0');
        if (e - q > 2 || v < 1 || v > 31)
            return -1;
        if (letterAt(e)) {
            const QString suffix = t.mid(e, 2).toString().toLower();
            if (wordCharAt(e + 2) || (suffix != u"st" && suffix != u"nd" && suffix != u"rd" && suffix != u"th"))
                return -1;
            e += 2;
        }
        if (e + 1 < n && (t[e] == u',' || t[e] == u'.') && digitAt(e + 1))
            return -1; // 25,000 and 3.5 are no days
        day = v;
        return e;
    };
    // ", 2020" or " 2020" after a day or a month.
    auto yearAfter = [&](int q) {
        const int s = skipSpace(q < n && t[q] == u',' ? q + 1 : q);
        int y = 0;
        const int e = s > q ? yearAt(s, &y) : -1;
        if (e >= 0) {
            year = y;
            end = e;
        }
    };
    if (!prefixed && digitAt(p)) { // 25 September 2020
        const int e = dayAt(p);
        if (e < 0 || skipSpace(e) == e)
            return std::nullopt;
        end = monthAt(skipSpace(e), &month);
        if (end < 0)
            return std::nullopt;
        yearAfter(end);
    } else { // September 25, 2020; November 2018; the end of September
        end = monthAt(p, &month);
        if (end < 0)
            return std::nullopt;
        const int s = skipSpace(end);
        int y = 0;
        if (const int ye = s > end ? yearAt(s, &y) : -1; ye >= 0) {
            year = y;
            end = ye;
        } else if (const int de = !prefixed && s > end ? dayAt(s) : -1; de >= 0) {
            yearAfter(de);
            QString measure;
            if (year == 0 && measureAfter(de, lex.english, &measure) >= 0)
                day = 0; // in September 18 countries signed: a count, not the 18th
            else if (year == 0)
                end = de;
        }
        if (!prefixed && day == 0 && year == 0)
            return std::nullopt; // a month alone is not a date
    }
    const int days = month == 2 && year == 0 ? 29 : QDate(year > 0 ? year : 2001, month, 1).daysInMonth();
    if (day > days)
        return std::nullopt;
    NumberMention m = makeMention(NumberMention::Date, *this, i, end);
    m.year = year;
    m.month = month;
    m.day = day;
    m.precision = day > 0 ? DatePrecision::Day : DatePrecision::Month;
    if (year > 0)
        m.date = QDate(year, month, day > 0 ? day : 1);
    return m;
}

std::optional<NumberMention> Scanner::period(int i) const
{
    if (!wordStart(i))
        return std::nullopt;
    int first = 0, last = 0, year = 0, end = -1;
    if (const int e1 = monthAt(i, &first); e1 >= 0) {
        // January–September, Jan–Sep 2019, Januari hingga September
        const int r = skipSpace(e1);
        const int c = r < n && isDash(t[r]) ? r + 1 : r > e1 ? anyPhrase(r, lex.rangeWords) : -1;
        if (c < 0)
            return std::nullopt;
        end = monthAt(skipSpace(c), &last);
        if (end < 0)
            return std::nullopt;
        if (const int s = skipSpace(end); s > end) {
            int y = 0;
            if (const int ye = yearAt(s, &y); ye >= 0) {
                year = y;
                end = ye;
            }
        }
    } else {
        // [the] first three quarters [of this year | of 2020 | 2020]
        int p = i;
        if (lex.english && phrase(i, u"the") >= 0)
            p = skipSpace(phrase(i, u"the"));
        for (const PeriodPhrase &ph : lex.periods) {
            end = phrase(p, ph.text);
            if (end >= 0) {
                first = ph.firstMonth;
                last = ph.lastMonth;
                break;
            }
        }
        if (end < 0)
            return std::nullopt;
        const int r = skipSpace(end);
        if (const int rel = r > end ? anyPhrase(r, lex.relativeYears) : -1; rel >= 0) {
            end = rel;
        } else if (r > end) {
            const int of = phrase(r, lex.yearOf);
            const int s = of >= 0 ? skipSpace(of) : r;
            int y = 0;
            if (const int ye = of < 0 || s > of ? yearAt(s, &y) : -1; ye >= 0) {
                year = y;
                end = ye;
            }
        }
    }
    NumberMention m = makeMention(NumberMention::Period, *this, i, end);
    m.year = year;
    m.precision = DatePrecision::Year;
    m.value = first;
    m.high = last;
    return m;
}

} // namespace tongdao::detail::latin

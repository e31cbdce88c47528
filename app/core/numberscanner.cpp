// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/numberscanner_p.h"

#include <cmath>

namespace tongdao {

namespace detail {

int Scanner::qualifierAfter(int q, Qualifier *qualifier) const
{
    const int s = skipBreaks(q);
    if (const int e = literal(s, u"左右"); e >= 0) {
        if (*qualifier == Qualifier::Exact)
            *qualifier = Qualifier::Approximate;
        return e;
    }
    if (const int e = literal(s, u"以上"); e >= 0) {
        *qualifier = Qualifier::MoreThan;
        return e;
    }
    return q;
}

int Scanner::percentWords(int p, double *value) const
{
    const int start = literal(p, u"百分之");
    if (start < 0)
        return -1;
    const int s = skipBreaks(start);
    if (digitAt(s)) {
        const Arabic a = arabic(s);
        *value = a.value;
        return a.end;
    }
    const int e = chineseRun(s);
    const auto whole = e > s ? NumberScanner::parseChineseNumeral(stripped(s, e)) : std::nullopt;
    if (!whole)
        return -1;
    *value = *whole;
    // 百分之十二点五: the digits after 点 one by one.
    int end = e;
    const int q = skipBreaks(e);
    if (q < n && t[q] == u'点') {
        QString decimals;
        int r = q + 1;
        for (; r < n; ++r) {
            const qsizetype k = QStringView(u"零一二三四五六七八九").indexOf(t[r]);
            if (k < 0)
                break;
            decimals.append(QChar(u'0' + int(k)));
        }
        if (!decimals.isEmpty() && decimals.size() <= maxDigits) {
            *value += decimals.toDouble() / std::pow(10.0, double(decimals.size()));
            end = r;
        }
    }
    return end;
}

std::optional<NumberMention> Scanner::quantity(int i) const
{
    int p = i;
    Qualifier qualifier = Qualifier::Exact;
    bool ordinal = false;
    if (t[p] == u'第') {
        ordinal = true;
        p = skipBreaks(p + 1);
    } else {
        for (const Prefix &prefix : qualifierPrefixes) {
            const int e = literal(p, prefix.text);
            if (e >= 0 && !partOfWord(i, prefix.text)) {
                qualifier = prefix.qualifier;
                p = skipBreaks(e);
                break;
            }
        }
    }
    if (p >= n)
        return std::nullopt;

    double value = 0;
    if (const int e = ordinal ? -1 : percentWords(p, &value); e >= 0) {
        const int end = qualifierAfter(e, &qualifier);
        NumberMention m = makeMention(NumberMention::Percent, *this, i, end);
        m.value = value;
        m.qualifier = qualifier;
        m.measure = QStringLiteral("%");
        m.chineseNumeral = !digitAt(skipBreaks(literal(p, u"百分之")));
        return m;
    }
    bool chinese = false;
    int q = -1;
    if (digitAt(p)) {
        if (p > 0 && p == i && (digitAt(p - 1) || t[p - 1] == u'.' || t[p - 1] == u','))
            return std::nullopt;
        const Arabic a = arabic(p);
        if (a.end < 0)
            return std::nullopt;
        value = a.value;
        q = a.end;
    } else if (chineseDigits.contains(t[p])) {
        if (inLexicalWord(p))
            return std::nullopt;
        q = chineseRun(p);
        const auto v = NumberScanner::parseChineseNumeral(stripped(p, q));
        if (!v)
            return std::nullopt;
        value = *v;
        chinese = true;
    } else {
        return std::nullopt;
    }

    NumberMention::Kind kind = ordinal ? NumberMention::Ordinal : NumberMention::Quantity;
    double high = 0;
    // A range: 3—5年, 10至20个.
    {
        int r = skipBreaks(q);
        if (!ordinal && r < n && QStringView(u"—–－-~～至到").contains(t[r])) {
            int s = skipBreaks(r + 1);
            if (r < n && t[r] == u'—' && s < n && t[s] == u'—')
                s = skipBreaks(s + 1);
            if (!chinese && digitAt(s)) {
                const Arabic b = arabic(s);
                if (b.end > 0) {
                    kind = NumberMention::Range;
                    high = b.value;
                    q = b.end;
                }
            } else if (chinese && s < n && chineseDigits.contains(t[s])) {
                const int e = chineseRun(s);
                if (const auto v = NumberScanner::parseChineseNumeral(stripped(s, e))) {
                    kind = NumberMention::Range;
                    high = *v;
                    q = e;
                }
            }
        }
    }
    int r = skipBreaks(q);
    if (r < n && (t[r] == u'%' || t[r] == u'％')) {
        NumberMention m = makeMention(NumberMention::Percent, *this, i, qualifierAfter(r + 1, &qualifier));
        m.value = value;
        m.high = high;
        m.qualifier = qualifier;
        m.measure = QStringLiteral("%");
        return m;
    }
    auto infixQualifier = [&](int at) {
        const int s = skipBreaks(at);
        if (s < n && (t[s] == u'余' || t[s] == u'多') && !ordinal) {
            if (qualifier == Qualifier::Exact)
                qualifier = Qualifier::MoreThan;
            return s + 1;
        }
        return at;
    };
    q = infixQualifier(q);
    if (!chinese) {
        double magnitude = 1;
        int e = -1;
        if ((e = literal(skipBreaks(q), u"万亿")) >= 0)
            magnitude = 1e12;
        else if ((e = literal(skipBreaks(q), u"亿")) >= 0)
            magnitude = 1e8;
        else if ((e = literal(skipBreaks(q), u"万")) >= 0)
            magnitude = 1e4;
        else if ((e = literal(skipBreaks(q), u"千")) >= 0)
            magnitude = 1e3;
        if (e >= 0) {
            value *= magnitude;
            high *= magnitude;
            q = infixQualifier(e);
        }
    }
    QString measureWord;
    const int me = measure(q, measureWord);
    if (me >= 0)
        q = me;
    if (!ordinal)
        q = qualifierAfter(q, &qualifier);
    NumberMention m = makeMention(kind, *this, i, q);
    m.value = std::round(value * 1e6) / 1e6;
    m.high = high;
    m.measure = measureWord;
    m.qualifier = qualifier;
    m.chineseNumeral = chinese;
    return m;
}

} // namespace detail

using detail::Scanner;

std::optional<double> NumberScanner::parseChineseNumeral(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    double total = 0, section = 0, number = 0;
    bool any = false;
    for (QChar c : text) {
        const int digit = QStringView(u"零一二三四五六七八九").indexOf(c);
        if (digit >= 0 || c == u'〇' || c == u'两') {
            number = c == u'两' ? 2 : (digit >= 0 ? digit : 0);
            any = true;
            continue;
        }
        double unit = 0;
        if (c == u'十')
            unit = 10;
        else if (c == u'百')
            unit = 100;
        else if (c == u'千')
            unit = 1000;
        if (unit > 0) {
            section += (number == 0 ? 1 : number) * unit;
            number = 0;
            any = true;
            continue;
        }
        if (c == u'万') {
            const double s = section + number;
            total += (s == 0 ? 1 : s) * 1e4;
            section = number = 0;
            any = true;
            continue;
        }
        if (c == u'亿') {
            const double s = total + section + number;
            total = (s == 0 ? 1 : s) * 1e8;
            section = number = 0;
            any = true;
            continue;
        }
        return std::nullopt;
    }
    if (!any)
        return std::nullopt;
    return total + section + number;
}

QList<NumberMention> NumberScanner::scan(QStringView text)
{
    QList<NumberMention> out;
    const Scanner s{text, int(text.size())};
    int i = 0;
    while (i < s.n) {
        std::optional<NumberMention> m = s.date(i);
        if (!m)
            m = s.period(i);
        if (!m)
            m = s.quantity(i);
        if (m && m->length > 0) {
            i = m->start + m->length;
            out.append(std::move(*m));
        } else {
            ++i;
        }
    }
    return out;
}

std::optional<NumberMention> NumberScanner::parseOne(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const QList<NumberMention> all = scan(trimmed);
    if (all.size() != 1 || all.first().start != 0 || all.first().length != trimmed.size())
        return std::nullopt;
    return all.first();
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the number scanner: its word tables and the character-level scanner, shared by the
// quantity part (numberscanner.cpp) and the date and period part (datescanner.cpp).
#pragma once

#include "core/numberscanner.h"

#include <array>
#include <optional>

namespace tongdao::detail {

inline constexpr int maxDigits = 15; // beyond this a double no longer holds every integer exactly

inline const QString chineseDigits = QStringLiteral("零〇一二两三四五六七八九十百千万亿");

// Words in which a Chinese numeral is not a number.
inline const std::array<QStringView, 22> lexicalWords{u"一起",   u"一些",   u"一样", u"统一", u"一致", u"一直",
                                                      u"一旦",   u"一般",   u"一定", u"一切", u"万一", u"进一步",
                                                      u"一体",   u"唯一",   u"一下", u"一同", u"一向", u"一次性",
                                                      u"一系列", u"一大批", u"一道", u"之一"};

// Measure words and currencies, longest first within each shared prefix.
inline const std::array<QStringView, 61> measureWords{u"平方公里", u"平方米",   u"立方米", u"人次", u"美元", u"欧元",
                                                      u"港元",     u"新元",     u"元",     u"周年", u"世纪", u"省区市",
                                                      u"省区",     u"个省区市", u"个省区", u"个月", u"季度", u"公里",
                                                      u"千米",     u"个",       u"份",     u"箱",   u"列",   u"班",
                                                      u"名",       u"家",       u"位",     u"只",   u"盏",   u"项",
                                                      u"年",       u"天",       u"日",     u"次",   u"届",   u"国",
                                                      u"省",       u"市",       u"条",     u"倍",   u"吨",   u"人",
                                                      u"批",       u"场",       u"架",     u"亩",   u"台",   u"辆",
                                                      u"件",       u"座",       u"所",     u"米",   u"岁",   u"套",
                                                      u"种",       u"类",       u"期",     u"里",   u"标箱", u"艘",
                                                      u"小时"};

struct Prefix
{
    QStringView text;
    Qualifier qualifier;
};
inline const std::array<Prefix, 11> qualifierPrefixes{{
    {u"大约", Qualifier::Approximate},
    {u"约", Qualifier::Approximate},
    {u"将近", Qualifier::Approximate},
    {u"近", Qualifier::Approximate},
    {u"逾", Qualifier::MoreThan},
    {u"超过", Qualifier::MoreThan},
    {u"超", Qualifier::MoreThan},
    {u"多达", Qualifier::Exact},
    {u"达", Qualifier::Exact},
    {u"不足", Qualifier::LessThan},
    {u"不到", Qualifier::LessThan},
}};

// Periods of a year, and the months they cover.
struct PeriodWord
{
    QStringView text;
    int firstMonth;
    int lastMonth;
};
inline const std::array<PeriodWord, 10> periodWords{{{u"前三季度", 1, 9},
                                                     {u"前两季度", 1, 6},
                                                     {u"第一季度", 1, 3},
                                                     {u"第二季度", 4, 6},
                                                     {u"第三季度", 7, 9},
                                                     {u"第四季度", 10, 12},
                                                     {u"一季度", 1, 3},
                                                     {u"上半年", 1, 6},
                                                     {u"下半年", 7, 12},
                                                     {u"全年", 1, 12}}};
// After a year: 2021年底 (the end of 2021), 今年初.
inline const std::array<QStringView, 3> yearEdges{u"底", u"初", u"末"};
inline bool isRangeDash(QChar c)
{
    return QStringView(u"—–－-~～至到").contains(c);
}

inline bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

struct Scanner
{
    QStringView t;
    int n;

    int skipBreaks(int p) const
    {
        while (p < n && isBreak(t[p]))
            ++p;
        return p;
    }
    int skipSpace(int p) const
    {
        while (p < n && (isBreak(t[p]) || t[p] == u' ' || t[p] == u'\u3000' || t[p] == u'\u00a0'))
            ++p;
        return p;
    }
    // Matches a literal from p, allowing line breaks between its characters. Returns the end or -1.
    int literal(int p, QStringView lit) const
    {
        for (int k = 0; k < lit.size(); ++k) {
            if (k > 0)
                p = skipBreaks(p);
            if (p >= n || t[p] != lit[k])
                return -1;
            ++p;
        }
        return p;
    }
    static bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isFullwidthDigit(QChar c) { return c >= u'０' && c <= u'９'; }
    static int digitValue(QChar c) { return isDigit(c) ? c.unicode() - '0' : c.unicode() - 0xFF10; }
    bool digitAt(int p) const { return p < n && (isDigit(t[p]) || isFullwidthDigit(t[p])); }

    // Reads up to maxCount digits; returns their count and advances p.
    int digits(int &p, QString &out, int maxCount = maxDigits) const
    {
        int count = 0;
        int q = p;
        while (count < maxCount) {
            const int r = count > 0 ? skipBreaks(q) : q;
            if (!digitAt(r))
                break;
            out.append(QChar(u'0' + digitValue(t[r])));
            q = r + 1;
            ++count;
        }
        if (count > 0)
            p = q;
        return count;
    }

    struct Arabic
    {
        double value = 0;
        int end = -1;
        int integerDigits = 0;
    };
    // 3174, 3,174, 123.8, 42.35 (exact in decimal: mantissa / 10^decimals).
    Arabic arabic(int p) const
    {
        Arabic a;
        QString mantissa;
        int q = p;
        const int first = digits(q, mantissa);
        if (first == 0)
            return a;
        a.integerDigits = first;
        // Grouping: ",ddd" repeated, only after 1–3 leading digits.
        while (first <= 3 && q < n && t[q] == u',' && mantissa.size() <= maxDigits) {
            int r = q + 1;
            QString group;
            if (digits(r, group, 3) != 3 || digitAt(r))
                break;
            mantissa += group;
            a.integerDigits += 3;
            q = r;
        }
        int decimals = 0;
        if (q + 1 < n && (t[q] == u'.' || t[q] == u'．') && digitAt(q + 1)) {
            int r = q + 1;
            QString frac;
            decimals = digits(r, frac, maxDigits);
            mantissa += frac;
            q = r;
        }
        if (mantissa.size() > maxDigits)
            return a;
        a.value = mantissa.toDouble() / std::pow(10.0, decimals);
        a.end = q;
        return a;
    }

    bool inLexicalWord(int p) const
    {
        for (QStringView w : lexicalWords) {
            for (int k = 0; k < w.size(); ++k) {
                if (w[k] != t[p])
                    continue;
                const int s = p - k;
                if (s >= 0 && s + w.size() <= n && t.mid(s, w.size()) == w)
                    return true;
            }
        }
        return false;
    }

    int chineseRun(int p) const
    {
        int q = p;
        while (true) {
            const int r = q > p ? skipBreaks(q) : q;
            if (r >= n || !chineseDigits.contains(t[r]))
                break;
            q = r + 1;
        }
        return q;
    }

    QString stripped(int a, int b) const
    {
        QString s;
        for (int i = a; i < b; ++i)
            if (!isBreak(t[i]))
                s.append(t[i]);
        return s;
    }

    int measure(int p, QString &out) const
    {
        p = skipBreaks(p);
        for (QStringView w : measureWords) {
            const int e = literal(p, w);
            if (e >= 0) {
                out = w.toString();
                return e;
            }
        }
        return -1;
    }

    // 约 in 签约/合约, 近 in 附近/最近, 超 in 赶超: the qualifier character belongs to a word.
    bool partOfWord(int i, QStringView prefix) const
    {
        if (i == 0 || prefix.size() != 1)
            return false;
        const QChar before = t[i - 1];
        if (prefix[0] == u'约') {
            if (before == u'合' && i >= 2 && t[i - 2] == u'折')
                return false; // 折合约123.8亿美元: "converted, about"
            return QStringView(u"签合预协条契公节制邀之").contains(before);
        }
        if (prefix[0] == u'近')
            return QStringView(u"附最临靠亲").contains(before);
        if (prefix[0] == u'超')
            return QStringView(u"赶高").contains(before);
        if (prefix[0] == u'达')
            return QStringView(u"到抵表送传下").contains(before);
        return false;
    }

    // 1—3月, 1月—3月, 1至3月: a range of months; returns the end or -1.
    int monthRange(int p, int *first, int *last) const;
    // 左右 (about) and 以上 (or more) after a number; returns the new end.
    int qualifierAfter(int q, Qualifier *qualifier) const;
    // 百分之五, 百分之十二点五, 百分之15: the value after 百分之; returns the end or -1.
    int percentWords(int p, double *value) const;

    std::optional<NumberMention> date(int i) const;
    std::optional<NumberMention> period(int i) const;
    std::optional<NumberMention> quantity(int i) const;
};

inline NumberMention makeMention(NumberMention::Kind kind, const Scanner &s, int a, int b)
{
    NumberMention m;
    m.kind = kind;
    m.start = a;
    m.length = b - a;
    m.text = s.t.mid(a, b - a).toString();
    return m;
}

} // namespace tongdao::detail

// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberscanner.h"

#include <array>
#include <cmath>

namespace tongdao {

QString qualifierId(Qualifier q)
{
    switch (q) {
    case Qualifier::Exact:
        return QStringLiteral("exact");
    case Qualifier::Approximate:
        return QStringLiteral("approximate");
    case Qualifier::MoreThan:
        return QStringLiteral("more-than");
    case Qualifier::LessThan:
        return QStringLiteral("less-than");
    }
    return {};
}

std::optional<Qualifier> qualifierFromId(QStringView id)
{
    for (Qualifier q : {Qualifier::Exact, Qualifier::Approximate, Qualifier::MoreThan, Qualifier::LessThan})
        if (qualifierId(q) == id)
            return q;
    return std::nullopt;
}

namespace {

constexpr int maxDigits = 15; // beyond this a double no longer holds every integer exactly

const QString chineseDigits = QStringLiteral("零〇一二两三四五六七八九十百千万亿");

// Words in which a Chinese numeral is not a number.
const std::array<QStringView, 22> lexicalWords{
    u"一起", u"一些", u"一样", u"统一", u"一致", u"一直", u"一旦", u"一般", u"一定", u"一切",
    u"万一", u"进一步", u"一体", u"唯一", u"一下", u"一同", u"一向", u"一次性", u"一系列",
    u"一大批", u"一道", u"之一"};

// Measure words and currencies, longest first within each shared prefix.
const std::array<QStringView, 56> measureWords{
    u"平方公里", u"平方米", u"立方米", u"人次", u"美元", u"欧元", u"港元", u"新元", u"元", u"周年",
    u"世纪", u"省区市", u"省区", u"个月", u"季度", u"公里", u"千米", u"个", u"份", u"箱", u"列",
    u"班", u"名", u"家", u"位", u"只", u"盏", u"项", u"年", u"天", u"日", u"次", u"届", u"国",
    u"省", u"市", u"条", u"倍", u"吨", u"人", u"批", u"场", u"架", u"亩", u"台", u"辆", u"件",
    u"座", u"所", u"米", u"岁", u"套", u"种", u"类", u"期", u"里"};

struct Prefix
{
    QStringView text;
    Qualifier qualifier;
};
const std::array<Prefix, 11> qualifierPrefixes{{
    {u"大约", Qualifier::Approximate}, {u"约", Qualifier::Approximate}, {u"将近", Qualifier::Approximate},
    {u"近", Qualifier::Approximate},   {u"逾", Qualifier::MoreThan},    {u"超过", Qualifier::MoreThan},
    {u"超", Qualifier::MoreThan},      {u"多达", Qualifier::MoreThan},  {u"达", Qualifier::Exact},
    {u"不足", Qualifier::LessThan},    {u"不到", Qualifier::LessThan},
}};

const std::array<QStringView, 10> periodWords{u"前三季度", u"前两季度", u"第一季度", u"第二季度",
                                              u"第三季度", u"第四季度", u"一季度", u"上半年",
                                              u"下半年", u"全年"};

bool isBreak(QChar c) { return c == u'\n' || c == u'\r'; }

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

    std::optional<NumberMention> date(int i) const;
    std::optional<NumberMention> period(int i) const;
    std::optional<NumberMention> quantity(int i) const;
};

NumberMention makeMention(NumberMention::Kind kind, const Scanner &s, int a, int b)
{
    NumberMention m;
    m.kind = kind;
    m.start = a;
    m.length = b - a;
    m.text = s.t.mid(a, b - a).toString();
    return m;
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
        for (QStringView suffix : {QStringView(u"底"), QStringView(u"初"), QStringView(u"末"),
                                   QStringView(u"中旬"), QStringView(u"上旬"), QStringView(u"下旬")}) {
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
        NumberMention m = makeMention(NumberMention::Percent, *this, i, r + 1);
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
    if (me >= 0) {
        q = me;
        const int s = skipBreaks(q);
        const int e = literal(s, u"以上");
        if (e >= 0) {
            qualifier = Qualifier::MoreThan;
            q = e;
        }
    }
    NumberMention m = makeMention(kind, *this, i, q);
    m.value = std::round(value * 1e6) / 1e6;
    m.high = high;
    m.measure = measureWord;
    m.qualifier = qualifier;
    m.chineseNumeral = chinese;
    return m;
}

} // namespace

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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/latinnumberscanner_p.h"

namespace tongdao {

namespace detail::latin {

std::optional<NumberMention> Scanner::at(int i) const
{
    std::optional<NumberMention> m = date(i);
    if (!m)
        m = period(i);
    if (!m)
        m = ordinal(i);
    if (!m)
        m = quantity(i);
    return m;
}

// 1st, 30th, first, twenty-first; pertama, kedua, kedua belas, ke-30.
std::optional<NumberMention> Scanner::ordinal(int i) const
{
    double value = 0;
    int end = -1;
    if (digitAt(i)) {
        const Digits d = digitsAt(i);
        if (d.end < 0 || d.decimals > 0 || !letterAt(d.end) || letterAt(d.end + 2) || digitAt(d.end + 2))
            return std::nullopt;
        const QString suffix = t.mid(d.end, 2).toString().toLower();
        if (suffix != u"st" && suffix != u"nd" && suffix != u"rd" && suffix != u"th")
            return std::nullopt;
        value = d.value();
        end = d.end + 2;
    } else if (wordStart(i)) {
        const Word w = wordAt(i);
        const qsizetype dash = w.lower.indexOf(u'-');
        if (const auto it = lex.ordinals.constFind(w.lower); it != lex.ordinals.cend()) {
            value = *it;
            end = w.end;
        } else if (lex.english && dash > 0) { // twenty-first
            const NumberWord tens = lex.numbers.value(w.lower.left(dash));
            const int unit = lex.ordinals.value(w.lower.mid(dash + 1));
            if (tens.role != Role::Tens || unit < 1 || unit > 9)
                return std::nullopt;
            value = tens.value + unit;
            end = w.end;
        } else if (!lex.english && w.lower == u"ke" && w.end + 1 < n && t[w.end] == u'-' && digitAt(w.end + 1)) {
            const Digits d = digitsAt(w.end + 1); // ke-30
            if (d.end < 0 || d.decimals > 0 || d.grouped || wordCharAt(d.end))
                return std::nullopt;
            value = d.value();
            end = d.end;
        } else if (!lex.english && w.lower.startsWith(u"ke")) {
            const Spelled s = spelled(i, true); // ketiga, kedua belas
            if (s.end < 0)
                return std::nullopt;
            const int a = skipSpace(s.end);
            const Word next = a > s.end ? wordAt(a) : Word();
            if (s.words == 1 && s.value == 2 && next.valid() && lex.bothAfterKedua.contains(next.lower))
                return std::nullopt; // kedua negara: both countries
            value = s.value;
            end = s.end;
        }
    }
    if (end < 0)
        return std::nullopt;
    QString measure;
    const int e = measureAfter(end, false, &measure);
    NumberMention m = makeMention(NumberMention::Ordinal, *this, i, e >= 0 ? e : end);
    m.value = value;
    m.measure = measure;
    return m;
}

// [qualifier | between] [currency] number [magnitude] [%] [range] [per cent | measure]
std::optional<NumberMention> Scanner::quantity(int i) const
{
    int p = i;
    Qualifier qualifier = Qualifier::Exact;
    bool between = false, digitsOnly = false;
    if (wordStart(i)) {
        for (const QualifierPhrase &qp : lex.qualifiers) {
            const int e = phrase(i, qp.text);
            if (e >= 0) {
                qualifier = qp.qualifier;
                digitsOnly = qp.text == u"some"; // some 200 firms; "some one" is no number
                p = skipSpace(e);
                break;
            }
        }
        if (p == i) {
            const int e = phrase(i, lex.between);
            between = e >= 0;
            p = between ? skipSpace(e) : i;
        }
    }
    QString currency;
    const int c = currencyAt(p, &currency);
    if (c >= 0)
        p = skipSpace(c);
    if (digitsOnly && !digitAt(p))
        return std::nullopt;
    const std::optional<Side> a = side(p, c >= 0);
    if (!a || (c >= 0 && a->spelled))
        return std::nullopt;

    NumberMention::Kind kind = NumberMention::Quantity;
    double value = a->value, high = 0;
    bool percent = a->percent;
    QString glued = a->gluedUnit;
    int end = a->end;
    // A range: 3–5, 3 to 5, between 3 and 5, 3 hingga 5; "from 5 to 14" is a change.
    const int r = skipSpace(end);
    int connector = -1;
    if (between)
        connector = phrase(r, lex.betweenAnd);
    else if (!a->spelled && r < n && isDash(t[r]))
        connector = r + 1;
    else if (r > end && !(lex.english && wordBefore(i).lower == u"from"))
        connector = anyPhrase(r, lex.rangeWords);
    if (connector >= 0) {
        int s = skipSpace(connector);
        QString again;
        if (const int c2 = currency.isEmpty() ? -1 : currencyAt(s, &again); c2 >= 0 && again == currency)
            s = skipSpace(c2); // US$3 billion to US$5 billion
        const std::optional<Side> b = side(s, true);
        if (b && b->spelled == a->spelled) {
            // 3 to 5 billion: the magnitude at the end applies to both ends.
            const bool shared = b->magnitude > 0 && a->magnitude == 0 && a->value < b->magnitude;
            const double low = !shared    ? a->value
                             : a->spelled ? a->value * b->magnitude
                                          : a->digits.scaled(b->magnitude);
            if (low < b->value && (b->percent || !a->percent)) {
                kind = NumberMention::Range;
                value = low;
                high = b->value;
                percent = b->percent;
                glued = b->gluedUnit;
                end = b->end;
            }
        }
    }
    if (between && kind != NumberMention::Range)
        return std::nullopt;
    if (const int pc = skipSpace(end); !percent && glued.isEmpty() && pc > end) {
        const int e = anyPhrase(pc, lex.percentWords);
        percent = e >= 0;
        end = percent ? e : end;
    }
    // A lone four-digit number is a year unless something makes it a quantity.
    const bool year = a->yearLike && kind == NumberMention::Quantity && !percent && qualifier == Qualifier::Exact
                   && c < 0 && a->magnitude == 0 && glued.isEmpty() && value >= 1000 && value <= 2999;
    QString measure;
    if (percent) {
        kind = NumberMention::Percent; // with high set for 3–5%, as the Chinese scanner does
        measure = QStringLiteral("%");
    } else if (c >= 0) {
        measure = currency;
    } else if (!glued.isEmpty()) {
        measure = glued;
    } else if (const int e = measureAfter(end, lex.english && !year, &measure); e >= 0) {
        end = e;
    }
    if (year && measure.isEmpty()) {
        NumberMention m = makeMention(NumberMention::Date, *this, i, end);
        m.year = int(value);
        m.precision = DatePrecision::Year;
        m.date = QDate(m.year, 1, 1);
        m.value = value;
        return m;
    }
    if (a->lonelyOne && kind == NumberMention::Quantity && !oneIsNumber(p, a->end))
        return std::nullopt;
    NumberMention m = makeMention(kind, *this, i, end);
    m.value = value;
    m.high = high;
    m.measure = measure;
    m.qualifier = qualifier;
    return m;
}

} // namespace detail::latin

using namespace detail::latin;

QList<NumberMention> LatinNumberScanner::scan(QStringView text, Language language)
{
    if (language == Language::Chinese)
        return NumberScanner::scan(text);
    const Scanner s{text, int(text.size()), lexicon(language)};
    QList<NumberMention> out;
    int i = 0;
    while (i < s.n) {
        int next = i + 1;
        bool candidate = false;
        if (s.digitAt(i)) {
            candidate = s.numberStart(i);
        } else if (s.wordStart(i)) {
            // Only words a mention may start with are tried; the others are skipped whole.
            const Word w = s.wordAt(i);
            next = w.end;
            candidate = s.lex.triggers.contains(w.lower) || s.lex.triggers.contains(w.lower.section(u'-', 0, 0))
                     || (!s.lex.english && w.lower.startsWith(u"ke"));
        } else {
            candidate = QStringView(u"$¥€£").contains(text[i]);
        }
        if (candidate) {
            if (std::optional<NumberMention> m = s.at(i); m && m->length > 0) {
                next = m->start + m->length;
                out.append(std::move(*m));
            }
        }
        i = next;
    }
    return out;
}

std::optional<NumberMention> LatinNumberScanner::parseOne(QStringView text, Language language)
{
    const QStringView trimmed = text.trimmed();
    const QList<NumberMention> all = scan(trimmed, language);
    if (all.size() != 1 || all.first().start != 0 || all.first().length != trimmed.size())
        return std::nullopt;
    return all.first();
}

std::optional<double> LatinNumberScanner::parseSpelledNumber(QStringView text, Language language)
{
    if (language == Language::Chinese)
        return NumberScanner::parseChineseNumeral(text);
    const QStringView trimmed = text.trimmed();
    const Scanner s{trimmed, int(trimmed.size()), lexicon(language)};
    const Spelled sp = s.wordStart(0) ? s.spelled(0) : Spelled();
    if (sp.end != s.n)
        return std::nullopt;
    return sp.value;
}

} // namespace tongdao

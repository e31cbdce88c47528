// SPDX-License-Identifier: GPL-3.0-or-later
// The English and Malay number scanner's reading of words and numbers: digits, spelled-out numbers,
// phrases, currencies and measures. The expressions built from them are in latinnumberscanner.cpp.
#include "core/latinnumberscanner_p.h"

#include <cmath>

namespace tongdao::detail::latin {

namespace {

constexpr int maxDigits = 15; // beyond this a double no longer holds every integer exactly
constexpr int maxSpelledWords = 16;

// How number words combine, left to right: "two hundred and fifty thousand", "dua ratus ribu".
struct SpelledParser
{
    bool english = true;
    double total = 0, section = 0, unit = 0, lastBig = 0;
    Role last = Role::None;

    bool feed(Role role, double v)
    {
        const bool open = last == Role::None || last == Role::Hundred || last == Role::Big;
        const bool unitStartsTens = last == Role::Unit && std::fmod(section - unit, 100) == 0;
        switch (role) {
        case Role::None:
            return false;
        case Role::Zero:
            if (last != Role::None)
                return false;
            break;
        case Role::Unit:
            if (!open && last != Role::Tens)
                return false;
            section += v;
            unit = v;
            break;
        case Role::Teen:
        case Role::Tens:
            if (!open)
                return false;
            section += v;
            break;
        case Role::Hundred: // "hundred" alone, or after a unit that starts the section
            if (last == Role::None)
                section = 100;
            else if (last == Role::Unit && section == unit)
                section = unit * 100;
            else
                return false;
            break;
        case Role::Belas:
        case Role::Puluh:
            if (!unitStartsTens)
                return false;
            section += role == Role::Belas ? 10 : unit * 9;
            role = role == Role::Belas ? Role::Teen : Role::Tens;
            break;
        case Role::Ratus:
            if (last != Role::Unit || section != unit)
                return false;
            section = unit * 100;
            role = Role::Hundred;
            break;
        case Role::SeHundred:
            if (last != Role::None && last != Role::Big)
                return false;
            section += 100;
            role = Role::Hundred;
            break;
        case Role::Big:
        case Role::SeBig: {
            // "thousand" alone is a number in English; Malay says seribu.
            const bool alone = last == Role::None || last == Role::Big;
            if (role == Role::Big ? (alone && !(english && last == Role::None)) || last == Role::Zero : !alone)
                return false;
            if (lastBig > 0 && v >= lastBig)
                return false;
            total += (role == Role::SeBig || last == Role::None ? 1 : section) * v;
            section = 0;
            lastBig = v;
            role = Role::Big;
            break;
        }
        }
        last = role;
        return true;
    }
    double value() const { return total + section; }
};

} // namespace

double Digits::value() const
{
    return mantissa / std::pow(10.0, decimals);
}

double Digits::scaled(double magnitude) const
{
    const double divisor = std::pow(10.0, decimals);
    return magnitude >= divisor ? mantissa * (magnitude / divisor) : mantissa * magnitude / divisor;
}

bool Scanner::numberStart(int p) const
{
    if (p <= 0)
        return true;
    const QChar before = t[p - 1];
    if (before.isLetter() || digitAt(p - 1))
        return false;
    if (before == u'.' || before == u',' || before == u'/' || before == u'_' || isDash(before))
        return !wordCharAt(p - 2);
    return true;
}

Word Scanner::wordAt(int p) const
{
    Word w;
    if (!letterAt(p))
        return w;
    int e = p;
    while (true) {
        while (letterAt(e))
            ++e;
        if (e + 1 < n && isJoiner(t[e]) && letterAt(e + 1)) {
            ++e;
            continue;
        }
        break;
    }
    w.start = p;
    w.end = e;
    w.lower = t.mid(p, e - p).toString().toLower();
    return w;
}

Word Scanner::wordBefore(int p) const
{
    int e = p;
    while (e > 0 && t[e - 1].isSpace())
        --e;
    int s = e;
    while (s > 0 && (t[s - 1].isLetter() || (s < e && isJoiner(t[s - 1]) && letterAt(s - 2))))
        --s;
    return s < e ? wordAt(s) : Word();
}

int Scanner::phrase(int p, QStringView words) const
{
    if (p < 0 || p >= n || words.isEmpty() || t[p].toLower() != words[0])
        return -1; // the common case, cheaply
    int q = p;
    bool first = true;
    for (QStringView part : words.tokenize(QChar(u' '))) {
        if (!first) {
            const int s = skipSpace(q);
            if (s == q)
                return -1;
            q = s;
        }
        first = false;
        if (part.size() > n - q || t.mid(q, part.size()).compare(part, Qt::CaseInsensitive) != 0)
            return -1;
        q += int(part.size());
        if (wordCharAt(q) || (q + 1 < n && isJoiner(t[q]) && letterAt(q + 1)))
            return -1; // whole words only: "over" is not "overall", "year" not "year-old"
    }
    return q;
}

int Scanner::anyPhrase(int p, std::span<const QStringView> phrases, QStringView *which) const
{
    for (QStringView w : phrases) {
        const int e = phrase(p, w);
        if (e >= 0) {
            if (which)
                *which = w;
            return e;
        }
    }
    return -1;
}

int Scanner::currencyAt(int p, QString *currency) const
{
    if (p >= n || wordCharAt(p - 1))
        return -1;
    for (QStringView c : currencyPrefixes) {
        if (c.size() > n - p || t.mid(p, c.size()) != c)
            continue;
        const int e = p + int(c.size());
        if (letterAt(e) || !digitAt(skipSpace(e)))
            continue; // RMB before RM; a currency needs its number
        *currency = c.toString();
        return e;
    }
    return -1;
}

Digits Scanner::digitsAt(int p) const
{
    Digits d;
    int q = p, count = 0;
    auto take = [&](int k) {
        d.mantissa = d.mantissa * 10 + (t[k].unicode() - u'0');
        ++count;
    };
    for (; digitAt(q); ++q)
        take(q);
    d.integerDigits = count;
    if (count == 0)
        return d;
    // Grouping: ",ddd" repeated, only after one to three leading digits.
    while (d.integerDigits <= 3 && q < n && t[q] == u',' && digitAt(q + 1) && digitAt(q + 2) && digitAt(q + 3)
           && !digitAt(q + 4)) {
        for (int k = 1; k <= 3; ++k)
            take(q + k);
        q += 4;
        d.grouped = true;
    }
    if (d.grouped)
        d.integerDigits = count;
    if (q + 1 < n && t[q] == u'.' && digitAt(q + 1)) {
        for (++q; digitAt(q); ++q, ++d.decimals)
            take(q);
    }
    if (count > maxDigits)
        return d;
    d.end = q;
    return d;
}

Spelled Scanner::spelled(int p, bool ordinalKe) const
{
    Spelled r;
    SpelledParser parser{lex.english};
    int q = p;
    for (int k = 0; k < maxSpelledWords; ++k) {
        const Word w = wordAt(q);
        if (!w.valid())
            break;
        if (lex.english && k > 0 && w.lower == u"and" && (parser.last == Role::Hundred || parser.last == Role::Big)) {
            // "two hundred and fifty": only a number below a hundred follows
            const int s = skipSpace(w.end);
            const Word next = s > w.end ? wordAt(s) : Word();
            const Role role = lex.numbers.value(next.lower.section(u'-', 0, 0)).role;
            if (role != Role::Unit && role != Role::Teen && role != Role::Tens)
                break;
            q = s;
            continue;
        }
        const QStringView text = QStringView(w.lower).mid(ordinalKe && k == 0 ? 2 : 0);
        SpelledParser next = parser;
        bool ok = !text.isEmpty();
        for (QStringView part : text.tokenize(QChar(u'-'))) {
            const auto it = lex.numbers.constFind(part.toString());
            if (!ok || it == lex.numbers.cend() || !next.feed(it->role, it->value)) {
                ok = false;
                break;
            }
        }
        if (!ok)
            break;
        parser = next;
        r.end = w.end;
        r.lonelyOne = k == 0 && (w.lower == u"one" || w.lower == u"satu");
        ++r.words;
        const int s = skipSpace(w.end);
        if (s == w.end)
            break;
        q = s;
    }
    if (r.words == 0)
        return r;
    r.lonelyOne = r.lonelyOne && r.words == 1 && !ordinalKe;
    r.value = parser.value();
    r.magnitude = parser.last == Role::Big ? parser.lastBig : 0;
    return r;
}

std::optional<Side> Scanner::side(int p, bool connected) const
{
    Side s;
    if (digitAt(p)) {
        if (!connected && !numberStart(p))
            return std::nullopt;
        s.digits = digitsAt(p);
        if (s.digits.end < 0)
            return std::nullopt;
        s.value = s.digits.value();
        s.yearLike = s.digits.integerDigits == 4 && !s.digits.grouped && s.digits.decimals == 0;
        int q = s.digits.end;
        if (letterAt(q)) { // 5km, 20m²; "5G" and "1990s" are no numbers
            for (QStringView u : gluedUnits)
                if (t.mid(q, u.size()).compare(u, Qt::CaseInsensitive) == 0 && !wordCharAt(q + int(u.size()))) {
                    s.gluedUnit = u.toString();
                    s.end = q + int(u.size());
                    return s;
                }
            return std::nullopt;
        }
        const int r = skipSpace(q);
        const Word w = r > q ? wordAt(r) : Word();
        const NumberWord m = lex.numbers.value(w.lower);
        if (w.valid() && (m.role == Role::Big || m.role == Role::Hundred || m.role == Role::Ratus)) {
            s.magnitude = m.value;
            s.value = s.digits.scaled(m.value);
            q = w.end;
        }
        const int pc = skipSpace(q);
        if (pc < n && (t[pc] == u'%' || t[pc] == u'％')) {
            s.percent = true;
            q = pc + 1;
        }
        s.end = q;
        return s;
    }
    if (!wordStart(p))
        return std::nullopt;
    const Spelled sp = spelled(p);
    if (sp.end < 0)
        return std::nullopt;
    s.value = sp.value;
    s.end = sp.end;
    s.spelled = true;
    s.magnitude = sp.magnitude;
    s.lonelyOne = sp.lonelyOne;
    return s;
}

int Scanner::measureAt(int p, QString *measure) const
{
    const Word w = wordAt(p);
    if (!w.valid())
        return -1;
    int best = -1;
    for (QStringView m : lex.measures.value(w.lower)) {
        const int e = phrase(p, m);
        if (e > best) {
            best = e;
            *measure = m.toString();
        }
    }
    return best;
}

int Scanner::measureAfter(int end, bool modifiers, QString *measure) const
{
    if (end + 1 < n && t[end] == u'-' && letterAt(end + 1))
        return measureAt(end + 1, measure); // a 5-year plan
    const int r = skipSpace(end);
    if (r == end)
        return -1;
    int e = measureAt(r, measure);
    if (e >= 0)
        return e;
    for (QStringView c : lex.classifiers) { // 3 buah negara
        const int ce = phrase(r, c);
        if (ce >= 0 && skipSpace(ce) > ce && (e = measureAt(skipSpace(ce), measure)) >= 0)
            return e;
    }
    // 3,174 rail-sea intermodal trains: up to two modifiers before the measure.
    for (int k = 0, q = r; modifiers && k < 2; ++k) {
        const Word w = wordAt(q);
        if (!w.valid() || lex.functionWords.contains(w.lower) || lex.numbers.contains(w.lower))
            return -1;
        q = skipSpace(w.end);
        if (q == w.end)
            return -1;
        if ((e = measureAt(q, measure)) >= 0)
            return e;
    }
    return -1;
}

bool Scanner::oneIsNumber(int start, int end) const
{
    const Word before = wordBefore(start);
    if (before.valid() && lex.notBeforeOne.contains(before.lower))
        return false;
    const int s = skipSpace(end);
    const Word after = s > end ? wordAt(s) : Word();
    if (lex.english)
        return after.valid() && !lex.notAfterOne.contains(after.lower) && !lex.numbers.contains(after.lower);
    return !after.valid() || !lex.notAfterOne.contains(after.lower);
}

} // namespace tongdao::detail::latin

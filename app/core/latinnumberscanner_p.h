// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the English and Malay number scanner: its word tables (lower case, latinlexicon.cpp)
// and the scanner, which reads words and numbers (latinscanner.cpp), quantities, ranges and
// ordinals (latinnumberscanner.cpp), dates and periods (latindatescanner.cpp).
#pragma once

#include "core/latinnumberscanner.h"

#include <QHash>
#include <QSet>

#include <array>
#include <span>

namespace tongdao::detail::latin {

// How a number word combines with the words before it.
enum class Role {
    None,
    Zero,      // zero, sifar: alone only
    Unit,      // one…nine, satu…sembilan
    Teen,      // ten…nineteen, sepuluh, sebelas; "dua belas" becomes one
    Tens,      // twenty…ninety; "dua puluh" becomes one
    Hundred,   // hundred; "dua ratus" and seratus become one
    Big,       // thousand, million, billion; ribu, juta, bilion
    Belas,     // dua belas: the unit before + 10
    Puluh,     // dua puluh: the unit before × 10
    Ratus,     // dua ratus: the unit before × 100
    SeHundred, // seratus: 100
    SeBig,     // seribu, sejuta: one times the magnitude
};

struct NumberWord
{
    QStringView text;
    Role role = Role::None;
    double value = 0;
};

struct QualifierPhrase
{
    QStringView text;
    Qualifier qualifier;
};

struct PeriodPhrase
{
    QStringView text;
    int firstMonth;
    int lastMonth;
};

struct NamedValue
{
    QStringView text;
    int value;
};

// Everything a language contributes, indexed for lookups by lower-case word.
struct Lexicon
{
    bool english = true;
    QHash<QString, NumberWord> numbers;
    QHash<QString, int> ordinals; // spelled ordinals: "third" → 3, "pertama" → 1
    QHash<QString, int> months;   // full and short names
    QSet<QString> triggers;       // every word a mention may start with
    QSet<QString> functionWords;  // never a modifier before a measure; make "one" a pronoun
    QSet<QString> notBeforeOne;   // "no one", "the one", "salah satu"
    QSet<QString> notAfterOne;    // "one of", "satu daripada"
    QSet<QString> bothAfterKedua; // "kedua negara": both countries
    std::span<const QualifierPhrase> qualifiers;
    QHash<QString, QList<QStringView>> measures; // by first word: "passenger" → passenger trips, …
    std::span<const QStringView> classifiers;
    std::span<const QStringView> percentWords;
    std::span<const QStringView> rangeWords;
    std::span<const QStringView> datePrefixes;
    std::span<const QStringView> relativeYears; // "of this year", "tahun ini": year 0
    std::span<const PeriodPhrase> periods;
    QStringView between, betweenAnd, yearOf; // "between … and", "of 2020" / "tahun 2020"
};

const Lexicon &lexicon(Language language);

inline constexpr auto currencyPrefixes = std::to_array<QStringView>(
    {u"US$", u"AS$", u"HK$", u"S$", u"RMB", u"RM", u"$", u"¥", u"€", u"£"});
// Units glued to the digits: 5km, 20m².
inline constexpr auto gluedUnits = std::to_array<QStringView>(
    {u"km²", u"m²", u"m³", u"km", u"kg", u"cm", u"mm", u"ha"});

struct Word
{
    int start = -1;
    int end = -1;
    QString lower;
    bool valid() const { return start >= 0; }
};

struct Digits
{
    double mantissa = 0; // the digits without separators: 1,234.5 → 12345
    int decimals = 0;
    int integerDigits = 0;
    bool grouped = false;
    int end = -1;
    double value() const;
    double scaled(double magnitude) const; // exact when the magnitude covers the decimals
};

// One number of an expression: digits or words, with a magnitude word and a % sign.
struct Side
{
    double value = 0;
    Digits digits;
    int end = -1;
    double magnitude = 0;   // the factor of a magnitude word at its end; 0 if none
    bool spelled = false;   // written in words
    bool yearLike = false;  // four digits, no grouping nor decimals
    bool percent = false;   // followed by a % sign
    bool lonelyOne = false; // "one" or "satu" alone
    QString gluedUnit;
};

struct Spelled
{
    double value = 0;
    int end = -1;
    int words = 0;
    double magnitude = 0; // the last word's factor when it is a magnitude
    bool lonelyOne = false;
};

struct Scanner
{
    QStringView t;
    int n;
    const Lexicon &lex;

    bool letterAt(int p) const { return p >= 0 && p < n && t[p].isLetter(); }
    bool digitAt(int p) const { return p >= 0 && p < n && t[p] >= u'0' && t[p] <= u'9'; }
    bool wordCharAt(int p) const { return letterAt(p) || digitAt(p); }
    bool wordStart(int p) const { return letterAt(p) && !wordCharAt(p - 1); }
    static bool isDash(QChar c) { return c == u'-' || c == u'–' || c == u'—' || c == u'‒'; }
    // Joins the letters of one word: rail-sea, twenty-five, kira-kira, year's.
    static bool isJoiner(QChar c) { return c == u'-' || c == u'\'' || c == u'’'; }
    int skipSpace(int p) const
    {
        while (p < n && t[p].isSpace())
            ++p;
        return p;
    }
    // Digits may start here: not glued to a letter, digit or decimal point before them
    // ("G20", "COVID-19", the 174 of 3,174).
    bool numberStart(int p) const;
    // The word at p (letters, joined by inner hyphens and apostrophes), lower case.
    Word wordAt(int p) const;
    // The word right before p, with only spaces between; invalid if none.
    Word wordBefore(int p) const;
    // A phrase of lower-case words separated by single spaces, matched whole words only,
    // across any spaces or line breaks. Returns its end or -1.
    int phrase(int p, QStringView words) const;
    int anyPhrase(int p, std::span<const QStringView> phrases, QStringView *which = nullptr) const;
    int currencyAt(int p, QString *currency) const;
    int monthAt(int p, int *month) const; // a capitalised month name
    int yearAt(int p, int *year) const;   // four digits 1000–2999 standing alone
    Digits digitsAt(int p) const;
    Spelled spelled(int p, bool ordinalKe = false) const;
    std::optional<Side> side(int p, bool connected) const;
    int measureAt(int p, QString *measure) const;
    int measureAfter(int end, bool modifiers, QString *measure) const;
    bool oneIsNumber(int start, int end) const;

    std::optional<NumberMention> date(int i) const;
    std::optional<NumberMention> period(int i) const;
    std::optional<NumberMention> ordinal(int i) const;
    std::optional<NumberMention> quantity(int i) const;
    std::optional<NumberMention> at(int i) const; // the expression starting at i, if any
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

} // namespace tongdao::detail::latin

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "core/numberscanner.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace tongdao {

// The English and Malay counterpart of NumberScanner: every numeric expression of a translation
// of the report, as NumberMentions, so that a translation can be checked against the numbers of
// the Chinese paragraph and a dataset drafted from an English report. chineseNumeral is false.
//
// What counts, and how ambiguities are resolved:
// - Digits: 3,174 · 1,234.5 · 0.5 (grouping only in threes after one to three digits; "1 234" is
//   two numbers). A number glued to letters is not a number ("COVID-19", "5G", "G20", "1990s"),
//   except ordinal suffixes (21st, 30th), glued units (5km, 20m²) and a currency before it (RM5).
//   A hyphen after it makes a compound adjective: "a 5-year plan" is 5, measure "year".
// - Magnitudes multiply the value: "32.2 billion" → 32200000000, "20 thousand", "1.2 bilion".
//   The article before a spelled magnitude is not part of it: "a thousand years" is "thousand years".
// - Spelled-out numbers: zero…ninety, hundred, thousand, million, billion and their compounds
//   ("twenty-five", "two hundred and fifty", "ninety thousand"); satu…sembilan, sepuluh, sebelas,
//   belas, puluh, ratus, ribu, juta and the se- forms seratus, seribu, sejuta. Articles are never
//   numbers ("a", "an", "sebuah", "seorang"). "one" alone is a number only when a noun-like word
//   follows and no determiner comes before it: not in "one of", "one another", "no one", "the one
//   that"; "satu" is not a number in "salah satu" and "satu daripada" (one of).
// - Measure: the unit or currency after the number, lower case ("trains", "passenger trips",
//   "yuan", "perjalanan penumpang"), from a table; in English up to two modifiers may come
//   between ("3,174 rail-sea intermodal trains"); in Malay a classifier may ("3 buah negara").
//   A currency before the number is the measure as written ("US$", "AS$", "RM"). Per cent,
//   percent, peratus and % all give kind Percent and measure "%", as the Chinese scanner does.
// - Qualifiers before the number (included in the span): more than, over, upwards of, in excess
//   of and at least are MoreThan (Qualifier has no "at least"; its true value is not below);
//   about, around, approximately, roughly, nearly, almost and some (only directly before digits)
//   are Approximate; less than, fewer than, under are LessThan; "no more than" is LessThan and
//   "no less than" MoreThan. Malay: lebih daripada/dari, melebihi, sekurang-kurangnya;
//   kira-kira, sekitar, hampir, lebih kurang; kurang daripada/dari.
// - Ranges (kind Range, value low, high high): 3–5, 3-5 years, 3 to 5, between 3 and 5,
//   3 hingga 5, antara 3 dan 5; the high end must be larger. "from 5 to 14" is a change, not a
//   range: two Quantities (English "to" after "from"). A magnitude at the end applies to both
//   ends: "3 to 5 billion".
// - Dates: 25 September 2020, September 25, 2020, November 2018, 23 November (year 0), with
//   "the end of", "early", "hujung", "akhir", "awal"… before a month. Month names must be
//   capitalised, and a month alone is not a date; a day followed by a measure is a count ("in
//   September 18 countries" is 18 countries). A lone four-digit number 1000–2999 without
//   grouping, decimals, magnitude, qualifier, currency or a measure right after it is a year
//   (Date, Year precision): "in 2019"; "2,019" and "2019.5" are quantities.
// - Periods (kind Period, precision Year like the Chinese scanner; year 0 unless a year is
//   written; value and high the first and last month covered): "the first three quarters of
//   this year", "first half of 2020", "January–September", "Jan–Sep 2019", "tiga suku pertama",
//   "separuh pertama 2020", "Januari hingga September".
// - Ordinals: first…twentieth, thirtieth…, twenty-first, 1st, 21st, 30th; pertama, kedua,
//   ketiga…, kedua belas, ke-21. "kedua-dua" and "kedua negara/pihak" (both) are not ordinals.
class LatinNumberScanner
{
public:
    // Every numeric expression in English (Language::English) or Malay (Language::Malay) text;
    // Language::Chinese is NumberScanner::scan. Spans are exact; line breaks count as spaces.
    static QList<NumberMention> scan(QStringView text, Language language);
    // Parses a text that must be exactly one expression; nullopt otherwise.
    static std::optional<NumberMention> parseOne(QStringView text, Language language);
    // "twenty-five" → 25, "sembilan puluh ribu" → 90000; nullopt unless the whole text is one.
    static std::optional<double> parseSpelledNumber(QStringView text, Language language);
};

} // namespace tongdao

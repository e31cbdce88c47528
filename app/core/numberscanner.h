// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qualifier.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tongdao {

enum class DatePrecision { Day, Month, Year };

// One numeric expression found in a text.
struct NumberMention
{
    enum Kind {
        Quantity, // 3174列, 322亿美元, 19万人次, 三十, 两国
        Percent,  // 109%, 百分之五
        Range,    // 3—5年, 10至20个
        Date,     // 2015年11月7日, 9月25日, 2018年11月, 2019年
        Period,   // 今年前三季度, 上半年, 去年全年
        Ordinal,  // 第三个, 第二届
    };
    Kind kind = Quantity;
    int start = 0;
    int length = 0;
    QString text;     // as in the source, line breaks included
    double value = 0; // base units (322亿 → 32200000000); the low end of a range
    double high = 0;  // the high end of a range
    QString measure;  // the measure word or currency after the number: 列, 人次, 美元, 元…
    Qualifier qualifier = Qualifier::Exact;
    QDate date; // for dates; the year is 0 (invalid date) when the text omits it
    int year = 0, month = 0, day = 0;
    DatePrecision precision = DatePrecision::Day;
    bool chineseNumeral = false; // written with 一二三… rather than Arabic digits
};

// Finds every numeric expression in a text: Arabic numerals with decimals and grouping, Chinese
// numerals and magnitudes, measure words, qualifiers before or after, dates and periods.
// Line breaks inside an expression are skipped, so it also works on raw page text.
class NumberScanner
{
public:
    static QList<NumberMention> scan(QStringView text);
    // Parses a text that must be exactly one expression; nullopt otherwise.
    static std::optional<NumberMention> parseOne(QStringView text);
    // 三十 → 30, 九万 → 90000, 两 → 2; nullopt if not a Chinese numeral.
    static std::optional<double> parseChineseNumeral(QStringView text);
};

} // namespace tongdao

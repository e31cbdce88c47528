// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tongdao {

class StatisticsModel;

// The figures of a statistics model as data: CSV (RFC 4180, UTF-8) with the header
// id,category,label,value,unit,period,qualifier,derived,quote,measure,formula,status — the first
// nine columns as they have always been, what JSON also says appended — or JSON. Labels are in the
// model's current language; values are plain decimals in base units (an ISO date for a date);
// formula is over figure ids ("{a} - {b}") for derived rows, empty otherwise; status is reported
// or scheduled. In English and Malay, quote_translation follows: the quote in Tongdao's
// translation (the Chinese quote stays authoritative), empty where the report has none; the JSON
// says so in quoteTranslation and quoteTranslationNotice.
class DataExport
{
public:
    static QStringList csvHeader(Language language);
    static QByteArray toCsv(const StatisticsModel &model);
    static QByteArray toJson(const StatisticsModel &model);

    // 32200000000, 109.2, 0.5: no grouping, no exponent, no trailing zeros.
    static QString plainDecimal(double value);
};

} // namespace tongdao

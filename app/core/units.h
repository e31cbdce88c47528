// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tongdao {

// Count: things counted; counts of different things may share a chart's axis. Other: a physical
// quantity (mass, length) or a ratio (2.6倍), never on one axis with another unit.
enum class UnitKind { Count, Currency, Area, Duration, Percent, Date, Other };

// A unit a dataset may use. The texts are translated (context "tongdao::Units"); "%1" stands for
// the number, already written with its magnitude (3,174 / 32.2 billion / 322亿).
struct Unit
{
    const char16_t *id;
    UnitKind kind;
    const char16_t *measureWords; // Chinese measure words a numeral may use, separated by '|'; "*": any, or none
    const char16_t *englishWords; // the same for English: the measure words or currency the scanner reports
    const char *one;              // "%1 train"
    const char *other;            // "%1 trains"
    const char *name;             // "trains": axis titles, the table's unit column

    QString idString() const { return QString::fromUtf16(id); }
    // Whether a numeral with this measure word (Chinese or English, as the scanners report it) can
    // be in this unit. Only "count" takes a number without a measure word.
    bool acceptsMeasure(const QString &measureWord) const;
    // The quantity text for a number already formatted: "3,174 trains", "3174列", "US$32.2 billion".
    QString apply(const QString &number, bool singular) const;
    QString displayName() const;
};

const Unit *findUnit(QStringView id);
// The unit a measure word most likely means ("列" → train, "TEUs" → teu), "count" when none knows it.
// For percentages and dates, "percent" and "date".
QString guessUnit(const QString &measureWord);
const QList<Unit> &allUnits();
QStringList unitIds();

} // namespace tongdao

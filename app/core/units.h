// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tongdao {

enum class UnitKind { Count, Currency, Area, Duration, Percent, Date };

// A unit a dataset may use. The texts are translated (context "tongdao::Units"); "%1" stands for
// the number, already written with its magnitude (3,174 / 32.2 billion / 322亿).
struct Unit
{
    const char16_t *id;
    UnitKind kind;
    const char16_t *measureWords; // Chinese measure words a numeral may use, separated by '|'
    const char *one;              // "%1 train"
    const char *other;            // "%1 trains"
    const char *name;             // "trains": axis titles, the table's unit column

    QString idString() const { return QString::fromUtf16(id); }
    bool acceptsMeasure(const QString &measureWord) const;
    // The quantity text for a number already formatted: "3,174 trains", "3174列", "US$32.2 billion".
    QString apply(const QString &number, bool singular) const;
    QString displayName() const;
};

const Unit *findUnit(QStringView id);
const QList<Unit> &allUnits();
QStringList unitIds();

} // namespace tongdao

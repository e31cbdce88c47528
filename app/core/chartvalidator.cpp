// SPDX-License-Identifier: GPL-3.0-or-later
// DatasetLoader::validate, the chart rules.
#include "core/datasetvalidator_p.h"
#include "core/units.h"

#include <algorithm>

namespace tongdao::validation {

void checkChart(const Dataset &ds, ChartSpec &chart, int c, const QSet<QString> &categories, int noteAt)
{
    const QString path = QStringLiteral("charts[%1]").arg(c);
    if (!categories.contains(chart.category))
        throw Invalid{path + QStringLiteral(".category"),
                      LoaderText::tr("unknown category \"%1\"").arg(chart.category)};
    QString unit;
    QSet<int> sections;
    QSet<QString> plotted;
    for (int k = 0; k < chart.items.size(); ++k) {
        const QString itemPath = path + QStringLiteral(".items[%1]").arg(k);
        const Figure *fig = ds.figure(chart.items[k].figure);
        if (!fig)
            throw Invalid{itemPath, LoaderText::tr("unknown figure \"%1\"").arg(chart.items[k].figure)};
        if (fig->candidate)
            throw Invalid{itemPath, LoaderText::tr("\"%1\" is a candidate, still undecided: decide it before "
                                                   "charting it")
                                        .arg(fig->id)};
        if (plotted.contains(fig->id))
            throw Invalid{itemPath, LoaderText::tr("\"%1\" is already plotted in this chart").arg(fig->id)};
        plotted.insert(fig->id);
        sections.insert(fig->section);
        const bool timeline = chart.kind == ChartKind::Timeline;
        if (timeline != fig->isDate())
            throw Invalid{itemPath, timeline
                                        ? LoaderText::tr("a timeline shows dates; \"%1\" is not one").arg(fig->id)
                                        : LoaderText::tr("\"%1\" is a date; only a timeline shows dates").arg(fig->id)};
        const bool sameAxis = chart.kind == ChartKind::Bar || chart.kind == ChartKind::HorizontalBar
                           || chart.kind == ChartKind::Pie;
        // Counts of different things (agreements, projects) share a "number" axis; amounts,
        // areas and durations never share an axis with anything but their own unit.
        const bool bothCounts = !unit.isEmpty() && findUnit(unit)->kind == UnitKind::Count
                             && findUnit(fig->unit)->kind == UnitKind::Count;
        if (sameAxis && !unit.isEmpty() && fig->unit != unit && !bothCounts)
            throw Invalid{itemPath, LoaderText::tr("unit \"%1\" differs from \"%2\": one chart never mixes units")
                                        .arg(fig->unit, unit)};
        unit = fig->unit;
    }
    // Two bars with one label would be drawn under one category (Qt Charts merges them).
    if (chart.kind == ChartKind::Bar || chart.kind == ChartKind::HorizontalBar) {
        for (Language language : allLanguages) {
            QSet<QString> labels;
            for (int k = 0; k < chart.items.size(); ++k) {
                const Figure *fig = ds.figure(chart.items[k].figure);
                const QString label = chart.items[k].label.isEmpty() ? fig->label.text(language)
                                                                     : chart.items[k].label.text(language);
                if (labels.contains(label))
                    throw Invalid{path + QStringLiteral(".items[%1]").arg(k),
                                  LoaderText::tr("label \"%1\" (%2) repeats another bar's; each bar needs its own")
                                      .arg(label, languageCode(language))};
                labels.insert(label);
            }
        }
    }
    // Items that count different things each say what they count, in every language, and differ:
    // a chart never puts two measures side by side as if they were one.
    if (chart.mixesScopes()) {
        for (int k = 0; k < chart.items.size(); ++k)
            for (Language language : allLanguages) {
                const QString scope = chart.items[k].scope.text(language);
                if (scope.trimmed().isEmpty())
                    throw Invalid{path + QStringLiteral(".items[%1].scope").arg(k),
                                  LoaderText::tr("another item of this chart has a scope, this one has none (%1); "
                                                 "items that count different things each say what they count")
                                      .arg(languageCode(language))};
            }
    }
    for (int k = 0; k < chart.callouts.size(); ++k)
        for (const QString *text : {&chart.callouts[k].en, &chart.callouts[k].zh, &chart.callouts[k].ms})
            for (const QString &id : figureReferences(*text)) {
                const Figure *fig = ds.figure(id);
                if (!fig)
                    throw Invalid{path + QStringLiteral(".callouts[%1]").arg(k),
                                  LoaderText::tr("unknown figure \"{%1}\"").arg(id)};
                if (fig->candidate)
                    throw Invalid{path + QStringLiteral(".callouts[%1]").arg(k),
                                  LoaderText::tr("\"%1\" is a candidate, still undecided: decide it before "
                                                 "charting it")
                                      .arg(id)};
                sections.insert(fig->section);
            }
    // The chart cites every section its figures and its note come from, in the report's order.
    if (noteAt >= 0)
        sections.insert(ds.text.sectionAt(noteAt));
    chart.sections = QList<int>(sections.begin(), sections.end());
    std::sort(chart.sections.begin(), chart.sections.end());
}

} // namespace tongdao::validation

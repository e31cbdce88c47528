// SPDX-License-Identifier: GPL-3.0-or-later
// DatasetLoader::validate: everything that ties figures to the text and to each other.
#include "core/datasetloader.h"
#include "core/formula.h"
#include "core/textfinder.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <optional>

namespace tongdao {

namespace {

struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetLoader)
};

struct Invalid
{
    QString place;
    QString message;
};

QString figurePath(int i, const char *field)
{
    return QStringLiteral("figures[%1].%2").arg(i).arg(QLatin1StringView(field));
}

bool sameValue(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

QString shortQuote(const QString &quote)
{
    return quote.size() > 40 ? quote.left(40) + QStringLiteral("…") : quote;
}

// The numeral must be one expression of the quote, and say what the figure says.
void checkNumeral(const Dataset &ds, Figure &fig, int i)
{
    const QString quote = ds.text.reading().mid(fig.quoteStart, fig.quoteLength);
    const qsizetype at = quote.indexOf(fig.numeral);
    if (at < 0)
        throw Invalid{figurePath(i, "numeral"),
                      LoaderText::tr("\"%1\" is not in the quote “%2”").arg(fig.numeral, shortQuote(quote))};
    const QList<NumberMention> mentions = NumberScanner::scan(quote);
    const NumberMention *m = nullptr;
    for (const NumberMention &candidate : mentions)
        if (candidate.start == at && candidate.length == fig.numeral.size())
            m = &candidate;
    if (!m)
        throw Invalid{figurePath(i, "numeral"),
                      LoaderText::tr("\"%1\" is not one whole number expression of the quote").arg(fig.numeral)};
    fig.numeralStart = fig.quoteStart + int(at);
    fig.numeralLength = int(fig.numeral.size());
    const Unit *unit = findUnit(fig.unit);
    if (unit->kind == UnitKind::Date) {
        if (m->kind != NumberMention::Date)
            throw Invalid{figurePath(i, "numeral"), LoaderText::tr("\"%1\" is not a date").arg(fig.numeral)};
        const int year = m->year > 0 ? m->year : ds.report.year;
        const QDate stated(year, m->month > 0 ? m->month : 1, m->day > 0 ? m->day : 1);
        if (stated != fig.date || m->precision != fig.datePrecision)
            throw Invalid{figurePath(i, "value"),
                          LoaderText::tr("the text says %1, the value says %2")
                              .arg(stated.toString(Qt::ISODate), fig.date.toString(Qt::ISODate))};
        return;
    }
    const bool percent = unit->kind == UnitKind::Percent;
    if ((percent && m->kind != NumberMention::Percent) || (!percent && m->kind != NumberMention::Quantity))
        throw Invalid{figurePath(i, "numeral"),
                      LoaderText::tr("\"%1\" is not a quantity in %2").arg(fig.numeral, fig.unit)};
    if (!sameValue(m->value, fig.value))
        throw Invalid{figurePath(i, "value"),
                      LoaderText::tr("%1 does not match the text, which says %2 (\"%3\")")
                          .arg(QString::number(fig.value, 'g', 15), QString::number(m->value, 'g', 15), fig.numeral)};
    if (!percent && !unit->acceptsMeasure(m->measure))
        throw Invalid{figurePath(i, "unit"),
                      LoaderText::tr("\"%1\" does not fit the text's measure word \"%2\"").arg(fig.unit, m->measure)};
    if (m->qualifier != fig.qualifier)
        throw Invalid{figurePath(i, "qualifier"),
                      LoaderText::tr("\"%1\" does not match the text, which says %2 (\"%3\")")
                          .arg(qualifierId(fig.qualifier), qualifierId(m->qualifier), fig.numeral)};
}

// Recomputes derived figures, inputs first, with an explicit stack (a hostile chain of derived
// figures cannot exhaust the call stack); cycles refused.
void checkDerived(Dataset &ds)
{
    enum State { Unvisited, Visiting, Done };
    QList<State> state(ds.figures.size(), Unvisited);
    QList<std::optional<Formula>> formulas(ds.figures.size());
    auto prepare = [&](int i) {
        Figure &fig = ds.figures[i];
        QString error;
        formulas[i] = Formula::parse(fig.formula, &error);
        if (!formulas[i])
            throw Invalid{figurePath(i, "derived.formula"), error};
        QStringList refs = formulas[i]->references();
        QStringList inputs = fig.inputs;
        refs.sort();
        inputs.sort();
        if (refs != inputs)
            throw Invalid{figurePath(i, "derived.inputs"),
                          LoaderText::tr("expected exactly the figures the formula uses: %1")
                              .arg(refs.join(QStringLiteral(", ")))};
        for (const QString &input : fig.inputs) {
            const int k = ds.figureIndex(input);
            if (k < 0)
                throw Invalid{figurePath(i, "derived.inputs"), LoaderText::tr("unknown figure \"%1\"").arg(input)};
            if (ds.figures[k].isDate())
                throw Invalid{figurePath(i, "derived.inputs"),
                              LoaderText::tr("\"%1\" is a date, expected a number").arg(input)};
        }
    };
    auto compute = [&](int i) {
        Figure &fig = ds.figures[i];
        const double exact = formulas[i]->evaluate([&](const QString &id) -> std::optional<double> {
            const Figure *f = ds.figure(id);
            return f ? std::optional<double>(f->value) : std::nullopt;
        });
        if (!std::isfinite(exact))
            throw Invalid{figurePath(i, "derived.formula"), LoaderText::tr("the formula has no finite result")};
        double result = exact;
        if (fig.roundDecimals >= 0) {
            const double scale = std::pow(10.0, fig.roundDecimals);
            result = std::round(result * scale) / scale;
        }
        if (!sameValue(result, fig.value))
            throw Invalid{figurePath(i, "value"), LoaderText::tr("%1 does not match its formula, which gives %2")
                                                      .arg(QString::number(fig.value, 'g', 15),
                                                           QString::number(result, 'g', 15))};
        // A value from approximate or bounded figures, or rounded, is not exact: the chart must say so.
        bool inexact = !sameValue(result, exact);
        for (const QString &input : fig.inputs)
            inexact = inexact || ds.figure(input)->qualifier != Qualifier::Exact;
        if (inexact && fig.qualifier == Qualifier::Exact)
            throw Invalid{figurePath(i, "qualifier"),
                          LoaderText::tr("\"exact\", but the value is derived from approximate or bounded figures "
                                         "or rounded; expected approximate, more-than or less-than")};
    };
    for (int root = 0; root < ds.figures.size(); ++root) {
        if (state[root] != Unvisited || !ds.figures[root].derived)
            continue;
        QList<std::pair<int, qsizetype>> stack{{root, 0}}; // figure, next input to visit
        state[root] = Visiting;
        prepare(root);
        while (!stack.isEmpty()) {
            auto &[i, next] = stack.last();
            const Figure &fig = ds.figures[i];
            if (next < fig.inputs.size()) {
                const int k = ds.figureIndex(fig.inputs[next++]);
                if (!ds.figures[k].derived || state[k] == Done)
                    continue;
                if (state[k] == Visiting)
                    throw Invalid{figurePath(k, "derived.inputs"),
                                  LoaderText::tr("\"%1\" depends on itself through its inputs (a cycle)")
                                      .arg(ds.figures[k].id)};
                state[k] = Visiting;
                prepare(k);
                stack.append({k, 0});
                continue;
            }
            compute(i);
            state[i] = Done;
            stack.removeLast();
        }
    }
}

void checkChart(const Dataset &ds, ChartSpec &chart, int c, const QSet<QString> &categories)
{
    const QString path = QStringLiteral("charts[%1]").arg(c);
    if (!categories.contains(chart.category))
        throw Invalid{path + QStringLiteral(".category"), LoaderText::tr("unknown category \"%1\"").arg(chart.category)};
    QString unit;
    QHash<int, int> sections;
    QSet<QString> plotted;
    for (int k = 0; k < chart.items.size(); ++k) {
        const QString itemPath = path + QStringLiteral(".items[%1]").arg(k);
        const Figure *fig = ds.figure(chart.items[k].figure);
        if (!fig)
            throw Invalid{itemPath, LoaderText::tr("unknown figure \"%1\"").arg(chart.items[k].figure)};
        if (plotted.contains(fig->id))
            throw Invalid{itemPath, LoaderText::tr("\"%1\" is already plotted in this chart").arg(fig->id)};
        plotted.insert(fig->id);
        ++sections[fig->section];
        const bool timeline = chart.kind == ChartKind::Timeline;
        if (timeline != fig->isDate())
            throw Invalid{itemPath, timeline ? LoaderText::tr("a timeline shows dates; \"%1\" is not one").arg(fig->id)
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
    for (int k = 0; k < chart.callouts.size(); ++k)
        for (const QString *text : {&chart.callouts[k].en, &chart.callouts[k].zh, &chart.callouts[k].ms})
            for (const QString &id : figureReferences(*text))
                if (!ds.figure(id))
                    throw Invalid{path + QStringLiteral(".callouts[%1]").arg(k),
                                  LoaderText::tr("unknown figure \"{%1}\"").arg(id)};
    int best = -1;
    for (auto it = sections.begin(); it != sections.end(); ++it)
        if (best < 0 || it.value() > sections.value(best))
            best = it.key();
    chart.section = best;
}

void validateAll(Dataset &ds)
{
    QSet<QString> categories;
    for (int i = 0; i < ds.categories.size(); ++i) {
        if (categories.contains(ds.categories[i].id))
            throw Invalid{QStringLiteral("categories[%1].id").arg(i),
                          LoaderText::tr("duplicate id \"%1\"").arg(ds.categories[i].id)};
        categories.insert(ds.categories[i].id);
    }
    QHash<QString, int> seen;
    for (int i = 0; i < ds.figures.size(); ++i) {
        const Figure &fig = ds.figures[i];
        if (seen.contains(fig.id))
            throw Invalid{figurePath(i, "id"), LoaderText::tr("duplicate id \"%1\", first used by figures[%2]")
                                                   .arg(fig.id).arg(seen.value(fig.id))};
        seen.insert(fig.id, i);
        if (!categories.contains(fig.category))
            throw Invalid{figurePath(i, "category"), LoaderText::tr("unknown category \"%1\"").arg(fig.category)};
    }
    ds.rebuildIndex();

    // Every quote located in one pass over the reading text. A quote needs its own occurrence and
    // one more (to tell when it is ambiguous); the others need one.
    QStringList patterns;
    QList<int> wanted;
    for (const Figure &fig : ds.figures) {
        patterns.append(fig.quote);
        wanted.append(std::max(2, fig.quoteOccurrence + 1));
    }
    for (const ChartSpec &chart : ds.charts) {
        patterns.append(chart.noteQuote);
        wanted.append(1);
    }
    for (const UnchartedNumber &u : ds.uncharted) {
        patterns.append(u.text);
        wanted.append(1);
    }
    QList<QList<int>> found;
    if (!TextFinder::findAll(ds.text.reading(), patterns, wanted, &found))
        throw Invalid{QStringLiteral("figures"),
                      LoaderText::tr("the quotes cannot be located in reasonable time: the text or the quotes "
                                     "are too repetitive")};
    for (int i = 0; i < ds.figures.size(); ++i) {
        Figure &fig = ds.figures[i];
        const QList<int> &at = found[i];
        if (at.isEmpty())
            throw Invalid{figurePath(i, "quote"),
                          LoaderText::tr("“%1” is not in the report text").arg(shortQuote(fig.quote))};
        if (fig.quoteOccurrence == 0 && at.size() > 1)
            throw Invalid{figurePath(i, "quote"),
                          LoaderText::tr("“%1” occurs more than once in the text; lengthen it or add \"occurrence\"")
                              .arg(shortQuote(fig.quote))};
        if (fig.quoteOccurrence > at.size())
            throw Invalid{figurePath(i, "occurrence"), LoaderText::tr("the quote occurs only %1 times").arg(at.size())};
        fig.quoteStart = at[std::max(1, fig.quoteOccurrence) - 1];
        fig.quoteLength = int(fig.quote.size());
        fig.section = ds.text.sectionAt(fig.quoteStart);
        if (!fig.derived)
            checkNumeral(ds, fig, i);
    }
    checkDerived(ds);
    QSet<QString> chartIds;
    for (int c = 0; c < ds.charts.size(); ++c) {
        ChartSpec &chart = ds.charts[c];
        if (chartIds.contains(chart.id))
            throw Invalid{QStringLiteral("charts[%1].id").arg(c), LoaderText::tr("duplicate id \"%1\"").arg(chart.id)};
        chartIds.insert(chart.id);
        if (!chart.noteQuote.isEmpty() && found[ds.figures.size() + c].isEmpty())
            throw Invalid{QStringLiteral("charts[%1].note.quote").arg(c),
                          LoaderText::tr("“%1” is not in the report text").arg(shortQuote(chart.noteQuote))};
        checkChart(ds, chart, c, categories);
    }
    const qsizetype base = ds.figures.size() + ds.charts.size();
    for (int u = 0; u < ds.uncharted.size(); ++u)
        if (found[base + u].isEmpty())
            throw Invalid{QStringLiteral("uncharted[%1].text").arg(u),
                          LoaderText::tr("“%1” is not in the report text").arg(shortQuote(ds.uncharted[u].text))};
}

} // namespace

bool DatasetLoader::validate(Dataset *dataset, LoadError *error)
{
    try {
        validateAll(*dataset);
    } catch (const Invalid &e) {
        error->place = e.place;
        error->message = e.message;
        return false;
    }
    return true;
}

} // namespace tongdao

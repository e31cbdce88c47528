// SPDX-License-Identifier: GPL-3.0-or-later
// DatasetLoader::validate: everything that ties figures to the text and to each other.
#include "core/datasetloader.h"
#include "core/datasetvalidator_p.h"
#include "core/formula.h"
#include "core/latinnumberscanner.h"
#include "core/textfinder.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tongdao {

namespace {

using namespace validation;

bool sameValue(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// The numeral must be one expression of the quote, and say what the figure says. An undecided
// number (a candidate) may also be a range, an ordinal or a period, which no decided figure is:
// its value is then the range's low end, the ordinal's number, or (unit date) the period's year.
void checkNumeral(const Dataset &ds, Figure &fig, int i)
{
    const QString quote = ds.text.reading().mid(fig.quoteStart, fig.quoteLength);
    const qsizetype at = quote.indexOf(fig.numeral);
    if (at < 0)
        throw Invalid{figurePath(i, "numeral"),
                      LoaderText::tr("\"%1\" is not in the quote “%2”").arg(fig.numeral, shortQuote(quote))};
    const QList<NumberMention> mentions = LatinNumberScanner::scan(quote, ds.report.language);
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
    const bool context = m->kind == NumberMention::Period || m->kind == NumberMention::Ordinal
                      || m->kind == NumberMention::Range;
    if (fig.candidate && context) {
        if (m->kind == NumberMention::Period && unit->kind != UnitKind::Date)
            throw Invalid{figurePath(i, "unit"),
                          LoaderText::tr("\"%1\" is a period: expected the unit \"date\"").arg(fig.numeral)};
        if (m->kind != NumberMention::Period && unit->kind == UnitKind::Date)
            throw Invalid{figurePath(i, "numeral"), LoaderText::tr("\"%1\" is not a date").arg(fig.numeral)};
        if (m->kind != NumberMention::Period && !sameValue(m->value, fig.value))
            throw Invalid{figurePath(i, "value"), LoaderText::tr("%1 does not match the text, which says %2 (\"%3\")")
                                                      .arg(QString::number(fig.value, 'g', 15),
                                                           QString::number(m->value, 'g', 15), fig.numeral)};
        if (m->kind == NumberMention::Range && !unit->acceptsMeasure(m->measure))
            throw Invalid{figurePath(i, "unit"), LoaderText::tr("\"%1\" does not fit the text's measure word \"%2\"")
                                                     .arg(fig.unit, m->measure)};
        return;
    }
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
            // A derived number rests on decided figures only, never on a scanner's guess.
            if (ds.figures[k].candidate)
                throw Invalid{figurePath(i, "derived.inputs"),
                              LoaderText::tr("\"%1\" is still undecided: decide it before deriving from it")
                                  .arg(input)};
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
            throw Invalid{figurePath(i, "value"),
                          LoaderText::tr("%1 does not match its formula, which gives %2")
                              .arg(QString::number(fig.value, 'g', 15), QString::number(result, 'g', 15))};
        // The qualifier follows from the inputs' by the table of qualifier.h: an approximate total
        // minus a lower bound is "about, at most", never "less than".
        auto q = formulas[i]->qualifier([&](const QString &id) -> std::optional<Qualifier> {
            const Figure *f = ds.figure(id);
            return f ? std::optional<Qualifier>(f->qualifier) : std::nullopt;
        });
        if (!q)
            throw Invalid{figurePath(i, "derived.formula"),
                          LoaderText::tr("its inputs are bounds on opposite sides (more than and less than): "
                                         "no qualifier follows, so the figure cannot be derived")};
        if (!sameValue(result, exact))
            q = rounded(*q);
        if (*q != fig.qualifier)
            throw Invalid{figurePath(i, "qualifier"), LoaderText::tr("\"%1\", but its inputs make it \"%2\"")
                                                          .arg(qualifierId(fig.qualifier), qualifierId(*q))};
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

// A derived figure cites what it is derived from: its quote holds every input's numeral (for an
// input derived in turn, that input's quote).
void checkDerivedQuotes(const Dataset &ds)
{
    for (int i = 0; i < ds.figures.size(); ++i) {
        const Figure &fig = ds.figures[i];
        for (const QString &id : fig.derived ? fig.inputs : QStringList()) {
            const Figure *input = ds.figure(id);
            const int start = input->derived ? input->quoteStart : input->numeralStart;
            const int end = start + (input->derived ? input->quoteLength : input->numeralLength);
            if (start < fig.quoteStart || end > fig.quoteStart + fig.quoteLength)
                throw Invalid{figurePath(i, "quote"),
                              LoaderText::tr("a derived figure quotes all its inputs; “%1” of \"%2\" is not in it")
                                  .arg(ds.text.reading().mid(start, end - start), id)};
        }
    }
}

// "Will be held" is not "was held": a quote that speaks of the future is a scheduled figure, and
// only such a quote is.
void checkStatus(const Figure &fig, int i)
{
    const bool says = quoteSpeaksOfFuture(fig.quote);
    if (says && fig.isDate() && fig.status != FigureStatus::Scheduled)
        throw Invalid{figurePath(i, "status"),
                      LoaderText::tr("the quote speaks of what is still to come; expected \"scheduled\"")};
    if (!says && fig.status == FigureStatus::Scheduled)
        throw Invalid{figurePath(i, "status"),
                      LoaderText::tr("\"scheduled\", but the quote does not say that it is still to come")};
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
                                                   .arg(fig.id)
                                                   .arg(seen.value(fig.id))};
        seen.insert(fig.id, i);
        if (!categories.contains(fig.category) && !(fig.candidate && fig.category.isEmpty()))
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
        checkStatus(fig, i);
    }
    checkDerived(ds);
    checkDerivedQuotes(ds);
    QSet<QString> chartIds;
    for (int c = 0; c < ds.charts.size(); ++c) {
        ChartSpec &chart = ds.charts[c];
        if (chartIds.contains(chart.id))
            throw Invalid{QStringLiteral("charts[%1].id").arg(c), LoaderText::tr("duplicate id \"%1\"").arg(chart.id)};
        chartIds.insert(chart.id);
        if (!chart.noteQuote.isEmpty() && found[ds.figures.size() + c].isEmpty())
            throw Invalid{QStringLiteral("charts[%1].note.quote").arg(c),
                          LoaderText::tr("“%1” is not in the report text").arg(shortQuote(chart.noteQuote))};
        const QList<int> &note = found[ds.figures.size() + c];
        checkChart(ds, chart, c, categories, note.isEmpty() ? -1 : note.first());
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/datasetchange.h"

#include "core/coverage.h"
#include "core/formula.h"

#include <QSet>

#include <cmath>

namespace tongdao {

namespace {

template <typename T>
void setElement(QList<T> &list, int index, const std::optional<T> &from, const std::optional<T> &to)
{
    if (from && to)
        list[index] = *to;
    else if (to)
        list.insert(index, *to);
    else
        list.removeAt(index);
}

} // namespace

DatasetChange &DatasetChange::replaceFigure(const Dataset &ds, int index, const Figure &after)
{
    m_steps.append(Element<Figure>{&Dataset::figures, index, ds.figures.at(index), after});
    return *this;
}

DatasetChange &DatasetChange::insertFigure(int index, const Figure &figure)
{
    m_steps.append(Element<Figure>{&Dataset::figures, index, std::nullopt, figure});
    return *this;
}

DatasetChange &DatasetChange::removeFigure(const Dataset &ds, int index)
{
    m_steps.append(Element<Figure>{&Dataset::figures, index, ds.figures.at(index), std::nullopt});
    return *this;
}

DatasetChange &DatasetChange::replaceChart(const Dataset &ds, int index, const ChartSpec &after)
{
    m_steps.append(Element<ChartSpec>{&Dataset::charts, index, ds.charts.at(index), after});
    return *this;
}

DatasetChange &DatasetChange::insertChart(int index, const ChartSpec &chart)
{
    m_steps.append(Element<ChartSpec>{&Dataset::charts, index, std::nullopt, chart});
    return *this;
}

DatasetChange &DatasetChange::removeChart(const Dataset &ds, int index)
{
    m_steps.append(Element<ChartSpec>{&Dataset::charts, index, ds.charts.at(index), std::nullopt});
    return *this;
}

DatasetChange &DatasetChange::insertUncharted(int index, const UnchartedNumber &number)
{
    m_steps.append(Element<UnchartedNumber>{&Dataset::uncharted, index, std::nullopt, number});
    return *this;
}

DatasetChange &DatasetChange::removeUncharted(const Dataset &ds, int index)
{
    m_steps.append(Element<UnchartedNumber>{&Dataset::uncharted, index, ds.uncharted.at(index), std::nullopt});
    return *this;
}

DatasetChange &DatasetChange::insertCategory(int index, const Category &category)
{
    m_steps.append(Element<Category>{&Dataset::categories, index, std::nullopt, category});
    return *this;
}

DatasetChange &DatasetChange::replaceReport(const Dataset &ds, const ReportInfo &after)
{
    m_steps.append(Report{ds.report, after});
    return *this;
}

void DatasetChange::apply(Dataset *ds) const
{
    for (const Step &step : m_steps)
        std::visit(
            [ds](const auto &s) {
                if constexpr (std::is_same_v<std::decay_t<decltype(s)>, Report>)
                    ds->report = s.after;
                else
                    setElement(ds->*(s.list), s.index, s.before, s.after);
            },
            step);
    ds->rebuildIndex();
}

void DatasetChange::revert(Dataset *ds) const
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
        std::visit(
            [ds](const auto &s) {
                if constexpr (std::is_same_v<std::decay_t<decltype(s)>, Report>)
                    ds->report = s.before;
                else
                    setElement(ds->*(s.list), s.index, s.after, s.before);
            },
            *it);
    ds->rebuildIndex();
}

void recomputeDerived(Dataset *ds, DatasetChange *change)
{
    // Inputs before the figures derived from them: repeat until nothing moves, at most once per
    // derived figure (a cycle simply stops moving; the validator names it).
    for (qsizetype pass = 0; pass <= ds->figures.size(); ++pass) {
        bool moved = false;
        for (int i = 0; i < ds->figures.size(); ++i) {
            const Figure &fig = ds->figures[i];
            if (!fig.derived)
                continue;
            const auto formula = Formula::parse(fig.formula, nullptr);
            if (!formula)
                continue;
            const double exact = formula->evaluate([ds](const QString &id) -> std::optional<double> {
                const Figure *f = ds->figure(id);
                return f && !f->isDate() ? std::optional<double>(f->value) : std::nullopt;
            });
            auto qualifier = formula->qualifier([ds](const QString &id) -> std::optional<Qualifier> {
                const Figure *f = ds->figure(id);
                return f ? std::optional<Qualifier>(f->qualifier) : std::nullopt;
            });
            if (!std::isfinite(exact) || !qualifier)
                continue;
            double value = exact;
            if (fig.roundDecimals >= 0) {
                const double scale = std::pow(10.0, fig.roundDecimals);
                value = std::round(exact * scale) / scale;
            }
            if (value != exact)
                qualifier = rounded(*qualifier);
            if (value == fig.value && *qualifier == fig.qualifier)
                continue;
            Figure after = fig;
            after.value = value;
            after.qualifier = *qualifier;
            change->replaceFigure(*ds, i, after);
            ds->figures[i] = after;
            moved = true;
        }
        if (!moved)
            break;
    }
}

void renameFigure(Dataset *ds, const QString &from, const QString &to, DatasetChange *change)
{
    const auto rename = [&](const QString &id) {
        return id == from ? QLatin1Char('{') + to + QLatin1Char('}') : QString();
    };
    for (int c = 0; c < ds->charts.size(); ++c) {
        ChartSpec chart = ds->charts[c];
        for (ChartItem &item : chart.items)
            if (item.figure == from)
                item.figure = to;
        for (LocalizedText &callout : chart.callouts)
            for (QString *text : {&callout.en, &callout.zh, &callout.ms})
                *text = replaceFigureReferences(*text, rename);
        if (chart.items.size() == ds->charts[c].items.size()) {
            bool same = true;
            for (qsizetype k = 0; k < chart.items.size() && same; ++k)
                same = chart.items[k].figure == ds->charts[c].items[k].figure;
            for (qsizetype k = 0; k < chart.callouts.size() && same; ++k)
                same = chart.callouts[k] == ds->charts[c].callouts[k];
            if (same)
                continue;
        }
        change->replaceChart(*ds, c, chart);
        ds->charts[c] = chart;
    }
    for (int i = 0; i < ds->figures.size(); ++i) {
        Figure fig = ds->figures[i];
        if (!fig.derived || !fig.inputs.contains(from))
            continue;
        fig.formula = replaceFigureReferences(fig.formula, rename);
        fig.inputs.replace(fig.inputs.indexOf(from), to);
        change->replaceFigure(*ds, i, fig);
        ds->figures[i] = fig;
    }
    ds->rebuildIndex();
}

void dropSettledCandidates(Dataset *ds, DatasetChange *change)
{
    if (std::none_of(ds->figures.cbegin(), ds->figures.cend(), [](const Figure &f) { return f.candidate; }))
        return;
    QSet<QString> holding;
    for (const CoverageEntry &e : Coverage::check(*ds).entries)
        if (e.status == CoverageEntry::Undecided)
            holding.insert(e.figureId);
    for (int i = int(ds->figures.size()) - 1; i >= 0; --i)
        if (ds->figures[i].candidate && !holding.contains(ds->figures[i].id)) {
            change->removeFigure(*ds, i);
            ds->figures.removeAt(i);
        }
    ds->rebuildIndex();
}

QString uniqueContext(const ReportText &text, int start, int length)
{
    const QString &reading = text.reading();
    const auto [sentence, sentenceLength] = text.sentenceAt(start);
    int from = start, to = start + length;
    while (true) {
        const QString candidate = reading.mid(from, to - from);
        const qsizetype first = reading.indexOf(candidate);
        if (reading.indexOf(candidate, first + 1) < 0)
            return candidate;
        if (from <= sentence && to >= sentence + sentenceLength)
            return candidate; // as unique as the sentence is
        from = std::max(sentence, from - 1);
        to = std::min(sentence + sentenceLength, to + 1);
    }
}

} // namespace tongdao

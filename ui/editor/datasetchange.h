// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QList>

#include <optional>
#include <variant>

namespace tongdao {

// What one edit does to a dataset: elements of its lists added, removed or replaced, and its
// report information replaced; applied in order, reverted in reverse. Small (it holds only the
// elements it touches), so that an undo stack of them stays small with thousands of figures.
class DatasetChange
{
public:
    DatasetChange &replaceFigure(const Dataset &ds, int index, const Figure &after);
    DatasetChange &insertFigure(int index, const Figure &figure);
    DatasetChange &removeFigure(const Dataset &ds, int index);
    DatasetChange &replaceChart(const Dataset &ds, int index, const ChartSpec &after);
    DatasetChange &insertChart(int index, const ChartSpec &chart);
    DatasetChange &removeChart(const Dataset &ds, int index);
    DatasetChange &insertUncharted(int index, const UnchartedNumber &number);
    DatasetChange &removeUncharted(const Dataset &ds, int index);
    DatasetChange &insertCategory(int index, const Category &category);
    DatasetChange &replaceReport(const Dataset &ds, const ReportInfo &after);

    // The steps of a later change, after these: one change that does both.
    DatasetChange &append(const DatasetChange &later)
    {
        m_steps.append(later.m_steps);
        return *this;
    }

    bool isEmpty() const { return m_steps.isEmpty(); }
    // Applies the steps to a dataset they were made for (the result of the steps before them).
    void apply(Dataset *ds) const;
    void revert(Dataset *ds) const;

private:
    template <typename T> struct Element
    {
        QList<T> Dataset::*list;
        int index;
        std::optional<T> before; // none: added
        std::optional<T> after;  // none: removed
    };
    struct Report
    {
        ReportInfo before;
        ReportInfo after;
    };
    using Step = std::variant<Element<Figure>, Element<ChartSpec>, Element<UnchartedNumber>, Element<Category>, Report>;
    QList<Step> m_steps;
};

// Derived figures follow their inputs: every derived figure's value and qualifier recomputed from
// its formula (inputs first), the changes added to *change and applied to *ds. A formula that does
// not evaluate leaves its figure as it is, for the validator to name.
void recomputeDerived(Dataset *ds, DatasetChange *change);
// A figure renamed: every chart item, callout and formula that refers to it follows, the changes
// added to *change and applied to *ds (where the figure already has its new id).
void renameFigure(Dataset *ds, const QString &from, const QString &to, DatasetChange *change);
// Candidates left with no undecided number of their own (a decided figure or an excuse now holds
// it) are removed, the changes added to *change and applied to *ds.
void dropSettledCandidates(Dataset *ds, DatasetChange *change);
// The shortest text around a number that occurs once in the report, within its sentence: an
// excuse for this number, not for every number written the same way.
QString uniqueContext(const ReportText &text, int start, int length);

} // namespace tongdao

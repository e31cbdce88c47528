// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/numberformatter.h"

#include <QAbstractTableModel>

#include <memory>

namespace tongdao {

// One row per figure of the report: what it is, its value, and the quote that states it.
class StatisticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        IdColumn,
        CategoryColumn,
        LabelColumn,
        ValueColumn,
        UnitColumn,
        PeriodColumn,
        QualifierColumn,
        DerivedColumn,
        QuoteColumn,         // in the reading language: Tongdao's translation where there is one
        OriginalQuoteColumn, // the quote as the report states it
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        FigureIdRole = Qt::UserRole + 1,
        RawValueRole,   // double, base units (the year for a date)
        UnitRole,       // unit id
        QualifierRole,  // int(Qualifier)
        QuoteStartRole, // offsets in the reading text
        QuoteLengthRole,
        NumeralStartRole,
        NumeralLengthRole,
        CategoryRole,         // category id
        DerivedRole,          // bool
        FormulaRole,          // the formula with the inputs' values, e.g. "3,174 trains − 1,657 trains"
        DateRole,             // QDate, for dates
        PeriodRole,           // ISO period text
        SectionRole,          // index of the report section quoted
        SortRole,             // raw value for numbers, text otherwise
        ValueTextRole,        // the value in words: "more than US$32.2 billion"
        SymbolTextRole,       // the value in compact form: "> US$32.2 billion"
        StatusTextRole,       // one line: label, value and quote, for a status bar
        QuoteTranslationRole, // the quote in the reading language's translation; empty where none
    };
    // Qt::ToolTipRole: label, value, period, formula and quote, one per line. Every pane that
    // describes a figure reads these roles: a figure's texts are built here and nowhere else.
    Q_ENUM(Roles)

    explicit StatisticsModel(QObject *parent = nullptr);
    ~StatisticsModel() override;

    void setDataset(std::shared_ptr<Dataset> dataset);
    const Dataset *dataset() const { return m_dataset.get(); }

    Language language() const { return m_formatter.language(); }
    void setLanguage(Language language);
    const NumberFormatter &formatter() const { return m_formatter; }

    int rowOf(QStringView figureId) const;
    QModelIndex indexOf(QStringView figureId, int column = LabelColumn) const;
    const Figure *figureAt(int row) const;
    // The figure's value written out for this language; Symbols for compact places.
    QString valueText(const Figure &figure, NumberFormatter::Style style) const;
    // The figure's texts (the roles above), for one that has no row yet or in another model.
    QString toolTipText(const Figure &figure) const;
    QString statusText(const Figure &figure) const;
    // The figure's phrase in the translation into the current language, if it has a checked one.
    QString quoteTranslation(const Figure &figure) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sets a stated figure's value (EditRole or RawValueRole on ValueColumn); derived figures follow.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void languageChanged(tongdao::Language language);

private:
    QString formulaText(const Figure &figure) const;
    void recomputeDerived(QList<int> *changedRows);

    std::shared_ptr<Dataset> m_dataset;
    NumberFormatter m_formatter;
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tongdao {

class LocalizedFields;
class QuoteSelector;

// The fields of one figure: what the figure editor shows and reads back. No logic beyond turning
// a Figure into field values and back; every field says when it was edited.
class FigureForm : public QWidget
{
    Q_OBJECT

public:
    explicit FigureForm(QWidget *parent = nullptr);

    // Fills the fields from a figure of a dataset (its categories, its text for the quote).
    void setFigure(const Dataset &ds, const Figure &figure);
    // The figure as the fields now say, on top of the one set.
    Figure figure() const;
    // A derived figure's value and qualifier as its formula gives them now.
    void showDerived(const Figure &figure);
    // The field a validator place names ("figures[3].quote" → the quote), for focus and marking.
    QWidget *fieldFor(const QString &place) const;
    // The name of that field as its label reads ("Quote").
    QString fieldName(const QString &place) const;
    // A new category typed into the category box, not yet in the dataset; empty if none.
    std::optional<Category> newCategory(const Dataset &ds) const;

    LocalizedFields *labels() const { return m_labels; }
    QuoteSelector *quote() const { return m_quote; }
    QLineEdit *idField() const { return m_id; }
    QLineEdit *formulaField() const { return m_formula; }
    QComboBox *categoryField() const { return m_category; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString categoryId(const QString &text) const;
    void fillChoices();

    Figure m_figure;
    QString m_readingText;
    QFormLayout *m_layout;
    QLineEdit *m_id;
    LocalizedFields *m_labels;
    QComboBox *m_category;
    QList<Category> m_categories;
    QLineEdit *m_value;
    QComboBox *m_unit;
    QComboBox *m_qualifier;
    QComboBox *m_measure;
    QComboBox *m_status;
    QLineEdit *m_period;
    QLabel *m_numeral;
    QuoteSelector *m_quote;
    QGroupBox *m_derived;
    QLineEdit *m_formula;
    QLabel *m_formulaLabel;
    QLabel *m_roundLabel;
    QSpinBox *m_round;
};

} // namespace tongdao

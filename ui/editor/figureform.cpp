// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/figureform.h"

#include "core/accelerator.h"
#include "core/numberformatter.h"
#include "core/units.h"
#include "ui/editor/localizedfields.h"
#include "ui/editor/quoteselector.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace tongdao {

namespace {

// The sentences a quote lies in: a derived figure may quote two.
std::pair<int, int> sentencesAround(const ReportText &text, int start, int length)
{
    const auto first = text.sentenceAt(start);
    const auto last = text.sentenceAt(std::max(start, start + length - 1));
    const int from = std::min(first.first, start);
    const int to = std::max({last.first + last.second, first.first + first.second, start + length});
    return {from, to - from};
}

} // namespace

FigureForm::FigureForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_id(new QLineEdit(this))
    , m_labels(new LocalizedFields(this))
    , m_category(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_qualifier(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_numeral(new QLabel(this))
    , m_quote(new QuoteSelector(this))
    , m_derived(new QGroupBox(this))
    , m_formula(new QLineEdit(m_derived))
    , m_round(new QSpinBox(m_derived))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_id->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]{0,63}")), m_id));
    m_numeral->setTextFormat(Qt::PlainText);
    m_numeral->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QComboBox *box : {m_category, m_unit, m_qualifier, m_measure, m_status}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_round->setRange(-1, 6);
    auto *derivedLayout = new QFormLayout(m_derived);
    m_formulaLabel = new QLabel(m_derived);
    m_formulaLabel->setBuddy(m_formula);
    m_roundLabel = new QLabel(m_derived);
    m_roundLabel->setBuddy(m_round);
    derivedLayout->addRow(m_formulaLabel, m_formula);
    derivedLayout->addRow(m_roundLabel, m_round);

    for (QWidget *field : std::initializer_list<QWidget *>{m_quote, m_numeral, m_labels, m_category, m_value, m_unit,
                                                           m_qualifier, m_period, m_measure, m_status, m_id})
        m_layout->addRow(new QLabel(this), field);
    m_layout->addRow(m_derived);

    for (QLineEdit *line : {m_id, m_value, m_period, m_formula})
        connect(line, &QLineEdit::textEdited, this, &FigureForm::edited);
    for (QComboBox *box : {m_unit, m_qualifier, m_measure, m_status, m_category})
        connect(box, &QComboBox::activated, this, &FigureForm::edited);
    connect(m_category, &QComboBox::editTextChanged, this, &FigureForm::edited);
    connect(m_round, &QSpinBox::valueChanged, this, &FigureForm::edited);
    connect(m_labels, &LocalizedFields::edited, this, &FigureForm::edited);
    connect(m_quote, &QuoteSelector::quoteChanged, this, &FigureForm::edited);
    retranslate();
}

void FigureForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FigureForm::retranslate()
{
    const QStringList names{tr("&Quote"),     tr("Numeral"), tr("&Label"),   tr("&Category"), tr("&Value"), tr("&Unit"),
                            tr("Qualifi&er"), tr("&Period"), tr("&Measure"), tr("&Status"),   tr("&Id")};
    for (int row = 0; row < names.size(); ++row)
        if (auto *label = qobject_cast<QLabel *>(m_layout->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(names[row]);
            label->setBuddy(m_layout->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    m_derived->setTitle(tr("Derived from other figures"));
    m_formulaLabel->setText(tr("&Formula"));
    m_roundLabel->setText(tr("&Round to decimals"));
    m_formula->setPlaceholderText(tr("{figure-id} - {other-id}"));
    m_round->setSpecialValueText(tr("no rounding"));
    m_value->setToolTip(tr("In base units: 322亿 is 32200000000; a date as YYYY-MM-DD, YYYY-MM or YYYY."));
    m_period->setPlaceholderText(tr("2020-01/2020-09, 2019, /2020-09 or empty"));
    m_quote->setToolTip(tr("The quote is the selection: widen or narrow it with the mouse or Shift+arrow keys."));
    m_labels->setPlaceholder(tr("What the figure counts"));
    fillChoices();
}

void FigureForm::fillChoices()
{
    const QString unit = m_unit->currentData().toString();
    m_unit->clear();
    for (const Unit &u : allUnits())
        m_unit->addItem(QStringLiteral("%1 — %2").arg(u.idString(), u.displayName()), u.idString());
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));

    const int qualifier = m_qualifier->currentIndex();
    m_qualifier->clear();
    for (Qualifier q : {Qualifier::Exact, Qualifier::Approximate, Qualifier::MoreThan, Qualifier::LessThan,
                        Qualifier::AboutAtLeast, Qualifier::AboutAtMost})
        m_qualifier->addItem(qualifierId(q), int(q));
    m_qualifier->setCurrentIndex(std::max(0, qualifier));

    const int measure = m_measure->currentIndex();
    m_measure->clear();
    m_measure->addItem(tr("over its period"), int(Measure::Period));
    m_measure->addItem(tr("running total to its end"), int(Measure::Cumulative));
    m_measure->addItem(tr("at a point in time"), int(Measure::Point));
    m_measure->setCurrentIndex(std::max(0, measure));

    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("reported: it has happened"), int(FigureStatus::Reported));
    m_status->addItem(tr("scheduled: still to come"), int(FigureStatus::Scheduled));
    m_status->setCurrentIndex(std::max(0, status));
}

void FigureForm::setFigure(const Dataset &ds, const Figure &figure)
{
    m_figure = figure;
    m_id->setText(figure.id);
    m_labels->setText(figure.label);
    m_category->clear();
    m_categories = ds.categories;
    for (const Category &c : ds.categories)
        m_category->addItem(QStringLiteral("%1 (%2)").arg(c.label.text(Language::English), c.id), c.id);
    const int category = m_category->findData(figure.category);
    m_category->setCurrentIndex(category);
    if (category < 0)
        m_category->setEditText(figure.category);
    m_value->setText(QString::number(figure.value, 'g', 15));
    if (figure.isDate())
        m_value->setText(figure.datePrecision == DatePrecision::Year ? QString::number(figure.date.year())
                         : figure.datePrecision == DatePrecision::Month
                             ? figure.date.toString(QStringLiteral("yyyy-MM"))
                             : figure.date.toString(Qt::ISODate));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(figure.unit)));
    m_qualifier->setCurrentIndex(std::max(0, m_qualifier->findData(int(figure.qualifier))));
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(int(figure.measure))));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(figure.status))));
    m_period->setText(figure.period.iso);
    m_numeral->setText(figure.derived ? tr("(derived: the formula's inputs are marked in the quote)") : figure.numeral);
    m_derived->setVisible(figure.derived);
    m_formula->setText(figure.formula);
    m_round->setValue(figure.roundDecimals);
    m_value->setReadOnly(figure.derived);
    m_qualifier->setEnabled(!figure.derived);

    // The quote's sentence, the quote selected, the numerals it must keep in bold.
    QList<std::pair<int, int>> keep;
    if (figure.numeralStart >= 0)
        keep.append({figure.numeralStart, figure.numeralLength});
    for (const QString &input : figure.derived ? figure.inputs : QStringList())
        if (const Figure *f = ds.figure(input); f && f->numeralStart >= 0)
            keep.append({f->numeralStart, f->numeralLength});
    int start = figure.quoteStart;
    if (start < 0 && !keep.isEmpty())
        start = keep.first().first;
    const auto sentence = sentencesAround(ds.text, std::max(0, start), int(figure.quote.size()));
    m_quote->setSentence(ds.text.reading().mid(sentence.first, sentence.second), sentence.first,
                         {figure.quoteStart >= 0 ? figure.quoteStart : sentence.first,
                          figure.quoteStart >= 0 ? figure.quoteLength : sentence.second},
                         keep);
    m_readingText = ds.text.reading();
}

Figure FigureForm::figure() const
{
    Figure f = m_figure;
    f.id = m_id->text().trimmed();
    f.label = m_labels->text();
    f.category = categoryId(m_category->currentText().trimmed());
    f.unit = m_unit->currentData().toString();
    const QString value = m_value->text().trimmed();
    if (f.isDate()) {
        if (const auto date = parseIsoDate(value)) {
            f.date = date->first;
            f.datePrecision = date->second;
            f.value = f.date.year();
        } else {
            f.date = QDate();
        }
    } else if (!f.derived) {
        bool ok = false;
        const double v = value.toDouble(&ok);
        f.value = ok ? v : std::nan("");
        f.qualifier = Qualifier(m_qualifier->currentData().toInt());
    }
    f.measure = Measure(m_measure->currentData().toInt());
    f.status = FigureStatus(m_status->currentData().toInt());
    const QString period = m_period->text().trimmed();
    f.period = period.isEmpty() ? Period{} : Period::parse(period).value_or(Period{period, {}, {}});
    const auto [start, length] = m_quote->quote();
    f.quote = m_readingText.mid(start, length);
    // Which occurrence, when the quote occurs more than once.
    int before = 0, total = 0;
    for (qsizetype at = m_readingText.indexOf(f.quote); at >= 0 && !f.quote.isEmpty();
         at = m_readingText.indexOf(f.quote, at + 1)) {
        ++total;
        if (at < start)
            ++before;
    }
    f.quoteOccurrence = total > 1 ? before + 1 : 0;
    if (f.derived) {
        f.formula = m_formula->text().trimmed();
        f.inputs = figureReferences(f.formula);
        f.roundDecimals = m_round->value();
    }
    return f;
}

void FigureForm::showDerived(const Figure &figure)
{
    m_value->setText(QString::number(figure.value, 'g', 15));
    m_qualifier->setCurrentIndex(std::max(0, m_qualifier->findData(int(figure.qualifier))));
}

// The category a typed text names: an entry of the list, an id, or a label in any language.
QString FigureForm::categoryId(const QString &text) const
{
    if (const int item = m_category->findText(text); item >= 0)
        return m_category->itemData(item).toString();
    for (const Category &c : m_categories)
        if (c.id == text || c.label.en == text || c.label.zh == text || c.label.ms == text)
            return c.id;
    return {};
}

std::optional<Category> FigureForm::newCategory(const Dataset &ds) const
{
    const QString text = m_category->currentText().trimmed();
    if (text.isEmpty() || !categoryId(text).isEmpty() || ds.category(text))
        return std::nullopt;
    // The id from the name where it is written in lower-case Latin letters, else numbered; the name
    // as typed is the label in the report's language.
    QString id = text.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id = id.mid(0, 48).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    for (int n = 1; id.isEmpty() || ds.category(id); ++n)
        id = QStringLiteral("category-%1").arg(int(ds.categories.size()) + n);
    Category category{id, {}};
    (ds.report.language == Language::English ? category.label.en : category.label.zh) = text;
    return category;
}

QWidget *FigureForm::fieldFor(const QString &place) const
{
    const QString field = place.section(QLatin1Char('.'), 1);
    if (field.startsWith(u"label"))
        return m_labels;
    if (field.startsWith(u"derived"))
        return m_formula;
    static const QList<std::pair<const char16_t *, int>> rows{{u"quote", 0},     {u"occurrence", 0}, {u"numeral", 1},
                                                              {u"category", 3},  {u"value", 4},      {u"unit", 5},
                                                              {u"qualifier", 6}, {u"period", 7},     {u"measure", 8},
                                                              {u"status", 9},    {u"id", 10}};
    for (const auto &[name, row] : rows)
        if (field == QStringView(name))
            return m_layout->itemAt(row, QFormLayout::FieldRole)->widget();
    return nullptr;
}

QString FigureForm::fieldName(const QString &place) const
{
    QWidget *field = fieldFor(place);
    if (!field)
        return {};
    if (field == m_formula)
        return tr("Formula");
    if (auto *label = qobject_cast<QLabel *>(m_layout->labelForField(field)))
        return withoutAccelerator(label->text());
    return {};
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/statisticsmodel.h"

#include "core/formula.h"

#include <cmath>
#include <optional>

namespace tongdao {

StatisticsModel::StatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

StatisticsModel::~StatisticsModel() = default;

void StatisticsModel::setDataset(std::shared_ptr<Dataset> dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

void StatisticsModel::setLanguage(Language language)
{
    if (language == m_formatter.language())
        return;
    m_formatter = NumberFormatter(language);
    // Every translated text changes, the quote shown in the reading language too; ids, raw values
    // and the original quotes do not.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, CategoryColumn), index(rowCount() - 1, QuoteColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT languageChanged(language);
}

int StatisticsModel::rowOf(QStringView figureId) const
{
    return m_dataset ? m_dataset->figureIndex(figureId) : -1;
}

QModelIndex StatisticsModel::indexOf(QStringView figureId, int column) const
{
    const int row = rowOf(figureId);
    return row >= 0 ? index(row, column) : QModelIndex();
}

const Figure *StatisticsModel::figureAt(int row) const
{
    return m_dataset && row >= 0 && row < m_dataset->figures.size() ? &m_dataset->figures[row] : nullptr;
}

int StatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->figures.size());
}

int StatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatisticsModel::valueText(const Figure &figure, NumberFormatter::Style style) const
{
    if (figure.isDate()) {
        const QString date = m_formatter.date(figure.date, figure.datePrecision);
        return figure.status == FigureStatus::Scheduled ? m_formatter.markScheduled(date) : date;
    }
    const QString text = m_formatter.quantity(figure.value, figure.unit, figure.qualifier, style);
    return figure.derived ? m_formatter.markDerived(text) : text;
}

QString StatisticsModel::formulaText(const Figure &figure) const
{
    if (!figure.derived)
        return {};
    // "{a} - {b}" becomes "3,174 trains − 1,657 trains": the inputs as the reader knows them.
    QString text = figure.formula;
    text.replace(QLatin1String(" - "), QStringLiteral(" − "))
        .replace(QLatin1String(" * "), QStringLiteral(" × "))
        .replace(QLatin1String(" / "), QStringLiteral(" ÷ "));
    return replaceFigureReferences(text, [this](const QString &id) {
        const Figure *input = m_dataset->figure(id);
        return input ? valueText(*input, NumberFormatter::Symbols) : QString();
    });
}

QString StatisticsModel::toolTipText(const Figure &f) const
{
    QString tip = f.label.text(language()) + QLatin1Char('\n') + valueText(f, NumberFormatter::Words);
    const QString period = m_formatter.period(f.period);
    if (!period.isEmpty() && !f.isDate())
        tip += QStringLiteral(" · ") + period;
    if (f.derived)
        tip += QLatin1Char('\n') + tr("Derived: %1").arg(formulaText(f));
    // The quote in the reader's language, and always the original, which is the authority.
    if (const QString translated = quoteTranslation(f); !translated.isEmpty())
        return tip + QStringLiteral("\n“") + translated + QStringLiteral("”\n") + tr("Original: “%1”").arg(f.quote);
    return tip + QStringLiteral("\n“") + f.quote + QStringLiteral("”");
}

QString StatisticsModel::quoteTranslation(const Figure &f) const
{
    const Language lang = language();
    if (lang == Language::Chinese || !m_dataset || !m_dataset->translation(lang))
        return {};
    const TranslatedQuote &q = f.translation(lang);
    return q.quoteStart >= 0 ? q.quote : QString();
}

QString StatisticsModel::statusText(const Figure &f) const
{
    const QString label = f.label.text(language()), value = valueText(f, NumberFormatter::Words);
    if (const QString translated = quoteTranslation(f); !translated.isEmpty())
        return tr("%1: %2 — source: “%3” (original: “%4”)").arg(label, value, translated, f.quote);
    return tr("%1: %2 — source: “%3”").arg(label, value, f.quote);
}

QVariant StatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Figure &f = m_dataset->figures[index.row()];
    const Language lang = m_formatter.language();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return f.id;
        case CategoryColumn: {
            const Category *c = m_dataset->category(f.category);
            return c ? c->label.text(lang) : f.category;
        }
        case LabelColumn:
            return f.label.text(lang);
        case ValueColumn:
            return valueText(f, NumberFormatter::Symbols);
        case UnitColumn: {
            const Unit *u = findUnit(f.unit);
            return u ? u->displayName() : f.unit;
        }
        case PeriodColumn:
            return m_formatter.period(f.period);
        case QualifierColumn:
            return m_formatter.qualifierName(f.qualifier);
        case DerivedColumn:
            return f.derived ? tr("derived") : tr("stated");
        case QuoteColumn: {
            const QString translated = quoteTranslation(f);
            return translated.isEmpty() ? f.quote : translated;
        }
        case OriginalQuoteColumn:
            return f.quote;
        }
        break;
    case Qt::EditRole:
        return index.column() == ValueColumn ? QVariant(f.value) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return toolTipText(f);
    case QuoteTranslationRole:
        return quoteTranslation(f);
    case StatusTextRole:
        return statusText(f);
    case SymbolTextRole:
        return valueText(f, NumberFormatter::Symbols);
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        break;
    case FigureIdRole:
        return f.id;
    case RawValueRole:
        return f.value;
    case UnitRole:
        return f.unit;
    case QualifierRole:
        return int(f.qualifier);
    case QuoteStartRole:
        return f.quoteStart;
    case QuoteLengthRole:
        return f.quoteLength;
    case NumeralStartRole:
        return f.numeralStart;
    case NumeralLengthRole:
        return f.numeralLength;
    case CategoryRole:
        return f.category;
    case DerivedRole:
        return f.derived;
    case FormulaRole:
        return formulaText(f);
    case DateRole:
        return f.isDate() ? QVariant(f.date) : QVariant();
    case PeriodRole:
        return f.period.iso;
    case SectionRole:
        return f.section;
    case SortRole:
        if (index.column() == ValueColumn)
            return f.isDate() ? QVariant(f.date.toJulianDay()) : QVariant(f.value);
        return data(index, Qt::DisplayRole);
    case ValueTextRole:
        return valueText(f, NumberFormatter::Words);
    }
    return {};
}

QVariant StatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case CategoryColumn:
        return tr("Category");
    case LabelColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case PeriodColumn:
        return tr("Period");
    case QualifierColumn:
        return tr("Qualifier");
    case DerivedColumn:
        return tr("Source");
    case QuoteColumn:
        return tr("Quote");
    case OriginalQuoteColumn:
        return tr("Original quote");
    }
    return {};
}

Qt::ItemFlags StatisticsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    const Figure *f = index.isValid() ? figureAt(index.row()) : nullptr;
    if (f && index.column() == ValueColumn && !f->derived && !f->isDate())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StatisticsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ValueColumn || (role != Qt::EditRole && role != RawValueRole))
        return false;
    Figure &f = m_dataset->figures[index.row()];
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || !std::isfinite(v) || f.derived || f.isDate())
        return false;
    if (v == f.value)
        return true;
    f.value = v;
    QList<int> changed{index.row()};
    recomputeDerived(&changed);
    for (int row : changed)
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

void StatisticsModel::recomputeDerived(QList<int> *changedRows)
{
    // Derived figures may depend on derived figures: repeat until nothing moves (the loader has
    // already refused cycles, so this ends within the number of derived figures).
    for (qsizetype pass = 0; pass <= m_dataset->figures.size(); ++pass) {
        bool moved = false;
        for (int i = 0; i < m_dataset->figures.size(); ++i) {
            Figure &f = m_dataset->figures[i];
            if (!f.derived)
                continue;
            const auto formula = Formula::parse(f.formula, nullptr);
            if (!formula)
                continue;
            double v = formula->evaluate([this](const QString &id) -> std::optional<double> {
                const Figure *input = m_dataset->figure(id);
                return input ? std::optional<double>(input->value) : std::nullopt;
            });
            if (f.roundDecimals >= 0 && std::isfinite(v)) {
                const double scale = std::pow(10.0, f.roundDecimals);
                v = std::round(v * scale) / scale;
            }
            if (std::isfinite(v) && v != f.value) {
                f.value = v;
                moved = true;
                if (!changedRows->contains(i))
                    changedRows->append(i);
            }
        }
        if (!moved)
            break;
    }
}

} // namespace tongdao

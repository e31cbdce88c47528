// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/localizedfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tongdao {

LocalizedFields::LocalizedFields(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (Language language : allLanguages) {
        auto *line = new QLineEdit(this);
        line->setClearButtonEnabled(true);
        connect(line, &QLineEdit::textEdited, this, &LocalizedFields::edited);
        m_lines[size_t(language)] = line;
        auto *label = new QLabel(this);
        label->setBuddy(line);
        m_labels[size_t(language)] = label;
    }
    setRequired(Language::Chinese);
}

LocalizedText LocalizedFields::text() const
{
    return LocalizedText{line(Language::English)->text().trimmed(), line(Language::Chinese)->text().trimmed(),
                         line(Language::Malay)->text().trimmed()};
}

void LocalizedFields::setText(const LocalizedText &text)
{
    // A line that already says this (but for the spaces being typed at its ends) is left alone,
    // with its cursor.
    for (const auto &[language, value] : {std::pair{Language::English, &text.en},
                                          std::pair{Language::Chinese, &text.zh}, std::pair{Language::Malay, &text.ms}})
        if (line(language)->text().trimmed() != *value)
            line(language)->setText(*value);
}

void LocalizedFields::setRequired(Language language)
{
    m_required = language;
    // Rows in order: the required language, then the others in the usual order.
    for (Language l : allLanguages) {
        if (m_layout->rowCount() == 0)
            break;
        const QFormLayout::TakeRowResult row = m_layout->takeRow(m_lines[size_t(l)]);
        delete row.labelItem; // the layout items only; the widgets stay
        delete row.fieldItem;
    }
    QList<Language> order{language};
    for (Language l : allLanguages)
        if (l != language)
            order.append(l);
    for (Language l : order)
        m_layout->addRow(m_labels[size_t(l)], m_lines[size_t(l)]);
    relabel();
}

void LocalizedFields::setPlaceholder(const QString &text)
{
    for (QLineEdit *line : m_lines)
        line->setPlaceholderText(text);
}

void LocalizedFields::relabel()
{
    // Language names are written in themselves, as in the Language menu: not translated.
    for (Language l : allLanguages) {
        QString name = nativeLanguageName(l);
        if (l == m_required)
            name += QStringLiteral(" *");
        m_labels[size_t(l)]->setText(name);
        m_lines[size_t(l)]->setAccessibleName(name);
    }
}

} // namespace tongdao

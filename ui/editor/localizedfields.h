// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QWidget>

#include <array>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace tongdao {

// A text in the three languages, one line each, labelled with the language's own name; the
// report's language first and marked as required.
class LocalizedFields : public QWidget
{
    Q_OBJECT

public:
    explicit LocalizedFields(QWidget *parent = nullptr);

    LocalizedText text() const;
    void setText(const LocalizedText &text);
    // The language the report is written in: its line comes first and must not stay empty.
    void setRequired(Language language);
    QLineEdit *line(Language language) const { return m_lines[size_t(language)]; }
    void setPlaceholder(const QString &text);

Q_SIGNALS:
    void edited();

private:
    void relabel();

    std::array<QLineEdit *, 3> m_lines{};
    std::array<QLabel *, 3> m_labels{};
    QFormLayout *m_layout;
    Language m_required = Language::Chinese;
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/qualifier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tongdao {

// The arithmetic of a derived figure: numbers, {figure-id} references, + - * / and parentheses.
// "{rail-2020} - {rail-yoy}", "{rail-yoy} / ({rail-2020} - {rail-yoy}) * 100".
class Formula
{
public:
    // nullopt with *error set ("unexpected ')' at 7") when the text is not a formula.
    static std::optional<Formula> parse(QStringView text, QString *error);

    const QString &text() const { return m_text; }
    // The figure ids referred to, each once, in order of first use.
    QStringList references() const;
    // NaN when a reference is unknown or a division by zero occurs.
    double evaluate(const std::function<std::optional<double>(const QString &)> &lookup) const;
    // The result's qualifier by the table of qualifier.h, numbers in the formula being exact;
    // nullopt when a reference is unknown or the inputs' bounds point opposite ways.
    std::optional<Qualifier> qualifier(const std::function<std::optional<Qualifier>(const QString &)> &lookup) const;

private:
    struct Token
    {
        enum Type { Number, Reference, Plus, Minus, Times, Divide, Negate } type;
        double number = 0;
        QString reference;
    };
    QString m_text;
    QList<Token> m_rpn;
};

} // namespace tongdao

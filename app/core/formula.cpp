// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formula.h"

#include <QCoreApplication>

#include <cmath>

namespace tongdao {

namespace {
struct FormulaText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::Formula)
};

constexpr int maxFormulaLength = 1000;
constexpr int maxDepth = 32;
} // namespace

std::optional<Formula> Formula::parse(QStringView text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Formula> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.size() > maxFormulaLength)
        return fail(FormulaText::tr("formula longer than %1 characters").arg(maxFormulaLength));

    Formula f;
    f.m_text = text.toString();
    // Shunting-yard: operators wait on a stack until an operand of lower precedence arrives.
    struct Op
    {
        Token::Type type;
        bool paren;
    };
    QList<Op> ops;
    auto precedence = [](Token::Type t) {
        return t == Token::Negate ? 3 : (t == Token::Times || t == Token::Divide) ? 2 : 1;
    };
    bool expectOperand = true;
    int depth = 0;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (expectOperand) {
            if (c == u'(') {
                if (++depth > maxDepth)
                    return fail(FormulaText::tr("parentheses nested deeper than %1").arg(maxDepth));
                ops.append({Token::Plus, true});
                ++i;
            } else if (c == u'-') {
                ops.append({Token::Negate, false});
                ++i;
            } else if (c == u'{') {
                const int close = int(text.indexOf(u'}', i));
                if (close < 0)
                    return fail(FormulaText::tr("unclosed '{' at %1").arg(i + 1));
                const QString ref = text.mid(i + 1, close - i - 1).trimmed().toString();
                if (ref.isEmpty())
                    return fail(FormulaText::tr("empty reference at %1").arg(i + 1));
                f.m_rpn.append({Token::Reference, 0, ref});
                i = close + 1;
                expectOperand = false;
            } else if (c.isDigit() || c == u'.') {
                int j = i;
                while (j < n && (text[j].isDigit() || text[j] == u'.'))
                    ++j;
                bool ok = false;
                const double v = text.mid(i, j - i).toDouble(&ok);
                if (!ok)
                    return fail(FormulaText::tr("bad number at %1").arg(i + 1));
                f.m_rpn.append({Token::Number, v, {}});
                i = j;
                expectOperand = false;
            } else {
                return fail(FormulaText::tr("expected a number, {figure-id} or '(' at %1").arg(i + 1));
            }
            continue;
        }
        if (c == u')') {
            while (!ops.isEmpty() && !ops.last().paren)
                f.m_rpn.append({ops.takeLast().type, 0, {}});
            if (ops.isEmpty())
                return fail(FormulaText::tr("unexpected ')' at %1").arg(i + 1));
            ops.removeLast();
            --depth;
            ++i;
            continue;
        }
        Token::Type type;
        if (c == u'+')
            type = Token::Plus;
        else if (c == u'-')
            type = Token::Minus;
        else if (c == u'*' || c == u'×')
            type = Token::Times;
        else if (c == u'/' || c == u'÷')
            type = Token::Divide;
        else
            return fail(FormulaText::tr("expected an operator at %1").arg(i + 1));
        while (!ops.isEmpty() && !ops.last().paren && precedence(ops.last().type) >= precedence(type))
            f.m_rpn.append({ops.takeLast().type, 0, {}});
        ops.append({type, false});
        expectOperand = true;
        ++i;
    }
    if (expectOperand)
        return fail(FormulaText::tr("formula ends without an operand"));
    while (!ops.isEmpty()) {
        if (ops.last().paren)
            return fail(FormulaText::tr("unclosed '('"));
        f.m_rpn.append({ops.takeLast().type, 0, {}});
    }
    return f;
}

QStringList Formula::references() const
{
    QStringList refs;
    for (const Token &t : m_rpn)
        if (t.type == Token::Reference && !refs.contains(t.reference))
            refs.append(t.reference);
    return refs;
}

double Formula::evaluate(const std::function<std::optional<double>(const QString &)> &lookup) const
{
    QList<double> stack;
    for (const Token &t : m_rpn) {
        switch (t.type) {
        case Token::Number:
            stack.append(t.number);
            break;
        case Token::Reference: {
            const auto v = lookup(t.reference);
            if (!v)
                return std::nan("");
            stack.append(*v);
            break;
        }
        case Token::Negate:
            if (stack.isEmpty())
                return std::nan("");
            stack.last() = -stack.last();
            break;
        default: {
            if (stack.size() < 2)
                return std::nan("");
            const double b = stack.takeLast();
            const double a = stack.takeLast();
            if (t.type == Token::Divide && b == 0)
                return std::nan("");
            stack.append(t.type == Token::Plus    ? a + b
                         : t.type == Token::Minus ? a - b
                         : t.type == Token::Times ? a * b
                                                  : a / b);
        }
        }
    }
    return stack.size() == 1 ? stack.first() : std::nan("");
}

std::optional<Qualifier>
Formula::qualifier(const std::function<std::optional<Qualifier>(const QString &)> &lookup) const
{
    QList<Qualifier> stack;
    for (const Token &t : m_rpn) {
        switch (t.type) {
        case Token::Number:
            stack.append(Qualifier::Exact);
            break;
        case Token::Reference: {
            const auto q = lookup(t.reference);
            if (!q)
                return std::nullopt;
            stack.append(*q);
            break;
        }
        case Token::Negate: // −x: the side turns over, as 0 − x
            if (stack.isEmpty())
                return std::nullopt;
            if (const auto q = combine(Qualifier::Exact, Operation::Subtract, stack.last()))
                stack.last() = *q;
            else
                return std::nullopt;
            break;
        default: {
            if (stack.size() < 2)
                return std::nullopt;
            const Qualifier b = stack.takeLast();
            const Qualifier a = stack.takeLast();
            const Operation op = t.type == Token::Plus  ? Operation::Add
                               : t.type == Token::Minus ? Operation::Subtract
                               : t.type == Token::Times ? Operation::Multiply
                                                        : Operation::Divide;
            const auto q = combine(a, op, b);
            if (!q)
                return std::nullopt;
            stack.append(*q);
        }
        }
    }
    return stack.size() == 1 ? std::optional<Qualifier>(stack.first()) : std::nullopt;
}

} // namespace tongdao

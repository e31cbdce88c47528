// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/quoteselector.h"

#include <QTextBlock>

namespace tongdao {

QuoteSelector::QuoteSelector(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    connect(this, &QPlainTextEdit::selectionChanged, this, [this] {
        if (!m_setting)
            Q_EMIT quoteChanged();
    });
}

void QuoteSelector::setSentence(const QString &sentence, int start, std::pair<int, int> quote,
                                const QList<std::pair<int, int>> &keep)
{
    m_setting = true;
    m_start = start;
    m_keep = keep;
    setPlainText(sentence);
    markNumerals();
    m_setting = false;
    setQuote(quote);
}

std::pair<int, int> QuoteSelector::quote() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {m_start, int(toPlainText().size())};
    return {m_start + c.selectionStart(), c.selectionEnd() - c.selectionStart()};
}

QString QuoteSelector::quoteText() const
{
    const auto [start, length] = quote();
    return toPlainText().mid(start - m_start, length);
}

void QuoteSelector::setQuote(std::pair<int, int> quote)
{
    const int size = int(toPlainText().size());
    const int from = std::clamp(quote.first - m_start, 0, size);
    const int to = std::clamp(quote.first + quote.second - m_start, from, size);
    QTextCursor c(document());
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    m_setting = true;
    setTextCursor(c);
    m_setting = false;
    Q_EMIT quoteChanged();
}

void QuoteSelector::markNumerals()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const auto &[start, length] : m_keep) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(start - m_start);
        mark.cursor.setPosition(start - m_start + length, QTextCursor::KeepAnchor);
        mark.format.setFontWeight(QFont::Bold);
        mark.format.setFontUnderline(true);
        marks.append(mark);
    }
    setExtraSelections(marks);
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace tongdao {

// A figure's sentence, with its quote as the selection: the user widens or narrows the quote with
// the mouse or with Shift and the arrow keys, never beyond the sentence. The numerals the quote
// must keep are shown in bold.
class QuoteSelector : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit QuoteSelector(QWidget *parent = nullptr);

    // The sentence and where it starts in the reading text; the quote and the numerals to keep,
    // as reading-text ranges (start, length).
    void setSentence(const QString &sentence, int start, std::pair<int, int> quote,
                     const QList<std::pair<int, int>> &keep);
    // The quote chosen, as a reading-text range; the whole sentence when nothing is selected.
    std::pair<int, int> quote() const;
    QString quoteText() const;
    void setQuote(std::pair<int, int> quote);

Q_SIGNALS:
    void quoteChanged();

private:
    void markNumerals();

    int m_start = 0;
    QList<std::pair<int, int>> m_keep;
    bool m_setting = false;
};

} // namespace tongdao

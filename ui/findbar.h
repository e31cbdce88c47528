// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace tongdao {

// Finds text in a text view: Enter for the next match, Shift+Enter for the previous, wrapping
// once around; Esc closes and gives the focus back to the text.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *text, QWidget *parent = nullptr);

    void open();
    bool findNext(bool backwards = false);
    QLineEdit *edit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void close();

    QTextEdit *m_text;
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QToolButton>

namespace tongdao {

FindBar::FindBar(QTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("×"));
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    hide();
    retranslate();
}

void FindBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Find in the report"));
    m_edit->setAccessibleName(tr("Find in the report"));
    m_previous->setToolTip(tr("Find previous (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Find previous"));
    m_next->setToolTip(tr("Find next (Enter)"));
    m_next->setAccessibleName(tr("Find next"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::close()
{
    hide();
    m_text->setFocus();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool FindBar::findNext(bool backwards)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    bool found = m_text->find(needle, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor c = m_text->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(c);
        found = m_text->find(needle, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// The main of the tests that need widgets (the core's tests use TONGDAO_CORE_TEST_MAIN).
#pragma once

#include "testutils.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace tongdao::test {

// Answers the modal dialogs an action opens, in order: each handler gets the next new modal
// widget and must close it. Handlers not reached are counted, so a test can say all were shown.
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(QList<std::function<void(QWidget *)>> handlers)
        : m_handlers(std::move(handlers))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || m_handlers.isEmpty())
                return;
            m_last = modal;
            m_handlers.takeFirst()(modal);
        });
        m_timer.start();
    }
    qsizetype unanswered() const { return m_handlers.size(); }

private:
    QList<std::function<void(QWidget *)>> m_handlers;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

} // namespace tongdao::test

#define TONGDAO_TEST_MAIN(TestObject)                                                                                  \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        tongdao::test::prepareEnvironment();                                                                           \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }

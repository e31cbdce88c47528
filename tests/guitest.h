// SPDX-License-Identifier: GPL-3.0-or-later
// The main of the tests that need widgets (the core's tests use TONGDAO_CORE_TEST_MAIN).
#pragma once

#include "testutils.h"

#include <QApplication>

#define TONGDAO_TEST_MAIN(TestObject)                                                                          \
    int main(int argc, char *argv[])                                                                           \
    {                                                                                                          \
        tongdao::test::prepareEnvironment();                                                                   \
        QApplication app(argc, argv);                                                                          \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                               \
        TestObject tc;                                                                                         \
        QTEST_SET_MAIN_SOURCE_PATH                                                                             \
        return QTest::qExec(&tc, argc, argv);                                                                  \
    }

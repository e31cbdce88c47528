// SPDX-License-Identifier: GPL-3.0-or-later
// For the tests of the window: a main window on a report, as the application builds it.
#pragma once

#include "core/reportdocument.h"
#include "core/translations.h"
#include "testutils.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"

#include <QTest>

namespace tongdao::test {

struct WindowFixture
{
    explicit WindowFixture(std::shared_ptr<Dataset> dataset = bundled())
    {
        document.setDataset(std::move(dataset));
        window = std::make_unique<MainWindow>(&document, &translations, &settings);
    }

    // Shows the window as the application does, with its saved layout; false if it never appears.
    bool show()
    {
        window->restoreSettings();
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    AppSettings settings;
    Translations translations;
    ReportDocument document;
    std::unique_ptr<MainWindow> window; // declared last: destroyed first
};

} // namespace tongdao::test

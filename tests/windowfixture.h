// SPDX-License-Identifier: GPL-3.0-or-later
// For the tests of the window: a main window on a report, as the application builds it.
#pragma once

#include "appsettings.h"
#include "mainwindow.h"
#include "reportdocument.h"
#include "testutils.h"
#include "translations.h"

namespace tongdao::test {

struct WindowFixture
{
    explicit WindowFixture(std::shared_ptr<Dataset> dataset = bundled())
    {
        document.setDataset(std::move(dataset));
        window = std::make_unique<MainWindow>(&document, &translations, &settings);
    }

    AppSettings settings;
    Translations translations;
    ReportDocument document;
    std::unique_ptr<MainWindow> window; // declared last: destroyed first
};

} // namespace tongdao::test

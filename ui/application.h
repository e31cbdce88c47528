// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace tongdao {

struct WindowOptions
{
    QString dataset;  // empty: the bundled report
    QString language; // empty: the saved choice, else the system's
    bool measureStartup = false;
    QElapsedTimer clock; // started at the top of main()
};

// Opens the main window on a report and runs the event loop. With measureStartup, prints
// "first-frame-ms: N" once the window, its chart and its text have been painted, and exits.
int runWindow(const WindowOptions &options);

// One interface font for every language: Noto Sans CJK covers Latin and Chinese, so switching
// language never changes a line's height, and with it the layout of the whole window.
void useInterfaceFont();

// True when a window can be shown; otherwise *reason says why ("no display: …").
bool displayAvailable(QString *reason);

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "ui/charts/chartrenderer.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

namespace tongdao {

// What Tongdao remembers between runs. A corrupt or unreadable settings file is set aside and
// replaced by defaults; problem() says what happened, so the window can tell the user.
class AppSettings
{
public:
    AppSettings();
    ~AppSettings();

    QString problem() const;
    QString fileName() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // Screens come in size classes ("small", "medium", "large", by their available size in
    // logical pixels); the window's layout is remembered for each, as shares of the space, so
    // that it suits the screen it is shown on.
    static QString sizeClass(QSize available);
    // The shares of a splitter's panes, summing to 1; empty when never saved or not valid.
    QList<double> splitterShares(const QString &name, const QString &sizeClass) const;
    void setSplitterShares(const QString &name, const QString &sizeClass, const QList<double> &shares);
    // The data table: "auto" (shown where the chart leaves room), "shown" or "hidden".
    QString tableMode(const QString &sizeClass) const;
    void setTableMode(const QString &sizeClass, const QString &mode);
    QString lastChart() const;
    void setLastChart(const QString &chartId);
    int readerFontSize() const;
    // The reader's mode as the user chose it ("original", "translation", "side-by-side"); empty:
    // never chosen, so the default for the language and the pane's width applies.
    QString readerMode() const;
    void setReaderMode(const QString &mode);
    void setReaderFontSize(int points);
    std::optional<Language> language() const;
    void setLanguage(Language language);
    QString theme() const; // "system", "light" or "dark"
    void setTheme(const QString &theme);

    ExportOptions exportOptions() const;
    void setExportOptions(const ExportOptions &options);
    // Exports take the window's theme unless one asked for another: only that one is remembered.
    bool exportThemeChosen() const;
    void forgetExportTheme();
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_damaged;  // the file that was damaged or unreadable
    QString m_setAside; // where it was moved to
    bool m_formatError = false;
};

} // namespace tongdao

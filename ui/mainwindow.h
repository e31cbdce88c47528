// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "ui/charts/chartrenderer.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;

namespace tongdao {

class AppSettings;
class ChartPane;
class DataTablePane;
class EditorController;
class ExportJob;
class NavigatorPane;
class ReaderPane;
class ReportDocument;
class Translations;

// Wires the panes to the document and to each other; holds the menus. The panes do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ReportDocument *document, Translations *translations, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigatorPane *navigator() const { return m_navigator; }
    ChartPane *chartPane() const { return m_chartPane; }
    DataTablePane *tablePane() const { return m_table; }
    ReaderPane *readerPane() const { return m_reader; }
    EditorController *editor() const { return m_editor; }
    QString statusText() const;

    void switchLanguage(Language language);
    // Opens another report; on failure shows the error and keeps the report that was open.
    bool openDataset(const QString &path);
    void copyChart();
    // The window's size and layout as remembered for the size class of the screen it is on.
    void restoreSettings();
    void saveSettings();
    // The data table is collapsed, for room or by the user's choice.
    bool isTableCollapsed() const;
    void showMessage(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateStatus();
    void applyTheme();
    void onDatasetChanged();
    // The chart keeps room for its plot (half of its height with every text complete): the data
    // table shrinks for it, then collapses. Resized, the table may grow back; otherwise (another
    // chart, another language) it only gives way, so that it does not come and go while charts
    // are browsed.
    void fitCenter(bool resized);
    void showTable(bool show);
    // The panes' shares for the screen's size class, remembered or default.
    void applyShares();
    void saveShares();
    void followScreen();

    void openDialog();
    void exportChartDialog();
    void exportAllDialog();
    // The export options remembered, in the window's theme unless an export asked for another.
    ExportOptions exportOptions() const;
    bool confirmExport(ExportJob *job);
    void runExport(ExportJob *job, const QString &destination);
    void exportDataDialog();
    void printChart();
    void about();

    ReportDocument *m_document;
    Translations *m_translations;
    AppSettings *m_settings;
    NavigatorPane *m_navigator;
    ChartPane *m_chartPane;
    DataTablePane *m_table;
    ReaderPane *m_reader;
    EditorController *m_editor = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_centerSplitter;
    QLabel *m_figureStatus;
    QLabel *m_coverageStatus;
    QString m_transientMessage;
    QString m_sizeClass; // of the screen the layout was last applied for
    double m_tableShare = 0.34;
    bool m_fitting = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_readerMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    struct Actions
    {
        QAction *open, *exportChart, *exportAll, *exportData, *print, *quit;
        QAction *copyChart, *find;
        QAction *zoomIn, *zoomOut, *zoomReset, *nextChart, *previousChart;
        QAction *focusNavigator, *focusChart, *focusTable, *focusReader, *showTable;
        QAction *themeSystem, *themeLight, *themeDark;
        QAction *about, *aboutQt;
    } m_actions{};
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

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
    void restoreSettings();
    void saveSettings();
    void showMessage(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateStatus();
    void applyTheme();
    void onDatasetChanged();

    void openDialog();
    void exportChartDialog();
    void exportAllDialog();
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
        QAction *focusNavigator, *focusChart, *focusTable, *focusReader;
        QAction *themeSystem, *themeLight, *themeDark;
        QAction *about, *aboutQt;
    } m_actions{};
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus, toolbar and the commands behind them.
#include "ui/mainwindow.h"

#include "core/atomicwrite.h"
#include "core/chartdatamodel.h"
#include "core/dataexport.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/chartprint.h"
#include "ui/charts/chartwidget.h"
#include "ui/charts/exportjob.h"
#include "ui/datatablepane.h"
#include "ui/editor/editorcontroller.h"
#include "ui/exportdialog.h"
#include "ui/itemviews.h"
#include "ui/navigatorpane.h"
#include "ui/readerpane.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTableView>
#include <QTextEdit>
#include <QToolBar>

namespace tongdao {

void MainWindow::createActions()
{
    auto make = [this](const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    Actions &a = m_actions;
    a.open = make(QKeySequence::Open, &MainWindow::openDialog);
    a.exportChart = make(QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportChartDialog);
    a.exportAll = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportAllDialog);
    a.exportData = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &MainWindow::exportDataDialog);
    a.print = make(QKeySequence::Print, &MainWindow::printChart);
    a.quit = make(QKeySequence::Quit, &QWidget::close);
    a.copyChart = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyChart);
    a.find = make(QKeySequence::Find, [this] { m_reader->showFindBar(); });
    a.zoomIn = make(QKeySequence::ZoomIn, [this] { m_reader->zoomIn(); });
    a.zoomOut = make(QKeySequence::ZoomOut, [this] { m_reader->zoomOut(); });
    a.zoomReset = make(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_reader->setFontPointSize(13); });
    a.nextChart = make(QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                       [this] { m_document->selection()->setChart(m_navigator->chartAt(1)); });
    a.previousChart = make(QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                           [this] { m_document->selection()->setChart(m_navigator->chartAt(-1)); });
    a.focusNavigator = make(QKeySequence(Qt::ALT | Qt::Key_1), [this] { m_navigator->setFocus(); });
    a.focusChart = make(QKeySequence(Qt::ALT | Qt::Key_2), [this] { m_chartPane->chartWidget()->setFocus(); });
    a.focusTable = make(QKeySequence(Qt::ALT | Qt::Key_3), [this] {
        if (m_table->isHidden())
            showTable(true);
        m_table->setFocus();
    });
    a.focusReader = make(QKeySequence(Qt::ALT | Qt::Key_4), [this] { m_reader->textEdit()->setFocus(); });
    a.showTable = new QAction(this);
    a.showTable->setObjectName(QStringLiteral("showDataTable"));
    a.showTable->setCheckable(true);
    a.showTable->setChecked(true);
    connect(a.showTable, &QAction::triggered, this, &MainWindow::showTable);
    a.about = make(QKeySequence(), &MainWindow::about);
    a.aboutQt = make(QKeySequence(), [] { QApplication::aboutQt(); });

    m_themeGroup = new QActionGroup(this);
    const QString theme = m_settings->theme();
    for (QAction **slot : {&a.themeSystem, &a.themeLight, &a.themeDark}) {
        *slot = new QAction(this);
        (*slot)->setCheckable(true);
        m_themeGroup->addAction(*slot);
    }
    a.themeSystem->setData(QStringLiteral("system"));
    a.themeLight->setData(QStringLiteral("light"));
    a.themeDark->setData(QStringLiteral("dark"));
    for (QAction *action : m_themeGroup->actions()) {
        action->setChecked(action->data().toString() == theme);
        connect(action, &QAction::triggered, this, [this, action] {
            m_settings->setTheme(action->data().toString());
            applyTheme();
        });
    }

    // Each language is named in itself, so it can be found whatever the interface language is.
    m_languageGroup = new QActionGroup(this);
    for (Language language : allLanguages) {
        auto *action = new QAction(nativeLanguageName(language), this);
        action->setCheckable(true);
        action->setChecked(language == m_translations->language());
        action->setData(languageCode(language));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }
    connect(m_translations, &Translations::languageChanged, this, [this](Language language) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == languageCode(language));
    });
}

void MainWindow::createMenus()
{
    const Actions &a = m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    const EditorController::Actions &e = m_editor->actions();
    m_fileMenu->addActions({a.open, e.newFromText});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({e.edit, e.save, e.saveAs});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({a.exportChart, a.exportAll, a.exportData});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.print);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({e.undo, e.redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a.copyChart, a.find});
    m_editMenu->addSeparator();
    m_editMenu->addActions({e.nextUndecided, e.previousUndecided, e.newDerived, e.newChart, e.removeChart});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({a.previousChart, a.nextChart});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a.zoomIn, a.zoomOut, a.zoomReset});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a.focusNavigator, a.focusChart, a.focusTable, a.focusReader});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(a.showTable);
    m_readerMenu = m_viewMenu->addMenu(QString());
    m_readerMenu->addActions(m_reader->modeActions());
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({a.about, a.aboutQt});

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({a.previousChart, a.nextChart});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a.exportChart, a.copyChart, a.print});
    m_toolBar->addSeparator();
    m_toolBar->addAction(a.showTable);
}

void MainWindow::retranslate()
{
    const Actions &a = m_actions;
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_readerMenu->setTitle(tr("&Report text"));
    m_languageMenu->setTitle(tr("Lan&guage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    a.open->setText(tr("&Open report…"));
    a.exportChart->setText(tr("&Export chart…"));
    a.exportAll->setText(tr("Export &all charts…"));
    a.exportData->setText(tr("Export &data…"));
    a.print->setText(tr("&Print chart…"));
    a.quit->setText(tr("&Quit"));
    a.copyChart->setText(tr("&Copy chart"));
    a.find->setText(tr("&Find in text…"));
    a.zoomIn->setText(tr("&Larger text"));
    a.zoomOut->setText(tr("&Smaller text"));
    a.zoomReset->setText(tr("Normal text si&ze"));
    a.nextChart->setText(tr("&Next chart"));
    a.previousChart->setText(tr("&Previous chart"));
    a.focusNavigator->setText(tr("Go to chart l&ist"));
    a.focusChart->setText(tr("Go to c&hart"));
    a.focusTable->setText(tr("Go to chart &data"));
    a.focusReader->setText(tr("Go to report te&xt"));
    a.showTable->setText(tr("Show data t&able"));
    a.showTable->setIconText(tr("Data table"));
    a.showTable->setToolTip(tr(
        "Show or hide the chart's data table. On a small screen it collapses by itself to make room for the chart."));
    a.themeSystem->setText(tr("Follow the &system"));
    a.themeLight->setText(tr("&Light"));
    a.themeDark->setText(tr("&Dark"));
    a.about->setText(tr("&About Tongdao"));
    a.aboutQt->setText(tr("About &Qt"));
    // Toolbar buttons and tooltips show the text without its accelerator: "导出图表(&E)…" reads
    // "导出图表", not "导出图表(E)".
    for (QAction *action : {a.open, a.exportChart, a.exportAll, a.exportData, a.print, a.copyChart, a.find, a.nextChart,
                            a.previousChart}) {
        action->setIconText(withoutAccelerator(action->text()));
        action->setToolTip(withoutAccelerator(action->text()));
    }
    m_navigator->setToolTip(QString());
    onDatasetChanged();
}

void MainWindow::openDialog()
{
    if (!m_editor->maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open report"), QDir::homePath(),
                                                      tr("Tongdao datasets (*.json);;All files (*)"));
    if (!path.isEmpty())
        openDataset(path);
}

bool MainWindow::openDataset(const QString &path)
{
    LoadError error;
    if (!m_document->load(path, &error)) {
        if (error.kind == LoadError::Kind::TextChanged)
            return m_editor->offerReanchor(path);
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the report"), error.toString(), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    return true;
}

// Before anything is written: what forbids the export, then what it would replace. False when the
// export should not go ahead; the job is then set to replace what the user agreed to.
bool MainWindow::confirmExport(ExportJob *job)
{
    if (const QString problem = job->check(); !problem.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot export"), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    QStringList existing = job->existingTargets();
    if (!existing.isEmpty()) {
        for (QString &path : existing)
            path = QDir::toNativeSeparators(path);
        QMessageBox box(QMessageBox::Question, tr("Replace files?"),
                        tr("%n file(s) already exist and will be replaced:\n%1", nullptr, int(existing.size()))
                            .arg(existing.mid(0, 8).join(QLatin1Char('\n'))),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        if (box.exec() != QMessageBox::Yes)
            return false;
    }
    job->setOverwrite(true);
    return true;
}

void MainWindow::runExport(ExportJob *job, const QString &destination)
{
    QStringList written;
    QString error;
    if (!job->run([&written](const QString &path) { written.append(path); }, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Export failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    // Remembered once they have worked; the theme only if it is not the window's.
    m_settings->setExportOptions(job->options());
    if (job->options().theme == m_chartPane->theme())
        m_settings->forgetExportTheme();
    m_settings->setExportFolder(destination);
    showMessage(written.size() == 1 ? tr("Exported %1").arg(QDir::toNativeSeparators(written.first()))
                                    : tr("Exported %n chart(s) to %1", nullptr, int(written.size()))
                                          .arg(QDir::toNativeSeparators(destination)));
}

ExportOptions MainWindow::exportOptions() const
{
    ExportOptions options = m_settings->exportOptions();
    if (!m_settings->exportThemeChosen())
        options.theme = m_chartPane->theme(); // the chart as the window shows it
    return options;
}

void MainWindow::exportChartDialog()
{
    const QString chart = m_document->selection()->chart();
    const QString suggested = QDir(m_settings->exportFolder())
                                  .filePath(ExportJob::fileName(chart, m_settings->exportOptions().format));
    ExportDialog dialog(ExportDialog::OneChart, exportOptions(), suggested, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportJob job(m_document->statistics(), dialog.options());
    job.setCharts({chart});
    job.setFile(dialog.destination());
    if (confirmExport(&job))
        runExport(&job, QFileInfo(dialog.destination()).absolutePath());
}

void MainWindow::exportAllDialog()
{
    ExportDialog dialog(ExportDialog::AllCharts, exportOptions(), m_settings->exportFolder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportJob job(m_document->statistics(), dialog.options());
    job.setFolder(dialog.destination());
    if (confirmExport(&job))
        runExport(&job, dialog.destination());
}

void MainWindow::exportDataDialog()
{
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export data"),
                                                QDir(m_settings->exportFolder())
                                                    .filePath(QStringLiteral("figures.csv")),
                                                csvFilter + QStringLiteral(";;") + jsonFilter, &filter);
    if (path.isEmpty())
        return;
    // The file's extension decides; without one, the filter chosen does (and names the file).
    bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (QFileInfo(path).suffix().isEmpty()) {
        json = filter == jsonFilter;
        path += json ? QStringLiteral(".json") : QStringLiteral(".csv");
    }
    const QByteArray data = json ? DataExport::toJson(*m_document->statistics())
                                 : DataExport::toCsv(*m_document->statistics());
    QString error;
    if (!writeFileAtomically(path, data, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Export failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::copyChart()
{
    ChartDataModel *model = m_chartPane->model();
    if (!model)
        return;
    if (const QString problem = ExportJob::fontProblem(model); !problem.isEmpty()) {
        showMessage(tr("Not copied: %1").arg(problem));
        return;
    }
    ExportOptions options;
    options.theme = m_chartPane->theme();
    options.scale = 2;
    QApplication::clipboard()->setMimeData(ChartRenderer::mimeData(model, options));
    showMessage(tr("Chart copied as an image and as SVG."));
}

void MainWindow::printChart()
{
    ChartDataModel *model = m_chartPane->model();
    if (!model)
        return;
    if (const QString problem = ExportJob::fontProblem(model); !problem.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot print"), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(ChartRenderer::title(model));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [model](QPrinter *p) { tongdao::printChart(model, p); });
    preview.exec();
}

void MainWindow::about()
{
    const Dataset *ds = m_document->dataset();
    QString report;
    if (ds)
        report = tr("<p>The report open now:<br><b>%1</b><br>%2<br>%3</p>")
                     .arg(ds->text.headline().toHtmlEscaped(), ds->text.deck().toHtmlEscaped(),
                          ds->text.byline().toHtmlEscaped());
    QMessageBox::about(this, tr("About Tongdao"),
                       tr("<h3>Tongdao %1</h3><p>The figures of a report as charts you can trust: every number "
                          "is tied to the sentence that states it.</p>%2")
                           .arg(QStringLiteral(TONGDAO_VERSION), report));
}

} // namespace tongdao

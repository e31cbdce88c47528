// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/chartdatamodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "ui/appsettings.h"
#include "ui/apptheme.h"
#include "ui/chartpane.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/editor/editorcontroller.h"
#include "ui/editor/editsession.h"
#include "ui/navigatorpane.h"
#include "ui/readerpane.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTextEdit>

namespace tongdao {

namespace {
// The application's theme, applied before any pane is built, so that none is built twice.
AppSettings *withThemeApplied(AppSettings *settings)
{
    AppTheme::apply(AppTheme::resolve(settings->theme()));
    return settings;
}
} // namespace

MainWindow::MainWindow(ReportDocument *document, Translations *translations, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_translations(translations)
    , m_settings(withThemeApplied(settings))
    , m_navigator(new NavigatorPane(document))
    , m_chartPane(new ChartPane(document))
    , m_table(new DataTablePane(document))
    , m_reader(new ReaderPane(document))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_centerSplitter(new QSplitter(Qt::Vertical))
    , m_figureStatus(new QLabel(this))
    , m_coverageStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_centerSplitter->addWidget(m_chartPane);
    m_centerSplitter->addWidget(m_table);
    m_centerSplitter->setStretchFactor(0, 3);
    m_centerSplitter->setStretchFactor(1, 1);
    m_centerSplitter->setChildrenCollapsible(false); // the table collapses by fitCenter, behind a toggle
    m_centerSplitter->installEventFilter(this);
    installEventFilter(this);
    m_mainSplitter->addWidget(m_navigator);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_mainSplitter->addWidget(m_reader);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    // Reading order: charts, the chart, its data, the text.
    setTabOrder(m_navigator, m_chartPane->chartWidget());
    setTabOrder(m_chartPane->chartWidget(), m_table);
    setTabOrder(m_table, m_reader->textEdit());

    m_figureStatus->setTextFormat(Qt::PlainText);
    m_coverageStatus->setTextFormat(Qt::PlainText);
    // A long message is cut, not the counts beside it.
    m_figureStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_editor = new EditorController(document, m_reader, this);
    connect(m_editor, &EditorController::message, this, &MainWindow::showMessage);
    connect(m_editor, &EditorController::progressChanged, this, &MainWindow::updateStatus);
    createActions();
    createMenus();

    connect(m_reader, &ReaderPane::fontPointSizeChanged, this,
            [this](int points) { m_settings->setReaderFontSize(points); });
    connect(m_reader, &ReaderPane::modeChosen, this,
            [this](ReaderMode mode) { m_settings->setReaderMode(readerModeId(mode)); });
    connect(m_reader, &ReaderPane::message, this, &MainWindow::showMessage);
    connect(document->selection(), &FigureSelection::figureChanged, this, [this] {
        m_transientMessage.clear();
        updateStatus();
    });
    connect(document->selection(), &FigureSelection::chartChanged, this, [this](const QString &chartId) {
        m_settings->setLastChart(chartId);
        updateStatus();
    });
    connect(document, &ReportDocument::datasetChanged, this, &MainWindow::onDatasetChanged);
    connect(m_chartPane, &ChartPane::copyRequested, this, &MainWindow::copyChart);
    connect(m_chartPane->chartWidget(), &ChartWidget::roomNeededChanged, this, [this] { fitCenter(false); });
    connect(m_centerSplitter, &QSplitter::splitterMoved, this, [this] {
        // Dragged by the user: the table's share, remembered for screens of this size.
        const QList<int> sizes = m_centerSplitter->sizes();
        if (sizes.size() == 2 && sizes[0] + sizes[1] > 0 && m_table->isVisible())
            m_tableShare = double(sizes[1]) / (sizes[0] + sizes[1]);
    });

    m_reader->setFontPointSize(m_settings->readerFontSize());
    m_reader->setChosenMode(readerModeFromId(m_settings->readerMode()));
    retranslate();
    applyTheme();
    onDatasetChanged();
    // Added once they have their texts: the status bar takes its height from its labels when
    // they are added. Added empty, it was a pixel short, and grew when the window was shown,
    // which laid the whole window out a second time.
    statusBar()->addWidget(m_figureStatus, 1);
    statusBar()->addPermanentWidget(m_coverageStatus);
    if (!m_settings->problem().isEmpty())
        showMessage(m_settings->problem());
}

MainWindow::~MainWindow() = default;

void MainWindow::onDatasetChanged()
{
    const Dataset *ds = m_document->dataset();
    const QString headline = ds ? ds->text.headline() : QString();
    // [*]: marked while the dataset being edited has unsaved changes.
    setWindowTitle(headline.isEmpty() ? tr("Tongdao[*]") : tr("%1[*] — Tongdao").arg(headline));
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeSave()) {
        event->ignore();
        return;
    }
    m_editor->session()->end();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::ThemeChange && m_settings->theme() == u"system") {
        // The desktop's colours changed: read the platform's palette again, then follow it.
        AppTheme::rereadPlatformPalette();
        applyTheme();
    }
}

void MainWindow::switchLanguage(Language language)
{
    QString warning;
    if (!m_translations->setLanguage(language, &warning))
        showMessage(warning);
    // Widgets retranslate on QEvent::LanguageChange; models say their texts changed.
    m_document->setLanguage(m_translations->language());
    m_settings->setLanguage(m_translations->language());
    updateStatus();
    // The window follows now, before its next frame, not over two: the posted LanguageChange
    // (texts), rows that rewrap in the new language (otherwise laid out on a timer, after the
    // frame), and the layouts their new sizes invalidate.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_navigator->doItemsLayout();
    m_table->doItemsLayout();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void MainWindow::applyTheme()
{
    // The whole application, not only the chart: lists, table, reader, dialogs, menus, status bar.
    const ChartTheme theme = AppTheme::resolve(m_settings->theme());
    AppTheme::apply(theme);
    m_chartPane->setTheme(theme);
}

void MainWindow::showMessage(const QString &message)
{
    m_transientMessage = message;
    updateStatus();
}

QString MainWindow::statusText() const
{
    return m_figureStatus->text();
}

void MainWindow::updateStatus()
{
    const Dataset *ds = m_document->dataset();
    const QModelIndex figure = m_document->statistics()->indexOf(m_document->selection()->figure());
    QString text = m_transientMessage;
    if (text.isEmpty() && figure.isValid()) {
        text = figure.data(StatisticsModel::StatusTextRole).toString();
    } else if (text.isEmpty() && ds) {
        text = tr("Click a bar, a row or a highlighted number to see where the report states it.");
    }
    m_figureStatus->setText(text);
    m_figureStatus->setToolTip(plainTextToolTip(text));
    const CoverageReport &coverage = m_document->coverage();
    const QString progress = m_editor->progressText();
    m_coverageStatus->setText(!progress.isEmpty() ? progress
                              : ds ? tr("%1 of %2 numbers charted").arg(coverage.covered).arg(coverage.found)
                                   : QString());
    if (ds && ChartFonts::chineseFamily().isEmpty())
        m_coverageStatus->setText(m_coverageStatus->text() + QStringLiteral(" · ")
                                  + tr("No font for Chinese is installed: Chinese text shows as boxes."));
}

} // namespace tongdao

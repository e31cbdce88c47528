// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's layout: remembered per screen size class, and the chart's room on small screens.
#include "ui/mainwindow.h"

#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/translations.h"
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/readerpane.h"

#include <QAction>
#include <QEvent>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QWindow>

#include <numeric>

namespace tongdao {

namespace {

QString sizeClassOf(const QWidget *window)
{
    const QScreen *screen = window->screen();
    return AppSettings::sizeClass(screen ? screen->availableGeometry().size() : QSize(1440, 900));
}

// Where nothing is remembered: the report gets room for the original and its translation side
// by side; on a small screen the chart gets more of the width, so that its texts wrap less.
QList<double> defaultMainShares(const QString &sizeClass)
{
    if (sizeClass == u"small")
        return {0.16, 0.5, 0.34};
    return {0.15, 0.45, 0.40};
}

} // namespace

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // First start: 1440×900, or what the screen has room for.
        QSize size(1440, 900);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size.expandedTo(QSize(1024, 640)).boundedTo(QSize(1440, 900)));
    }
    applyShares();
    const QString chart = m_settings->lastChart();
    if (!chart.isEmpty() && m_document->dataset() && m_document->dataset()->chart(chart))
        m_document->selection()->setChart(chart);
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    saveShares();
    m_settings->setLastChart(m_document->selection()->chart());
    m_settings->setReaderFontSize(m_reader->fontPointSize());
    m_settings->setLanguage(m_translations->language());
    m_settings->sync();
}

void MainWindow::applyShares()
{
    m_sizeClass = sizeClassOf(this);
    QList<double> main = m_settings->splitterShares(QStringLiteral("main"), m_sizeClass);
    if (main.size() != 3)
        main = defaultMainShares(m_sizeClass);
    const int w = std::max(width(), 1024);
    QList<int> sizes;
    for (double share : std::as_const(main))
        sizes.append(qRound(w * share));
    m_mainSplitter->setSizes(sizes);
    const QList<double> center = m_settings->splitterShares(QStringLiteral("center"), m_sizeClass);
    m_tableShare = center.size() == 2 ? center[1] : 0.34;
    fitCenter(true);
}

void MainWindow::saveShares()
{
    if (m_sizeClass.isEmpty())
        return;
    const QList<int> sizes = m_mainSplitter->sizes();
    const double total = std::accumulate(sizes.begin(), sizes.end(), 0.0);
    if (total > 0 && sizes.size() == 3)
        m_settings->setSplitterShares(QStringLiteral("main"), m_sizeClass,
                                      {sizes[0] / total, sizes[1] / total, sizes[2] / total});
    m_settings->setSplitterShares(QStringLiteral("center"), m_sizeClass, {1 - m_tableShare, m_tableShare});
}

bool MainWindow::isTableCollapsed() const
{
    return m_table->isHidden();
}

void MainWindow::fitCenter(bool resized)
{
    if (m_fitting)
        return;
    const QScopedValueRollback guard(m_fitting, true);
    const int total = m_centerSplitter->height() - m_centerSplitter->handleWidth();
    if (total <= 0 || m_sizeClass.isEmpty())
        return;
    const QString mode = m_settings->tableMode(m_sizeClass);
    const int need = m_chartPane->chartWidget()->roomNeeded();
    const int minimum = m_table->minimumUsefulHeight();
    int table = qRound(total * m_tableShare);
    if (need > 0)
        table = std::min(table, total - need);
    if (!resized) // another chart or language: the table only gives way
        table = std::min(table, m_table->isVisible() ? m_table->height() : 0);
    const bool show = mode == u"shown" || (mode == u"auto" && table >= minimum);
    m_table->setVisible(show);
    if (show) {
        table = std::max(table, minimum);
        m_centerSplitter->setSizes({total - table, table});
    }
    m_actions.showTable->setChecked(show);
}

void MainWindow::showTable(bool show)
{
    // The user's choice, for screens of this size class: hidden; or shown — as the window would
    // (auto) where there is room, and whatever the room where there is not.
    m_settings->setTableMode(m_sizeClass, show ? QStringLiteral("auto") : QStringLiteral("hidden"));
    fitCenter(true);
    if (show && !m_table->isVisible()) {
        m_settings->setTableMode(m_sizeClass, QStringLiteral("shown"));
        fitCenter(true);
    }
}

void MainWindow::followScreen()
{
    if (sizeClassOf(this) != m_sizeClass) {
        saveShares();
        applyShares();
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_centerSplitter && event->type() == QEvent::Resize) {
        fitCenter(true);
    } else if (watched == this && event->type() == QEvent::Show && windowHandle()) {
        // On a screen of another size class, the layout remembered for that class.
        connect(windowHandle(), &QWindow::screenChanged, this, &MainWindow::followScreen, Qt::UniqueConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace tongdao

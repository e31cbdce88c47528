// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chartpane.h"

#include "core/chartdatamodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "ui/charts/chartwidget.h"

#include <QAction>
#include <QVBoxLayout>

namespace tongdao {

ChartPane::ChartPane(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_widget(new ChartWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_widget);
    setFocusProxy(m_widget);
    m_widget->setAccessibleName(tr("Chart"));

    // Ctrl+C on the chart copies it; elsewhere Ctrl+C keeps copying text.
    auto *copy = new QAction(m_widget);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ChartPane::copyRequested);
    m_widget->addAction(copy);

    FigureSelection *selection = document->selection();
    connect(m_widget, &ChartWidget::figureActivated, selection, &FigureSelection::setFigure);
    connect(selection, &FigureSelection::chartChanged, this, &ChartPane::showChart);
    connect(selection, &FigureSelection::figureChanged, m_widget, &ChartWidget::setSelectedFigure);
    showChart(selection->chart());
}

ChartPane::~ChartPane()
{
    // The chart reads the model: it goes first (detaching the model instead would build an empty
    // chart only to delete it).
    delete m_widget;
}

void ChartPane::setTheme(ChartTheme theme)
{
    if (theme == m_theme)
        return; // the chart is already drawn in it
    m_theme = theme;
    m_widget->setChartStyle(ChartStyle::forTheme(theme));
}

void ChartPane::showChart(const QString &chartId)
{
    const ChartSpec *chart = m_document->dataset() ? m_document->dataset()->chart(chartId) : nullptr;
    m_widget->setModel(nullptr);
    m_model.reset(chart ? new ChartDataModel(m_document->statistics(), *chart) : nullptr);
    m_widget->setModel(m_model.get());
    m_widget->setSelectedFigure(m_document->selection()->figure());
}

} // namespace tongdao

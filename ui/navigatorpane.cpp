// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/navigatorpane.h"

#include "core/chartmodel.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "ui/itemviews.h"

#include <QEvent>
#include <QHeaderView>
#include <QResizeEvent>

namespace tongdao {

NavigatorPane::NavigatorPane(ReportDocument *document, QWidget *parent)
    : QTreeView(parent)
    , m_document(document)
    , m_proxy(new ChartsOnlyProxy(this))
{
    m_proxy->setSourceModel(document->charts());
    setModel(m_proxy);
    setHeaderHidden(true);
    // Whole titles, wrapped: a chart is found by what it says.
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Titles wrap to the width left beside the scroll bar: a bar that came and went with the
    // language or the window's height would change that width, rewrap every title and draw the
    // tree twice (or, at the edge, flip back and forth).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // Whole titles, wrapped to the tree's width.
    setItemDelegate(new StaticTextDelegate(StaticTextDelegate::Wrap, this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString chart = current.data(ChartModel::ChartIdRole).toString();
        if (!chart.isEmpty())
            m_document->selection()->setChart(chart);
    });
    connect(document->selection(), &FigureSelection::chartChanged, this, &NavigatorPane::showChart);
    retranslate();
}

void NavigatorPane::retranslate()
{
    setAccessibleName(tr("Chart list"));
    setAccessibleDescription(tr("The report's charts, grouped by topic"));
}

void NavigatorPane::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void NavigatorPane::showEvent(QShowEvent *event)
{
    // Expanding lays the rows out: at the width they are shown at, not at construction.
    if (!m_expanded) {
        m_expanded = true;
        expandAll();
        showChart(m_document->selection()->chart());
    }
    QTreeView::showEvent(event);
}

void NavigatorPane::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout(); // row heights follow the wrapped titles
}

void NavigatorPane::showChart(const QString &chartId)
{
    if (!m_expanded)
        return; // selected when first shown
    const QModelIndex index = m_proxy->mapFromSource(m_document->charts()->indexOfChart(chartId));
    if (index.isValid() && index != currentIndex()) {
        setCurrentIndex(index);
        scrollTo(index);
    }
}

QString NavigatorPane::chartAt(int step) const
{
    // Charts in navigator order, across categories.
    QStringList charts;
    for (int g = 0; g < m_proxy->rowCount(); ++g) {
        const QModelIndex group = m_proxy->index(g, 0);
        for (int c = 0; c < m_proxy->rowCount(group); ++c)
            charts.append(m_proxy->index(c, 0, group).data(ChartModel::ChartIdRole).toString());
    }
    if (charts.isEmpty())
        return {};
    const qsizetype at = charts.indexOf(m_document->selection()->chart());
    const qsizetype n = charts.size();
    return charts.at(((at < 0 ? 0 : at) + step % n + n) % n);
}

} // namespace tongdao

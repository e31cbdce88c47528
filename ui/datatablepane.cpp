// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/datatablepane.h"

#include "core/chartfiguresproxy.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "ui/itemviews.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

namespace tongdao {

DataTablePane::DataTablePane(ReportDocument *document, QWidget *parent)
    : QTableView(parent)
    , m_document(document)
    , m_proxy(new ChartFiguresProxy(this))
{
    m_proxy->setSourceModel(document->statistics());
    setHorizontalHeader(new PlainHeaderView(Qt::Horizontal, this));
    setModel(m_proxy);
    setItemDelegate(new StaticTextDelegate(StaticTextDelegate::Elide, this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // figures come from the text, not from typing
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(false);
    for (int column : {StatisticsModel::IdColumn, StatisticsModel::CategoryColumn, StatisticsModel::UnitColumn})
        setColumnHidden(column, true);
    // The quote is what makes a figure trustworthy: it comes right after the value.
    // In a translation, the original follows it in its own column.
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(StatisticsModel::QuoteColumn),
                                    horizontalHeader()->visualIndex(StatisticsModel::ValueColumn) + 1);
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(StatisticsModel::OriginalQuoteColumn),
                                    horizontalHeader()->visualIndex(StatisticsModel::QuoteColumn) + 1);
    horizontalHeader()->resizeSection(StatisticsModel::LabelColumn, 230);
    horizontalHeader()->resizeSection(StatisticsModel::ValueColumn, 150);
    horizontalHeader()->resizeSection(StatisticsModel::QuoteColumn, 360);
    horizontalHeader()->resizeSection(StatisticsModel::OriginalQuoteColumn, 300);
    showOriginalColumn();
    connect(document->statistics(), &StatisticsModel::languageChanged, this, &DataTablePane::showOriginalColumn);
    connect(document, &ReportDocument::datasetChanged, this, &DataTablePane::showOriginalColumn);

    // The row the user moves to is the figure selected; the selection, set here or elsewhere,
    // moves the row. Setting the figure already selected does nothing, so neither echoes.
    FigureSelection *selection = document->selection();
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, selection,
            [selection](const QModelIndex &current) {
                if (current.isValid())
                    selection->setFigure(current.data(StatisticsModel::FigureIdRole).toString());
            });
    connect(selection, &FigureSelection::chartChanged, this, &DataTablePane::showChart);
    connect(selection, &FigureSelection::figureChanged, this, &DataTablePane::showFigure);
    retranslate();
    showChart(selection->chart());
}

void DataTablePane::retranslate()
{
    setAccessibleName(tr("Chart data"));
    setAccessibleDescription(tr("The figures of the chart shown, each with the quote that states it"));
}

void DataTablePane::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void DataTablePane::showChart(const QString &chartId)
{
    const ChartSpec *chart = m_document->dataset() ? m_document->dataset()->chart(chartId) : nullptr;
    // Without a current row first: filtered away, it would move to a neighbour, which is not a
    // figure anybody chose.
    selectionModel()->clear();
    m_proxy->setFigures(chart ? chart->figureIds() : QStringList());
    showFigure(m_document->selection()->figure());
}

void DataTablePane::showOriginalColumn()
{
    const Dataset *ds = m_document->dataset();
    const Language lang = m_document->language();
    const bool hide = !ds || lang == Language::Chinese || !ds->translation(lang);
    if (isColumnHidden(StatisticsModel::OriginalQuoteColumn) == hide)
        return;
    {
        // The columns are resized now, the last stretching into the room the hidden one leaves,
        // and the table is drawn once: QTableView would redraw the resized columns again on a
        // timer of its own, after the table (whose texts change with the language) was drawn.
        const QSignalBlocker quiet(horizontalHeader());
        setColumnHidden(StatisticsModel::OriginalQuoteColumn, hide);
        QMetaObject::invokeMethod(horizontalHeader(), "resizeSections", Qt::DirectConnection); // a protected slot
    }
    updateGeometries();
    viewport()->update();
}

int DataTablePane::rowOfFigure(const QString &figureId) const
{
    const QModelIndex source = m_document->statistics()->indexOf(figureId, 0);
    return m_proxy->mapFromSource(source).row();
}

int DataTablePane::minimumUsefulHeight() const
{
    return horizontalHeader()->sizeHint().height() + 2 * verticalHeader()->defaultSectionSize() + 2 * frameWidth()
         + horizontalScrollBar()->sizeHint().height();
}

void DataTablePane::showFigure(const QString &figureId)
{
    const int row = figureId.isEmpty() ? -1 : rowOfFigure(figureId);
    if (row < 0) {
        selectionModel()->clear(); // the current index too, so that clicking that row selects it
    } else {
        const QModelIndex index = m_proxy->index(row, StatisticsModel::LabelColumn);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(index);
    }
}

} // namespace tongdao

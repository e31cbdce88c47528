// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace tongdao {

class ChartFiguresProxy;
class ReportDocument;

// The chart's data: the statistics model filtered to the chart's figures, in the chart's order.
// Selecting a row selects the figure everywhere.
class DataTablePane : public QTableView
{
    Q_OBJECT

public:
    explicit DataTablePane(ReportDocument *document, QWidget *parent = nullptr);
    ChartFiguresProxy *proxy() const { return m_proxy; }
    // The table's row of a figure, -1 when the chart shown does not have it.
    int rowOfFigure(const QString &figureId) const;
    // The least height worth showing: the header and two rows.
    int minimumUsefulHeight() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showChart(const QString &chartId);
    void showFigure(const QString &figureId);
    // The original quote has a column of its own where the quote is shown translated.
    void showOriginalColumn();

    ReportDocument *m_document;
    ChartFiguresProxy *m_proxy;
};

} // namespace tongdao

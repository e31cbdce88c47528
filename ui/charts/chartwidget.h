// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdatamodel.h"
#include "ui/charts/chartstyle.h"

#include <QPointer>
#include <QWidget>

namespace tongdao {

class TongdaoChart;

// The chart on screen. Wraps the Qt Charts view so that nothing outside the chart module depends
// on Qt Charts. Hovering shows the figure and its quote; clicking selects it; the arrow keys move
// between the chart's figures.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    // Shows a chart of the model (owned by the caller, which keeps it alive while shown). While the
    // widget is hidden the chart is only noted, and built when shown, at the size it is shown at.
    void setModel(ChartDataModel *model);
    ChartDataModel *model() const { return m_model; }
    void setChartStyle(const ChartStyle &style);
    const ChartStyle &chartStyle() const { return m_style; }
    // Highlights a figure, if the chart plots it; an empty id highlights none.
    void setSelectedFigure(const QString &figureId);
    // The model's row of the figure highlighted; -1 when none.
    int selectedRow() const;
    // Picks a row's figure, as a click on it does (assistive technology's press action).
    void activateRow(int row);

    // What is drawn, for tests and accessibility.
    QStringList valueLabels() const;
    QStringList frameTexts() const;
    QStringList allTexts() const;
    QList<double> seriesValues() const;
    // Where a chart row's bar, slice, point or tile is, in the viewport's coordinates.
    QPoint itemPosition(int chartRow) const;
    // The plot area (inside the axes: bars, slices, points or tiles), in this widget's coordinates;
    // empty while no chart is built.
    QRectF plotRect() const;
    // The height at which the plot would have half of the chart with every text complete, at the
    // current width (0 until the chart is laid out): what the window tries to leave the chart.
    int roomNeeded() const;
    // How far the chart's texts are shortened to leave the plot half of the height (0: not at all).
    int compaction() const;
    QWidget *viewport() const;
    // True while the focus frame shows (the chart has the keyboard focus).
    bool hasFocusFrame() const;

Q_SIGNALS:
    // The user picked a figure: by a click, or with the arrow keys.
    void figureActivated(const QString &figureId);
    void figureHovered(const QString &figureId, bool entered);
    void roomNeededChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showToolTip(const QString &figureId, bool entered);

    class View;
    class FocusFrame;
    View *m_view;
    FocusFrame *m_focusFrame;
    QPointer<ChartDataModel> m_model;
    TongdaoChart *m_chart = nullptr;
    ChartStyle m_style;
    QString m_selectedFigure;
    bool m_pending = false; // a chart to build once shown
};

// An HTML tooltip that shows text exactly as written: a dataset's "<b>" stays "<b>".
QString plainTextToolTip(const QString &text);

} // namespace tongdao

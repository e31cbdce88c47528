// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the chart module: the Qt Charts chart Tongdao draws. Nothing outside ui/charts
// includes this header, so that a move to Qt Graphs stays a local change.
#pragma once

#include "ui/charts/chartstyle.h"

#include <QtCharts/QChart>

#include <memory>

class QGraphicsTextItem;

namespace tongdao {

class ChartDataModel;
class ChartLayer;
class ChartSeriesProxy;
struct Figure;

// A chart of one ChartSpec, bound to its ChartDataModel through Qt Charts' model mappers: a
// title, subtitle, callouts, the series of its kind, a note and a source line. Plain text only:
// every dataset string given to Qt Charts (which renders labels as rich text) is escaped.
class TongdaoChart : public QChart
{
    Q_OBJECT

public:
    TongdaoChart(ChartDataModel *data, const ChartStyle &style, QGraphicsItem *parent = nullptr);
    ~TongdaoChart() override;

    ChartDataModel *data() const { return m_data; }
    // The data as Qt Charts' model mappers read it.
    ChartSeriesProxy *series() const { return m_series; }
    const ChartStyle &style() const { return m_style; }
    // Font sizes follow the chart's size; 1.0 at 1600×900.
    qreal unit() const;

    // On screen the frame gives way to the plot, which keeps at least half of the chart's height
    // where it can: first the note and the source line shorten to one line each, then the
    // subtitle to two, then the callouts to one and the title to two, then the spacing tightens,
    // and last the subtitle and the title take one line each (shortened texts end in "…" and give
    // the whole text as their tooltip; the accessible name and description stay complete).
    // Exports are never fitted: their texts are complete and their layout depends on their size.
    void setFitted(bool fitted);
    // Lays the chart out at its size, fonts and all, unless a resize has already done so (a chart
    // put in a view of the size it was made at is never resized).
    void ensureLaidOut();
    // 0: every text complete; up to maxCompaction.
    int compaction() const { return m_level; }
    static constexpr int maxCompaction = 6;
    // The height at which, at the current width, the plot would have half of the chart with
    // every text complete; 0 before the chart is laid out.
    qreal heightForHalfPlot() const;

    void setSelectedRow(int row); // a row of the chart's data model, -1 for none
    int selectedRow() const { return m_selectedRow; }

    QStringList valueLabels() const;
    // The frame's texts, complete even where the screen shows them shortened.
    QStringList frameTexts() const;
    // Every text the chart draws: frame, axis titles and labels, legend, value labels.
    QStringList allTexts() const;
    QList<double> seriesValues() const;
    // Centre of a row's bar, slice, point or tile, in chart coordinates.
    QPointF itemCenter(int row) const;
    // A figure's description, as every pane gives it (the model's tooltip).
    QString toolTip(int row) const;
    // Italic where the script has it; Chinese, which has no italics, is set in bold instead.
    QFont emphasized(QFont font) const;
    QString sourceLine() const { return sourceLineFor(m_data); }
    // "Source: “headline”, November 2020, section 纽带 (Bonds) · charted with Tongdao".
    static QString sourceLineFor(const ChartDataModel *data);

    // Called by layers.
    void rowClicked(int row);
    void rowHovered(int row, bool entered);
    const Figure *figure(int row) const;

Q_SIGNALS:
    void figureClicked(const QString &figureId);
    void figureHovered(const QString &figureId, bool entered);
    // heightForHalfPlot() changed.
    void roomChanged();

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void applySize();

    void refreshFrame();
    void setFrameTexts();
    void layoutFrame();
    // Places the frame's texts at a compaction level; returns the margins they leave the plot,
    // axes and legend.
    QMarginsF placeFrame(int level);
    void onPlotAreaChanged(const QRectF &plot);
    void settle();
    QString calloutText(int index) const;

    ChartDataModel *m_data;
    ChartSeriesProxy *m_series;
    ChartStyle m_style;
    std::unique_ptr<ChartLayer> m_layer;
    QGraphicsTextItem *m_title;
    QGraphicsTextItem *m_subtitle;
    QGraphicsTextItem *m_callouts;
    QGraphicsTextItem *m_note;
    QGraphicsTextItem *m_source;
    int m_selectedRow = -1;
    qreal m_styledUnit = 0;
    bool m_fitted = false;
    bool m_laidOut = false; // at a size it is shown at, by applySize
    int m_level = 0;
    qreal m_axesHeight = -1;   // what the axes and legend take between the margins; -1: not laid out
    qreal m_completeFrame = 0; // top + bottom margins with every text complete
};

// One kind of chart's series, axes and overlays, owned by a TongdaoChart.
class ChartLayer
{
public:
    explicit ChartLayer(TongdaoChart *chart)
        : m_chart(chart)
    {
    }
    virtual ~ChartLayer() = default;

    virtual void refresh() = 0;  // texts and axis ranges from the model
    virtual void relayout() = 0; // overlays after the plot area moved
    virtual void select(int row) = 0;
    virtual QStringList valueLabels() const = 0;
    virtual QList<double> seriesValues() const = 0;
    virtual QPointF itemCenter(int row) const = 0;

    static std::unique_ptr<ChartLayer> create(TongdaoChart *chart);

protected:
    TongdaoChart *m_chart;
};

// Shared by layers.
QGraphicsTextItem *makeTextItem(QGraphicsItem *parent, const QFont &font, const QColor &color);
QString escapedForCharts(const QString &plain);
QString unescapedFromCharts(const QString &html);
// A label escaped for Qt Charts and broken into lines of about limit characters (half as many
// Chinese ones) where the language allows a break: never before closing or after opening
// punctuation.
QString wrappedForCharts(const QString &label, int limit);

} // namespace tongdao

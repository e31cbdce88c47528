// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the chart module: one layer per chart kind.
#pragma once

#include "ui/charts/chartaxes_p.h"
#include "ui/charts/tongdaochart_p.h"

#include <QList>
#include <QPointer>

class QGraphicsSimpleTextItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsItem;

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QBarCategoryAxis;
class QCategoryAxis;
class QPieSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace tongdao {

class BarLayer : public ChartLayer
{
public:
    BarLayer(TongdaoChart *chart, bool horizontal);
    void refresh() override;
    void relayout() override;
    void select(int row) override;
    QStringList valueLabels() const override;
    QList<double> seriesValues() const override;
    QPointF itemCenter(int row) const override;

private:
    void styleSets();
    QString wrapped(const QString &label) const;

    bool m_horizontal;
    QAbstractBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QCategoryAxis *m_values;
    ValueScale m_scale;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QPointer<QBarSet>> m_connected; // the mapper's sets whose clicks reach the chart
};

class PieLayer : public ChartLayer
{
public:
    explicit PieLayer(TongdaoChart *chart);
    void refresh() override;
    void relayout() override;
    void select(int row) override;
    QStringList valueLabels() const override;
    QList<double> seriesValues() const override;
    QPointF itemCenter(int row) const override;

private:
    void styleSlices();

    QPieSeries *m_series;
};

class TimelineLayer : public ChartLayer
{
public:
    explicit TimelineLayer(TongdaoChart *chart);
    void refresh() override;
    void relayout() override;
    void select(int row) override;
    QStringList valueLabels() const override;
    QList<double> seriesValues() const override;
    QPointF itemCenter(int row) const override;

private:
    QScatterSeries *m_series;
    QCategoryAxis *m_time;
    QValueAxis *m_lanes;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QStringList m_texts;                 // each label's whole text; shortened on screen if it must
    QList<QGraphicsRectItem *> m_plates; // behind each label: the year lines stop at the text
    QList<QGraphicsLineItem *> m_stems;
};

class FactsLayer : public ChartLayer
{
public:
    explicit FactsLayer(TongdaoChart *chart);
    ~FactsLayer() override;
    void refresh() override;
    void relayout() override;
    void select(int row) override;
    QStringList valueLabels() const override;
    QList<double> seriesValues() const override;
    QPointF itemCenter(int row) const override;

private:
    class Tile;
    QScatterSeries *m_series;
    QList<Tile *> m_tiles;
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartstyle.h"

#include <QWidget>

#include <memory>

namespace tongdao {

class ChartDataModel;
class ChartWidget;
class ReportDocument;

// The chart being shown, bound to its data model; follows the document's chart and selection.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPane(ReportDocument *document, QWidget *parent = nullptr);
    ~ChartPane() override;

    ChartWidget *chartWidget() const { return m_widget; }
    ChartDataModel *model() const { return m_model.get(); }
    void setTheme(ChartTheme theme);
    ChartTheme theme() const { return m_theme; }

Q_SIGNALS:
    void copyRequested();

private:
    void showChart(const QString &chartId);

    ReportDocument *m_document;
    ChartWidget *m_widget;
    std::unique_ptr<ChartDataModel> m_model;
    ChartTheme m_theme = ChartTheme::Light;
};

} // namespace tongdao

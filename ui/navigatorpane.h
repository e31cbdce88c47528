// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace tongdao {

class ReportDocument;
class ChartsOnlyProxy;

// The dataset's charts grouped by category. Choosing one shows it.
class NavigatorPane : public QTreeView
{
    Q_OBJECT

public:
    explicit NavigatorPane(ReportDocument *document, QWidget *parent = nullptr);
    void showChart(const QString &chartId);
    QString chartAt(int step) const; // the chart step charts after the current one (±1)

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    ReportDocument *m_document;
    ChartsOnlyProxy *m_proxy;
    bool m_expanded = false;
};

} // namespace tongdao

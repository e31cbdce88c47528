// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace tongdao {

class Dataset;

// The chart being shown and the figure being looked at: the one piece of state the panes share.
// A pane that shows a figure selected elsewhere observes this object; a pane where the user picks a
// figure sets it. Setting what is already set does nothing and says nothing, so no pane needs to
// guard against hearing its own change back.
class FigureSelection : public QObject
{
    Q_OBJECT

public:
    explicit FigureSelection(QObject *parent = nullptr);

    // Forgets the selection; the first chart of the dataset becomes current.
    void reset(const Dataset *dataset);

    QString chart() const { return m_chart; }
    QString figure() const { return m_figure; }

    // Shows a chart; the selected figure stays selected (a chart without it simply does not mark it).
    void setChart(const QString &chartId);
    // Selects a figure, and shows the first chart with it unless the current chart has it already.
    void setFigure(const QString &figureId);
    void clearFigure();

Q_SIGNALS:
    void chartChanged(const QString &chartId);
    void figureChanged(const QString &figureId);

private:
    const Dataset *m_dataset = nullptr;
    QString m_chart;
    QString m_figure;
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tongdao {

class ChartDataModel;

// What a chart says, in words, for readers who cannot see it: each item's texts for a screen
// reader, and the chart as one sentence ("Bar chart, 2 bars: Jan–Sep 2019 1,517 trains (derived),
// Jan–Sep 2020 3,174 trains."), the alt text of the chart on screen and of every export (SVG
// <desc>, PNG Description, PDF subject, the clipboard's text). Built from the statistics model's
// roles, so a figure reads as it does in every other pane; in the model's current language.
class ChartSummary
{
    Q_DECLARE_TR_FUNCTIONS(ChartSummary)

public:
    struct Item
    {
        QString name;        // the item's label, as drawn
        QString value;       // its value in words, with its qualifier: "more than 1,000 people"
        QString description; // the quote that states it; for a derived figure, then its formula
        bool derived = false;
    };
    static Item item(const ChartDataModel &model, int row);
    // The chart's title in the current language.
    static QString title(const ChartDataModel &model);
    // The chart's kind and items in one sentence.
    static QString sentence(const ChartDataModel &model);
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reanchor.h"

#include "core/boundedread.h"
#include "core/datasetloader.h"
#include "core/datasetwriter.h"
#include "core/reportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace tongdao {

namespace {

// Leaves out a figure and every chart item and callout that shows it.
void dropFigure(Dataset &ds, int i, Reanchoring *result)
{
    const QString id = ds.figures[i].id;
    result->droppedFigures.append(id);
    ds.figures.removeAt(i);
    for (qsizetype c = ds.charts.size() - 1; c >= 0; --c) {
        ChartSpec &chart = ds.charts[c];
        const auto items = chart.items.removeIf([&](const ChartItem &item) { return item.figure == id; });
        const auto callouts = chart.callouts.removeIf([&](const LocalizedText &callout) {
            return figureReferences(callout.en).contains(id) || figureReferences(callout.zh).contains(id)
                || figureReferences(callout.ms).contains(id);
        });
        result->droppedChartItems += int(items + callouts);
        if (chart.items.isEmpty()) {
            result->droppedCharts.append(chart.id);
            ds.charts.removeAt(c);
        }
    }
    ds.rebuildIndex();
}

// Takes out what the loader refused at place; false when that is nothing that can be left out.
bool dropAt(Dataset &ds, const QString &place, Reanchoring *result)
{
    static const QRegularExpression at(QStringLiteral("^(figures|charts|uncharted)\\[(\\d+)\\](?:\\.items\\[(\\d+)\\]|"
                                                      "\\.(note))?"));
    const auto m = at.match(place);
    if (!m.hasMatch())
        return false;
    const int i = m.captured(2).toInt();
    if (m.captured(1) == u"figures" && i < ds.figures.size()) {
        dropFigure(ds, i, result);
    } else if (m.captured(1) == u"uncharted" && i < ds.uncharted.size()) {
        result->droppedUncharted.append(ds.uncharted.takeAt(i).text);
    } else if (m.captured(1) == u"charts" && i < ds.charts.size()) {
        ChartSpec &chart = ds.charts[i];
        const int item = m.hasCaptured(3) ? m.captured(3).toInt() : -1;
        if (m.hasCaptured(4)) {
            chart.note = {};
            chart.noteQuote.clear();
        } else if (item >= 0 && item < chart.items.size() && chart.items.size() > 1) {
            chart.items.removeAt(item);
            ++result->droppedChartItems;
        } else {
            result->droppedCharts.append(chart.id);
            ds.charts.removeAt(i);
        }
        ds.rebuildIndex();
    } else {
        return false;
    }
    return true;
}

} // namespace

bool reanchorDataset(const QString &path, Dataset *dataset, Reanchoring *result, LoadError *error)
{
    *result = {};
    Dataset ds;
    QString hash;
    if (!DatasetLoader::read(path, &ds, &hash, error))
        return false;
    ds.rebuildIndex();
    const qsizetype limit = ds.figures.size() + ds.charts.size() + ds.uncharted.size() + 1;
    for (qsizetype attempt = 0;; ++attempt) {
        Dataset checked = ds;
        LoadError refused = *error;
        if (DatasetLoader::validate(&checked, &refused))
            break;
        if (attempt > limit || !dropAt(ds, refused.place, result)) {
            *error = refused;
            return false;
        }
    }
    // Once more the whole way, translations included, as the dataset will load once written.
    const QDir dir = QFileInfo(path).absoluteDir();
    const DatasetLoader::TextReader readText = [&](const QString &relative, QString *text, LoadError *e) {
        QByteArray bytes;
        QString note;
        const QString file = dir.filePath(relative);
        return readRegularFile(file, defaultMaxFileBytes, &bytes, e) && decodeReportText(bytes, text, &note, e);
    };
    ds.report.textHash.clear();
    Dataset final;
    if (!DatasetLoader::parse(datasetToJson(ds), path, readText, &final, error, {}))
        return false;
    final.report.textHash = hash;
    final.report.textSource = dir.filePath(final.report.textPath);
    result->keptFigures = int(final.figures.size());
    *dataset = std::move(final);
    return true;
}

} // namespace tongdao

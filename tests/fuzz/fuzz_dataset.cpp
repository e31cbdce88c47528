// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as a dataset (the bundled report's text stands behind it). A
// dataset that loads is then pushed through the models, the data export and the coverage check.
#include "core/chartdatamodel.h"
#include "core/coverage.h"
#include "core/dataexport.h"
#include "core/datasetloader.h"
#include "core/statisticsmodel.h"

#include <QFile>

#include <cstdint>

using namespace tongdao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString report = [] {
        QFile f(QStringLiteral(":/tongdao/data/cci-five-years.zh.txt"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    const DatasetLoader::TextReader reader = [](const QString &relative, QString *text, LoadError *error) {
        if (relative != u"cci-five-years.zh.txt") {
            *error = LoadError{relative, {}, QStringLiteral("no such file")};
            return false;
        }
        *text = report;
        return true;
    };
    DatasetLoader::Limits limits;
    limits.maxFileBytes = 1 << 20;
    auto dataset = std::make_shared<Dataset>();
    LoadError error;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!DatasetLoader::parse(json, QStringLiteral("fuzz.json"), reader, dataset.get(), &error, limits)) {
        if (error.file.isEmpty() || error.message.isEmpty())
            __builtin_trap(); // a refusal always says where and why
        return 0;
    }
    StatisticsModel statistics;
    statistics.setDataset(dataset);
    for (Language language : allLanguages) {
        statistics.setLanguage(language);
        for (int r = 0; r < statistics.rowCount(); ++r)
            for (int c = 0; c < statistics.columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(StatisticsModel::FormulaRole)})
                    (void)statistics.index(r, c).data(role);
    }
    for (const ChartSpec &chart : dataset->charts) {
        ChartDataModel model(&statistics, chart);
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                (void)model.index(r, c).data();
    }
    (void)DataExport::toCsv(statistics);
    (void)DataExport::toJson(statistics);
    (void)Coverage::check(*dataset);
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/boundedread.h"
#include "core/dataset.h"
#include "core/loaderror.h"

#include <functional>

namespace tongdao {

// Reads and validates a dataset (JSON, schema "tongdao-dataset" version 1) and the report text it
// names. Every byte is treated as hostile: on any problem nothing is returned but one error that
// names the file, the place (line:column or field path) and what was expected.
class DatasetLoader
{
public:
    static constexpr int schemaVersion = 1;

    struct Limits
    {
        qint64 maxFileBytes = defaultMaxFileBytes;
        int maxDepth = 16;
        int maxStringLength = 100000;
        int maxFigures = 100000;
        int maxCharts = 10000;
    };

    // Reads the text a dataset refers to ("text": "report.txt", relative to the dataset).
    using TextReader = std::function<bool(const QString &relativePath, QString *text, LoadError *error)>;

    // The report bundled with Tongdao.
    static QString bundledDatasetPath();

    // Reads a dataset and its text (UTF-8 or GB18030, see reportfile.h). When the dataset records
    // the text's hash (report.textHash) and the text's bytes no longer have it, the dataset is
    // refused with error->kind TextChanged: reanchor.h keeps what is still found.
    static bool load(const QString &path, Dataset *dataset, LoadError *error, const Limits &limits);
    static bool load(const QString &path, Dataset *dataset, LoadError *error)
    {
        return load(path, dataset, error, Limits{});
    }
    // Only the schema and the text, whatever the text's hash: no figure is placed or checked.
    // *currentTextHash is the hash of the text as it is now. For re-anchoring (reanchor.h).
    static bool read(const QString &path, Dataset *dataset, QString *currentTextHash, LoadError *error);
    // For tests and fuzzing: the JSON is given; displayPath names it in errors. A recorded hash is
    // compared with that of the text as UTF-8.
    static bool parse(const QByteArray &json, const QString &displayPath, const TextReader &readText, Dataset *dataset,
                      LoadError *error, const Limits &limits);

    // Checks everything that ties figures to the text and to each other; fills the computed offsets.
    // Used by parse(); public so that a dataset built in code can be checked the same way.
    static bool validate(Dataset *dataset, LoadError *error);
    // A file a dataset may name (its text, a translation): relative to its folder, and inside it.
    static bool isInsideFolder(const QString &relativePath);
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: any bytes as the English translation of the bundled report. It is decoded,
// read into paragraphs and put through every check; a refusal always says where and why, and an
// accepted one places every phrase inside the text.
#include "core/boundedread.h"
#include "core/datasetloader.h"
#include "core/translationcheck.h"

#include <cstdint>

using namespace tongdao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Dataset bundled = [] {
        Dataset ds;
        LoadError error;
        DatasetLoader::load(DatasetLoader::bundledDatasetPath(), &ds, &error);
        return ds;
    }();
    const ReportTranslation *english = bundled.translation(Language::English);
    if (!english)
        __builtin_trap(); // the bundled translation must pass
    Dataset dataset = bundled;
    ReportTranslation t;
    t.language = Language::English;
    t.path = QStringLiteral("fuzz.en.txt");
    t.notInTranslation = english->notInTranslation;
    t.notInOriginal = english->notInOriginal;
    QString text;
    LoadError error{t.path, {}, {}};
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!decodeUtf8(bytes, &text, &error) || !parseTranslationText(text, t.path, &t, &error)) {
        if (error.message.isEmpty())
            __builtin_trap();
        return 0;
    }
    QString problem;
    if (!TranslationCheck::check(&dataset, &t, &problem)) {
        if (!problem.startsWith(t.path) || problem.contains(QLatin1Char('\n')))
            __builtin_trap(); // one line, naming the file
        return 0;
    }
    for (const Figure &f : dataset.figures) {
        const TranslatedQuote &q = f.translation(Language::English);
        if (q.quoteStart < 0 || q.quoteStart + q.quote.size() > t.text.size())
            __builtin_trap();
    }
    return 0;
}

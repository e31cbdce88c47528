// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/draftshim.h"

#include "core/boundedread.h"
#include "core/datasetloader.h"
#include "core/units.h"

#include <QFileInfo>

namespace tongdao {

Language reportLanguageOf(const Dataset &)
{
    return Language::Chinese;
}

bool isCandidate(const Figure &)
{
    return false;
}

Figure candidateFor(const Dataset &ds, const NumberMention &m)
{
    Figure f;
    f.value = m.value;
    f.unit = QStringLiteral("item");
    for (const Unit &u : allUnits())
        if (u.kind == UnitKind::Count && u.acceptsMeasure(m.measure)) {
            f.unit = u.idString();
            break;
        }
    f.qualifier = m.qualifier;
    f.numeral = m.text;
    f.numeralStart = m.start;
    f.numeralLength = m.length;
    const auto [s, l] = ds.text.sentenceAt(m.start);
    f.quoteStart = s;
    f.quoteLength = l;
    f.quote = ds.text.reading().mid(s, l);
    f.id = QStringLiteral("n%1").arg(m.start);
    f.category = ds.categories.isEmpty() ? QString() : ds.categories.first().id;
    return f;
}

bool draftDatasetFromFile(const QString &textPath, Dataset *ds, QString *, LoadError *error)
{
    QByteArray data;
    if (!readRegularFile(textPath, defaultMaxFileBytes, &data, error))
        return false;
    QString raw;
    if (!decodeUtf8(data, &raw, error))
        return false;
    ds->text = ReportText::fromRaw(raw);
    ds->report.textPath = QFileInfo(textPath).fileName();
    ds->report.year = 2020;
    ds->schemaVersion = 1;
    ds->categories.append(Category{QStringLiteral("figures"), LocalizedText{QStringLiteral("Figures"), {}, {}}});
    ds->sourcePath = QFileInfo(textPath).absolutePath() + QStringLiteral("/draft.json");
    return DatasetLoader::validate(ds, error);
}

bool writeDataset(const Dataset &, const QString &path, LoadError *error)
{
    *error = LoadError{path, {}, QStringLiteral("not yet")};
    return false;
}

bool reanchorDataset(const QString &path, Dataset *, QStringList *, LoadError *error)
{
    *error = LoadError{path, {}, QStringLiteral("not yet")};
    return false;
}

} // namespace tongdao

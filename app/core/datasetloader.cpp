// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datasetloader.h"

#include "core/figurefields.h"
#include "core/jsonfields.h"
#include "core/reportfile.h"
#include "core/translationcheck.h"
#include "core/translationfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace tongdao {

using detail::Fields;
using detail::SchemaError;

namespace {

struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetLoader)
};

void readDocument(const QJsonDocument &doc, Dataset *ds, const DatasetLoader::Limits &limits)
{
    detail::checkLimits(doc.object(), {}, 0, limits.maxDepth, limits.maxStringLength);
    const Fields top(doc.object(), {});
    top.allowOnly({QLatin1StringView("schema"), QLatin1StringView("version"), QLatin1StringView("report"),
                   QLatin1StringView("categories"), QLatin1StringView("figures"), QLatin1StringView("charts"),
                   QLatin1StringView("uncharted")});
    if (top.string(QStringLiteral("schema")) != u"tongdao-dataset")
        Fields::fail(QStringLiteral("schema"), LoaderText::tr("expected \"tongdao-dataset\""));
    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != DatasetLoader::schemaVersion)
        Fields::fail(QStringLiteral("version"),
                     LoaderText::tr("unsupported schema version %1, this Tongdao reads version %2")
                         .arg(version.isDouble() ? QString::number(version.toDouble()) : detail::jsonTypeName(version))
                         .arg(DatasetLoader::schemaVersion));
    ds->schemaVersion = DatasetLoader::schemaVersion;

    const Fields report(top.value(QStringLiteral("report")), QStringLiteral("report"));
    report.allowOnly({QLatin1StringView("text"), QLatin1StringView("language"), QLatin1StringView("textHash"),
                      QLatin1StringView("year"), QLatin1StringView("published"), QLatin1StringView("publication"),
                      QLatin1StringView("sections"), QLatin1StringView("translations")});
    ds->report.textPath = report.string(QStringLiteral("text"));
    const QString language = report.optionalString(QStringLiteral("language"), QStringLiteral("zh_CN"));
    if (language != u"zh_CN" && language != u"en")
        Fields::fail(report.at(QStringLiteral("language")),
                     LoaderText::tr("\"%1\" is not a language Tongdao reads reports in: expected zh_CN or en")
                         .arg(language));
    ds->report.language = *languageFromCode(language);
    ds->report.textHash = report.optionalString(QStringLiteral("textHash"));
    static const QRegularExpression hash(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    if (!ds->report.textHash.isEmpty() && !hash.match(ds->report.textHash).hasMatch())
        Fields::fail(report.at(QStringLiteral("textHash")),
                     LoaderText::tr("expected \"sha256:\" and 64 lower-case hexadecimal digits"));
    ds->report.year = report.integer(QStringLiteral("year"), 1000, 2999);
    ds->report.published = report.optionalString(QStringLiteral("published"));
    if (!ds->report.published.isEmpty() && !parseIsoDate(ds->report.published))
        Fields::fail(report.at(QStringLiteral("published")),
                     LoaderText::tr("expected a date as YYYY-MM-DD or YYYY-MM"));
    ds->report.publication = report.localized(QStringLiteral("publication"), false);
    ds->translations = detail::readTranslations(report);
    const bool original = ds->report.language == Language::Chinese;
    if (!original && !ds->translations.isEmpty())
        Fields::fail(report.at(QStringLiteral("translations")),
                     LoaderText::tr("translations are read for a Chinese report only"));
    const QJsonArray sections = report.array(QStringLiteral("sections"), false);
    for (qsizetype i = 0; i < sections.size(); ++i)
        ds->report.sectionNames.append(
            detail::localizedFrom(sections[i], detail::elementPath(report.at(QStringLiteral("sections")), i)));

    const QJsonArray categories = top.array(QStringLiteral("categories"));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const Fields c(categories[i], detail::elementPath(QStringLiteral("categories"), i));
        c.allowOnly({QLatin1StringView("id"), QLatin1StringView("label")});
        ds->categories.append({detail::checkedId(c, QStringLiteral("id")),
                               detail::labelFrom(c, QStringLiteral("label"), ds->report.language)});
    }
    const QJsonArray figures = top.array(QStringLiteral("figures"));
    if (figures.isEmpty())
        Fields::fail(QStringLiteral("figures"), LoaderText::tr("expected at least one figure"));
    if (figures.size() > limits.maxFigures)
        Fields::fail(QStringLiteral("figures"), LoaderText::tr("%1 figures, more than the limit of %2")
                                                    .arg(figures.size())
                                                    .arg(limits.maxFigures));
    ds->figures.reserve(figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QString path = detail::elementPath(QStringLiteral("figures"), i);
        ds->figures.append(detail::readFigure(figures[i], path, ds->report.language));
        const auto &translated = ds->figures.last().translated;
        if (!original
            && std::any_of(translated.begin(), translated.end(), [](const auto &t) { return !t.quote.isEmpty(); }))
            Fields::fail(path + QStringLiteral(".translation"),
                         LoaderText::tr("translations are read for a Chinese report only"));
    }
    const QJsonArray charts = top.array(QStringLiteral("charts"), false);
    if (charts.size() > limits.maxCharts)
        Fields::fail(QStringLiteral("charts"),
                     LoaderText::tr("%1 charts, more than the limit of %2").arg(charts.size()).arg(limits.maxCharts));
    for (qsizetype i = 0; i < charts.size(); ++i)
        ds->charts.append(
            detail::readChart(charts[i], detail::elementPath(QStringLiteral("charts"), i), ds->report.language));
    const QJsonArray uncharted = top.array(QStringLiteral("uncharted"), false);
    for (qsizetype i = 0; i < uncharted.size(); ++i) {
        const Fields u(uncharted[i], detail::elementPath(QStringLiteral("uncharted"), i));
        u.allowOnly({QLatin1StringView("text"), QLatin1StringView("reason")});
        ds->uncharted.append(
            {u.string(QStringLiteral("text")), detail::labelFrom(u, QStringLiteral("reason"), ds->report.language)});
    }
}

enum class Stage {
    Read,    // the schema and the text: for re-anchoring quotes after the text changed
    Checked, // and the text's hash, every figure against the text, the translations
};

// The text's hash as the reader saw its bytes; from the decoded text when only that was given.
using TextHasher = std::function<QString(const QString &relativePath, const QString &text)>;

bool parseAt(const QByteArray &json, const QString &displayPath, const DatasetLoader::TextReader &readText,
             const TextHasher &hashOf, Stage stage, Dataset *dataset, QString *currentHash, LoadError *error,
             const DatasetLoader::Limits &limits)
{
    *error = LoadError{displayPath, {}, {}};
    if (json.trimmed().isEmpty()) {
        error->message = LoaderText::tr("the file is empty, expected a JSON object");
        return false;
    }
    QString ignored;
    if (!decodeUtf8(json, &ignored, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->place = lineColumn(json, parseError.offset);
        error->message = LoaderText::tr("malformed JSON: %1").arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        error->place = QStringLiteral("1:1");
        error->message = LoaderText::tr("expected a JSON object at the top level, got an array");
        return false;
    }
    Dataset ds;
    ds.sourcePath = displayPath;
    try {
        readDocument(doc, &ds, limits);
        if (!DatasetLoader::isInsideFolder(ds.report.textPath))
            Fields::fail(QStringLiteral("report.text"),
                         LoaderText::tr("expected a path relative to the dataset's folder, inside it"));
    } catch (const SchemaError &e) {
        error->place = e.place;
        error->message = e.message;
        return false;
    }
    QString raw;
    if (!readText(ds.report.textPath, &raw, error))
        return false;
    if (raw.trimmed().isEmpty()) {
        *error = LoadError{displayPath, QStringLiteral("report.text"), LoaderText::tr("the report text is empty")};
        return false;
    }
    const QString hash = hashOf(ds.report.textPath, raw);
    if (currentHash)
        *currentHash = hash;
    // The text is the authority: a dataset saved against other bytes is refused before any of
    // its quotes is looked for, so that nothing is anchored to a text it was not made from.
    if (stage == Stage::Checked && !ds.report.textHash.isEmpty() && hash != ds.report.textHash) {
        *error = LoadError{displayPath, QStringLiteral("report.textHash"),
                           LoaderText::tr("the text %1 changed since the dataset was saved (its SHA-256 differs); "
                                          "the quotes still found in it can be re-anchored")
                               .arg(ds.report.textPath),
                           LoadError::Kind::TextChanged};
        return false;
    }
    ds.text = ReportText::fromRaw(raw, ds.report.language);
    error->file = displayPath;
    if (stage == Stage::Read) {
        *dataset = std::move(ds);
        return true;
    }
    if (!DatasetLoader::validate(&ds, error))
        return false;
    // A translation that fails to load or to check is refused on its own: the report still opens,
    // in the original, and the translation's problem says why.
    for (ReportTranslation &t : ds.translations) {
        QString text;
        LoadError e{t.path, {}, {}};
        if (!DatasetLoader::isInsideFolder(t.path)) {
            e.message = LoaderText::tr("expected a path relative to the dataset's folder, inside it");
            t.problem = e.toString();
        } else if (!readText(t.path, &text, &e) || !parseTranslationText(text, t.path, &t, &e)) {
            e.file = t.path;
            t.problem = e.toString();
        } else {
            TranslationCheck::check(&ds, &t, &t.problem);
        }
    }
    *dataset = std::move(ds);
    return true;
}

bool loadAt(const QString &path, Stage stage, Dataset *dataset, QString *currentHash, LoadError *error,
            const DatasetLoader::Limits &limits)
{
    QByteArray json;
    if (!readRegularFile(path, limits.maxFileBytes, &json, error))
        return false;
    const QDir dir = QFileInfo(path).absoluteDir();
    QHash<QString, QString> hashes; // of each text read, by its path relative to the dataset
    const DatasetLoader::TextReader readText = [&](const QString &relative, QString *text, LoadError *e) {
        QByteArray bytes;
        const QString textPath = dir.filePath(relative);
        if (!readRegularFile(textPath, limits.maxFileBytes, &bytes, e))
            return false;
        e->file = textPath;
        QString note;
        if (!decodeReportText(bytes, text, &note, e))
            return false;
        hashes.insert(relative, textHash(bytes));
        return true;
    };
    const TextHasher hashOf = [&](const QString &relative, const QString &) { return hashes.value(relative); };
    if (!parseAt(json, path, readText, hashOf, stage, dataset, currentHash, error, limits))
        return false;
    dataset->report.textSource = dir.filePath(dataset->report.textPath);
    return true;
}

} // namespace

QString DatasetLoader::bundledDatasetPath()
{
    return QStringLiteral(":/tongdao/data/cci-five-years.json");
}

bool DatasetLoader::isInsideFolder(const QString &relativePath)
{
    return !QDir::isAbsolutePath(relativePath) && !relativePath.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

bool DatasetLoader::load(const QString &path, Dataset *dataset, LoadError *error, const Limits &limits)
{
    return loadAt(path, Stage::Checked, dataset, nullptr, error, limits);
}

bool DatasetLoader::read(const QString &path, Dataset *dataset, QString *currentTextHash, LoadError *error)
{
    return loadAt(path, Stage::Read, dataset, currentTextHash, error, Limits{});
}

bool DatasetLoader::parse(const QByteArray &json, const QString &displayPath, const TextReader &readText,
                          Dataset *dataset, LoadError *error, const Limits &limits)
{
    const TextHasher hashOf = [](const QString &, const QString &text) { return textHash(text.toUtf8()); };
    return parseAt(json, displayPath, readText, hashOf, Stage::Checked, dataset, nullptr, error, limits);
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datasetloader.h"

#include "core/jsonfields.h"
#include "core/translationcheck.h"
#include "core/translationfields.h"
#include "core/units.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace tongdao {

using detail::Fields;
using detail::SchemaError;

namespace {

struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetLoader)
};

QString checkedId(const Fields &f, const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    const QString id = f.string(key);
    if (!re.match(id).hasMatch())
        Fields::fail(f.at(key), LoaderText::tr("\"%1\" is not an id: expected 1–64 lower-case letters, "
                                               "digits and hyphens")
                                    .arg(id));
    return id;
}

Figure readFigure(const QJsonValue &value, const QString &path)
{
    const Fields f(value, path);
    f.allowOnly({QLatin1StringView("id"), QLatin1StringView("category"), QLatin1StringView("label"),
                 QLatin1StringView("value"), QLatin1StringView("unit"), QLatin1StringView("period"),
                 QLatin1StringView("qualifier"), QLatin1StringView("measure"), QLatin1StringView("status"),
                 QLatin1StringView("quote"), QLatin1StringView("occurrence"), QLatin1StringView("numeral"),
                 QLatin1StringView("derived"), QLatin1StringView("translation")});
    Figure fig;
    fig.id = checkedId(f, QStringLiteral("id"));
    fig.category = f.string(QStringLiteral("category"));
    fig.label = f.localized(QStringLiteral("label"));
    fig.unit = f.string(QStringLiteral("unit"));
    const Unit *unit = findUnit(fig.unit);
    if (!unit)
        Fields::fail(f.at(QStringLiteral("unit")), LoaderText::tr("unknown unit \"%1\", expected one of: %2")
                                                       .arg(fig.unit, unitIds().join(QStringLiteral(", "))));
    if (unit->kind == UnitKind::Date) {
        const QString iso = f.string(QStringLiteral("value"));
        const auto d = parseIsoDate(iso);
        if (!d)
            Fields::fail(f.at(QStringLiteral("value")),
                         LoaderText::tr("expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got \"%1\"").arg(iso));
        fig.date = d->first;
        fig.datePrecision = d->second;
        fig.value = fig.date.year();
    } else {
        fig.value = f.number(QStringLiteral("value"));
        const double limit = 1e15;
        if (std::fabs(fig.value) > limit)
            Fields::fail(f.at(QStringLiteral("value")),
                         LoaderText::tr("%1 is out of range, expected at most %2 in magnitude")
                             .arg(fig.value)
                             .arg(limit));
        if (fig.value < 0 && unit->kind != UnitKind::Percent)
            Fields::fail(f.at(QStringLiteral("value")),
                         LoaderText::tr("%1 is negative, expected a count or amount of 0 or more").arg(fig.value));
    }
    // The period is optional: where the report does not say when, neither do we.
    if (f.has(QStringLiteral("period"))) {
        const QString periodText = f.string(QStringLiteral("period"));
        const auto period = Period::parse(periodText);
        if (!period)
            Fields::fail(f.at(QStringLiteral("period")),
                         LoaderText::tr("\"%1\" is not a period: expected YYYY[-MM[-DD]], START/END or /END")
                             .arg(periodText));
        fig.period = *period;
    }
    const QString q = f.optionalString(QStringLiteral("qualifier"), QStringLiteral("exact"));
    const auto qualifier = qualifierFromId(q);
    if (!qualifier)
        Fields::fail(f.at(QStringLiteral("qualifier")),
                     LoaderText::tr("unknown qualifier \"%1\", expected exact, approximate, more-than, less-than, "
                                    "about-at-least or about-at-most")
                         .arg(q));
    fig.qualifier = *qualifier;
    const QString m = f.string(QStringLiteral("measure"));
    const auto measure = measureFromId(m);
    if (!measure)
        Fields::fail(f.at(QStringLiteral("measure")),
                     LoaderText::tr("unknown measure \"%1\", expected period, cumulative or point").arg(m));
    fig.measure = *measure;
    const QString st = f.optionalString(QStringLiteral("status"), QStringLiteral("reported"));
    const auto status = figureStatusFromId(st);
    if (!status)
        Fields::fail(f.at(QStringLiteral("status")),
                     LoaderText::tr("unknown status \"%1\", expected reported or scheduled").arg(st));
    fig.status = *status;
    fig.quote = f.string(QStringLiteral("quote"));
    fig.quoteOccurrence = f.optionalInteger(QStringLiteral("occurrence"), 1, 1000000).value_or(0);
    if (f.has(QStringLiteral("derived"))) {
        const Fields d(f.value(QStringLiteral("derived")), f.at(QStringLiteral("derived")));
        d.allowOnly({QLatin1StringView("formula"), QLatin1StringView("inputs"), QLatin1StringView("round")});
        fig.derived = true;
        fig.formula = d.string(QStringLiteral("formula"));
        const QJsonArray inputs = d.array(QStringLiteral("inputs"));
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            if (!inputs[i].isString())
                Fields::fail(detail::elementPath(d.at(QStringLiteral("inputs")), i),
                             LoaderText::tr("expected a figure id, got %1").arg(detail::jsonTypeName(inputs[i])));
            fig.inputs.append(inputs[i].toString());
        }
        fig.roundDecimals = d.optionalInteger(QStringLiteral("round"), 0, 12).value_or(-1);
        if (f.has(QStringLiteral("numeral")))
            Fields::fail(f.at(QStringLiteral("numeral")),
                         LoaderText::tr("a derived figure has no numeral of its own; remove the field"));
    } else {
        fig.numeral = f.string(QStringLiteral("numeral"));
    }
    detail::readFigureTranslation(f, &fig);
    return fig;
}

ChartSpec readChart(const QJsonValue &value, const QString &path)
{
    const Fields f(value, path);
    f.allowOnly({QLatin1StringView("id"), QLatin1StringView("category"), QLatin1StringView("kind"),
                 QLatin1StringView("title"), QLatin1StringView("subtitle"), QLatin1StringView("axes"),
                 QLatin1StringView("items"), QLatin1StringView("callouts"), QLatin1StringView("note")});
    ChartSpec c;
    c.id = checkedId(f, QStringLiteral("id"));
    c.category = f.string(QStringLiteral("category"));
    const QString kind = f.string(QStringLiteral("kind"));
    const auto k = chartKindFromId(kind);
    if (!k)
        Fields::fail(f.at(QStringLiteral("kind")),
                     LoaderText::tr("unknown chart kind \"%1\", expected bar, hbar, pie, timeline or facts").arg(kind));
    c.kind = *k;
    c.title = f.localized(QStringLiteral("title"));
    c.subtitle = f.localized(QStringLiteral("subtitle"), false);
    if (f.has(QStringLiteral("axes"))) {
        const Fields axes(f.value(QStringLiteral("axes")), f.at(QStringLiteral("axes")));
        axes.allowOnly({QLatin1StringView("category"), QLatin1StringView("value")});
        c.categoryAxis = axes.localized(QStringLiteral("category"), false);
        c.valueAxis = axes.localized(QStringLiteral("value"), false);
    }
    const QJsonArray items = f.array(QStringLiteral("items"));
    if (items.isEmpty())
        Fields::fail(f.at(QStringLiteral("items")), LoaderText::tr("expected at least one figure"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = detail::elementPath(f.at(QStringLiteral("items")), i);
        ChartItem item;
        if (items[i].isString()) {
            item.figure = items[i].toString();
        } else {
            const Fields it(items[i], itemPath);
            it.allowOnly({QLatin1StringView("figure"), QLatin1StringView("label"), QLatin1StringView("scope")});
            item.figure = it.string(QStringLiteral("figure"));
            item.label = it.localized(QStringLiteral("label"), false);
            item.scope = it.localized(QStringLiteral("scope"), false);
        }
        c.items.append(item);
    }
    const QJsonArray callouts = f.array(QStringLiteral("callouts"), false);
    for (qsizetype i = 0; i < callouts.size(); ++i)
        c.callouts.append(detail::localizedFrom(callouts[i], detail::elementPath(f.at(QStringLiteral("callouts")), i)));
    if (f.has(QStringLiteral("note"))) {
        const Fields note(f.value(QStringLiteral("note")), f.at(QStringLiteral("note")));
        note.allowOnly({QLatin1StringView("text"), QLatin1StringView("quote")});
        c.note = note.localized(QStringLiteral("text"));
        c.noteQuote = note.optionalString(QStringLiteral("quote"));
    }
    return c;
}

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
    report.allowOnly({QLatin1StringView("text"), QLatin1StringView("year"), QLatin1StringView("published"),
                      QLatin1StringView("publication"), QLatin1StringView("sections"),
                      QLatin1StringView("translations")});
    ds->report.textPath = report.string(QStringLiteral("text"));
    ds->report.year = report.integer(QStringLiteral("year"), 1000, 2999);
    ds->report.published = report.optionalString(QStringLiteral("published"));
    if (!ds->report.published.isEmpty() && !parseIsoDate(ds->report.published))
        Fields::fail(report.at(QStringLiteral("published")),
                     LoaderText::tr("expected a date as YYYY-MM-DD or YYYY-MM"));
    ds->report.publication = report.localized(QStringLiteral("publication"), false);
    ds->translations = detail::readTranslations(report);
    const QJsonArray sections = report.array(QStringLiteral("sections"), false);
    for (qsizetype i = 0; i < sections.size(); ++i)
        ds->report.sectionNames.append(
            detail::localizedFrom(sections[i], detail::elementPath(report.at(QStringLiteral("sections")), i)));

    const QJsonArray categories = top.array(QStringLiteral("categories"));
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const Fields c(categories[i], detail::elementPath(QStringLiteral("categories"), i));
        c.allowOnly({QLatin1StringView("id"), QLatin1StringView("label")});
        ds->categories.append({checkedId(c, QStringLiteral("id")), c.localized(QStringLiteral("label"))});
    }
    const QJsonArray figures = top.array(QStringLiteral("figures"));
    if (figures.isEmpty())
        Fields::fail(QStringLiteral("figures"), LoaderText::tr("expected at least one figure"));
    if (figures.size() > limits.maxFigures)
        Fields::fail(QStringLiteral("figures"), LoaderText::tr("%1 figures, more than the limit of %2")
                                                    .arg(figures.size())
                                                    .arg(limits.maxFigures));
    ds->figures.reserve(figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i)
        ds->figures.append(readFigure(figures[i], detail::elementPath(QStringLiteral("figures"), i)));
    const QJsonArray charts = top.array(QStringLiteral("charts"), false);
    if (charts.size() > limits.maxCharts)
        Fields::fail(QStringLiteral("charts"),
                     LoaderText::tr("%1 charts, more than the limit of %2").arg(charts.size()).arg(limits.maxCharts));
    for (qsizetype i = 0; i < charts.size(); ++i)
        ds->charts.append(readChart(charts[i], detail::elementPath(QStringLiteral("charts"), i)));
    const QJsonArray uncharted = top.array(QStringLiteral("uncharted"), false);
    for (qsizetype i = 0; i < uncharted.size(); ++i) {
        const Fields u(uncharted[i], detail::elementPath(QStringLiteral("uncharted"), i));
        u.allowOnly({QLatin1StringView("text"), QLatin1StringView("reason")});
        ds->uncharted.append({u.string(QStringLiteral("text")), u.localized(QStringLiteral("reason"))});
    }
}

} // namespace

QString DatasetLoader::bundledDatasetPath()
{
    return QStringLiteral(":/tongdao/data/cci-five-years.json");
}

bool DatasetLoader::load(const QString &path, Dataset *dataset, LoadError *error, const Limits &limits)
{
    QByteArray json;
    if (!readRegularFile(path, limits.maxFileBytes, &json, error))
        return false;
    const QDir dir = QFileInfo(path).absoluteDir();
    const TextReader readText = [&](const QString &relative, QString *text, LoadError *e) {
        QByteArray bytes;
        const QString textPath = dir.filePath(relative);
        if (!readRegularFile(textPath, limits.maxFileBytes, &bytes, e))
            return false;
        e->file = textPath;
        return decodeUtf8(bytes, text, e);
    };
    return parse(json, path, readText, dataset, error, limits);
}

bool DatasetLoader::parse(const QByteArray &json, const QString &displayPath, const TextReader &readText,
                          Dataset *dataset, LoadError *error, const Limits &limits)
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
        const QString &textPath = ds.report.textPath;
        if (QDir::isAbsolutePath(textPath) || textPath.split(QLatin1Char('/')).contains(QStringLiteral("..")))
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
    ds.text = ReportText::fromRaw(raw);
    error->file = displayPath;
    if (!validate(&ds, error))
        return false;
    // A translation that fails to load or to check is refused on its own: the report still opens,
    // in the original, and the translation's problem says why.
    for (ReportTranslation &t : ds.translations) {
        QString text;
        LoadError e{t.path, {}, {}};
        if (QDir::isAbsolutePath(t.path) || t.path.split(QLatin1Char('/')).contains(QStringLiteral(".."))) {
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

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figurefields.h"

#include "core/translationfields.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace tongdao::detail {

namespace {
struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetLoader)
};
} // namespace

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

Figure readFigure(const QJsonValue &value, const QString &path, Language language)
{
    const Fields f(value, path);
    f.allowOnly({QLatin1StringView("id"), QLatin1StringView("category"), QLatin1StringView("label"),
                 QLatin1StringView("value"), QLatin1StringView("unit"), QLatin1StringView("period"),
                 QLatin1StringView("qualifier"), QLatin1StringView("measure"), QLatin1StringView("status"),
                 QLatin1StringView("quote"), QLatin1StringView("occurrence"), QLatin1StringView("numeral"),
                 QLatin1StringView("derived"), QLatin1StringView("translation"), QLatin1StringView("candidate")});
    Figure fig;
    fig.id = checkedId(f, QStringLiteral("id"));
    // An undecided number may have no category and no label yet; a decided figure has both, its
    // label at least in the report's language.
    fig.candidate = f.optionalBool(QStringLiteral("candidate"));
    fig.category = fig.candidate ? f.optionalString(QStringLiteral("category")) : f.string(QStringLiteral("category"));
    fig.label = labelFrom(f, QStringLiteral("label"), language, !fig.candidate);
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
                Fields::fail(elementPath(d.at(QStringLiteral("inputs")), i),
                             LoaderText::tr("expected a figure id, got %1").arg(jsonTypeName(inputs[i])));
            fig.inputs.append(inputs[i].toString());
        }
        fig.roundDecimals = d.optionalInteger(QStringLiteral("round"), 0, 12).value_or(-1);
        if (fig.candidate)
            Fields::fail(f.at(QStringLiteral("candidate")),
                         LoaderText::tr("a derived figure is computed from decided figures, never a candidate"));
        if (f.has(QStringLiteral("numeral")))
            Fields::fail(f.at(QStringLiteral("numeral")),
                         LoaderText::tr("a derived figure has no numeral of its own; remove the field"));
    } else {
        fig.numeral = f.string(QStringLiteral("numeral"));
    }
    readFigureTranslation(f, &fig);
    return fig;
}

ChartSpec readChart(const QJsonValue &value, const QString &path, Language language)
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
    // Written in the report's language at least, like every label.
    c.title = labelFrom(f, QStringLiteral("title"), language);
    c.subtitle = labelFrom(f, QStringLiteral("subtitle"), language, false);
    if (f.has(QStringLiteral("axes"))) {
        const Fields axes(f.value(QStringLiteral("axes")), f.at(QStringLiteral("axes")));
        axes.allowOnly({QLatin1StringView("category"), QLatin1StringView("value")});
        c.categoryAxis = labelFrom(axes, QStringLiteral("category"), language, false);
        c.valueAxis = labelFrom(axes, QStringLiteral("value"), language, false);
    }
    const QJsonArray items = f.array(QStringLiteral("items"));
    if (items.isEmpty())
        Fields::fail(f.at(QStringLiteral("items")), LoaderText::tr("expected at least one figure"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = elementPath(f.at(QStringLiteral("items")), i);
        ChartItem item;
        if (items[i].isString()) {
            item.figure = items[i].toString();
        } else {
            const Fields it(items[i], itemPath);
            it.allowOnly({QLatin1StringView("figure"), QLatin1StringView("label"), QLatin1StringView("scope")});
            item.figure = it.string(QStringLiteral("figure"));
            item.label = labelFrom(it, QStringLiteral("label"), language, false);
            item.scope = labelFrom(it, QStringLiteral("scope"), language, false);
        }
        c.items.append(item);
    }
    const QJsonArray callouts = f.array(QStringLiteral("callouts"), false);
    for (qsizetype i = 0; i < callouts.size(); ++i)
        c.callouts.append(textIn(callouts[i], elementPath(f.at(QStringLiteral("callouts")), i), language));
    if (f.has(QStringLiteral("note"))) {
        const Fields note(f.value(QStringLiteral("note")), f.at(QStringLiteral("note")));
        note.allowOnly({QLatin1StringView("text"), QLatin1StringView("quote")});
        c.note = labelFrom(note, QStringLiteral("text"), language);
        c.noteQuote = note.optionalString(QStringLiteral("quote"));
    }
    return c;
}

} // namespace tongdao::detail

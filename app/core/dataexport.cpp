// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataexport.h"

#include "core/statisticsmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tongdao {

namespace {

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

struct Row
{
    QString id, category, label, value, unit, period, qualifier, quote, formula, measure, status;
    bool derived;
    QStringList inputs;
};

Row rowOf(const StatisticsModel &model, int r)
{
    const Figure &f = *model.figureAt(r);
    const QModelIndex index = model.index(r, StatisticsModel::LabelColumn);
    Row row;
    row.id = f.id;
    row.category = f.category;
    row.label = index.data(Qt::DisplayRole).toString();
    row.value = f.isDate() ? f.date.toString(Qt::ISODate)
                                 .left(f.datePrecision == DatePrecision::Day     ? 10
                                       : f.datePrecision == DatePrecision::Month ? 7
                                                                                 : 4)
                           : DataExport::plainDecimal(index.data(StatisticsModel::RawValueRole).toDouble());
    row.unit = f.unit;
    row.period = f.period.iso;
    row.qualifier = qualifierId(f.qualifier);
    row.derived = f.derived;
    row.quote = f.quote;
    row.formula = f.formula;
    row.measure = measureId(f.measure);
    row.status = figureStatusId(f.status);
    row.inputs = f.inputs;
    return row;
}

} // namespace

QStringList DataExport::csvHeader(Language language)
{
    if (language != Language::Chinese)
        return csvHeader(Language::Chinese) << QStringLiteral("quote_translation");
    return {QStringLiteral("id"),    QStringLiteral("category"), QStringLiteral("label"),     QStringLiteral("value"),
            QStringLiteral("unit"),  QStringLiteral("period"),   QStringLiteral("qualifier"), QStringLiteral("derived"),
            QStringLiteral("quote"), QStringLiteral("measure"),  QStringLiteral("formula"),   QStringLiteral("status")};
}

QString DataExport::plainDecimal(double value)
{
    if (!std::isfinite(value))
        return QString();
    // Up to 9 decimals, then trailing zeros dropped; 'f' never writes an exponent.
    QString text = QString::number(value, 'f', 9);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == u"-0" ? QStringLiteral("0") : text;
}

QByteArray DataExport::toCsv(const StatisticsModel &model)
{
    const bool translated = model.language() != Language::Chinese;
    QString out = csvHeader(model.language()).join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        const Row row = rowOf(model, r);
        QStringList fields{row.id,        row.category,
                           row.label,     row.value,
                           row.unit,      row.period,
                           row.qualifier, row.derived ? QStringLiteral("true") : QStringLiteral("false"),
                           row.quote,     row.measure,
                           row.formula,   row.status};
        if (translated)
            fields.append(model.quoteTranslation(*model.figureAt(r)));
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray DataExport::toJson(const StatisticsModel &model)
{
    QJsonArray figures;
    for (int r = 0; r < model.rowCount(); ++r) {
        const Row row = rowOf(model, r);
        QJsonObject o{{QStringLiteral("id"), row.id},           {QStringLiteral("category"), row.category},
                      {QStringLiteral("label"), row.label},     {QStringLiteral("unit"), row.unit},
                      {QStringLiteral("period"), row.period},   {QStringLiteral("qualifier"), row.qualifier},
                      {QStringLiteral("derived"), row.derived}, {QStringLiteral("quote"), row.quote},
                      {QStringLiteral("measure"), row.measure}, {QStringLiteral("status"), row.status}};
        // Numbers stay JSON numbers; a date stays its ISO text.
        const Figure &f = *model.figureAt(r);
        o.insert(QStringLiteral("value"), f.isDate() ? QJsonValue(row.value) : QJsonValue(f.value));
        if (const QString translated = model.quoteTranslation(f); !translated.isEmpty())
            o.insert(QStringLiteral("quoteTranslation"), translated);
        if (f.candidate)
            o.insert(QStringLiteral("candidate"), true); // undecided: a number of a draft
        if (row.derived) {
            o.insert(QStringLiteral("formula"), row.formula);
            o.insert(QStringLiteral("inputs"), QJsonArray::fromStringList(row.inputs));
        }
        figures.append(o);
    }
    QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("tongdao-figures")},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("language"), languageCode(model.language())},
                    {QStringLiteral("figures"), figures}};
    if (model.dataset() && model.language() != Language::Chinese && model.dataset()->translation(model.language()))
        doc.insert(QStringLiteral("quoteTranslationNotice"),
                   QCoreApplication::translate("tongdao::DataExport", "quoteTranslation is Tongdao's translation of "
                                                                      "quote; the Chinese original is authoritative."));
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace tongdao

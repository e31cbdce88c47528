// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translationfields.h"

#include <QCoreApplication>

namespace tongdao::detail {

namespace {

struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetLoader)
};

// A translation's language: one that has a translation (not the original's).
Language translatedLanguage(const QString &code, const QString &place)
{
    const auto language = languageFromCode(code);
    if (!language || *language == Language::Chinese || languageCode(*language) != code)
        Fields::fail(place,
                     LoaderText::tr("\"%1\" is not a language Tongdao translates into: expected en or ms").arg(code));
    return *language;
}

QList<TranslationExcuse> readExcuses(const Fields &f, const QString &key)
{
    QList<TranslationExcuse> excuses;
    const QJsonArray array = f.array(key, false);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Fields e(array[i], elementPath(f.at(key), i));
        e.allowOnly({QLatin1StringView("text"), QLatin1StringView("reason")});
        excuses.append({e.string(QStringLiteral("text")), e.string(QStringLiteral("reason"))});
    }
    return excuses;
}

} // namespace

QList<ReportTranslation> readTranslations(const Fields &report)
{
    QList<ReportTranslation> translations;
    if (!report.has(QStringLiteral("translations")))
        return translations;
    const QJsonValue value = report.value(QStringLiteral("translations"));
    const QString path = report.at(QStringLiteral("translations"));
    if (!value.isObject())
        Fields::fail(path,
                     LoaderText::tr("expected an object of translations by language, got %1").arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Fields t(it.value(), path + QLatin1Char('.') + it.key());
        t.allowOnly(
            {QLatin1StringView("text"), QLatin1StringView("notInTranslation"), QLatin1StringView("notInOriginal")});
        ReportTranslation translation;
        translation.language = translatedLanguage(it.key(), t.path());
        translation.path = t.string(QStringLiteral("text"));
        translation.notInTranslation = readExcuses(t, QStringLiteral("notInTranslation"));
        translation.notInOriginal = readExcuses(t, QStringLiteral("notInOriginal"));
        translations.append(translation);
    }
    return translations;
}

void readFigureTranslation(const Fields &figure, Figure *fig)
{
    if (!figure.has(QStringLiteral("translation")))
        return;
    const QJsonValue value = figure.value(QStringLiteral("translation"));
    const QString path = figure.at(QStringLiteral("translation"));
    if (!value.isObject())
        Fields::fail(path,
                     LoaderText::tr("expected an object of phrases by language, got %1").arg(jsonTypeName(value)));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Fields t(it.value(), path + QLatin1Char('.') + it.key());
        t.allowOnly({QLatin1StringView("quote"), QLatin1StringView("numeral")});
        TranslatedQuote &quote = fig->translation(translatedLanguage(it.key(), t.path()));
        quote.quote = t.string(QStringLiteral("quote"));
        if (fig->derived && t.has(QStringLiteral("numeral")))
            Fields::fail(t.at(QStringLiteral("numeral")),
                         LoaderText::tr("a derived figure has no numeral of its own; remove the field"));
        quote.numeral = fig->derived ? QString() : t.string(QStringLiteral("numeral"));
    }
}

} // namespace tongdao::detail

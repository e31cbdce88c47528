// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/language.h"

namespace tongdao {

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::Malay:
        return QStringLiteral("ms");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QString c = code.trimmed().toString().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == u"en" || c.startsWith(u"en_"))
        return Language::English;
    if (c == u"zh" || c == u"zh_cn" || c == u"zh_hans" || c == u"zh_hans_cn" || c == u"zh_sg")
        return Language::Chinese;
    if (c == u"ms" || c.startsWith(u"ms_"))
        return Language::Malay;
    return std::nullopt;
}

QString nativeLanguageName(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("English");
    case Language::Chinese:
        return QStringLiteral("简体中文");
    case Language::Malay:
        return QStringLiteral("Bahasa Melayu");
    }
    return {};
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::Chinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case Language::Malay:
        return QLocale(QLocale::Malay, QLocale::Malaysia);
    }
    return QLocale::c();
}

Language languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Chinese:
        return Language::Chinese;
    case QLocale::Malay:
        return Language::Malay;
    default:
        return Language::English;
    }
}

QString LocalizedText::text(Language language) const
{
    const QString *chosen = &en;
    if (language == Language::Chinese)
        chosen = &zh;
    else if (language == Language::Malay)
        chosen = &ms;
    if (!chosen->isEmpty())
        return *chosen;
    if (!en.isEmpty())
        return en;
    return zh.isEmpty() ? ms : zh;
}

} // namespace tongdao

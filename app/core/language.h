// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <array>
#include <optional>

namespace tongdao {

// The interface languages Tongdao ships. The report itself stays Chinese.
enum class Language { English, Chinese, Malay };

inline constexpr std::array<Language, 3> allLanguages{Language::English, Language::Chinese, Language::Malay};

// "en", "zh_CN", "ms": the codes used by --lang, the .ts files and the dataset.
QString languageCode(Language language);
// Accepts the codes above and common spellings (zh, zh-CN, zh_Hans, ms_MY, en_GB...).
std::optional<Language> languageFromCode(QStringView code);
// The language's name written in itself: English, 简体中文, Bahasa Melayu.
QString nativeLanguageName(Language language);
QLocale localeFor(Language language);
// The best interface language for a system locale (English when nothing matches).
Language languageForLocale(const QLocale &locale);

// A text given in each interface language; falls back to English, then to whichever is given
// (a figure of a Chinese report may be labelled in Chinese only).
struct LocalizedText
{
    QString en;
    QString zh;
    QString ms;

    QString text(Language language) const;
    // The text in exactly this language, without falling back: empty when not given.
    const QString &in(Language language) const
    {
        return language == Language::English ? en : language == Language::Chinese ? zh : ms;
    }
    bool isEmpty() const { return en.isEmpty() && zh.isEmpty() && ms.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QObject>
#include <QTranslator>

#include <memory>

namespace tongdao {

// The one owner of the installed translators: Tongdao's own catalog and Qt's (qtbase), so that
// standard dialogs and buttons follow the language too. Installing them makes Qt send
// QEvent::LanguageChange to every widget.
class Translations : public QObject
{
    Q_OBJECT

public:
    // catalogDir holds tongdao_<code>.qm (and qtbase_<code>.qm where the system has none).
    explicit Translations(QObject *parent = nullptr, const QString &catalogDir = QStringLiteral(":/i18n"));
    ~Translations() override;

    Language language() const { return m_language; }
    // Switches the catalogs. English needs none. When Tongdao's catalog for the language is
    // missing or broken, stays in English, sets *warning and returns false.
    bool setLanguage(Language language, QString *warning = nullptr);

    QString catalogPath(Language language) const;

Q_SIGNALS:
    void languageChanged(tongdao::Language language);

private:
    void removeAll();

    QString m_dir;
    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace tongdao

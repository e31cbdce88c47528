// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace tongdao {

Translations::Translations(QObject *parent, const QString &catalogDir)
    : QObject(parent)
    , m_dir(catalogDir)
{
}

Translations::~Translations()
{
    removeAll();
}

QString Translations::catalogPath(Language language) const
{
    return QStringLiteral("%1/tongdao_%2.qm").arg(m_dir, languageCode(language));
}

void Translations::removeAll()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool Translations::setLanguage(Language language, QString *warning)
{
    if (language == m_language && (language == Language::English || m_app))
        return true;
    auto app = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    bool ok = true;
    if (language != Language::English) {
        if (!app->load(catalogPath(language)) || app->isEmpty()) {
            if (warning)
                *warning = tr("The %1 translation (%2) is missing or damaged; the interface stays in English.")
                               .arg(nativeLanguageName(language), catalogPath(language));
            language = Language::English;
            ok = false;
        } else {
            // Qt's own strings, so that standard buttons and dialogs follow. Debian has no Malay
            // qtbase catalog: Tongdao ships its own for the dialogs it shows.
            if (!qt->load(localeFor(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                && !qt->load(QStringLiteral("%1/qtbase_%2.qm").arg(m_dir, languageCode(language))))
                qt.reset();
        }
    }
    removeAll();
    if (language != Language::English) {
        m_app = std::move(app);
        QCoreApplication::installTranslator(m_app.get());
        if (qt) {
            m_qt = std::move(qt);
            QCoreApplication::installTranslator(m_qt.get());
        }
    }
    const bool changed = language != m_language;
    m_language = language;
    if (changed)
        Q_EMIT languageChanged(language);
    return ok;
}

} // namespace tongdao

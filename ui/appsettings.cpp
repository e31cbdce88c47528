// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cmath>

namespace tongdao {

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Tongdao"),
                                             QStringLiteral("tongdao")))
{
    const QString file = m_settings->fileName();
    m_settings->allKeys(); // parses the file now, so that status() tells
    if (m_settings->status() == QSettings::NoError)
        return;
    // Keep the damaged file for the user to inspect, and start again from defaults.
    const QString aside = file + QStringLiteral(".damaged");
    QFile::remove(aside);
    m_damaged = file;
    m_formatError = m_settings->status() == QSettings::FormatError;
    m_setAside = QFile::rename(file, aside) ? aside : QString();
    // A fresh file where the damaged one was; if it could not be moved, a private one for this run
    // rather than failing again on every start.
    const QString fresh = !m_setAside.isEmpty()
                            ? file
                            : QDir::temp().filePath(
                                QStringLiteral("tongdao-settings-%1.ini").arg(QCoreApplication::applicationPid()));
    m_settings = std::make_unique<QSettings>(fresh, QSettings::IniFormat);
}

QString AppSettings::problem() const
{
    // Translated when asked, so that it reads in the interface's language.
    if (m_damaged.isEmpty())
        return {};
    if (!m_formatError)
        return QCoreApplication::translate("tongdao::AppSettings",
                                           "The settings file %1 could not be read; Tongdao started with its defaults.")
            .arg(m_damaged);
    QString message = QCoreApplication::translate(
                          "tongdao::AppSettings",
                          "The settings file %1 was damaged; Tongdao started with its defaults.")
                          .arg(m_damaged);
    if (!m_setAside.isEmpty())
        message += QLatin1Char(' ')
                 + QCoreApplication::translate("tongdao::AppSettings", "The damaged file is kept as %1.")
                       .arg(m_setAside);
    return message;
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QString AppSettings::sizeClass(QSize available)
{
    // 1024×600, 1280×720 (1920×1080 at 150 %), 1366×768: small. 1440×900, 1600×900,
    // 1680×1050: medium. Full HD at 100 % and above: large.
    if (available.width() < 1400 || available.height() < 850)
        return QStringLiteral("small");
    if (available.width() < 1900 || available.height() < 1000)
        return QStringLiteral("medium");
    return QStringLiteral("large");
}

QList<double> AppSettings::splitterShares(const QString &name, const QString &sizeClass) const
{
    const QStringList saved = m_settings->value(QStringLiteral("window-%1/%2-shares").arg(sizeClass, name))
                                  .toStringList();
    QList<double> shares;
    double sum = 0;
    for (const QString &text : saved) {
        bool ok = false;
        const double share = text.toDouble(&ok);
        if (!ok || !(share >= 0 && share <= 1))
            return {};
        shares.append(share);
        sum += share;
    }
    return std::abs(sum - 1) < 0.01 ? shares : QList<double>();
}

void AppSettings::setSplitterShares(const QString &name, const QString &sizeClass, const QList<double> &shares)
{
    QStringList texts;
    for (double share : shares)
        texts.append(QString::number(share, 'f', 4));
    m_settings->setValue(QStringLiteral("window-%1/%2-shares").arg(sizeClass, name), texts);
}

QString AppSettings::tableMode(const QString &sizeClass) const
{
    const QString mode = m_settings->value(QStringLiteral("window-%1/data-table").arg(sizeClass)).toString();
    return mode == u"shown" || mode == u"hidden" ? mode : QStringLiteral("auto");
}

void AppSettings::setTableMode(const QString &sizeClass, const QString &mode)
{
    m_settings->setValue(QStringLiteral("window-%1/data-table").arg(sizeClass), mode);
}

QString AppSettings::lastChart() const
{
    return m_settings->value(QStringLiteral("view/chart")).toString();
}

void AppSettings::setLastChart(const QString &chartId)
{
    m_settings->setValue(QStringLiteral("view/chart"), chartId);
}

QString AppSettings::readerMode() const
{
    return m_settings->value(QStringLiteral("reader/mode")).toString();
}

void AppSettings::setReaderMode(const QString &mode)
{
    m_settings->setValue(QStringLiteral("reader/mode"), mode);
}

int AppSettings::readerFontSize() const
{
    bool ok = false;
    const int size = m_settings->value(QStringLiteral("reader/font-size"), 13).toInt(&ok);
    return ok && size >= 8 && size <= 40 ? size : 13;
}

void AppSettings::setReaderFontSize(int points)
{
    m_settings->setValue(QStringLiteral("reader/font-size"), points);
}

std::optional<Language> AppSettings::language() const
{
    const QString code = m_settings->value(QStringLiteral("view/language")).toString();
    return code.isEmpty() ? std::nullopt : languageFromCode(code);
}

void AppSettings::setLanguage(Language language)
{
    m_settings->setValue(QStringLiteral("view/language"), languageCode(language));
}

QString AppSettings::theme() const
{
    const QString t = m_settings->value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    return t == u"light" || t == u"dark" ? t : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(QStringLiteral("view/theme"), theme);
}

ExportOptions AppSettings::exportOptions() const
{
    ExportOptions o;
    o.format = exportFormatFromId(m_settings->value(QStringLiteral("export/format")).toString()).value_or(o.format);
    const QSize size = m_settings->value(QStringLiteral("export/size"), o.size).toSize();
    if (size.width() >= ExportOptions::minSide && size.height() >= ExportOptions::minSide
        && size.width() <= ExportOptions::maxSide && size.height() <= ExportOptions::maxSide)
        o.size = size;
    o.scale = std::clamp(m_settings->value(QStringLiteral("export/scale"), 1).toInt(), 1, ExportOptions::maxScale);
    o.theme = chartThemeFromId(m_settings->value(QStringLiteral("export/theme")).toString()).value_or(o.theme);
    o.sourceLine = m_settings->value(QStringLiteral("export/source-line"), true).toBool();
    return o;
}

void AppSettings::setExportOptions(const ExportOptions &o)
{
    m_settings->setValue(QStringLiteral("export/format"), exportFormatId(o.format));
    m_settings->setValue(QStringLiteral("export/size"), o.size);
    m_settings->setValue(QStringLiteral("export/scale"), o.scale);
    m_settings->setValue(QStringLiteral("export/theme"), chartThemeId(o.theme));
    m_settings->setValue(QStringLiteral("export/source-line"), o.sourceLine);
}

bool AppSettings::exportThemeChosen() const
{
    return m_settings->contains(QStringLiteral("export/theme"));
}

void AppSettings::forgetExportTheme()
{
    m_settings->remove(QStringLiteral("export/theme"));
}

QString AppSettings::exportFolder() const
{
    return m_settings
        ->value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
        .toString();
}

void AppSettings::setExportFolder(const QString &folder)
{
    m_settings->setValue(QStringLiteral("export/folder"), folder);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace tongdao

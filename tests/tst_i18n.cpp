// SPDX-License-Identifier: GPL-3.0-or-later
// English, 简体中文 and Bahasa Melayu in the window: a live switch that leaves no English behind,
// each language's own numbers in exported charts, and the faults around them (the catalogs
// themselves: tst_catalogs).
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "guitest.h"
#include "tsfile.h"
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpane.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QToolBar>

using namespace tongdao;

using test::Message;
using test::plain;
using test::readTs;

namespace {

bool hasHan(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    ReportDocument *m_document = nullptr;
    AppSettings *m_settings = nullptr;

    // Everything a person can read in the window: menus, toolbar, panes, chart, table, status bar.
    QStringList visibleTexts() const
    {
        QStringList texts{m_window->windowTitle()};
        std::function<void(QMenu *)> menu = [&](QMenu *m) {
            texts.append(m->title());
            for (QAction *a : m->actions()) {
                if (a->isSeparator())
                    continue;
                if (a->menu())
                    menu(a->menu());
                else
                    texts.append(a->text());
            }
        };
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu())
                menu(a->menu());
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            for (QAction *a : bar->actions())
                if (!a->isSeparator())
                    texts.append(a->text());
        for (QLabel *label : m_window->findChildren<QLabel *>())
            if (label->isVisible())
                texts.append(label->text());
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
            if (button->isVisible())
                texts.append(button->text());
        const QAbstractItemModel *navigator = m_window->navigator()->model();
        for (const QString &line : test::dumpModel(navigator))
            texts.append(line.trimmed());
        DataTablePane *table = m_window->tablePane();
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->isColumnHidden(c) || c == StatisticsModel::QuoteColumn)
                continue;
            texts.append(table->model()->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < table->model()->rowCount(); ++r)
                texts.append(table->model()->index(r, c).data().toString());
        }
        texts += m_window->chartPane()->chartWidget()->allTexts();
        texts.removeAll(QString());
        return texts;
    }

    QSet<QString> englishSources() const
    {
        QSet<QString> english;
        for (const Message &m : readTs(test::sourcePath(QStringLiteral("translations/tongdao_zh_CN.ts"))))
            if (plain(m.source) != plain(m.translation) && !m.source.contains(QLatin1Char('%')))
                english.insert(plain(m.source));
        const Dataset *ds = m_document->dataset();
        auto add = [&](const LocalizedText &t) {
            if (!t.en.isEmpty() && t.en != t.zh)
                english.insert(t.en);
        };
        for (const Figure &f : ds->figures)
            add(f.label);
        for (const Category &c : ds->categories)
            add(c.label);
        for (const ChartSpec &c : ds->charts) {
            add(c.title);
            add(c.subtitle);
            add(c.valueAxis);
            add(c.categoryAxis);
            add(c.note);
            for (const ChartItem &i : c.items)
                add(i.label);
        }
        return english;
    }

    void switchTo(Language language)
    {
        m_window->switchLanguage(language);
        QCoreApplication::processEvents(); // LanguageChange is delivered as an event
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::WindowFixture>();
        m_window = m_fixture->window.get();
        m_document = &m_fixture->document;
        m_settings = &m_fixture->settings;
        QVERIFY(m_fixture->show());
    }

    void cleanup()
    {
        if (m_window)
            m_window->switchLanguage(Language::English);
        m_fixture.reset();
        m_window = nullptr;
    }

    void switchesLiveToChineseAndBack()
    {
        m_document->selection()->setChart(QStringLiteral("expo-signed-value"));
        m_document->selection()->setFigure(QStringLiteral("expo2-signed-value"));
        QCoreApplication::processEvents(); // the legend is laid out on a posted event, before it is drawn
        const QStringList english = visibleTexts();
        QVERIFY(english.contains(QStringLiteral("&File")));
        QVERIFY(english.contains(m_document->dataset()->chart(u"expo-signed-value")->title.en));

        switchTo(Language::Chinese);
        const QSet<QString> sources = englishSources();
        static const QRegularExpression neutral(QStringLiteral("^[\\d\\s.,%:/()+\\-–—×≈<>·|]*$"));
        const QStringList allowed{QStringLiteral("English"), QStringLiteral("Bahasa Melayu"),
                                  QStringLiteral("Tongdao")};
        for (const QString &text : visibleTexts()) {
            QVERIFY2(!sources.contains(plain(text)), qPrintable(QStringLiteral("still English: ") + text));
            QVERIFY2(hasHan(text) || neutral.match(text).hasMatch() || allowed.contains(plain(text)),
                     qPrintable(QStringLiteral("not Chinese: ") + text));
        }
        const QStringList chinese = visibleTexts();
        QVERIFY(chinese.contains(QStringLiteral("文件(&F)")));
        QVERIFY(chinese.contains(QStringLiteral("智博会签约金额：两届统计口径不同")));
        QVERIFY(chinese.contains(QStringLiteral("2313"))); // the bar label, in 亿元
        QVERIFY(std::any_of(chinese.begin(), chinese.end(),
                            [](const QString &t) { return t.contains(QStringLiteral("（亿元）")); }));
        QVERIFY(m_window->statusText().contains(QStringLiteral("2313亿元")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消")); // Qt's own catalog

        switchTo(Language::English);
        const QStringList back = visibleTexts();
        for (const QString &t : back)
            if (!english.contains(t))
                qWarning("new after the round trip: %s", qPrintable(t));
        for (const QString &t : english)
            if (!back.contains(t))
                qWarning("gone after the round trip: %s", qPrintable(t));
        QCOMPARE(back, english);
    }

    void noMenuHasTwoItemsWithOneAccelerator()
    {
        // Alt+letter must reach one item: in the menu bar and in every menu, in every language.
        auto accelerator = [](const QString &text) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] != u'&')
                    continue;
                if (text[i + 1] == u'&') {
                    ++i;
                    continue;
                }
                return text[i + 1].toLower();
            }
            return QChar();
        };
        std::function<void(const QString &, const QList<QAction *> &)> check = [&](const QString &where,
                                                                                   const QList<QAction *> &actions) {
            QHash<QChar, QString> seen;
            for (QAction *a : actions) {
                if (a->isSeparator())
                    continue;
                const QChar key = accelerator(a->text());
                if (!key.isNull()) {
                    QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share &%4")
                                                                 .arg(where, seen.value(key), a->text(), key)));
                    seen.insert(key, a->text());
                }
                if (a->menu())
                    check(a->text(), a->menu()->actions());
            }
        };
        for (Language language : allLanguages) {
            switchTo(language);
            check(languageCode(language) + QStringLiteral(" menu bar"), m_window->menuBar()->actions());
            // Toolbar buttons show no accelerator at all, in any form: not "(E)", not "&".
            for (QToolBar *bar : m_window->findChildren<QToolBar *>())
                for (QAction *a : bar->actions())
                    if (!a->isSeparator()) {
                        QVERIFY2(!a->iconText().contains(QLatin1Char('&')) && !a->iconText().contains(QLatin1Char('(')),
                                 qPrintable(a->iconText()));
                        QVERIFY2(!a->toolTip().contains(QLatin1Char('&')), qPrintable(a->toolTip()));
                    }
        }
    }

    void switchesLiveToMalay()
    {
        m_document->selection()->setChart(QStringLiteral("cross-border-financing"));
        switchTo(Language::Malay);
        const QSet<QString> sources = englishSources();
        for (const QString &text : visibleTexts())
            QVERIFY2(!sources.contains(plain(text)), qPrintable(QStringLiteral("still English: ") + text));
        const QStringList malay = visibleTexts();
        QVERIFY(malay.contains(QStringLiteral("&Fail")));
        QVERIFY(std::any_of(malay.begin(), malay.end(),
                            [](const QString &t) { return t.contains(QStringLiteral("AS$4.235 bilion")); }));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Batal")); // our qtbase_ms
        // GNOME's buttons too.
        QCOMPARE(QCoreApplication::translate("QGnomeTheme", "&Cancel"), QStringLiteral("&Batal"));
        QCOMPARE(QCoreApplication::translate("QGnomeTheme", "Close without Saving"),
                 QStringLiteral("Tutup tanpa Menyimpan"));
    }

    void languageIsRememberedAndOverridable()
    {
        switchTo(Language::Malay);
        QCOMPARE(m_settings->language(), std::optional<Language>(Language::Malay));
        QCOMPARE(languageForLocale(QLocale(QLocale::Chinese, QLocale::China)), Language::Chinese);
        QCOMPARE(languageForLocale(QLocale(QLocale::Malay, QLocale::Singapore)), Language::Malay);
        QCOMPARE(languageForLocale(QLocale(QLocale::French)), Language::English);
    }

    void brokenCatalogFallsBackToEnglish()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("tongdao_zh_CN.qm")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("this is not a Qt translation catalog");
        broken.close();
        Translations translations(nullptr, dir.path());
        QString warning;
        QVERIFY(!translations.setLanguage(Language::Chinese, &warning));
        QCOMPARE(translations.language(), Language::English);
        QVERIFY2(warning.contains(broken.fileName()), qPrintable(warning));
        QVERIFY(!translations.setLanguage(Language::Malay, &warning)); // missing altogether
        QVERIFY(warning.contains(QStringLiteral("tongdao_ms.qm")));
    }

    void exportsInEachLanguage()
    {
        QTemporaryDir dir;
        auto exportSvg = [&](const char *lang, const char *chart) {
            const QString out = dir.filePath(QString::fromLatin1(lang));
            const test::Run r = test::runTongdao({QStringLiteral("--export-charts"), out, QStringLiteral("--format"),
                                                  QStringLiteral("svg"), QStringLiteral("--lang"),
                                                  QString::fromLatin1(lang), QStringLiteral("--chart"),
                                                  QString::fromLatin1(chart)});
            return r.exitCode == 0 ? QString::fromUtf8(
                       test::readFile(out + QLatin1Char('/') + QString::fromLatin1(chart) + QStringLiteral(".svg")))
                                   : QString();
        };
        const QString zh = exportSvg("zh_CN", "expo-signed-value");
        QVERIFY(zh.contains(QStringLiteral(">智博会签约金额：两届统计口径不同<")));
        QVERIFY(zh.contains(QStringLiteral("亿元")));
        QVERIFY(zh.contains(QStringLiteral(">2313<")));
        const QString ms = exportSvg("ms", "expo-signed-value");
        QVERIFY(
            ms.contains(QStringLiteral(">Nilai ditandatangani di Ekspo Smart China: dua ekspo, dua ukuran berbeza<")));
        QVERIFY(ms.contains(QStringLiteral("bilion yuan")));
    }

    void refusesToExportBoxesWithoutAChineseFont()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("fonts"));
        QFile::copy(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                    dir.filePath(QStringLiteral("fonts/DejaVuSans.ttf")));
        QFile conf(dir.filePath(QStringLiteral("fonts.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(
            QStringLiteral("<?xml version=\"1.0\"?><fontconfig><dir>%1</dir><cachedir>%2</cachedir></fontconfig>")
                .arg(dir.filePath(QStringLiteral("fonts")), dir.filePath(QStringLiteral("cache")))
                .toUtf8());
        conf.close();
        QProcessEnvironment fonts;
        fonts.insert(QStringLiteral("FONTCONFIG_FILE"), conf.fileName());
        const test::Run r = test::runTongdao({QStringLiteral("--export-charts"), dir.filePath(QStringLiteral("out")),
                                              QStringLiteral("--chart"), QStringLiteral("air-flights")},
                                             fonts);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no installed font can draw")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/air-flights.png"))));
    }
};

TONGDAO_TEST_MAIN(TestI18n)
#include "tst_i18n.moc"

#include <optional>

// SPDX-License-Identifier: GPL-3.0-or-later
// English, 简体中文 and Bahasa Melayu: complete catalogs, a live switch that leaves no English
// behind, each language's own numbers in exported charts, and the faults around them.
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "guitest.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QToolBar>
#include <QXmlStreamReader>

using namespace tongdao;

namespace {

struct Message
{
    QString context, source, translation;
    bool unfinished = false, obsolete = false, numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            m = Message{context, {}, {}, false, false, xml.attributes().value(QLatin1StringView("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            m.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
            m.unfinished = type == u"unfinished";
            m.obsolete = type == u"obsolete" || type == u"vanished";
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(m);
        }
    }
    return messages;
}

QString plain(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    return s.trimmed();
}

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

    void catalogsAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("translations/tongdao_zh_CN.ts");
        QTest::newRow("ms") << QStringLiteral("translations/tongdao_ms.ts");
        QTest::newRow("qtbase_ms") << QStringLiteral("translations/qtbase_ms.ts");
    }

    void catalogsAreComplete()
    {
        QFETCH(QString, file);
        const QList<Message> messages = readTs(test::sourcePath(file));
        QVERIFY(messages.size() > 100);
        static const QRegularExpression placeholder(QStringLiteral("%L?(\\d|n)"));
        for (const Message &m : messages) {
            QVERIFY2(!m.unfinished, qPrintable(m.context + QStringLiteral(": ") + m.source));
            QVERIFY2(!m.obsolete, qPrintable(m.context + QStringLiteral(": ") + m.source));
            QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(m.source));
            QStringList a, b;
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
                a.append(it.next().captured(1));
            for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
                b.append(it.next().captured(1));
            a.sort();
            b.sort();
            if (!m.numerus)
                QCOMPARE(b, a);
        }
    }

    void oneTermPerConceptInEachCatalog()
    {
        // tests/data/glossary.json: for each concept the term used, and those a translation must not
        // use for it (出处 where the catalog says 来源 for "source"; "direktori" for "folder").
        const QJsonObject glossary = QJsonDocument::fromJson(
                                         test::readFile(test::sourcePath(QStringLiteral("tests/data/glossary.json"))))
                                         .object();
        QVERIFY(!glossary.isEmpty());
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("ms")}) {
            const QList<Message> messages = readTs(
                test::sourcePath(QStringLiteral("translations/tongdao_%1.ts").arg(language)));
            const QJsonArray rules = glossary.value(language).toArray();
            QVERIFY(rules.size() >= 5);
            for (const QJsonValue &rule : rules) {
                const QString use = rule[QStringLiteral("use")].toString();
                QVERIFY2(std::any_of(messages.begin(), messages.end(),
                                     [&](const Message &m) { return m.translation.contains(use); }),
                         qPrintable(language + QStringLiteral(": \"") + use + QStringLiteral("\" is never used")));
                for (const QJsonValue &avoid : rule[QStringLiteral("avoid")].toArray())
                    for (const Message &m : messages)
                        QVERIFY2(!m.translation.contains(avoid.toString()),
                                 qPrintable(QStringLiteral("%1: \"%2\" where the glossary says \"%3\": %4")
                                                .arg(language, avoid.toString(), use, m.translation)));
            }
        }
    }

    void catalogsHoldExactlyTheSourcesMessages()
    {
        // lupdate over the current sources into a copy: nothing may be added or dropped.
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("tongdao_zh_CN.ts"), QStringLiteral("tongdao_ms.ts")}) {
            const QString copy = dir.filePath(name);
            QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("translations/") + name), copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QProcess lupdate;
            lupdate.start(QStringLiteral(TONGDAO_LUPDATE),
                          {QStringLiteral("@" TONGDAO_SOURCES_LIST), QStringLiteral("-ts"), copy,
                           QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                           QStringLiteral("-silent")});
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);
            auto keys = [](const QList<Message> &messages) {
                QStringList k;
                for (const Message &m : messages)
                    k.append(m.context + QLatin1Char('|') + m.source);
                k.sort();
                return k;
            };
            const QList<Message> updated = readTs(copy);
            QCOMPARE(keys(updated), keys(readTs(test::sourcePath(QStringLiteral("translations/") + name))));
            for (const Message &m : updated)
                QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("new in the sources, untranslated: ") + m.source));
        }
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

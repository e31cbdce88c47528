// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogs: complete, one term per concept, exactly the sources' messages.
#include "testutils.h"
#include "tsfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tongdao;
using test::Message;
using test::readTs;

class TestCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

TONGDAO_CORE_TEST_MAIN(TestCatalogs)
#include "tst_catalogs.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The messages of a Qt Linguist catalog (.ts), for the tests that check the catalogs.
#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

namespace tongdao::test {

struct Message
{
    QString context, source, translation;
    bool unfinished = false, obsolete = false, numerus = false;
};

inline QList<Message> readTs(const QString &path)
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

inline QString plain(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    return s.trimmed();
}

} // namespace tongdao::test

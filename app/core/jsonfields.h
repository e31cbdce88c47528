// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the dataset loader: typed access to JSON fields that names the field path on error.
#pragma once

#include "core/language.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>

namespace tongdao::detail {

struct SchemaError
{
    QString place;
    QString message;
};

QString jsonTypeName(const QJsonValue &v);

class Fields
{
public:
    Fields(const QJsonValue &value, QString path);

    const QString &path() const { return m_path; }
    QString at(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }

    QString string(const QString &key) const;
    QString optionalString(const QString &key, const QString &fallback = {}) const;
    double number(const QString &key) const;
    int integer(const QString &key, int min, int max) const;
    std::optional<int> optionalInteger(const QString &key, int min, int max) const;
    bool optionalBool(const QString &key, bool fallback = false) const;
    LocalizedText localized(const QString &key, bool required = true) const;
    QJsonArray array(const QString &key, bool required = true) const;
    QJsonValue value(const QString &key) const;
    // Throws if the object holds a key not in allowed (catches typos such as "qualifer").
    void allowOnly(std::initializer_list<QLatin1StringView> allowed) const;

    [[noreturn]] static void fail(const QString &place, const QString &message);

private:
    QJsonValue require(const QString &key) const;

    QJsonObject m_object;
    QString m_path;
};

LocalizedText localizedFrom(const QJsonValue &value, const QString &path);
// A label that needs only the report's language, if required at all: a string (the label in that
// language) or an object of en, zh_CN and ms, each optional.
LocalizedText labelFrom(const Fields &f, const QString &key, Language language, bool required = true);
// The same for a value at path (an element of an array).
LocalizedText textIn(const QJsonValue &value, const QString &path, Language language, bool required = true);
QString elementPath(const QString &arrayPath, qsizetype index);
// Refuses nesting deeper than maxDepth and strings longer than maxString, naming the path.
void checkLimits(const QJsonValue &value, const QString &path, int depth, int maxDepth, int maxString);

} // namespace tongdao::detail

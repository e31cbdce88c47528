// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonfields.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tongdao::detail {

namespace {
struct LoaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::DatasetLoader)
};

// Empty or only white space, without making a trimmed copy to find out.
bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}
} // namespace

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return LoaderText::tr("null", "a JSON type, as in: expected a string, got null");
    case QJsonValue::Bool:
        return LoaderText::tr("a boolean", "a JSON type, as in: expected a string, got a boolean");
    case QJsonValue::Double:
        return LoaderText::tr("a number", "a JSON type, as in: expected a string, got a number");
    case QJsonValue::String:
        return LoaderText::tr("a string", "a JSON type, as in: expected a number, got a string");
    case QJsonValue::Array:
        return LoaderText::tr("an array", "a JSON type, as in: expected an object, got an array");
    case QJsonValue::Object:
        return LoaderText::tr("an object", "a JSON type, as in: expected an array, got an object");
    case QJsonValue::Undefined:
        return LoaderText::tr("nothing", "a JSON type, as in: expected a string, got nothing");
    }
    return {};
}

void Fields::fail(const QString &place, const QString &message)
{
    throw SchemaError{place, message};
}

Fields::Fields(const QJsonValue &value, QString path)
    : m_object(value.toObject())
    , m_path(std::move(path))
{
    if (!value.isObject())
        fail(m_path.isEmpty() ? LoaderText::tr("(top level)") : m_path,
             LoaderText::tr("expected an object, got %1").arg(jsonTypeName(value)));
}

QString Fields::at(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QJsonValue Fields::require(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        fail(m_path.isEmpty() ? key : m_path, LoaderText::tr("missing required field \"%1\"").arg(key));
    return v;
}

QString Fields::string(const QString &key) const
{
    const QJsonValue v = require(key);
    if (!v.isString())
        fail(at(key), LoaderText::tr("expected a string, got %1").arg(jsonTypeName(v)));
    QString text = v.toString();
    if (isBlank(text))
        fail(at(key), LoaderText::tr("expected a non-empty string"));
    return text;
}

QString Fields::optionalString(const QString &key, const QString &fallback) const
{
    return has(key) ? string(key) : fallback;
}

double Fields::number(const QString &key) const
{
    const QJsonValue v = require(key);
    if (!v.isDouble())
        fail(at(key), LoaderText::tr("expected a number, got %1").arg(jsonTypeName(v)));
    if (!std::isfinite(v.toDouble()))
        fail(at(key), LoaderText::tr("expected a finite number"));
    return v.toDouble();
}

int Fields::integer(const QString &key, int min, int max) const
{
    const double d = number(key);
    if (d != std::floor(d) || d < min || d > max)
        fail(at(key), LoaderText::tr("expected a whole number from %1 to %2").arg(min).arg(max));
    return int(d);
}

std::optional<int> Fields::optionalInteger(const QString &key, int min, int max) const
{
    if (!has(key))
        return std::nullopt;
    return integer(key, min, max);
}

bool Fields::optionalBool(const QString &key, bool fallback) const
{
    if (!has(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool())
        fail(at(key), LoaderText::tr("expected true or false, got %1").arg(jsonTypeName(v)));
    return v.toBool();
}

LocalizedText labelFrom(const Fields &f, const QString &key, Language language, bool required)
{
    if (!required && !f.has(key))
        return {};
    return textIn(f.value(key), f.at(key), language, required);
}

LocalizedText textIn(const QJsonValue &value, const QString &path, Language language, bool required)
{
    LocalizedText t;
    if (value.isString() && !isBlank(value.toString())) {
        (language == Language::English ? t.en : language == Language::Chinese ? t.zh : t.ms) = value.toString();
    } else {
        const Fields l(value, path);
        l.allowOnly({QLatin1StringView("en"), QLatin1StringView("zh_CN"), QLatin1StringView("ms")});
        t.en = l.optionalString(QStringLiteral("en"));
        t.zh = l.optionalString(QStringLiteral("zh_CN"));
        t.ms = l.optionalString(QStringLiteral("ms"));
    }
    if (required && t.in(language).isEmpty())
        Fields::fail(path, LoaderText::tr("missing required field \"%1\"").arg(languageCode(language)));
    return t;
}

LocalizedText localizedFrom(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        QString text = value.toString();
        if (!isBlank(text))
            return LocalizedText{std::move(text), {}, {}};
    }
    const Fields f(value, path);
    f.allowOnly({QLatin1StringView("en"), QLatin1StringView("zh_CN"), QLatin1StringView("ms")});
    LocalizedText t;
    t.en = f.string(QStringLiteral("en"));
    t.zh = f.optionalString(QStringLiteral("zh_CN"));
    t.ms = f.optionalString(QStringLiteral("ms"));
    return t;
}

LocalizedText Fields::localized(const QString &key, bool required) const
{
    if (!required && !has(key))
        return {};
    return localizedFrom(require(key), at(key));
}

QJsonArray Fields::array(const QString &key, bool required) const
{
    if (!required && !has(key))
        return {};
    const QJsonValue v = require(key);
    if (!v.isArray())
        fail(at(key), LoaderText::tr("expected an array, got %1").arg(jsonTypeName(v)));
    return v.toArray();
}

QJsonValue Fields::value(const QString &key) const
{
    return require(key);
}

void Fields::allowOnly(std::initializer_list<QLatin1StringView> allowed) const
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        const QString key = it.key();
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            QStringList names;
            for (QLatin1StringView a : allowed)
                names.append(QString(a));
            fail(at(key), LoaderText::tr("unknown field, expected one of: %1").arg(names.join(QStringLiteral(", "))));
        }
    }
}

QString elementPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

namespace {

// Where a value sits, as a chain of parents on the stack: the path is spelled out only for an
// error, not for every value of a large report.
struct PathStep
{
    const PathStep *parent;
    const QString *root;       // the path the walk started from, on the first step
    const QJsonObject *object; // the object a key is in, or nullptr for an array element
    qsizetype index;           // of the key in the object, or of the element in the array
};

QString spelled(const PathStep *step)
{
    if (step->root)
        return *step->root;
    const QString parent = spelled(step->parent);
    if (!step->object)
        return elementPath(parent, step->index);
    const QString key = (step->object->begin() + step->index).key();
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

void checkLimitsAt(const QJsonValue &value, const PathStep &at, int depth, int maxDepth, int maxString)
{
    if (depth > maxDepth)
        Fields::fail(spelled(&at), LoaderText::tr("nested deeper than the limit of %1 levels").arg(maxDepth));
    switch (value.type()) {
    case QJsonValue::String: {
        const qsizetype length = value.toString().size();
        if (length > maxString)
            Fields::fail(spelled(&at), LoaderText::tr("string of %1 characters, more than the limit of %2")
                                           .arg(length)
                                           .arg(maxString));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkLimitsAt(a.at(i), PathStep{&at, nullptr, nullptr, i}, depth + 1, maxDepth, maxString);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        qsizetype i = 0;
        for (auto it = o.begin(); it != o.end(); ++it, ++i)
            checkLimitsAt(it.value(), PathStep{&at, nullptr, &o, i}, depth + 1, maxDepth, maxString);
        break;
    }
    default:
        break;
    }
}

} // namespace

void checkLimits(const QJsonValue &value, const QString &path, int depth, int maxDepth, int maxString)
{
    checkLimitsAt(value, PathStep{nullptr, &path, nullptr, 0}, depth, maxDepth, maxString);
}

} // namespace tongdao::detail

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datasetwriter.h"

#include <QLocale>

#include <cmath>

namespace tongdao {

namespace {

// JSON as Python's json.dump(indent=2, ensure_ascii=False) writes it, keys in the order given.
class JsonOut
{
public:
    void beginObject() { open(u'{'); }
    void beginArray() { open(u'['); }
    void end()
    {
        const Level level = m_stack.takeLast();
        if (level.count > 0)
            newline();
        m_out += level.object ? u'}' : u']';
    }
    void key(QStringView name)
    {
        separate();
        string(name);
        m_out += QStringLiteral(": ");
        m_afterKey = true;
    }
    void value(QStringView text)
    {
        beforeValue();
        string(text);
    }
    void value(double v)
    {
        beforeValue();
        if (v == std::trunc(v) && std::fabs(v) < 1e16)
            m_out += QString::number(qint64(v));
        else
            m_out += QString::number(v, 'g', QLocale::FloatingPointShortest);
    }
    void value(bool b)
    {
        beforeValue();
        m_out += b ? QStringLiteral("true") : QStringLiteral("false");
    }
    QByteArray finish() const { return (m_out + u'\n').toUtf8(); }

private:
    struct Level
    {
        bool object;
        int count;
    };
    void newline()
    {
        m_out += u'\n';
        m_out += QString(2 * m_stack.size(), u' ');
    }
    void separate()
    {
        if (m_stack.isEmpty())
            return;
        if (m_stack.last().count++ > 0)
            m_out += u',';
        newline();
    }
    void beforeValue()
    {
        if (!m_afterKey)
            separate();
        m_afterKey = false;
    }
    void open(QChar bracket)
    {
        beforeValue();
        m_out += bracket;
        m_stack.append({bracket == u'{', 0});
    }
    void string(QStringView s)
    {
        m_out += u'"';
        for (QChar c : s) {
            switch (c.unicode()) {
            case u'"':
                m_out += QStringLiteral("\\\"");
                break;
            case u'\\':
                m_out += QStringLiteral("\\\\");
                break;
            case u'\n':
                m_out += QStringLiteral("\\n");
                break;
            case u'\r':
                m_out += QStringLiteral("\\r");
                break;
            case u'\t':
                m_out += QStringLiteral("\\t");
                break;
            case u'\b':
                m_out += QStringLiteral("\\b");
                break;
            case u'\f':
                m_out += QStringLiteral("\\f");
                break;
            default:
                if (c.unicode() < 0x20)
                    m_out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
                else
                    m_out += c;
            }
        }
        m_out += u'"';
    }

    QString m_out;
    QList<Level> m_stack;
    bool m_afterKey = false;
};

void stringField(JsonOut &j, QStringView key, const QString &value)
{
    j.key(key);
    j.value(QStringView(value));
}

void localized(JsonOut &j, const LocalizedText &t)
{
    j.beginObject();
    if (!t.en.isEmpty())
        stringField(j, u"en", t.en);
    if (!t.zh.isEmpty())
        stringField(j, u"zh_CN", t.zh);
    if (!t.ms.isEmpty())
        stringField(j, u"ms", t.ms);
    j.end();
}

void localizedField(JsonOut &j, QStringView key, const LocalizedText &t)
{
    if (t.isEmpty())
        return;
    j.key(key);
    localized(j, t);
}

void excuses(JsonOut &j, QStringView key, const QList<TranslationExcuse> &list)
{
    if (list.isEmpty())
        return;
    j.key(key);
    j.beginArray();
    for (const TranslationExcuse &e : list) {
        j.beginObject();
        stringField(j, u"text", e.text);
        stringField(j, u"reason", e.reason);
        j.end();
    }
    j.end();
}

void report(JsonOut &j, const Dataset &ds)
{
    const ReportInfo &r = ds.report;
    j.key(u"report");
    j.beginObject();
    stringField(j, u"text", r.textPath);
    if (r.language != Language::Chinese)
        stringField(j, u"language", languageCode(r.language));
    if (!r.textHash.isEmpty())
        stringField(j, u"textHash", r.textHash);
    j.key(u"year");
    j.value(double(r.year));
    if (!r.published.isEmpty())
        stringField(j, u"published", r.published);
    localizedField(j, u"publication", r.publication);
    if (!r.sectionNames.isEmpty()) {
        j.key(u"sections");
        j.beginArray();
        for (const LocalizedText &s : r.sectionNames)
            localized(j, s);
        j.end();
    }
    if (!ds.translations.isEmpty()) {
        j.key(u"translations");
        j.beginObject();
        for (const ReportTranslation &t : ds.translations) {
            j.key(languageCode(t.language));
            j.beginObject();
            stringField(j, u"text", t.path);
            excuses(j, u"notInOriginal", t.notInOriginal);
            excuses(j, u"notInTranslation", t.notInTranslation);
            j.end();
        }
        j.end();
    }
    j.end();
}

void figure(JsonOut &j, const Figure &f)
{
    j.beginObject();
    stringField(j, u"id", f.id);
    if (!f.category.isEmpty())
        stringField(j, u"category", f.category);
    localizedField(j, u"label", f.label);
    if (f.isDate()) {
        const int length = f.datePrecision == DatePrecision::Day ? 10 : f.datePrecision == DatePrecision::Month ? 7 : 4;
        stringField(j, u"value", f.date.toString(Qt::ISODate).left(length));
    } else {
        j.key(u"value");
        j.value(f.value);
    }
    stringField(j, u"unit", f.unit);
    if (!f.period.iso.isEmpty())
        stringField(j, u"period", f.period.iso);
    stringField(j, u"qualifier", qualifierId(f.qualifier));
    stringField(j, u"measure", measureId(f.measure));
    stringField(j, u"quote", f.quote);
    if (f.quoteOccurrence > 0) {
        j.key(u"occurrence");
        j.value(double(f.quoteOccurrence));
    }
    if (!f.derived)
        stringField(j, u"numeral", f.numeral);
    if (f.status != FigureStatus::Reported)
        stringField(j, u"status", figureStatusId(f.status));
    if (f.derived) {
        j.key(u"derived");
        j.beginObject();
        stringField(j, u"formula", f.formula);
        j.key(u"inputs");
        j.beginArray();
        for (const QString &input : f.inputs)
            j.value(QStringView(input));
        j.end();
        if (f.roundDecimals >= 0) {
            j.key(u"round");
            j.value(double(f.roundDecimals));
        }
        j.end();
    }
    bool translated = false;
    for (Language language : {Language::English, Language::Malay}) {
        const TranslatedQuote &t = f.translation(language);
        if (t.quote.isEmpty())
            continue;
        if (!translated) {
            j.key(u"translation");
            j.beginObject();
            translated = true;
        }
        j.key(languageCode(language));
        j.beginObject();
        stringField(j, u"quote", t.quote);
        if (!t.numeral.isEmpty())
            stringField(j, u"numeral", t.numeral);
        j.end();
    }
    if (translated)
        j.end();
    if (f.candidate) {
        j.key(u"candidate");
        j.value(true);
    }
    j.end();
}

void chart(JsonOut &j, const ChartSpec &c)
{
    j.beginObject();
    stringField(j, u"id", c.id);
    stringField(j, u"category", c.category);
    stringField(j, u"kind", chartKindId(c.kind));
    localizedField(j, u"title", c.title);
    localizedField(j, u"subtitle", c.subtitle);
    if (!c.categoryAxis.isEmpty() || !c.valueAxis.isEmpty()) {
        j.key(u"axes");
        j.beginObject();
        localizedField(j, u"category", c.categoryAxis);
        localizedField(j, u"value", c.valueAxis);
        j.end();
    }
    j.key(u"items");
    j.beginArray();
    for (const ChartItem &item : c.items) {
        if (item.label.isEmpty() && item.scope.isEmpty()) {
            j.value(QStringView(item.figure));
            continue;
        }
        j.beginObject();
        stringField(j, u"figure", item.figure);
        localizedField(j, u"label", item.label);
        localizedField(j, u"scope", item.scope);
        j.end();
    }
    j.end();
    if (!c.callouts.isEmpty()) {
        j.key(u"callouts");
        j.beginArray();
        for (const LocalizedText &callout : c.callouts)
            localized(j, callout);
        j.end();
    }
    if (!c.note.isEmpty()) {
        j.key(u"note");
        j.beginObject();
        localizedField(j, u"text", c.note);
        if (!c.noteQuote.isEmpty())
            stringField(j, u"quote", c.noteQuote);
        j.end();
    }
    j.end();
}

} // namespace

QByteArray datasetToJson(const Dataset &ds)
{
    JsonOut j;
    j.beginObject();
    stringField(j, u"schema", QStringLiteral("tongdao-dataset"));
    j.key(u"version");
    j.value(double(ds.schemaVersion > 0 ? ds.schemaVersion : 1));
    report(j, ds);
    j.key(u"categories");
    j.beginArray();
    for (const Category &c : ds.categories) {
        j.beginObject();
        stringField(j, u"id", c.id);
        localizedField(j, u"label", c.label);
        j.end();
    }
    j.end();
    j.key(u"figures");
    j.beginArray();
    for (const Figure &f : ds.figures)
        figure(j, f);
    j.end();
    j.key(u"charts");
    j.beginArray();
    for (const ChartSpec &c : ds.charts)
        chart(j, c);
    j.end();
    j.key(u"uncharted");
    j.beginArray();
    for (const UnchartedNumber &u : ds.uncharted) {
        j.beginObject();
        stringField(j, u"text", u.text);
        localizedField(j, u"reason", u.reason);
        j.end();
    }
    j.end();
    j.end();
    return j.finish();
}

} // namespace tongdao

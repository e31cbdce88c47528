// SPDX-License-Identifier: GPL-3.0-or-later
// The draft's period guess: the date or period phrase nearest a number, written the ISO way.
#include "core/draft.h"

#include "core/draft_p.h"

#include <algorithm>

namespace tongdao {

namespace detail {

namespace {

QString iso(int year, int month = 0, int day = 0)
{
    QString s = QString::number(year).rightJustified(4, QLatin1Char('0'));
    if (month > 0)
        s += QLatin1Char('-') + QString::number(month).rightJustified(2, QLatin1Char('0'));
    if (month > 0 && day > 0)
        s += QLatin1Char('-') + QString::number(day).rightJustified(2, QLatin1Char('0'));
    return s;
}

// 截至, 到, "by", "as of" right before a date: the figure runs up to it.
bool upTo(const QString &reading, int at)
{
    static const QStringList markers{QStringLiteral("截至"),   QStringLiteral("截止"),   QStringLiteral("截止到"),
                                     QStringLiteral("到"),     QStringLiteral("至"),     QStringLiteral("by "),
                                     QStringLiteral("as of "), QStringLiteral("as at "), QStringLiteral("up to "),
                                     QStringLiteral("until "), QStringLiteral("By "),    QStringLiteral("As of ")};
    const QStringView before = QStringView(reading).left(at);
    return std::any_of(markers.begin(), markers.end(), [&](const QString &m) { return before.endsWith(m); });
}

// 比2020年, "than in 2020": the base a figure is compared with, not its own period.
bool comparisonBase(const QString &reading, int at)
{
    static const QStringList markers{QStringLiteral("比"),          QStringLiteral("较"),
                                     QStringLiteral("相比"),        QStringLiteral("than "),
                                     QStringLiteral("than in "),    QStringLiteral("compared with "),
                                     QStringLiteral("compared to ")};
    const QStringView before = QStringView(reading).left(at);
    return std::any_of(markers.begin(), markers.end(), [&](const QString &m) { return before.endsWith(m); });
}

} // namespace

bool isComparisonBase(const QString &reading, int at)
{
    return comparisonBase(reading, at);
}

int yearOf(const Dataset &ds, const NumberMention &m)
{
    if (m.year > 0)
        return m.year;
    const QString t = m.text.toLower();
    if (t.startsWith(u"去年") || t.contains(u"last year") || t.contains(u"tahun lalu"))
        return ds.report.year - 1;
    if (t.startsWith(u"明年") || t.contains(u"next year") || t.contains(u"tahun depan"))
        return ds.report.year + 1;
    return ds.report.year;
}

QString periodOf(const Dataset &ds, const NumberMention &m)
{
    QString result;
    QString end; // what an open period ("up to") ends with
    if (m.kind == NumberMention::Date) {
        const int year = yearOf(ds, m);
        result = m.precision == DatePrecision::Year  ? iso(year)
               : m.precision == DatePrecision::Month ? iso(year, m.month)
                                                     : iso(year, m.month, m.day);
        end = result;
    } else if (m.kind == NumberMention::Period) {
        const int year = yearOf(ds, m);
        const int first = int(m.value), last = int(m.high);
        if (first < 1 || last < first || last > 12 || (first == 1 && last == 12))
            result = iso(year);
        else if (first == last)
            result = iso(year, first);
        else
            result = iso(year, first) + QLatin1Char('/') + iso(year, last);
        end = last >= 1 && last <= 12 && !(first == 1 && last == 12) ? iso(year, last) : iso(year);
    } else {
        return {};
    }
    if (upTo(ds.text.reading(), m.start))
        result = QLatin1Char('/') + end;
    return Period::parse(result) ? result : QString();
}

} // namespace detail

QString guessPeriod(const Dataset &ds, const NumberMention &mention, const QList<NumberMention> &context)
{
    if (mention.kind == NumberMention::Date || mention.kind == NumberMention::Period)
        return detail::periodOf(ds, mention);
    const auto [s, length] = ds.text.sentenceAt(mention.start);
    const int sentenceEnd = s + length;
    const int end = mention.start + mention.length;
    // The closest date or period of the sentence, either side (before it on a tie); else the
    // closest before it in the paragraph. Never one the figure is compared with (比2020年).
    const NumberMention *inSentence = nullptr, *inParagraph = nullptr;
    int distance = 0;
    for (const NumberMention &c : context) {
        if ((c.kind != NumberMention::Date && c.kind != NumberMention::Period)
            || detail::isComparisonBase(ds.text.reading(), c.start))
            continue;
        const int cEnd = c.start + c.length;
        if (cEnd <= mention.start && c.start < s) {
            inParagraph = &c;
        } else if (cEnd <= mention.start || (c.start >= end && c.start < sentenceEnd)) {
            const int d = cEnd <= mention.start ? mention.start - cEnd : c.start - end;
            if (!inSentence || d < distance) {
                inSentence = &c;
                distance = d;
            }
        }
    }
    if (inSentence)
        return detail::periodOf(ds, *inSentence);
    // 今年是中新建交30周年: "this year" alone, which the scanner leaves to its context.
    const QStringView sentence = QStringView(ds.text.reading()).mid(s, length);
    if (sentence.contains(u"今年") || sentence.contains(u"this year", Qt::CaseInsensitive))
        return QString::number(ds.report.year);
    return inParagraph ? detail::periodOf(ds, *inParagraph) : QString();
}

} // namespace tongdao

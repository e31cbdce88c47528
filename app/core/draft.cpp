// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/draft.h"

#include "core/datasetloader.h"
#include "core/draft_p.h"
#include "core/latinnumberscanner.h"
#include "core/textfinder.h"
#include "core/units.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace tongdao {

namespace {

bool isClauseBoundary(QStringView t, qsizetype i)
{
    const QChar c = t[i];
    if (c == u'，' || c == u'；' || c == u'、')
        return true;
    if (c != u',' && c != u';')
        return false;
    // Not the comma that groups digits: 1,234.
    return !(i > 0 && i + 1 < t.size() && t[i - 1].isDigit() && t[i + 1].isDigit());
}

std::pair<int, int> trimmedSpan(QStringView t, int a, int b)
{
    while (a < b && t[a].isSpace())
        ++a;
    while (b > a && t[b - 1].isSpace())
        --b;
    return {a, b};
}

bool sameMention(const NumberMention &x, const NumberMention &y)
{
    return x.kind == y.kind && x.text == y.text && x.value == y.value && x.high == y.high && x.measure == y.measure
        && x.qualifier == y.qualifier && x.year == y.year && x.month == y.month && x.day == y.day
        && x.precision == y.precision;
}

// Whether the quote [a, b) of the reading text holds the mention as the first place its numeral
// occurs, read the same way when the quote is scanned alone (as the loader will scan it).
bool holds(const Dataset &ds, int a, int b, const NumberMention &m)
{
    const QString quote = ds.text.reading().mid(a, b - a);
    const int at = m.start - a;
    if (quote.indexOf(m.text) != at)
        return false;
    for (NumberMention q : scanNumbers(quote, ds.report.language)) {
        if (q.start == at && q.length == m.length) {
            q.start = m.start;
            return sameMention(q, m);
        }
    }
    return false;
}

// The quote for a mention: its clause, else its sentence, else the numeral alone; each started
// after an earlier copy of the numeral, so that the numeral's first place in the quote is its own.
std::pair<int, int> quoteFor(const Dataset &ds, const NumberMention &m)
{
    const QString &reading = ds.text.reading();
    const int end = m.start + m.length;
    const auto clauseStart = clauseAround(ds.text, m.start, ds.report.language);
    const auto clauseEnd = clauseAround(ds.text, end - 1, ds.report.language);
    const auto sentence = ds.text.sentenceAt(m.start);
    const std::pair<int, int> options[] = {
        {std::min(clauseStart.first, m.start), std::max(clauseEnd.first + clauseEnd.second, end)},
        {std::min(sentence.first, m.start), std::max(sentence.first + sentence.second, end)},
    };
    for (auto [a, b] : options) {
        const qsizetype earlier = m.start > 0 ? reading.lastIndexOf(m.text, m.start - 1) : -1;
        if (earlier >= a)
            a = std::min(int(earlier) + m.length, m.start);
        std::tie(a, b) = trimmedSpan(reading, a, b);
        if (a <= m.start && b >= end && holds(ds, a, b, m))
            return {a, b};
    }
    return {m.start, end};
}

Measure guessMeasure(const Dataset &ds, const NumberMention &m, const Period &period)
{
    if (m.kind == NumberMention::Date)
        return Measure::Point;
    static const QStringList cumulative{QStringLiteral("累计"),          QStringLiteral("截至"),
                                        QStringLiteral("截止"),          QStringLiteral("总计"),
                                        QStringLiteral("共计"),          QStringLiteral("至今"),
                                        QStringLiteral("以来"),          QStringLiteral("in total"),
                                        QStringLiteral("a total of"),    QStringLiteral("cumulative"),
                                        QStringLiteral("to date"),       QStringLiteral("since "),
                                        QStringLiteral("by the end of"), QStringLiteral("altogether")};
    const auto [s, length] = ds.text.sentenceAt(m.start);
    const QStringView sentence = QStringView(ds.text.reading()).mid(s, length);
    if (period.isOpenStart() && !period.iso.isEmpty())
        return Measure::Cumulative;
    if (std::any_of(cumulative.begin(), cumulative.end(),
                    [&](const QString &w) { return sentence.contains(w, Qt::CaseInsensitive); }))
        return Measure::Cumulative;
    if (!period.iso.isEmpty() && !period.isInterval() && period.startPrecision == DatePrecision::Day)
        return Measure::Point;
    return Measure::Period;
}

// The candidate without its id and occurrence; nullopt for a number no figure can hold.
std::optional<Figure> prefill(const Dataset &ds, const NumberMention &m, const QList<NumberMention> &context)
{
    Figure fig;
    fig.candidate = true;
    fig.numeral = m.text;
    fig.qualifier = m.qualifier;
    switch (m.kind) {
    case NumberMention::Percent:
        fig.unit = QStringLiteral("percent");
        fig.value = m.value;
        break;
    case NumberMention::Date:
    case NumberMention::Period: {
        const int year = detail::yearOf(ds, m);
        const bool date = m.kind == NumberMention::Date;
        fig.unit = QStringLiteral("date");
        fig.datePrecision = date ? m.precision : DatePrecision::Year;
        fig.date = QDate(year, date && m.month > 0 ? m.month : 1, date && m.day > 0 ? m.day : 1);
        fig.value = year;
        if (!fig.date.isValid() || year < 1000 || year > 2999)
            return std::nullopt;
        break;
    }
    case NumberMention::Ordinal:
        fig.unit = QStringLiteral("count");
        fig.value = m.value;
        fig.qualifier = Qualifier::Exact;
        break;
    case NumberMention::Quantity:
    case NumberMention::Range:
        fig.unit = guessUnit(m.measure);
        fig.value = m.value;
        break;
    }
    if (!std::isfinite(fig.value) || std::fabs(fig.value) > 1e15)
        return std::nullopt;
    const auto [a, b] = quoteFor(ds, m);
    fig.quote = ds.text.reading().mid(a, b - a);
    fig.quoteStart = a;
    if (const auto period = Period::parse(guessPeriod(ds, m, context)))
        fig.period = *period;
    fig.measure = guessMeasure(ds, m, fig.period);
    fig.status = quoteSpeaksOfFuture(fig.quote) ? FigureStatus::Scheduled : FigureStatus::Reported;
    return fig;
}

// Which occurrence of its quote a figure's is, when the quote occurs more than once.
int occurrenceOf(const QList<int> &starts, int start)
{
    if (starts.size() < 2)
        return 0;
    const auto it = std::lower_bound(starts.begin(), starts.end(), start);
    return it != starts.end() && *it == start ? int(it - starts.begin()) + 1 : 0;
}

// The dates and periods of the paragraph holding a reading offset.
QList<NumberMention> paragraphContext(const Dataset &ds, int offset)
{
    const int b = ds.text.blockAt(offset);
    if (b < 0)
        return {};
    const TextBlock &block = ds.text.blocks()[b];
    QList<NumberMention> context;
    for (NumberMention m : scanNumbers(ds.text.blockText(block), ds.report.language)) {
        if (m.kind != NumberMention::Date && m.kind != NumberMention::Period)
            continue;
        m.start += block.start;
        context.append(m);
    }
    return context;
}

int guessYear(const QList<NumberMention> &mentions)
{
    std::map<int, int> counts;
    for (const NumberMention &m : mentions)
        if ((m.kind == NumberMention::Date || m.kind == NumberMention::Period) && m.year >= 1000 && m.year <= 2999)
            ++counts[m.year];
    int best = 0, most = 0;
    for (const auto &[year, count] : counts)
        if (count >= most) {
            best = year;
            most = count;
        }
    return best > 0 ? best : QDate::currentDate().year();
}

} // namespace

QList<NumberMention> scanNumbers(QStringView text, Language language)
{
    return LatinNumberScanner::scan(text, language);
}

std::pair<int, int> sentenceBounds(const ReportText &text, int offset, Language)
{
    return text.sentenceAt(offset);
}

std::pair<int, int> clauseAround(const ReportText &text, int offset, Language language)
{
    const auto [s, length] = sentenceBounds(text, offset, language);
    if (s < 0)
        return {-1, 0};
    const QStringView t = text.reading();
    int a = offset, b = offset;
    while (a > s && !isClauseBoundary(t, a - 1))
        --a;
    while (b < s + length && !isClauseBoundary(t, b))
        ++b;
    // The sentence's own end (。, and a closing quotation mark after it) stays out of a clause.
    if (b == s + length) {
        int c = b;
        while (c > a && QStringView(u"”’」』）)》\"'").contains(t[c - 1]))
            --c;
        if (c > a && endsSentenceAt(t, c - 1))
            b = c - 1;
    }
    const auto [x, y] = trimmedSpan(t, a, b);
    return {x, y - x};
}

Figure candidateFor(const Dataset &ds, const NumberMention &mention)
{
    std::optional<Figure> fig = prefill(ds, mention, paragraphContext(ds, mention.start));
    if (!fig)
        return {};
    const QString prefix = fig->unit.toLower();
    QSet<QString> ids;
    for (const Figure &f : ds.figures)
        ids.insert(f.id);
    for (int n = 1; fig->id.isEmpty() || ids.contains(fig->id); ++n)
        fig->id = prefix + QLatin1Char('-') + QString::number(n);
    fig->quoteOccurrence = occurrenceOf(TextFinder::findAll(ds.text.reading(), {fig->quote}).value(0), fig->quoteStart);
    fig->quoteStart = -1;
    return *fig;
}

Dataset draftDataset(const QString &raw, const QString &textPath, Language language)
{
    Dataset ds;
    ds.schemaVersion = DatasetLoader::schemaVersion;
    ds.report.language = language;
    ds.report.textPath = QFileInfo(textPath).fileName();
    ds.report.textSource = textPath.isEmpty() ? QString() : QFileInfo(textPath).absoluteFilePath();
    ds.text = ReportText::fromRaw(raw, language);
    const QList<NumberMention> mentions = scanNumbers(ds.text.reading(), language);
    ds.report.year = guessYear(mentions);

    // The dates and periods of each paragraph, for the period guesses.
    QHash<int, QList<NumberMention>> context;
    for (const NumberMention &m : mentions)
        if (m.kind == NumberMention::Date || m.kind == NumberMention::Period)
            context[ds.text.blockAt(m.start)].append(m);
    QHash<QString, int> counters;
    QStringList quotes;
    for (const NumberMention &m : mentions) {
        std::optional<Figure> fig = prefill(ds, m, context.value(ds.text.blockAt(m.start)));
        if (!fig)
            continue;
        const QString prefix = fig->unit.toLower();
        fig->id = prefix + QLatin1Char('-') + QString::number(++counters[prefix]);
        quotes.append(fig->quote);
        ds.figures.append(std::move(*fig));
    }
    const QList<QList<int>> found = TextFinder::findAll(ds.text.reading(), quotes);
    for (int i = 0; i < ds.figures.size(); ++i) {
        ds.figures[i].quoteOccurrence = occurrenceOf(found[i], ds.figures[i].quoteStart);
        ds.figures[i].quoteStart = -1;
    }
    ds.rebuildIndex();
    // Every candidate was checked as it was made; should the loader still refuse one, it is
    // left out rather than the whole draft (each round leaves one out, so this ends).
    while (!ds.figures.isEmpty()) {
        LoadError error;
        if (DatasetLoader::validate(&ds, &error))
            break;
        static const QRegularExpression place(QStringLiteral("^figures\\[(\\d+)\\]"));
        const auto match = place.match(error.place);
        if (!match.hasMatch())
            break;
        ds.figures.removeAt(match.captured(1).toInt());
        ds.rebuildIndex();
    }
    return ds;
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translationcheck.h"

#include "core/latinnumberscanner.h"
#include "core/numberformatter.h"

#include <QCoreApplication>

#include <cmath>

namespace tongdao {

namespace {

struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::TranslationCheck)
};

struct Failure
{
    int paragraph; // -1: the whole file
    QString message;
};

// What a number says, whatever the language writes it with: counts and ordinals by value (30周年
// is the "30th" anniversary), per cents, ranges, dates by their fields, periods by their year.
struct Key
{
    enum Class { Count, Percent, Range, Date, Period } kind;
    double a = 0;
    double b = 0;
};

Key keyOf(const NumberMention &m)
{
    switch (m.kind) {
    case NumberMention::Quantity:
    case NumberMention::Ordinal:
        return {Key::Count, m.value, 0};
    case NumberMention::Percent:
        return {Key::Percent, m.value, 0};
    case NumberMention::Range:
        return {Key::Range, m.value, m.high};
    case NumberMention::Date:
        return {Key::Date, double(m.year * 10000 + m.month * 100 + m.day), 0};
    case NumberMention::Period:
        return {Key::Period, double(m.year), 0};
    }
    return {Key::Count, m.value, 0};
}

bool close(double x, double y)
{
    return std::fabs(x - y) <= 1e-9 * std::max({1.0, std::fabs(x), std::fabs(y)});
}

bool same(const Key &x, const Key &y)
{
    // A bare four-digit number in Chinese (2020中新金融峰会) is the year a translation writes.
    auto bareYear = [](const Key &count, const Key &date) {
        return count.kind == Key::Count && date.kind == Key::Date && close(count.a, date.a / 10000)
            && std::fmod(date.a, 10000) == 0;
    };
    if (bareYear(x, y) || bareYear(y, x))
        return true;
    return x.kind == y.kind && close(x.a, y.a) && close(x.b, y.b);
}

// Every occurrence of each excuse's text; an excuse that occurs nowhere is stale.
QList<std::pair<int, int>> excusedSpans(const QString &text, const QList<TranslationExcuse> &excuses, QString *stale)
{
    QList<std::pair<int, int>> spans;
    for (const TranslationExcuse &e : excuses) {
        if (e.text.isEmpty())
            continue;
        qsizetype at = text.indexOf(e.text);
        if (at < 0 && stale->isEmpty())
            *stale = e.text;
        for (; at >= 0; at = text.indexOf(e.text, at + 1))
            spans.append({int(at), int(at + e.text.size())});
    }
    return spans;
}

bool excused(const QList<std::pair<int, int>> &spans, int start, int end)
{
    return std::any_of(spans.begin(), spans.end(), [&](const auto &s) { return start < s.second && end > s.first; });
}

QString shortened(const QString &phrase)
{
    return phrase.size() > 48 ? phrase.left(48) + QStringLiteral("…") : phrase;
}

void checkPhrases(Dataset &ds, ReportTranslation &t)
{
    const NumberFormatter fmt(t.language);
    QSet<QString> charted;
    for (const ChartSpec &chart : ds.charts)
        for (const QString &id : chart.figureIds())
            charted.insert(id);
    for (Figure &fig : ds.figures) {
        TranslatedQuote &q = fig.translation(t.language);
        if (q.quote.isEmpty()) {
            if (charted.contains(fig.id))
                throw Failure{-1, CheckText::tr("figure \"%1\" is charted but has no phrase in this translation")
                                      .arg(fig.id)};
            continue;
        }
        const int block = ds.text.blockAt(fig.quoteStart);
        const QString paragraph = t.paragraph(block);
        const qsizetype at = paragraph.indexOf(q.quote);
        if (at < 0)
            throw Failure{block,
                          CheckText::tr("the phrase of \"%1\", “%2”, is not in it").arg(fig.id, shortened(q.quote))};
        if (paragraph.indexOf(q.quote, at + 1) >= 0)
            throw Failure{block, CheckText::tr("the phrase of \"%1\", “%2”, occurs twice; lengthen it")
                                     .arg(fig.id, shortened(q.quote))};
        q.quoteStart = t.paragraphStart(block) + int(at);
        if (fig.derived)
            continue;
        const qsizetype n = q.quote.indexOf(q.numeral);
        if (q.numeral.isEmpty() || n < 0)
            throw Failure{block,
                          CheckText::tr("the numeral of \"%1\", “%2”, is not in its phrase").arg(fig.id, q.numeral)};
        q.numeralStart = q.quoteStart + int(n);
        q.numeralLength = int(q.numeral.size());
        // The phrase states the figure's value, qualifier included, as the language writes it.
        const QList<NumberMention> found = LatinNumberScanner::scan(q.numeral, t.language);
        const QString written = fig.isDate() ? fmt.date(fig.date, fig.datePrecision) : fmt.withMagnitude(fig.value);
        // A date as the original writes it: without its year where the original has none (今年9月15日).
        const auto sameDate = [&](const NumberMention &m) {
            return m.kind == NumberMention::Date && (m.year == 0 || m.year == fig.date.year())
                && (m.month == 0 || m.month == fig.date.month()) && (m.day == 0 || m.day == fig.date.day())
                && m.precision == fig.datePrecision;
        };
        const bool value = found.size() == 1
                        && (fig.isDate()
                                ? sameDate(found.first())
                                : close(found.first().value, fig.value) && found.first().qualifier == fig.qualifier);
        // Digits as the language writes them, but where the original spells the number out (五条),
        // the translation may too ("five").
        const auto original = NumberScanner::parseOne(fig.numeral);
        const bool spelled = original && original->chineseNumeral;
        if (!value || (!spelled && !fig.isDate() && !q.numeral.contains(written)))
            throw Failure{block,
                          CheckText::tr("“%1” does not state the value of \"%2\", which the language writes “%3”")
                              .arg(q.numeral, fig.id,
                                   fig.isDate() ? written : fmt.quantity(fig.value, fig.unit, fig.qualifier))};
    }
}

// The excused spans of both sides, once per check.
struct Excused
{
    QList<std::pair<int, int>> original;   // in the reading text
    QList<std::pair<int, int>> translated; // in the translation's text
};

// Every excuse must be used, except while the paragraphs are still being counted.
Excused excusedOf(const Dataset &ds, const ReportTranslation &t, bool requireUsed = true)
{
    QString stale;
    Excused e;
    e.original = excusedSpans(ds.text.reading(), t.notInTranslation, &stale);
    if (!stale.isEmpty() && requireUsed)
        throw Failure{-1, CheckText::tr("the excuse “%1” (notInTranslation) is not in the original").arg(stale)};
    stale.clear();
    e.translated = excusedSpans(t.text, t.notInOriginal, &stale);
    if (!stale.isEmpty() && requireUsed)
        throw Failure{-1, CheckText::tr("the excuse “%1” (notInOriginal) is not in the translation").arg(stale)};
    return e;
}

struct Paired
{
    QList<NumberPair> pairs;
    QStringList unmatched; // what stays unpaired, as the messages say it
};

// Pairs the numbers of block b of the original with those of paragraph p of the translation.
Paired pair(const Dataset &ds, const ReportTranslation &t, const Excused &excused_, int b, int p)
{
    const TextBlock &block = ds.text.blocks()[b];
    QList<NumberMention> theirs;
    for (const NumberMention &m : LatinNumberScanner::scan(t.paragraph(p), t.language)) {
        const int at = t.paragraphStart(p) + m.start;
        if (!excused(excused_.translated, at, at + m.length))
            theirs.append(m);
    }
    Paired result;
    QStringList missing, extra;
    QList<bool> used(theirs.size(), false);
    for (const NumberMention &m : NumberScanner::scan(ds.text.blockText(block))) {
        const int at = block.start + m.start;
        if (excused(excused_.original, at, at + m.length))
            continue;
        qsizetype match = -1;
        for (qsizetype k = 0; k < theirs.size() && match < 0; ++k)
            if (!used[k] && same(keyOf(m), keyOf(theirs[k])))
                match = k;
        if (match >= 0) {
            used[match] = true;
            result.pairs.append({at, m.length, t.paragraphStart(p) + theirs[match].start, theirs[match].length});
        } else if (m.kind != NumberMention::Period || m.year != 0) {
            // A period of no year (今年前三季度, 去年全年) is context a translation may word without
            // a number ("last year's total"); one with a year is a number like any other.
            missing.append(m.text);
        }
    }
    for (qsizetype k = 0; k < theirs.size(); ++k)
        if (!used[k] && (theirs[k].kind != NumberMention::Period || theirs[k].year != 0))
            extra.append(theirs[k].text);
    // A number changed shows on both sides: said as one.
    if (!missing.isEmpty() && !extra.isEmpty())
        result.unmatched.append(CheckText::tr("“%1” of the original is not in the translation, which says “%2” instead")
                                    .arg(missing.takeFirst(), extra.takeFirst()));
    for (const QString &m : std::as_const(missing))
        result.unmatched.append(CheckText::tr("“%1” of the original is not in the translation").arg(m));
    for (const QString &e : std::as_const(extra))
        result.unmatched.append(CheckText::tr("“%1” is not a number of the original paragraph").arg(e));
    return result;
}

// Every pair of paragraphs states the same numbers; what stays unpaired is reported, all of it
// when `all` is given, else the first, thrown.
void checkNumbers(const Dataset &ds, ReportTranslation &t, QStringList *all = nullptr)
{
    const Excused excused_ = excusedOf(ds, t);
    t.pairs.clear();
    for (int b = 0; b < ds.text.blocks().size(); ++b) {
        const Paired paired = pair(ds, t, excused_, b, b);
        t.pairs += paired.pairs;
        for (const QString &message : paired.unmatched) {
            if (!all)
                throw Failure{b, message};
            all->append(QStringLiteral("paragraph %1 (line %2): %3").arg(b + 1).arg(t.lines.value(b)).arg(message));
        }
    }
}

// One translated paragraph per block: where the counts differ, the first paragraph whose numbers
// are not its block's is where one went missing (or came twice), at the latest.
void checkAlignment(const Dataset &ds, const ReportTranslation &t)
{
    const qsizetype blocks = ds.text.blocks().size();
    if (t.paragraphCount() == blocks)
        return;
    const Excused excused_ = excusedOf(ds, t, false);
    const int shared = int(std::min<qsizetype>(t.paragraphCount(), blocks));
    int at = shared - 1;
    for (int b = 0; b < shared; ++b)
        if (!pair(ds, t, excused_, b, b).unmatched.isEmpty()) {
            at = b;
            break;
        }
    throw Failure{at, CheckText::tr("%1 paragraphs for the report's %2 blocks: a paragraph is missing or extra at "
                                    "or before this one, whose numbers are not those of block %3")
                          .arg(t.paragraphCount())
                          .arg(blocks)
                          .arg(at + 1)};
}

} // namespace

QStringList TranslationCheck::mismatches(const Dataset &dataset, const ReportTranslation &translation)
{
    ReportTranslation copy = translation;
    QStringList all;
    try {
        checkNumbers(dataset, copy, &all);
    } catch (const Failure &f) {
        all.append(f.message); // a stale excuse
    }
    return all;
}

bool TranslationCheck::check(Dataset *dataset, ReportTranslation *translation, QString *problem)
{
    try {
        checkAlignment(*dataset, *translation);
        checkNumbers(*dataset, *translation);
        checkPhrases(*dataset, *translation);
    } catch (const Failure &f) {
        // Nothing of a refused translation is used: its phrases stay declared, unplaced.
        for (Figure &fig : dataset->figures) {
            TranslatedQuote &q = fig.translation(translation->language);
            q.quoteStart = q.numeralStart = -1;
            q.numeralLength = 0;
        }
        translation->pairs.clear();
        if (f.paragraph < 0)
            *problem = translation->path + QStringLiteral(": ") + f.message;
        else
            *problem = LoadError{translation->path, QString::number(translation->lines.value(f.paragraph)),
                                 CheckText::tr("paragraph %1: %2").arg(f.paragraph + 1).arg(f.message)}
                           .toString();
        return false;
    }
    return true;
}

} // namespace tongdao

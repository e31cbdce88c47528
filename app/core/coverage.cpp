// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coverage.h"

#include "core/latinnumberscanner.h"
#include "core/textfinder.h"

#include <algorithm>

namespace tongdao {

namespace {

struct Span
{
    int start;
    int end; // exclusive
    int owner;
};

// Spans sorted by start; finds one that contains [a, b) (or overlaps it, when overlap is true).
class SpanIndex
{
public:
    void add(int start, int length, int owner)
    {
        if (start >= 0 && length > 0)
            m_spans.append({start, start + length, owner});
    }
    void finish()
    {
        std::sort(m_spans.begin(), m_spans.end(), [](const Span &x, const Span &y) { return x.start < y.start; });
        // Longest span reaching furthest so far, so a backwards walk can stop early.
        m_reach.resize(m_spans.size());
        int reach = -1;
        for (int i = 0; i < m_spans.size(); ++i)
            m_reach[i] = reach = std::max(reach, m_spans[i].end);
    }
    int find(int a, int b, bool overlap) const
    {
        auto it = std::upper_bound(m_spans.begin(), m_spans.end(), overlap ? b - 1 : a,
                                   [](int pos, const Span &s) { return pos < s.start; });
        for (qsizetype i = (it - m_spans.begin()) - 1; i >= 0 && m_reach[i] > a; --i) {
            const Span &s = m_spans[i];
            if (overlap ? (s.start < b && s.end > a) : (s.start <= a && s.end >= b))
                return s.owner;
        }
        return -1;
    }

private:
    QList<Span> m_spans;
    QList<int> m_reach;
};

} // namespace

CoverageReport Coverage::check(const Dataset &ds)
{
    const QString &text = ds.text.reading();
    // Decided figures first; then candidates, whose numbers are undecided.
    SpanIndex numerals[2], quotes[2], uncharted;
    for (int i = 0; i < ds.figures.size(); ++i) {
        const int k = ds.figures[i].candidate ? 1 : 0;
        numerals[k].add(ds.figures[i].numeralStart, ds.figures[i].numeralLength, i);
        quotes[k].add(ds.figures[i].quoteStart, ds.figures[i].quoteLength, i);
    }
    QStringList unchartedTexts;
    for (const UnchartedNumber &u : ds.uncharted)
        unchartedTexts.append(u.text);
    const QList<QList<int>> occurrences = TextFinder::findAll(text, unchartedTexts);
    for (int u = 0; u < occurrences.size(); ++u)
        for (int at : occurrences[u])
            uncharted.add(at, int(unchartedTexts[u].size()), u);
    for (int k : {0, 1}) {
        numerals[k].finish();
        quotes[k].finish();
    }
    uncharted.finish();

    CoverageReport report;
    const QList<NumberMention> mentions = LatinNumberScanner::scan(text, ds.report.language);
    report.found = int(mentions.size());
    for (const NumberMention &m : mentions) {
        CoverageEntry e;
        e.mention = m;
        e.text = m.text;
        e.start = m.start;
        const auto [s, len] = ds.text.sentenceAt(m.start);
        e.sentence = text.mid(s, len);
        const int end = m.start + m.length;
        const bool context = m.kind == NumberMention::Date || m.kind == NumberMention::Period
                          || m.kind == NumberMention::Ordinal;
        int owner = -1;
        for (int k = 0; k < 2 && owner < 0; ++k) {
            owner = numerals[k].find(m.start, end, true);
            if (owner < 0 && context)
                owner = quotes[k].find(m.start, end, false);
        }
        if (owner >= 0 && ds.figures[owner].candidate) {
            e.status = CoverageEntry::Undecided;
            e.figureId = ds.figures[owner].id;
            ++report.undecided;
        } else if (owner >= 0) {
            e.status = CoverageEntry::Covered;
            e.figureId = ds.figures[owner].id;
            ++report.covered;
        } else if ((owner = uncharted.find(m.start, end, false)) >= 0) {
            e.status = CoverageEntry::Uncharted;
            e.uncharted = owner;
            ++report.uncharted;
        } else {
            e.status = CoverageEntry::Missing;
            report.missing.append(e);
        }
        report.entries.append(e);
    }
    return report;
}

} // namespace tongdao

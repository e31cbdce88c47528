// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reporttext.h"

#include <algorithm>

namespace tongdao {

namespace {

using Line = std::pair<int, int>; // start, length in the raw text, trimmed

bool isClosingMark(QChar c)
{
    static const QString marks = QStringLiteral("”’」』）)》\"'");
    return marks.contains(c);
}

bool hasSentencePunctuation(QStringView s)
{
    static const QString marks = QStringLiteral("。，！？；：、,.!?;:");
    return std::any_of(s.begin(), s.end(), [](QChar c) { return marks.contains(c); });
}

// A line that ends a sentence: with 。！？; or a full stop, before any closing marks.
bool endsSentence(QStringView line)
{
    int i = int(line.size()) - 1;
    while (i >= 0 && isClosingMark(line.at(i)))
        --i;
    return i >= 0 && (isSentenceEnd(line.at(i)) || line.at(i) == u'.');
}

// A short line that reads as a title: no sentence inside, none ended, no clause left open.
bool isTitleLine(QStringView line, int maxLength)
{
    if (line.isEmpty() || line.size() > maxLength || endsSentence(line))
        return false;
    if (QStringView(u",，:：、").contains(line.back()))
        return false;
    for (qsizetype i = 0; i < line.size(); ++i)
        if (endsSentenceAt(line, i))
            return false;
    return true;
}

bool startsLowerCase(QStringView line)
{
    return !line.isEmpty() && line.front().isLower();
}

bool isLatinWordChar(QChar c)
{
    return c.unicode() < 0x80 && c.isLetter();
}

// Splits the raw text into trimmed lines; a blank line is returned with length 0.
QList<Line> splitLines(const QString &raw)
{
    QList<Line> lines;
    int start = 0;
    const int n = int(raw.size());
    while (start <= n) {
        int end = start;
        while (end < n && raw.at(end) != u'\n' && raw.at(end) != u'\r')
            ++end;
        int a = start, b = end;
        while (a < b && raw.at(a).isSpace())
            ++a;
        while (b > a && raw.at(b - 1).isSpace())
            --b;
        if (end < n || a < b)
            lines.append({a, b - a});
        if (end >= n)
            break;
        start = end + ((raw.at(end) == u'\r' && end + 1 < n && raw.at(end + 1) == u'\n') ? 2 : 1);
    }
    return lines;
}

} // namespace

bool isSentenceEnd(QChar c)
{
    static const QString marks = QStringLiteral("。！？!?…；;");
    return marks.contains(c);
}

bool endsSentenceAt(QStringView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return false;
    if (isSentenceEnd(text[i]))
        return true;
    if (text[i] != u'.')
        return false;
    qsizetype j = i + 1;
    while (j < text.size() && isClosingMark(text[j]))
        ++j;
    return j >= text.size() || text[j].isSpace();
}

ReportText ReportText::fromRaw(const QString &raw, Language language)
{
    ReportText t;
    t.m_language = language;
    const bool english = language != Language::Chinese;
    t.m_raw = raw;
    t.m_rawToReading.fill(-1, raw.size());

    const QList<Line> lines = splitLines(raw);
    // Group lines into chunks separated by blank lines.
    QList<QList<Line>> chunks;
    QList<Line> current;
    for (const Line &line : lines) {
        if (line.second == 0) {
            if (!current.isEmpty())
                chunks.append(current);
            current.clear();
        } else {
            current.append(line);
        }
    }
    if (!current.isEmpty())
        chunks.append(current);
    if (chunks.isEmpty())
        return t;

    auto view = [&raw](const Line &l) { return QStringView(raw).mid(l.first, l.second); };
    auto isTitleChunk = [&](const QList<Line> &chunk) {
        return chunk.size() == 2 && view(chunk[0]).size() <= 8
            && std::none_of(chunk.begin(), chunk.end(), [&](const Line &l) { return hasSentencePunctuation(view(l)); });
    };

    // The headline and its deck: the page extraction puts them last, as a chunk of at most two
    // short lines without punctuation. They open the reading version.
    int firstBody = 0;
    int lastBody = int(chunks.size());
    const QList<Line> tail = chunks.last();
    if (chunks.size() > 1 && tail.size() <= 2 && std::none_of(tail.begin(), tail.end(), [&](const Line &l) {
            return hasSentencePunctuation(view(l)) || l.second > 40;
        })) {
        t.appendBlock(TextBlock::Headline, {tail[0]}, -1);
        if (tail.size() == 2)
            t.appendBlock(TextBlock::Deck, {tail[1]}, -1);
        lastBody = int(chunks.size()) - 1;
    }
    static const QStringList bylineMarks{QStringLiteral("记者"), QStringLiteral("通讯员"), QStringLiteral("本报"),
                                         QStringLiteral("撰稿"), QStringLiteral("作者"),   QStringLiteral("文/"),
                                         QStringLiteral("By ")};
    auto namesReporters = [&](const Line &line) {
        return std::any_of(bylineMarks.begin(), bylineMarks.end(),
                           [&](const QString &mark) { return view(line).contains(mark); });
    };
    // Else a plain text's title: its first line, on its own before a blank line, short and no
    // sentence. (A page break inside the first sentence would look the same: that is rare.)
    if (lastBody == chunks.size() && chunks.size() > 1 && chunks.first().size() == 1
        && !namesReporters(chunks.first().first()) && isTitleLine(view(chunks.first().first()), english ? 120 : 40)
        && !startsLowerCase(view(chunks[1].first()))) {
        t.appendBlock(TextBlock::Headline, {chunks.first().first()}, -1);
        firstBody = 1;
    }
    // The byline: a first chunk of one short line naming the reporters.
    const QList<Line> &head = chunks[firstBody];
    if (firstBody < lastBody && head.size() == 1 && namesReporters(head[0]) && !endsSentence(view(head[0]))
        && head[0].second <= 60 && lastBody > firstBody + 1) {
        t.appendBlock(TextBlock::Byline, head, -1);
        ++firstBody;
    }

    int section = -1;
    QList<Line> paragraph;
    auto flush = [&]() {
        if (!paragraph.isEmpty())
            t.appendBlock(TextBlock::Paragraph, paragraph, section);
        paragraph.clear();
    };
    for (int c = firstBody; c < lastBody; ++c) {
        const QList<Line> &chunk = chunks[c];
        if (english) {
            // A paragraph per chunk; one that stops mid-sentence before a chunk starting in lower
            // case goes on across the page break. A lone short line is a section heading.
            const bool more = c + 1 < lastBody;
            const bool continues = more && !endsSentence(view(chunk.last())) && startsLowerCase(view(chunks[c + 1][0]));
            if (paragraph.isEmpty() && chunk.size() == 1 && more && !continues && isTitleLine(view(chunk[0]), 80)) {
                ++section;
                t.appendBlock(TextBlock::Heading, {chunk[0]}, section);
                continue;
            }
            paragraph.append(chunk);
            if (!continues)
                flush();
            continue;
        }
        if (isTitleChunk(chunk) && paragraph.isEmpty()) {
            ++section;
            t.appendBlock(TextBlock::Heading, {chunk[0]}, section);
            t.appendBlock(TextBlock::Subheading, {chunk[1]}, section);
            continue;
        }
        // A heading alone: one short line without punctuation between paragraphs.
        if (paragraph.isEmpty() && chunk.size() == 1 && c + 1 < lastBody && chunk[0].second <= 20
            && !hasSentencePunctuation(view(chunk[0]))) {
            ++section;
            t.appendBlock(TextBlock::Heading, {chunk[0]}, section);
            continue;
        }
        // A blank line that interrupts a sentence is a page break, not a paragraph end: the
        // paragraph goes on until a line ends a sentence.
        for (const Line &line : chunk) {
            paragraph.append(line);
            if (endsSentence(view(line)))
                flush();
        }
    }
    flush();
    return t;
}

void ReportText::appendBlock(TextBlock::Kind kind, const QList<Line> &lines, int section)
{
    if (!m_blocks.isEmpty()) {
        m_reading.append(QLatin1Char('\n'));
        m_readingToRaw.append(-1);
    }
    TextBlock block;
    block.kind = kind;
    block.start = int(m_reading.size());
    block.section = section;
    for (int i = 0; i < lines.size(); ++i) {
        const auto [start, length] = lines[i];
        // Chinese lines join without a space; two Latin words broken across lines get one back;
        // English lines always join with one.
        if (i > 0 && !m_reading.isEmpty()
            && (m_language != Language::Chinese
                || (isLatinWordChar(m_reading.back()) && isLatinWordChar(m_raw.at(start))))) {
            m_reading.append(QLatin1Char(' '));
            m_readingToRaw.append(-1);
        }
        for (int k = 0; k < length; ++k) {
            m_rawToReading[start + k] = int(m_reading.size());
            m_reading.append(m_raw.at(start + k));
            m_readingToRaw.append(start + k);
        }
    }
    block.length = int(m_reading.size()) - block.start;
    m_blocks.append(block);
}

int ReportText::toRaw(int readingOffset) const
{
    return readingOffset >= 0 && readingOffset < m_readingToRaw.size() ? m_readingToRaw[readingOffset] : -1;
}

int ReportText::toReading(int rawOffset) const
{
    return rawOffset >= 0 && rawOffset < m_rawToReading.size() ? m_rawToReading[rawOffset] : -1;
}

static QString firstBlockOf(const ReportText &t, TextBlock::Kind kind)
{
    for (const TextBlock &b : t.blocks())
        if (b.kind == kind)
            return t.blockText(b);
    return {};
}

QString ReportText::headline() const
{
    return firstBlockOf(*this, TextBlock::Headline);
}
QString ReportText::deck() const
{
    return firstBlockOf(*this, TextBlock::Deck);
}
QString ReportText::byline() const
{
    return firstBlockOf(*this, TextBlock::Byline);
}

QStringList ReportText::sectionHeadings() const
{
    QStringList headings;
    for (const TextBlock &b : m_blocks)
        if (b.kind == TextBlock::Heading)
            headings.append(blockText(b));
    return headings;
}

int ReportText::sectionAt(int readingOffset) const
{
    // Blocks are in reading order: find the last block starting at or before the offset.
    auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), readingOffset,
                               [](int offset, const TextBlock &b) { return offset < b.start; });
    if (it == m_blocks.begin())
        return -1;
    return std::prev(it)->section;
}

int ReportText::blockAt(int readingOffset) const
{
    auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), readingOffset,
                               [](int offset, const TextBlock &b) { return offset < b.start; });
    if (it == m_blocks.begin())
        return -1;
    const int i = int(std::prev(it) - m_blocks.begin());
    return readingOffset < m_blocks[i].start + m_blocks[i].length ? i : -1;
}

std::pair<int, int> ReportText::sentenceAt(int readingOffset) const
{
    const int n = int(m_reading.size());
    if (readingOffset < 0 || readingOffset >= n)
        return {-1, 0};
    int a = readingOffset;
    while (a > 0 && m_reading.at(a - 1) != u'\n' && !endsSentenceAt(m_reading, a - 1))
        --a;
    while (a < readingOffset && m_reading.at(a) == u' ')
        ++a;
    int b = readingOffset;
    while (b < n && m_reading.at(b) != u'\n' && !endsSentenceAt(m_reading, b))
        ++b;
    if (b < n && endsSentenceAt(m_reading, b))
        ++b;
    while (b < n && isClosingMark(m_reading.at(b)))
        ++b;
    return {a, b - a};
}

} // namespace tongdao

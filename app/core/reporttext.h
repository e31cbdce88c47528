// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

#include <QList>
#include <QString>

namespace tongdao {

// One block of the reading version of a report.
struct TextBlock
{
    enum Kind { Headline, Deck, Byline, Heading, Subheading, Paragraph };
    Kind kind = Paragraph;
    int start = 0; // offset in the reading text
    int length = 0;
    int section = -1; // index of the section heading this block belongs to, -1 before the first
};

// The raw text of a report as extracted from a page (hard line breaks, page-break blank lines
// inside sentences) and its reading version: paragraphs rejoined, headline, deck, byline and
// section headings recognised. Every character of the reading text maps to the raw character it
// came from, and back.
//
// Chinese (the page extraction of a newspaper): a line that ends a sentence ends its paragraph;
// lines join without a space. English (plain text): paragraphs are separated by blank lines,
// their lines joined with a space; a blank line inside a sentence is still a page break; a single
// short line without a full stop between paragraphs is a section heading. In both, when no
// headline was extracted at the end, a short first line without a full stop is the headline.
class ReportText
{
public:
    ReportText() = default;
    static ReportText fromRaw(const QString &raw, Language language = Language::Chinese);

    const QString &raw() const { return m_raw; }
    const QString &reading() const { return m_reading; }
    const QList<TextBlock> &blocks() const { return m_blocks; }

    // -1 where there is no counterpart (a paragraph separator in the reading text; whitespace or a
    // line break in the raw text).
    int toRaw(int readingOffset) const;
    int toReading(int rawOffset) const;

    QString blockText(const TextBlock &block) const { return m_reading.mid(block.start, block.length); }
    QString headline() const;
    QString deck() const;
    QString byline() const;
    // The section headings in order (纽带, 合力, 共赢 for the bundled report).
    QStringList sectionHeadings() const;
    // Index into sectionHeadings() of the section containing a reading offset, -1 if none.
    int sectionAt(int readingOffset) const;
    // Index into blocks() of the block containing a reading offset, -1 if none.
    int blockAt(int readingOffset) const;
    // The sentence around a reading offset: from after the previous 。！？; or paragraph start to
    // the next one inclusive. A full stop ends a sentence where a space or the paragraph's end
    // follows it (never in 123.8 or www.cq.gov.cn).
    std::pair<int, int> sentenceAt(int readingOffset) const;
    Language language() const { return m_language; }

private:
    void appendBlock(TextBlock::Kind kind, const QList<std::pair<int, int>> &lines, int section);

    Language m_language = Language::Chinese;
    QString m_raw;
    QString m_reading;
    QList<int> m_readingToRaw;
    QList<int> m_rawToReading;
    QList<TextBlock> m_blocks;
};

// True for characters that end a sentence, so a line ending in one ends its paragraph.
bool isSentenceEnd(QChar c);
// True where text[i] ends a sentence: isSentenceEnd, or a full stop before white space, a closing
// mark or the end.
bool endsSentenceAt(QStringView text, qsizetype i);

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerdocument.h"

#include "ui/charts/chartstyle.h"

#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace tongdao {

QFont readerFont(int points)
{
    QFont f;
    f.setFamilies(ChartStyle::forTheme(ChartTheme::Light).fontFamilies);
    f.setPointSize(std::max(6, points));
    return f;
}

ReaderDocument buildReaderDocument(const Dataset &dataset, const CoverageReport &coverage, int pointSize,
                                   const QPalette &palette, QObject *parent)
{
    // Built detached and in one pass — default font first, marks applied while inserting — so
    // that the document is laid out once, when a view shows it.
    ReaderDocument result{std::make_unique<QTextDocument>(parent), {}};
    QTextDocument *doc = result.document.get();
    doc->setDocumentMargin(18);
    doc->setDefaultFont(readerFont(pointSize));
    doc->setUndoRedoEnabled(false);
    // A null page size: no layout until a view gives the width (QTextEdit does the same for its
    // own documents). Without it the layout created on attach lays the text out once unwrapped.
    doc->setPageSize(QSizeF(0, 0));
    QList<ReaderMark> &marks = result.marks;
    const ReportText &text = dataset.text;

    // Figures' numerals, then uncharted and missing numbers from the coverage check.
    for (int i = 0; i < dataset.figures.size(); ++i) {
        const Figure &f = dataset.figures[i];
        if (f.numeralStart >= 0)
            marks.append({f.numeralStart, f.numeralStart + f.numeralLength, i, ReaderMark::Figure});
    }
    for (const CoverageEntry &e : coverage.entries) {
        if (e.status == CoverageEntry::Uncharted)
            marks.append({e.start, e.start + int(e.text.size()), e.uncharted, ReaderMark::Uncharted});
        else if (e.status == CoverageEntry::Missing)
            marks.append({e.start, e.start + int(e.text.size()), -1, ReaderMark::Missing});
    }
    std::sort(marks.begin(), marks.end(), [](const ReaderMark &a, const ReaderMark &b) { return a.start < b.start; });

    const QColor muted = palette.color(QPalette::PlaceholderText);
    QColor highlight = palette.color(QPalette::Highlight);
    highlight.setAlpha(45);
    QTextCharFormat markFormats[3];
    markFormats[ReaderMark::Figure].setBackground(highlight);
    markFormats[ReaderMark::Uncharted].setUnderlineStyle(QTextCharFormat::DotLine);
    markFormats[ReaderMark::Uncharted].setUnderlineColor(muted);
    markFormats[ReaderMark::Missing].setUnderlineStyle(QTextCharFormat::WaveUnderline);
    markFormats[ReaderMark::Missing].setUnderlineColor(QColor(0xD5, 0x5E, 0x00));

    // One block per reading block, so that document positions equal reading-text offsets.
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    qsizetype nextSpan = 0;
    for (int b = 0; b < text.blocks().size(); ++b) {
        const TextBlock &block = text.blocks()[b];
        QTextBlockFormat blockFormat;
        QTextCharFormat charFormat;
        switch (block.kind) {
        case TextBlock::Headline:
            charFormat.setFontPointSize(pointSize * 1.7);
            charFormat.setFontWeight(QFont::Bold);
            blockFormat.setAlignment(Qt::AlignHCenter);
            blockFormat.setTopMargin(4);
            break;
        case TextBlock::Deck:
            charFormat.setFontPointSize(pointSize * 1.3);
            blockFormat.setAlignment(Qt::AlignHCenter);
            blockFormat.setBottomMargin(10);
            break;
        case TextBlock::Byline:
            charFormat.setForeground(muted);
            blockFormat.setBottomMargin(14);
            break;
        case TextBlock::Heading:
            charFormat.setFontPointSize(pointSize * 1.35);
            charFormat.setFontWeight(QFont::Bold);
            blockFormat.setTopMargin(18);
            blockFormat.setAlignment(Qt::AlignHCenter);
            break;
        case TextBlock::Subheading:
            charFormat.setFontWeight(QFont::Bold);
            blockFormat.setAlignment(Qt::AlignHCenter);
            blockFormat.setBottomMargin(10);
            break;
        case TextBlock::Paragraph:
            blockFormat.setTextIndent(pointSize * 2.4); // two characters, as Chinese print does
            blockFormat.setBottomMargin(8);
            blockFormat.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            break;
        }
        if (b == 0)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat);
        // The block's text in runs: plain, then each marked number with its mark.
        const int end = block.start + block.length;
        int at = block.start;
        while (nextSpan < marks.size() && marks[nextSpan].start < end) {
            const ReaderMark &span = marks[nextSpan++];
            if (span.start < at)
                continue; // overlaps the previous mark
            cursor.insertText(text.reading().mid(at, span.start - at), charFormat);
            QTextCharFormat marked = charFormat;
            marked.merge(markFormats[span.kind]);
            const int spanEnd = std::min(span.end, end);
            cursor.insertText(text.reading().mid(span.start, spanEnd - span.start), marked);
            at = spanEnd;
        }
        cursor.insertText(text.reading().mid(at, end - at), charFormat);
    }
    cursor.endEditBlock();
    return result;
}

} // namespace tongdao

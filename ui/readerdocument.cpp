// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerdocument.h"

#include "ui/apptheme.h"
#include "ui/charts/chartstyle.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <algorithm>

namespace tongdao {

namespace {

struct ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(tongdao::ReaderPane)
};

// A mark within one block, in offsets of that block's text.
struct Span
{
    int start;
    int end;
    int index;
    ReaderMark::Kind kind;
    int source; // the reading-text offset of the number in the original
};

class Builder
{
public:
    // Compact: headlines a little smaller, for the half-width columns of side by side.
    Builder(int pointSize, const QPalette &palette, bool compact)
        : m_pointSize(pointSize)
        , m_scale(compact ? 0.8 : 1.0)
        , m_muted(palette.color(QPalette::PlaceholderText))
    {
        // The theme's colours: a dark page has marks of its own, not the light page's.
        const AppTheme::ReaderMarks colours = AppTheme::readerMarks(palette);
        m_marks[ReaderMark::Figure].setBackground(colours.figure);
        m_marks[ReaderMark::Uncharted].setUnderlineStyle(QTextCharFormat::DotLine);
        m_marks[ReaderMark::Uncharted].setUnderlineColor(colours.uncharted);
        m_marks[ReaderMark::Missing].setUnderlineStyle(QTextCharFormat::WaveUnderline);
        m_marks[ReaderMark::Missing].setUnderlineColor(colours.missing);
    }

    // The block's look: headline, deck, byline and headings as a newspaper sets them; paragraphs
    // indented two characters in Chinese, as Chinese print does, and not in a Latin translation.
    void formats(TextBlock::Kind kind, bool chinese, QTextBlockFormat *block, QTextCharFormat *chars) const
    {
        switch (kind) {
        case TextBlock::Headline:
            chars->setFontPointSize(m_pointSize * 1.7 * m_scale);
            chars->setFontWeight(QFont::Bold);
            block->setAlignment(Qt::AlignHCenter);
            block->setTopMargin(4);
            break;
        case TextBlock::Deck:
            chars->setFontPointSize(m_pointSize * std::max(1.0, 1.3 * m_scale));
            block->setAlignment(Qt::AlignHCenter);
            block->setBottomMargin(10);
            break;
        case TextBlock::Byline:
            chars->setForeground(m_muted);
            block->setBottomMargin(14);
            break;
        case TextBlock::Heading:
            chars->setFontPointSize(m_pointSize * std::max(1.0, 1.35 * m_scale));
            chars->setFontWeight(QFont::Bold);
            block->setTopMargin(18);
            block->setAlignment(Qt::AlignHCenter);
            break;
        case TextBlock::Subheading:
            chars->setFontWeight(QFont::Bold);
            block->setAlignment(Qt::AlignHCenter);
            block->setBottomMargin(10);
            break;
        case TextBlock::Paragraph:
            if (chinese)
                block->setTextIndent(m_pointSize * 2.4);
            block->setBottomMargin(8);
            block->setLineHeight(chinese ? 150 : 135, QTextBlockFormat::ProportionalHeight);
            break;
        }
    }

    // Inserts one block's text in runs, plain and marked; returns the marks at document positions.
    void insert(QTextCursor &cursor, const QString &text, const QTextCharFormat &chars, QList<Span> spans,
                bool translated, QList<ReaderMark> *marks) const
    {
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        int at = 0;
        for (const Span &span : std::as_const(spans)) {
            if (span.start < at || span.start >= text.size())
                continue; // overlaps the previous mark
            cursor.insertText(text.mid(at, span.start - at), chars);
            QTextCharFormat marked = chars;
            marked.merge(m_marks[span.kind]);
            const int end = std::min(span.end, int(text.size()));
            const int position = cursor.position();
            cursor.insertText(text.mid(span.start, end - span.start), marked);
            marks->append({position, position + end - span.start, span.index, span.kind, translated, span.source});
            at = end;
        }
        cursor.insertText(text.mid(at), chars);
    }

private:
    int m_pointSize;
    double m_scale;
    QColor m_muted;
    QTextCharFormat m_marks[3];
};

// The marks of every block: the original's by reading offsets, the translation's by its offsets.
struct BlockSpans
{
    QList<QList<Span>> original;
    QList<QList<Span>> translated;
};

BlockSpans spansOf(const Dataset &ds, const CoverageReport &coverage, const ReportTranslation *translation)
{
    const QList<TextBlock> &blocks = ds.text.blocks();
    BlockSpans spans{QList<QList<Span>>(blocks.size()), QList<QList<Span>>(blocks.size())};
    auto addOriginal = [&](int start, int end, int index, ReaderMark::Kind kind) {
        const int b = ds.text.blockAt(start);
        if (b >= 0)
            spans.original[b].append({start - blocks[b].start, end - blocks[b].start, index, kind, start});
    };
    auto addTranslated = [&](int start, int end, int index, ReaderMark::Kind kind, int source) {
        const int p = translation->paragraphAt(start);
        if (p >= 0)
            spans.translated[p].append(
                {start - translation->paragraphStart(p), end - translation->paragraphStart(p), index, kind, source});
    };
    QHash<int, NumberPair> pairs; // by the original's offset
    if (translation)
        for (const NumberPair &pair : translation->pairs)
            pairs.insert(pair.original, pair);
    for (int i = 0; i < ds.figures.size(); ++i) {
        const Figure &f = ds.figures[i];
        if (f.candidate)
            continue; // undecided: marked below, as a number no figure holds yet
        if (f.numeralStart >= 0)
            addOriginal(f.numeralStart, f.numeralStart + f.numeralLength, i, ReaderMark::Figure);
        if (translation) {
            const TranslatedQuote &q = f.translation(translation->language);
            if (q.numeralStart >= 0)
                addTranslated(q.numeralStart, q.numeralStart + q.numeralLength, i, ReaderMark::Figure, f.numeralStart);
        }
    }
    for (const CoverageEntry &e : coverage.entries) {
        if (e.status == CoverageEntry::Covered)
            continue;
        const auto kind = e.status == CoverageEntry::Uncharted ? ReaderMark::Uncharted : ReaderMark::Missing;
        addOriginal(e.start, e.start + int(e.text.size()), e.uncharted, kind);
        // The same number in the translation carries the same mark: the check paired them.
        if (const auto it = pairs.constFind(e.start); it != pairs.cend())
            addTranslated(it->translation, it->translation + it->translationLength, e.uncharted, kind, e.start);
    }
    return spans;
}

} // namespace

QString readerModeId(ReaderMode mode)
{
    switch (mode) {
    case ReaderMode::Original:
        return QStringLiteral("original");
    case ReaderMode::Translation:
        return QStringLiteral("translation");
    case ReaderMode::SideBySide:
        return QStringLiteral("side-by-side");
    }
    return {};
}

std::optional<ReaderMode> readerModeFromId(QStringView id)
{
    for (ReaderMode m : {ReaderMode::Original, ReaderMode::Translation, ReaderMode::SideBySide})
        if (readerModeId(m) == id)
            return m;
    return std::nullopt;
}

int ReaderDocument::originalPosition(const ReportText &text, int offset) const
{
    const int b = text.blockAt(offset);
    return b >= 0 && b < originalStarts.size() ? originalStarts[b] + offset - text.blocks()[b].start : -1;
}

int ReaderDocument::translationPosition(const ReportTranslation &translation, int offset) const
{
    const int p = translation.paragraphAt(offset);
    return p >= 0 && p < translationStarts.size() ? translationStarts[p] + offset - translation.paragraphStart(p) : -1;
}

QFont readerFont(int points)
{
    QFont f;
    f.setFamilies(ChartStyle::forTheme(ChartTheme::Light).fontFamilies);
    f.setPointSize(std::max(6, points));
    return f;
}

ReaderDocument buildReaderDocument(const Dataset &dataset, const CoverageReport &coverage,
                                   const ReportTranslation *translation, ReaderMode mode, int pointSize,
                                   const QPalette &palette, QObject *parent)
{
    // Built detached and in one pass — default font first, marks applied while inserting — so
    // that the document is laid out once, when a view shows it.
    ReaderDocument result{std::make_unique<QTextDocument>(parent), {}, {}, {}};
    QTextDocument *doc = result.document.get();
    doc->setDocumentMargin(18);
    doc->setDefaultFont(readerFont(pointSize));
    doc->setUndoRedoEnabled(false);
    // A null page size: no layout until a view gives the width (QTextEdit does the same for its
    // own documents). Without it the layout created on attach lays the text out once unwrapped.
    doc->setPageSize(QSizeF(0, 0));
    if (!translation || !translation->usable())
        mode = ReaderMode::Original; // an unchecked translation is never shown
    const Builder builder(pointSize, palette, mode == ReaderMode::SideBySide);
    const BlockSpans spans = spansOf(dataset, coverage, mode == ReaderMode::Original ? nullptr : translation);
    const QList<TextBlock> &blocks = dataset.text.blocks();
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextCharFormat noticeFormat;
    noticeFormat.setForeground(palette.color(QPalette::PlaceholderText));
    noticeFormat.setFontItalic(true);
    const QString notice = ReaderText::tr("Tongdao's translation. The Chinese original is authoritative.");
    auto place = [&](int b, bool translated) {
        QTextBlockFormat blockFormat;
        QTextCharFormat chars;
        builder.formats(blocks[b].kind, !translated, &blockFormat, &chars);
        cursor.setBlockFormat(blockFormat);
        (translated ? result.translationStarts : result.originalStarts)[b] = cursor.position();
        builder.insert(cursor, translated ? translation->paragraph(b) : dataset.text.blockText(blocks[b]), chars,
                       translated ? spans.translated[b] : spans.original[b], translated, &result.marks);
    };
    if (mode == ReaderMode::SideBySide) {
        result.originalStarts.fill(-1, blocks.size());
        result.translationStarts.fill(-1, blocks.size());
        QTextTableFormat table;
        table.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        table.setCellPadding(6);
        table.setCellSpacing(0);
        table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        table.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 50), QTextLength(QTextLength::PercentageLength, 50)});
        // A small table per paragraph pair, not one for the whole text: the document lays out frame
        // after frame, so the first screenful is ready before the rest of the text is.
        QTextTable *notes = cursor.insertTable(1, 2, table);
        cursor = notes->cellAt(0, 1).firstCursorPosition();
        cursor.insertText(notice, noticeFormat);
        for (int b = 0; b < blocks.size(); ++b) {
            cursor.movePosition(QTextCursor::End);
            QTextTable *row = cursor.insertTable(1, 2, table);
            for (int column : {0, 1}) {
                cursor = row->cellAt(0, column).firstCursorPosition();
                place(b, column == 1);
            }
        }
    } else if (mode == ReaderMode::Translation) {
        result.translationStarts.fill(-1, blocks.size());
        cursor.insertText(notice, noticeFormat);
        for (int b = 0; b < blocks.size(); ++b) {
            cursor.insertBlock();
            place(b, true);
        }
    } else {
        // One document block per reading block: document positions equal reading-text offsets.
        result.originalStarts.fill(-1, blocks.size());
        for (int b = 0; b < blocks.size(); ++b) {
            if (b > 0)
                cursor.insertBlock();
            place(b, false);
        }
    }
    cursor.endEditBlock();
    std::sort(result.marks.begin(), result.marks.end(),
              [](const ReaderMark &a, const ReaderMark &b) { return a.start < b.start; });
    return result;
}

} // namespace tongdao

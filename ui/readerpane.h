// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/readerdocument.h"

#include <QList>
#include <QTextDocument>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QTextEdit;

namespace tongdao {

class FindBar;
class ReportDocument;

// The report as a reader reads it, in the original, in Tongdao's translation into the interface
// language, or both side by side (readerdocument.h). Every figure's numeral is subtly highlighted
// on both sides; numbers left uncharted have a dotted underline with their reason; numbers neither
// charted nor explained are marked for the dataset's author. Clicking a figure on either side
// selects it; the figure selected, here or elsewhere, is lit up on both sides and scrolled to.
class ReaderPane : public QWidget
{
    Q_OBJECT

public:
    // Side by side needs room for two columns of text; narrower, the translation alone.
    static constexpr int sideBySideWidth = 560;

    explicit ReaderPane(ReportDocument *document, QWidget *parent = nullptr);
    ~ReaderPane() override;

    QTextEdit *textEdit() const { return m_text; }
    FindBar *findBar() const { return m_findBar; }
    // The modes as actions (checkable, one checked): for the View menu and the pane's own buttons.
    QList<QAction *> modeActions() const;

    // What is shown, and what the user chose (nothing: the default for the language and width).
    ReaderMode mode() const { return m_mode; }
    std::optional<ReaderMode> chosenMode() const { return m_chosen; }
    void setChosenMode(std::optional<ReaderMode> mode);

    // Rebuilds the text from the document's dataset, in the mode due.
    void rebuild();
    // Lights a figure's quote up on every side shown and scrolls to it; empty clears.
    void showFigure(const QString &figureId);
    // Selects a number of the original (a reading-text range) and scrolls to it.
    void showNumber(int offset, int length);
    // The figure whose highlighted numeral is at a document position, if any.
    QString figureAt(int position) const;
    // The reading-text offset of the marked number (a figure's, an uncharted or an undecided one)
    // at a document position, on either side; -1 if none.
    int numberAt(int position) const;
    // Where a figure's numeral is, in the original or the translation, in the viewport.
    QRect numeralRect(const QString &figureId, bool translated = false) const;
    // The document position of an offset of the reading text, or of the translation's text; -1
    // where that side is not shown.
    int documentPosition(int offset, bool translated) const;

    int fontPointSize() const { return m_pointSize; }
    void setFontPointSize(int points);
    void zoomIn() { setFontPointSize(fontPointSize() + 1); }
    void zoomOut() { setFontPointSize(fontPointSize() - 1); }
    void showFindBar();

Q_SIGNALS:
    void fontPointSizeChanged(int points);
    void modeChosen(tongdao::ReaderMode mode);
    // Something the reader should know: a translation refused, and why.
    void message(const QString &text);
    // A marked number was clicked: its reading-text offset in the original.
    void numberClicked(int offset);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    ReaderMode dueMode() const;
    const ReportTranslation *translation() const;
    void attachDocument();
    void relanguage();
    void highlight(const QString &figureId);
    void showChart(const QString &chartId);
    // Scrolls a document position to a third of the way down.
    void scrollTo(int position);
    const ReaderMark *markAt(int position) const;
    QString toolTipAt(int position) const;
    // The block (original or translated) at the top of the view, and back.
    int topBlock() const;
    void scrollToBlock(int block);

    ReportDocument *m_document;
    QWidget *m_modeBar;
    QTextEdit *m_text;
    FindBar *m_findBar;
    QActionGroup *m_modes;
    QAction *m_original;
    QAction *m_translation;
    QAction *m_sideBySide;
    ReaderDocument m_built;                   // marks and block positions of the text shown
    std::unique_ptr<QTextDocument> m_pending; // built, waiting to be shown
    std::optional<ReaderMode> m_chosen;
    ReaderMode m_mode = ReaderMode::Original;
    QString m_shownFigure;
    QPoint m_pressPosition;
    QColor m_markColour; // of the figures' marks in the text built: the palette's, when built
    int m_pointSize = 13;
    int m_pendingTop = -1;         // the block to show at the top once the text is attached
    bool m_scrolling = false;      // the pane is scrolling itself
    bool m_scrolledByUser = false; // since the last selection
};

} // namespace tongdao

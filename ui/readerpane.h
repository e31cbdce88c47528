// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/readerdocument.h"

#include <QList>
#include <QTextDocument>
#include <QWidget>

#include <memory>

class QLineEdit;
class QTextEdit;
class QToolButton;
class QLabel;

namespace tongdao {

class ReportDocument;
struct CoverageReport;

// The report's original text, as a reader reads it: headline, byline, sections, paragraphs. Every
// figure's numeral is subtly highlighted; numbers left uncharted have a dotted underline with their
// reason; numbers neither charted nor explained are marked for the dataset's author. Clicking a
// figure selects it; the figure selected, here or elsewhere, is scrolled to and its quote lit up.
// Text is laid out with QTextCursor and QTextCharFormat only: a dataset cannot inject markup.
class ReaderPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(ReportDocument *document, QWidget *parent = nullptr);
    ~ReaderPane() override;

    QTextEdit *textEdit() const { return m_text; }
    // Rebuilds the text from the document's dataset.
    void rebuild();
    // Selects and highlights a figure's quote, scrolling to it; empty clears.
    void showFigure(const QString &figureId);
    // The figure whose highlighted numeral is at a text position, if any.
    QString figureAt(int position) const;
    // Where a figure's numeral is, in the text edit's viewport (for tests and tooltips).
    QRect numeralRect(const QString &figureId) const;

    int fontPointSize() const;
    void setFontPointSize(int points);
    void zoomIn() { setFontPointSize(fontPointSize() + 1); }
    void zoomOut() { setFontPointSize(fontPointSize() - 1); }

    void showFindBar();
    bool findNext(bool backwards = false);

Q_SIGNALS:
    void fontPointSizeChanged(int points);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void attachDocument();
    void showChart(const QString &chartId);
    // Scrolls a reading-text position to a third of the way down.
    void scrollTo(int position);
    const ReaderMark *spanAt(int position) const;
    QString toolTipAt(int position) const;

    ReportDocument *m_document;
    QTextEdit *m_text;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QToolButton *m_findPrevious;
    QToolButton *m_findNext;
    QToolButton *m_findClose;
    QLabel *m_findStatus;
    QList<ReaderMark> m_spans; // sorted by start
    QPoint m_pressPosition;
    std::unique_ptr<QTextDocument> m_pending; // built, waiting to be shown
    QString m_shownFigure;
    int m_pointSize = 13;
    bool m_scrolling = false;      // the pane is scrolling itself
    bool m_scrolledByUser = false; // since the last selection
};

} // namespace tongdao

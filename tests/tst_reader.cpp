// SPDX-License-Identifier: GPL-3.0-or-later
// The report in English and Malay: the reader's three modes, both columns marked and linked, the
// mode remembered, a language switch that keeps the place, and a refused translation that leaves
// the original in its place.
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "guitest.h"
#include "ui/chartpane.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextEdit>

using namespace tongdao;

namespace {
QTextCharFormat formatAt(QTextEdit *edit, int position)
{
    QTextCursor c(edit->document());
    c.setPosition(position + 1);
    return c.charFormat();
}
} // namespace

class TestReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::WindowFixture> m_fixture;
    MainWindow *m_window = nullptr;
    ReaderPane *m_reader = nullptr;
    ReportDocument *m_document = nullptr;

    QTextEdit *text() const { return m_reader->textEdit(); }
    QAction *modeAction(ReaderMode mode) const
    {
        for (QAction *a : m_reader->modeActions())
            if (a->data().toString() == readerModeId(mode))
                return a;
        return nullptr;
    }
    bool visible(const QRect &rect) const { return text()->viewport()->rect().contains(rect.center()); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::WindowFixture>();
        m_window = m_fixture->window.get();
        m_reader = m_window->readerPane();
        m_document = &m_fixture->document;
        m_window->switchLanguage(Language::English);
        QVERIFY(m_fixture->show());
        // The first window on a 1440×900 screen, as restoreSettings lays it out there.
        m_window->resize(1440, 900);
        qobject_cast<QSplitter *>(m_reader->parentWidget())->setSizes({216, 648, 576});
        QTRY_VERIFY(m_reader->width() >= ReaderPane::sideBySideWidth);
    }
    void cleanup() { m_fixture.reset(); }

    void opensSideBySideInEnglishWhereThereIsRoom()
    {
        QVERIFY2(m_reader->width() >= ReaderPane::sideBySideWidth, qPrintable(QString::number(m_reader->width())));
        QCOMPARE(m_reader->mode(), ReaderMode::SideBySide);
        QVERIFY(!m_reader->chosenMode());
        QVERIFY(modeAction(ReaderMode::SideBySide)->isChecked());
        // Narrower: the translation alone.
        auto *splitter = qobject_cast<QSplitter *>(m_reader->parentWidget());
        QVERIFY(splitter);
        splitter->setSizes({300, 900, 240});
        QTRY_COMPARE(m_reader->mode(), ReaderMode::Translation);
        // In Chinese, the report's own language: the original, and nothing to translate.
        m_window->switchLanguage(Language::Chinese);
        QCOMPARE(m_reader->mode(), ReaderMode::Original);
        QVERIFY(!modeAction(ReaderMode::Translation)->isEnabled());
        QVERIFY(!modeAction(ReaderMode::Translation)->toolTip().isEmpty());
    }

    void everyChartedNumberIsMarkedInBothColumns()
    {
        const Dataset *ds = m_document->dataset();
        int original = 0, translated = 0;
        for (const Figure &f : ds->figures) {
            if (f.derived)
                continue;
            const QRect left = m_reader->numeralRect(f.id), right = m_reader->numeralRect(f.id, true);
            QVERIFY2(!left.isNull() && !right.isNull(), qPrintable(f.id));
            QVERIFY2(left.center().x() < right.center().x(), qPrintable(f.id)); // original left, translation right
            const QTextCursor l = text()->cursorForPosition(left.center());
            const QTextCursor r = text()->cursorForPosition(right.center());
            original += m_reader->figureAt(l.position()) == f.id;
            translated += m_reader->figureAt(r.position()) == f.id;
            QVERIFY(formatAt(text(), l.position()).background().style() != Qt::NoBrush);
            QVERIFY(formatAt(text(), r.position()).background().style() != Qt::NoBrush);
        }
        QCOMPARE(original, translated);
        QCOMPARE(original, 45); // every stated figure, on both sides
    }

    void clickingAnEnglishNumberSelectsItsBarRowAndBothSentences()
    {
        const QString id = QStringLiteral("fin-western-amount");
        // Bring the English numeral into view, as a reader scrolling would.
        QScrollBar *bar = text()->verticalScrollBar();
        bar->setValue(bar->value() + m_reader->numeralRect(id, true).top() - 100);
        const QRect numeral = m_reader->numeralRect(id, true);
        QVERIFY(visible(numeral));
        QTest::mouseClick(text()->viewport(), Qt::LeftButton, {}, numeral.center());
        QTRY_COMPARE(m_document->selection()->figure(), id);
        QCOMPARE(m_document->selection()->chart(), QStringLiteral("cross-border-financing"));
        QCOMPARE(m_window->tablePane()->currentIndex().data(StatisticsModel::FigureIdRole).toString(), id);
        // Both sentences lit up: the quote and the numeral, in Chinese and in English.
        const QList<QTextEdit::ExtraSelection> lit = text()->extraSelections();
        QCOMPARE(lit.size(), 4);
        const Figure *f = m_document->dataset()->figure(id);
        QCOMPARE(lit[0].cursor.selectedText(), f->quote);
        QCOMPARE(lit[2].cursor.selectedText(), f->translation(Language::English).quote);
        QVERIFY(visible(text()->cursorRect(lit[0].cursor)));
        QVERIFY(visible(text()->cursorRect(lit[2].cursor)));
        // The status line gives both quotes.
        QVERIFY(m_window->statusText().contains(f->translation(Language::English).quote));
        QVERIFY(m_window->statusText().contains(f->quote));
    }

    void selectingAFigureElsewhereLightsAndShowsBothSentences()
    {
        m_document->selection()->setFigure(QStringLiteral("expo2-signed-value")); // far down
        const QList<QTextEdit::ExtraSelection> lit = text()->extraSelections();
        QCOMPARE(lit.size(), 4);
        QVERIFY(visible(text()->cursorRect(lit[0].cursor)));
        QVERIFY(visible(text()->cursorRect(lit[2].cursor)));
    }

    void unchartedNumbersCarryTheirUnderlineInTheTranslation()
    {
        // Each uncharted number of the original and its counterpart in the translation (the check
        // paired them): a dotted underline on both.
        const ReportTranslation *t = m_document->dataset()->translation(Language::English);
        int underlined = 0;
        for (const CoverageEntry &e : m_document->coverage().entries) {
            if (e.status != CoverageEntry::Uncharted)
                continue;
            for (const NumberPair &p : t->pairs) {
                if (p.original != e.start)
                    continue;
                QCOMPARE(formatAt(text(), m_reader->documentPosition(p.original, false)).underlineStyle(),
                         QTextCharFormat::DotLine);
                QCOMPARE(formatAt(text(), m_reader->documentPosition(p.translation, true)).underlineStyle(),
                         QTextCharFormat::DotLine);
                ++underlined;
            }
        }
        QVERIFY2(underlined >= 15, qPrintable(QString::number(underlined)));
    }

    void theModeIsRememberedAndALanguageSwitchKeepsThePlace()
    {
        modeAction(ReaderMode::Translation)->trigger();
        QCOMPARE(m_reader->mode(), ReaderMode::Translation);
        QCOMPARE(m_fixture->settings.readerMode(), QStringLiteral("translation"));
        m_document->selection()->setFigure(QStringLiteral("talent-sg-to-cq"));
        const int top = text()->cursorForPosition(QPoint(0, 0)).block().blockNumber();
        m_window->switchLanguage(Language::Malay);
        QCOMPARE(m_reader->mode(), ReaderMode::Translation);
        QCOMPARE(m_document->selection()->figure(), QStringLiteral("talent-sg-to-cq"));
        QCOMPARE(text()->extraSelections().value(0).cursor.selectedText(),
                 m_document->dataset()->figure(u"talent-sg-to-cq")->translation(Language::Malay).quote);
        QVERIFY(qAbs(text()->cursorForPosition(QPoint(0, 0)).block().blockNumber() - top) <= 1);
    }

    void findSearchesTheTextShownAndSizeAppliesToBothColumns()
    {
        modeAction(ReaderMode::Translation)->trigger();
        m_reader->showFindBar();
        m_reader->findBar()->edit()->setText(QStringLiteral("Liangjiang"));
        QVERIFY(m_reader->findBar()->findNext());
        m_reader->findBar()->edit()->setText(QStringLiteral("两江"));
        QVERIFY(!m_reader->findBar()->findNext()); // not shown in this mode
        modeAction(ReaderMode::SideBySide)->trigger();
        QVERIFY(m_reader->findBar()->findNext());
        m_reader->setFontPointSize(17);
        QCOMPARE(text()->document()->defaultFont().pointSize(), 17);
        const QRect left = m_reader->numeralRect(QStringLiteral("rail-trains-2020q1-3"));
        const QRect right = m_reader->numeralRect(QStringLiteral("rail-trains-2020q1-3"), true);
        QVERIFY(left.height() > 17 && right.height() > 17); // both columns at the new size
    }

    void aReportWithoutTranslationsKeepsTheOriginalAndSaysWhy()
    {
        QVERIFY(m_window->openDataset(test::sourcePath(QStringLiteral("tests/data/good/minimal.json"))));
        QCOMPARE(m_reader->mode(), ReaderMode::Original);
        for (ReaderMode mode : {ReaderMode::Translation, ReaderMode::SideBySide}) {
            QVERIFY(!modeAction(mode)->isEnabled());
            QVERIFY2(modeAction(mode)->toolTip().contains(QStringLiteral("no translation")),
                     qPrintable(modeAction(mode)->toolTip()));
        }
    }

    void aRefusedTranslationLeavesTheOriginalAndSaysWhichLine()
    {
        QTemporaryDir dir;
        for (const char *name : {"cci-five-years.json", "cci-five-years.zh.txt", "cci-five-years.ms.txt"})
            QFile::copy(test::sourcePath(QStringLiteral("resources/") + QLatin1StringView(name)),
                        dir.filePath(QLatin1StringView(name)));
        QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/translations/changed-number.en.txt")),
                    dir.filePath(QStringLiteral("cci-five-years.en.txt")));
        QVERIFY(m_window->openDataset(dir.filePath(QStringLiteral("cci-five-years.json"))));
        QCOMPARE(m_reader->mode(), ReaderMode::Original); // never an unchecked translation
        QVERIFY(!modeAction(ReaderMode::SideBySide)->isEnabled());
        QVERIFY2(m_window->statusText().contains(QStringLiteral("cci-five-years.en.txt: 21: paragraph 10")),
                 qPrintable(m_window->statusText()));
        // The table keeps the original quote too.
        m_document->selection()->setFigure(QStringLiteral("overall-project-value"));
        QCOMPARE(m_window->tablePane()->currentIndex().siblingAtColumn(StatisticsModel::QuoteColumn).data().toString(),
                 m_document->dataset()->figure(u"overall-project-value")->quote);
        // Malay, checked on its own, is still there.
        m_window->switchLanguage(Language::Malay);
        QCOMPARE(m_reader->mode(), ReaderMode::SideBySide);
    }
};

TONGDAO_TEST_MAIN(TestReader)
#include "tst_reader.moc"

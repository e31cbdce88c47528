// SPDX-License-Identifier: GPL-3.0-or-later
// The editor never loses or misplaces what the user has: a GB18030 report saves and reopens, a
// save never replaces another report's text, Discard shows the dataset as it was saved, and no
// figure is derived from a number nobody decided.
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "guitest.h"
#include "ui/editor/editorcontroller.h"
#include "ui/editor/editsession.h"
#include "ui/editor/figureeditor.h"
#include "ui/editor/figureform.h"
#include "ui/editor/localizedfields.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>

using namespace tongdao;

class TestEditorSafety : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::WindowFixture> m_fixture;
    EditorController *m_editor = nullptr;
    ReportDocument *m_document = nullptr;
    QTemporaryDir m_dir;

    // A GB18030 report, drafted: every number undecided.
    void draftGb18030(const QString &folder)
    {
        QDir().mkpath(folder);
        const QString text = folder + QStringLiteral("/report.txt");
        QFile::remove(text);
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("tests/data/bad/reports/gb18030.txt")), text));
        QVERIFY(m_editor->newFromText(text));
        QVERIFY(m_editor->session()->isEditing());
    }
    QString decide(const QString &numeral, const QString &label)
    {
        Q_EMIT m_fixture->window->readerPane()->numberClicked(
            int(m_document->dataset()->text.reading().indexOf(numeral)));
        FigureEditor *fe = m_editor->figureEditor();
        fe->form()->labels()->line(Language::Chinese)->setText(label);
        fe->form()->categoryField()->setEditText(QStringLiteral("港口"));
        return fe->apply() ? fe->figureId() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::WindowFixture>();
        QVERIFY(m_fixture->show());
        m_editor = m_fixture->window->editor();
        m_document = &m_fixture->document;
    }
    void cleanup()
    {
        m_editor->session()->end();
        m_fixture.reset();
    }

    void aGb18030ReportSavesReopensAndSavesAgain()
    {
        draftGb18030(m_dir.filePath(QStringLiteral("gb")));
        QVERIFY(!decide(QStringLiteral("326列"), QStringLiteral("班列")).isEmpty());
        const QString saved = m_dir.filePath(QStringLiteral("gb/report.json"));
        QVERIFY(m_editor->saveAs(saved));
        m_editor->session()->end();
        QVERIFY(m_fixture->window->openDataset(saved));
        QVERIFY(m_editor->session()->isEditing()); // numbers still undecided: editing continues
        QVERIFY(!decide(QStringLiteral("11.2万标箱"), QStringLiteral("集装箱吞吐量")).isEmpty());
        QVERIFY(m_editor->save()); // the text's hash is of its GB18030 bytes; the text itself is unchanged
        QVERIFY(!m_editor->session()->isModified());
    }

    void aSaveNeverReplacesAnotherReportsText()
    {
        draftGb18030(m_dir.filePath(QStringLiteral("mine")));
        QVERIFY(!decide(QStringLiteral("326列"), QStringLiteral("班列")).isEmpty());
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QDir().mkpath(other);
        QFile theirs(other + QStringLiteral("/report.txt"));
        QVERIFY(theirs.open(QIODevice::WriteOnly));
        theirs.write("another report, 2021: 42 trains\n");
        theirs.close();
        QString said;
        {
            test::ModalAnswers answers({[&said](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                said = box->text();
                box->button(QMessageBox::Ok)->click();
            }});
            QVERIFY(!m_editor->saveAs(other + QStringLiteral("/report.json")));
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY2(said.contains(QStringLiteral("report.txt")), qPrintable(said));
        QCOMPARE(test::readFile(other + QStringLiteral("/report.txt")),
                 QByteArray("another report, 2021: 42 trains\n"));
        QVERIFY(!QFile::exists(other + QStringLiteral("/report.json")));
        QVERIFY(m_editor->session()->isModified()); // nothing lost either
    }

    void discardShowsTheDatasetAsItWasSaved()
    {
        const QString before = m_document->dataset()->figure(QStringLiteral("air-flights-after"))->label.en;
        m_editor->actions().edit->trigger();
        m_document->selection()->setFigure(QStringLiteral("air-flights-after"));
        m_editor->figureEditor()->form()->labels()->line(Language::English)->setText(QStringLiteral("Flights"));
        QVERIFY(m_editor->figureEditor()->apply());
        {
            test::ModalAnswers answers({[](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                box->button(QMessageBox::Discard)->click();
            }});
            m_editor->actions().edit->trigger(); // editing off: asks, and the changes are discarded
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY(!m_editor->session()->isEditing());
        QCOMPARE(m_document->dataset()->figure(QStringLiteral("air-flights-after"))->label.en, before);
    }

    void nothingIsDerivedFromAnUndecidedNumber()
    {
        draftGb18030(m_dir.filePath(QStringLiteral("derive")));
        const QString trains = decide(QStringLiteral("326列"), QStringLiteral("班列"));
        QVERIFY(!trains.isEmpty());
        const Figure *undecided = nullptr;
        for (const Figure &f : m_document->dataset()->figures)
            if (f.candidate && f.numeral == QStringLiteral("近百列"))
                undecided = &f;
        QVERIFY(undecided);
        const QString undecidedId = undecided->id;
        m_document->selection()->setFigure(trains);
        m_editor->actions().newDerived->trigger();
        FigureEditor *fe = m_editor->figureEditor();
        fe->form()->formulaField()->setText(QStringLiteral("{%1} - {%2}").arg(trains, undecidedId));
        fe->form()->labels()->line(Language::Chinese)->setText(QStringLiteral("去年同期"));
        QVERIFY(!fe->apply());
        QVERIFY2(fe->problemText().contains(QStringLiteral("undecided")), qPrintable(fe->problemText()));
    }
};

TONGDAO_TEST_MAIN(TestEditorSafety)
#include "tst_editorsafety.moc"

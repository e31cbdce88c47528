// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset editor through the window's actions and models.
#include "core/chartmodel.h"
#include "core/coverage.h"
#include "core/datasetloader.h"
#include "core/datasetwriter.h"
#include "core/figureselection.h"
#include "core/reportdocument.h"
#include "core/statisticsmodel.h"
#include "guitest.h"
#include "ui/editor/charteditor.h"
#include "ui/editor/editorcontroller.h"
#include "ui/editor/editsession.h"
#include "ui/editor/figureeditor.h"
#include "ui/editor/figureform.h"
#include "ui/editor/localizedfields.h"
#include "ui/mainwindow.h"
#include "ui/readerdocument.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QUndoStack>

using namespace tongdao;

class TestEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::WindowFixture> m_fixture;
    QTemporaryDir m_dir;
    EditorController *m_editor = nullptr;
    ReportDocument *m_document = nullptr;

    // A file dialog answered with this file, as a user would pick it.
    static std::function<void(QWidget *)> choose(const QString &path)
    {
        return [path](QWidget *modal) {
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            QVERIFY2(dialog, modal->metaObject()->className());
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
        };
    }
    static std::function<void(QWidget *)> press(QMessageBox::StandardButton button)
    {
        return [button](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY2(box, modal->metaObject()->className());
            box->button(button)->click();
        };
    }
    int offsetOf(const QString &numeral) const { return int(m_document->dataset()->text.reading().indexOf(numeral)); }
    // Clicks a number of the text and decides it: labelled in the report's language, in a category.
    QString decide(const QString &numeral, const QString &label, const QString &category)
    {
        Q_EMIT m_fixture->window->readerPane()->numberClicked(offsetOf(numeral));
        FigureEditor *fe = m_editor->figureEditor();
        fe->form()->labels()->line(Language::Chinese)->setText(label);
        fe->form()->categoryField()->setEditText(category);
        if (!fe->apply())
            qWarning() << numeral << fe->problemText();
        return fe->figureId();
    }

    void shot(const QString &name)
    {
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("TONGDAO_SHOTS"); !dir.isEmpty())
            m_fixture->window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::WindowFixture>();
        m_fixture->window->switchLanguage(Language::English);
        QVERIFY(m_fixture->show());
        m_fixture->window->resize(1600, 1000);
        m_editor = m_fixture->window->editor();
        m_document = &m_fixture->document;
    }
    void cleanup()
    {
        m_editor->session()->end();
        m_fixture.reset();
    }

    void editsAFigureOfTheBundledDataset()
    {
        m_editor->actions().edit->trigger();
        QVERIFY(m_editor->session()->isEditing());
        QVERIFY(m_editor->dock()->isVisible());
        m_document->selection()->setFigure(QStringLiteral("air-flights-after"));
        FigureEditor *fe = m_editor->figureEditor();
        QCOMPARE(fe->figureId(), QStringLiteral("air-flights-after"));
        QLineEdit *en = fe->form()->labels()->line(Language::English);
        en->setText(QStringLiteral("Weekly flights after"));
        QVERIFY(fe->apply());
        const QModelIndex row = m_document->statistics()->indexOf(QStringLiteral("air-flights-after"));
        QCOMPARE(row.siblingAtColumn(StatisticsModel::LabelColumn).data().toString(),
                 QStringLiteral("Weekly flights after"));
        QVERIFY(m_editor->session()->isModified());
        QVERIFY(m_fixture->window->isWindowModified());
        shot(QStringLiteral("edited"));
        m_editor->actions().undo->trigger();
        QVERIFY(m_document->statistics()
                    ->indexOf(QStringLiteral("air-flights-after"))
                    .siblingAtColumn(StatisticsModel::LabelColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Weekly Chongqing")));
        QVERIFY(!m_editor->session()->isModified());
    }

    // Not an editing test, but the window as the README shows it: one figure selected is lit up in
    // the chart's table and on both sides of the text (the README's screenshot, with TONGDAO_SHOTS).
    void aSelectedFigureIsLitUpOnBothSides()
    {
        m_fixture->window->resize(1440, 900);
        m_fixture->window->readerPane()->setChosenMode(ReaderMode::SideBySide);
        m_document->selection()->setChart(QStringLiteral("rail-sea-trains"));
        m_document->selection()->setFigure(QStringLiteral("rail-trains-2020q1-3"));
        QTest::qWait(100);
        QCOMPARE(m_fixture->window->readerPane()->mode(), ReaderMode::SideBySide);
        QVERIFY(m_fixture->window->readerPane()->numeralRect(QStringLiteral("rail-trains-2020q1-3")).isValid());
        QVERIFY(m_fixture->window->readerPane()->numeralRect(QStringLiteral("rail-trains-2020q1-3"), true).isValid());
        const QTextEdit *text = m_fixture->window->readerPane()->textEdit();
        QStringList lit;
        for (const QTextEdit::ExtraSelection &s : text->extraSelections())
            lit.append(s.cursor.selectedText());
        QVERIFY2(lit.join(QLatin1Char('|')).contains(QStringLiteral("3174")), qPrintable(lit.join(QLatin1Char('|'))));
        QVERIFY2(lit.join(QLatin1Char('|')).contains(QStringLiteral("3,174")), qPrintable(lit.join(QLatin1Char('|'))));
        shot(QStringLiteral("window"));
    }

    void chartsANewReportFromItsText()
    {
        const QString textPath = m_dir.filePath(QStringLiteral("brief.txt"));
        QFile text(textPath);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QStringLiteral("通道运行简报\n\n今年1—9月，铁海联运班列开行3174列，同比增加1657列。重庆至新加坡"
                                  "每周航班14班。\n\n截至9月底，跨境融资项目137个，金额约123.8亿美元。\n")
                       .toUtf8());
        text.close();

        // File > New dataset from text…
        {
            test::ModalAnswers answers({choose(textPath)});
            m_editor->actions().newFromText->trigger();
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY(m_editor->session()->isEditing());
        const CoverageReport drafted = m_document->coverage();
        QVERIFY(drafted.found >= 7);
        QCOMPARE(drafted.undecided, drafted.found);
        QCOMPARE(m_editor->progressText(),
                 QStringLiteral("found %1, charted 0, excused 0, undecided %1").arg(drafted.found));
        QVERIFY(m_fixture->window->statusBar()->findChildren<QLabel *>().size() > 0);

        // A number clicked: its editor is prefilled, and says what is missing, at the field.
        Q_EMIT m_fixture->window->readerPane()->numberClicked(offsetOf(QStringLiteral("3174列")));
        FigureEditor *fe = m_editor->figureEditor();
        QCOMPARE(fe->form()->figure().value, 3174.0);
        QCOMPARE(fe->form()->figure().unit, QStringLiteral("train"));
        const QString year = QString::number(m_document->dataset()->report.year);
        QCOMPARE(fe->form()->figure().period.iso, QStringLiteral("%1-01/%1-09").arg(year));
        QTRY_VERIFY(!fe->problem().message.isEmpty());
        QVERIFY2(fe->problemText().contains(QStringLiteral("Label")), qPrintable(fe->problemText()));
        QVERIFY(!fe->apply());

        // Three figures, one excuse.
        const QString trains = decide(QStringLiteral("3174列"), QStringLiteral("铁海联运班列"), QStringLiteral("通道"));
        const QString increase = decide(QStringLiteral("1657列"), QStringLiteral("同比增加"), QStringLiteral("通道"));
        const QString projects = decide(QStringLiteral("137个"), QStringLiteral("跨境融资项目"),
                                        QStringLiteral("金融"));
        QVERIFY(!trains.isEmpty() && !increase.isEmpty() && !projects.isEmpty());
        QCOMPARE(m_document->dataset()->categories.size(), 2);
        Q_EMIT m_fixture->window->readerPane()->numberClicked(offsetOf(QStringLiteral("14班")));
        fe->reason()->line(Language::Chinese)->setText(QStringLiteral("航班不在本图之列"));
        QVERIFY(fe->excuse());
        QCOMPARE(m_document->dataset()->uncharted.size(), 1);

        // A derived figure: last year's trains, recomputed from its inputs.
        m_document->selection()->setFigure(trains);
        m_editor->actions().newDerived->trigger();
        fe->form()->formulaField()->setText(QStringLiteral("{%1} - {%2}").arg(trains, increase));
        fe->form()->idField()->setText(QStringLiteral("trains-last-year"));
        fe->form()->labels()->line(Language::Chinese)->setText(QStringLiteral("去年同期"));
        QVERIFY2(fe->apply(), qPrintable(fe->problemText()));
        const Figure *derived = m_document->dataset()->figure(QStringLiteral("trains-last-year"));
        QVERIFY(derived && derived->derived);
        QCOMPARE(derived->value, 3174.0 - 1657.0);

        // A chart of the two, titled.
        m_document->selection()->setFigure(QStringLiteral("trains-last-year"));
        m_editor->actions().newChart->trigger();
        ChartEditor *ce = m_editor->chartEditor();
        QVERIFY(!ce->chartId().isEmpty() && ce->figurePicker()->findData(QStringLiteral("trains-last-year")) < 0);
        ce->figurePicker()->setCurrentIndex(ce->figurePicker()->findData(trains)); // the 3174 bar, picked
        ce->addButton()->click();
        QLineEdit *title = ce->titleFields()->line(Language::Chinese);
        title->setText(QStringLiteral("铁海联运班列"));
        Q_EMIT title->textEdited(title->text()); // as typed (QTest types Latin-1 only): the chart follows live
        QTRY_COMPARE(m_document->dataset()->charts.size(), 1);
        QTRY_COMPARE(m_document->dataset()->charts.first().title.zh, QStringLiteral("铁海联运班列"));
        QCOMPARE(m_document->dataset()->charts.first().items.size(), 2);
        const QString chartId = ce->chartId();
        const CoverageReport decided = m_document->coverage();
        // The three numbers charted, and the period the derived figure's sentence gives them.
        QCOMPARE(decided.covered, 4);
        QCOMPARE(decided.uncharted, 1);
        QCOMPARE(m_editor->progressText(), QStringLiteral("found %1, charted 4, excused 1, undecided %2")
                                               .arg(decided.found)
                                               .arg(decided.found - 5));
        shot(QStringLiteral("new-report"));

        // Undo and redo, step by step.
        QUndoStack *undo = m_editor->session()->undoStack();
        const int steps = undo->index();
        while (undo->canUndo() && !m_document->dataset()->charts.isEmpty())
            m_editor->actions().undo->trigger();
        QVERIFY(m_document->dataset()->charts.isEmpty());
        while (undo->index() < steps)
            m_editor->actions().redo->trigger();
        QCOMPARE(m_document->dataset()->charts.size(), 1);
        QCOMPARE(m_document->dataset()->charts.first().title.zh, QStringLiteral("铁海联运班列"));

        // Save As, in another folder: the text goes with it.
        const QString saved = m_dir.filePath(QStringLiteral("out/brief.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        {
            test::ModalAnswers answers({choose(saved)});
            m_editor->actions().saveAs->trigger();
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY(!m_editor->session()->isModified());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("out/brief.txt"))));
        Dataset reloaded;
        LoadError error;
        QVERIFY2(DatasetLoader::load(saved, &reloaded, &error), qPrintable(error.toString()));
        QCOMPARE(reloaded.charts.size(), 1);
        QCOMPARE(reloaded.uncharted.size(), 1);
        QVERIFY(reloaded.figure(trains) && !reloaded.figure(trains)->candidate);

        // On the command line: the chart exports; the numbers still undecided keep --coverage at 1.
        const QString charts = m_dir.filePath(QStringLiteral("charts"));
        const test::Run exported = test::runTongdao({QStringLiteral("--dataset"), saved,
                                                     QStringLiteral("--export-charts"), charts,
                                                     QStringLiteral("--chart"), chartId});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFileInfo(charts + QLatin1Char('/') + chartId + QStringLiteral(".png")).size() > 1000);
        const test::Run coverage = test::runTongdao({QStringLiteral("--dataset"), saved, QStringLiteral("--coverage")});
        QCOMPARE(coverage.exitCode, 1);

        // Reopened, the editing continues where it was.
        m_editor->session()->end();
        QVERIFY(m_fixture->window->openDataset(saved));
        QVERIFY(m_editor->session()->isEditing());
        QCOMPARE(m_editor->session()->path(), saved);
        QCOMPARE(m_document->coverage().covered, 4);
    }

    void asksBeforeUnsavedChangesAreLost()
    {
        m_editor->actions().edit->trigger();
        m_document->selection()->setFigure(QStringLiteral("air-flights-after"));
        m_editor->figureEditor()->form()->labels()->line(Language::English)->setText(QStringLiteral("Flights"));
        QVERIFY(m_editor->figureEditor()->apply());
        {
            test::ModalAnswers answers({press(QMessageBox::Cancel)});
            QVERIFY(!m_editor->maybeSave());
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY(m_editor->session()->isEditing());
        {
            test::ModalAnswers answers({press(QMessageBox::Discard)});
            QVERIFY(m_editor->maybeSave());
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY(!m_editor->session()->isEditing());
    }

    void aProblemNamesItsFieldInTheInterfaceLanguage()
    {
        m_fixture->window->switchLanguage(Language::Chinese);
        m_editor->actions().edit->trigger();
        m_document->selection()->setFigure(QStringLiteral("air-flights-after"));
        FigureEditor *fe = m_editor->figureEditor();
        fe->form()->labels()->line(Language::Chinese)->clear();
        Q_EMIT fe->form()->edited();
        QTRY_VERIFY(!fe->problem().message.isEmpty());
        // "标签：…", not "标签(L)：…"
        QVERIFY2(fe->problemText().startsWith(QStringLiteral("标签：")), qPrintable(fe->problemText()));
        m_fixture->window->switchLanguage(Language::English);
    }

    void aTextThatIsNoReportChangesNothing()
    {
        const QString binary = test::sourcePath(QStringLiteral("tests/data/bad/reports/binary.txt"));
        const qsizetype figures = m_document->dataset()->figures.size();
        QString shown;
        {
            test::ModalAnswers answers({[&shown](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                shown = box->text();
                box->button(QMessageBox::Ok)->click();
            }});
            QVERIFY(!m_editor->newFromText(binary));
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY2(shown.startsWith(binary) && !shown.contains(QLatin1Char('\n')), qPrintable(shown));
        QVERIFY(!m_editor->session()->isEditing());
        QCOMPARE(m_document->dataset()->figures.size(), figures);
    }

    void autosavedChangesAreOfferedBackAfterACrash()
    {
        m_editor->actions().edit->trigger();
        m_document->selection()->setFigure(QStringLiteral("air-flights-after"));
        m_editor->figureEditor()->form()->labels()->line(Language::English)->setText(QStringLiteral("Flights"));
        QVERIFY(m_editor->figureEditor()->apply());
        LoadError error;
        QVERIFY2(m_editor->session()->autosave(&error), qPrintable(error.toString()));
        const QList<EditSession::Recovery> kept = EditSession::recoverable();
        QCOMPARE(kept.size(), 1);
        // The crash: the autosave outlives the session (a clean end removes it).
        const QString crashed = EditSession::autosaveDirectory() + QStringLiteral("/crashed");
        QVERIFY(QDir().rename(kept.first().folder, crashed));
        m_editor->session()->end();
        m_document->setDataset(test::bundled());
        QCOMPARE(EditSession::recoverable().size(), 1);
        {
            test::ModalAnswers answers({[](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
            }});
            m_editor->offerRecovery();
            QCOMPARE(answers.unanswered(), 0);
        }
        QVERIFY(m_editor->session()->isEditing());
        QVERIFY(m_editor->session()->isModified());
        QCOMPARE(m_document->dataset()->figure(QStringLiteral("air-flights-after"))->label.en,
                 QStringLiteral("Flights"));
        // Taken back, and kept again at once by this session's own autosave, should it crash too.
        const QList<EditSession::Recovery> now = EditSession::recoverable();
        QVERIFY(now.size() == 1 && now.first().folder != crashed);
    }

    void theBundledDatasetRoundTrips()
    {
        m_editor->actions().edit->trigger();
        const QString saved = m_dir.filePath(QStringLiteral("bundled/copy.json"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("bundled")));
        QVERIFY(m_editor->saveAs(saved));
        Dataset original, copy;
        LoadError error;
        QVERIFY(DatasetLoader::load(DatasetLoader::bundledDatasetPath(), &original, &error));
        QVERIFY2(DatasetLoader::load(saved, &copy, &error), qPrintable(error.toString()));
        // Every translation came along and loads.
        QCOMPARE(copy.translations.size(), original.translations.size());
        for (const ReportTranslation &t : copy.translations)
            QVERIFY2(t.problem.isEmpty(), qPrintable(t.problem));
        // The same models: only the text's hash is new in the file.
        copy.report.textHash.clear();
        QCOMPARE(datasetToJson(copy), datasetToJson(original));
        ReportDocument a, b;
        a.setDataset(std::make_shared<Dataset>(original));
        b.setDataset(std::make_shared<Dataset>(copy));
        for (Language language : {Language::English, Language::Chinese, Language::Malay}) {
            a.setLanguage(language);
            b.setLanguage(language);
            QCOMPARE(test::dumpModel(b.statistics()), test::dumpModel(a.statistics()));
            QCOMPARE(test::dumpModel(b.charts()), test::dumpModel(a.charts()));
        }
    }
};

TONGDAO_TEST_MAIN(TestEditor)
#include "tst_editor.moc"

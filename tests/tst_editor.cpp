// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset editor through the window's actions and models.
#include "core/coverage.h"
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
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QUndoStack>

using namespace tongdao;

class TestEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::WindowFixture> m_fixture;
    EditorController *m_editor = nullptr;
    ReportDocument *m_document = nullptr;

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
        if (qEnvironmentVariableIsSet("TONGDAO_DEBUG")) {
            for (QWidget *w : m_editor->dock()->findChildren<QWidget *>())
                if (w->minimumSizeHint().width() > 250)
                    qDebug() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint() << w->width();
            for (QLabel *l : m_fixture->window->statusBar()->findChildren<QLabel *>())
                qDebug() << l->text() << l->geometry() << l->minimumSizeHint();
        }
        m_editor->actions().undo->trigger();
        QVERIFY(m_document->statistics()
                    ->indexOf(QStringLiteral("air-flights-after"))
                    .siblingAtColumn(StatisticsModel::LabelColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Weekly Chongqing")));
        QVERIFY(!m_editor->session()->isModified());
    }
};

TONGDAO_TEST_MAIN(TestEditor)
#include "tst_editor.moc"

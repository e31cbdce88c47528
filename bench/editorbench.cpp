// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorbench.h"

#include "core/draft.h"
#include "core/reportdocument.h"
#include "core/translations.h"
#include "ui/appsettings.h"
#include "ui/editor/editorcontroller.h"
#include "ui/editor/editsession.h"
#include "ui/editor/figureeditor.h"
#include "ui/editor/figureform.h"
#include "ui/editor/localizedfields.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTextStream>

#include <algorithm>

namespace tongdao::bench {

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Paragraphs of five numbers each (a project number, four counted things), every number different,
// so that every clause is unique.
QString syntheticReport(int figures)
{
    QString text = QStringLiteral("重庆开放通道年度报告\n\n");
    for (int p = 0; p * 5 < figures; ++p)
        text += QStringLiteral("项目%1新增企业%2家，开行班列%3列，签约项目%4个，带动就业%5人。\n\n")
                    .arg(p + 1)
                    .arg(10000 + p)
                    .arg(20000 + p)
                    .arg(30000 + p)
                    .arg(40000 + p);
    return text;
}

void settle()
{
    for (int k = 0; k < 3; ++k)
        QCoreApplication::processEvents();
}

} // namespace

int editorResponsiveness(int figures, int repeat)
{
    AppSettings settings;
    Translations translations;
    translations.setLanguage(Language::English);
    ReportDocument document;
    QElapsedTimer draftClock;
    draftClock.start();
    auto dataset = std::make_shared<Dataset>(
        draftDataset(syntheticReport(figures), QStringLiteral("/tmp/synthetic.zh.txt"), Language::Chinese));
    const double draftMs = draftClock.nsecsElapsed() / 1e6;
    const int count = int(dataset->figures.size());
    document.setDataset(dataset);
    document.setLanguage(Language::English);
    MainWindow window(&document, &translations, &settings);
    window.resize(1440, 900);
    window.show();
    EditorController *editor = window.editor();
    editor->session()->begin(QString());
    settle();

    QList<double> click, decide, step, undo;
    const Dataset &ds = editor->session()->dataset();
    for (int i = 0; i < repeat; ++i) {
        // A number far into the text: a click on it, until its editor is filled.
        const Figure &candidate = ds.figures[int(ds.figures.size()) * (i + 1) / (repeat + 2)];
        const int offset = candidate.numeralStart;
        QElapsedTimer t;
        t.start();
        Q_EMIT window.readerPane()->numberClicked(offset);
        click.append(t.nsecsElapsed() / 1e6);
        settle();

        // Decided: labelled and charted, the window updated.
        editor->figureEditor()->form()->labels()->line(Language::Chinese)->setText(QStringLiteral("企业数"));
        editor->figureEditor()->form()->categoryField()->setEditText(QStringLiteral("bench"));
        t.restart();
        editor->figureEditor()->apply();
        settle();
        decide.append(t.nsecsElapsed() / 1e6);

        t.restart();
        editor->actions().nextUndecided->trigger();
        settle();
        step.append(t.nsecsElapsed() / 1e6);

        t.restart();
        editor->actions().undo->trigger();
        settle();
        undo.append(t.nsecsElapsed() / 1e6);
    }
    QTextStream(stdout) << QStringLiteral("{\"figures\": %1, \"draft_ms\": %2, \"click_to_editor_ms\": %3, "
                                          "\"decide_ms\": %4, \"next_undecided_ms\": %5, \"undo_ms\": %6}")
                               .arg(count)
                               .arg(draftMs)
                               .arg(median(click))
                               .arg(median(decide))
                               .arg(median(step))
                               .arg(median(undo))
                        << Qt::endl;
    return count > 0 ? 0 : 1;
}

} // namespace tongdao::bench

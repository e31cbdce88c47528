// SPDX-License-Identifier: GPL-3.0-or-later
// tongdao-bench: the in-process measurements of bench/run, one JSON object per line.
//   --load FILE [--repeat N]   dataset load + model build, ms
//   --export [--repeat N]      each chart as PNG at 2× and as SVG, ms per chart
//   --switch [--repeat N]      interface-language switches on the live window, en → zh_CN and back, ms
//   --switch-paints            how often each pane is drawn per language switch (1 is the target)
//   --mode-switch [--repeat N] the reader's mode switched on the live window, in English, ms
//   --editor N [--repeat N]    the editor on a synthetic draft of about N numbers (editorbench.h)
//   --draft FILE [--repeat N]  a dataset drafted from a plain-text report: read and decoded, every
//                              number a candidate, written as JSON (in memory), ms
#include "core/chartdatamodel.h"
#include "core/chartmodel.h"
#include "core/datasetloader.h"
#include "core/datasetwriter.h"
#include "core/draft.h"
#include "core/reportdocument.h"
#include "core/reportfile.h"
#include "core/statisticsmodel.h"
#include "core/translations.h"
#include "editorbench.h"
#include "ui/application.h"
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/charts/chartrenderer.h"
#include "ui/charts/chartwidget.h"
#include "ui/datatablepane.h"
#include "ui/mainwindow.h"
#include "ui/navigatorpane.h"
#include "ui/readerpane.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>
#include <QTextEdit>
#include <QTextStream>

#include <algorithm>
#include <numeric>

using namespace tongdao;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

void report(const QString &json)
{
    QTextStream(stdout) << json << Qt::endl;
}

int load(const QString &path, int repeat)
{
    QList<double> times;
    int figures = 0, charts = 0, chars = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        ReportDocument document;
        LoadError error;
        if (!document.load(path, &error)) {
            QTextStream(stderr) << error.toString() << Qt::endl;
            return 2;
        }
        // The models as the window builds them: every row and chart node asked once.
        for (int r = 0; r < document.statistics()->rowCount(); ++r)
            (void)document.statistics()->index(r, StatisticsModel::ValueColumn).data();
        (void)document.charts()->rowCount();
        times.append(t.nsecsElapsed() / 1e6);
        figures = int(document.dataset()->figures.size());
        charts = int(document.dataset()->charts.size());
        chars = int(document.dataset()->text.raw().size());
    }
    report(QStringLiteral("{\"load_ms\": %1, \"figures\": %2, \"charts\": %3, \"text_chars\": %4}")
               .arg(median(times))
               .arg(figures)
               .arg(charts)
               .arg(chars));
    return 0;
}

// The draft as `tongdao --draft-dataset` makes it, but for the write to disk: the text read and
// decoded, its reading version and every candidate made and checked, the JSON written to memory.
int draft(const QString &path, int repeat)
{
    QList<double> total, drafting;
    qsizetype numbers = 0, bytes = 0;
    Language language = Language::Chinese;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        QString text, note;
        QByteArray raw;
        LoadError error;
        if (!readReportText(path, &text, &note, &error, &raw)) {
            QTextStream(stderr) << error.toString() << Qt::endl;
            return 2;
        }
        language = reportLanguageOf(text);
        QElapsedTimer d;
        d.start();
        const Dataset ds = draftDataset(text, path, language);
        drafting.append(d.nsecsElapsed() / 1e6);
        if (datasetToJson(ds).isEmpty())
            return 2;
        total.append(t.nsecsElapsed() / 1e6);
        numbers = ds.figures.size();
        bytes = raw.size();
    }
    report(QStringLiteral("{\"draft_ms\": %1, \"draft_only_ms\": %2, \"numbers\": %3, \"text_bytes\": %4, "
                          "\"language\": \"%5\"}")
               .arg(median(total))
               .arg(median(drafting))
               .arg(numbers)
               .arg(bytes)
               .arg(languageCode(language)));
    return 0;
}

int exportCharts(int repeat)
{
    ReportDocument document;
    LoadError error;
    document.load(DatasetLoader::bundledDatasetPath(), &error);
    QList<double> png, svg;
    for (const ChartSpec &chart : document.dataset()->charts) {
        ChartDataModel model(document.statistics(), chart);
        for (int i = 0; i < repeat; ++i) {
            ExportOptions options;
            options.scale = 2;
            QString error;
            QBuffer pngBuffer;
            pngBuffer.open(QIODevice::WriteOnly);
            QElapsedTimer t;
            t.start();
            ChartRenderer::write(&model, options, &pngBuffer, &error);
            png.append(t.nsecsElapsed() / 1e6);
            options.format = ExportFormat::Svg;
            options.scale = 1;
            QBuffer svgBuffer;
            svgBuffer.open(QIODevice::WriteOnly);
            t.restart();
            ChartRenderer::write(&model, options, &svgBuffer, &error);
            svg.append(t.nsecsElapsed() / 1e6);
        }
    }
    report(QStringLiteral("{\"png2x_ms_per_chart\": %1, \"svg_ms_per_chart\": %2, \"charts\": %3}")
               .arg(median(png))
               .arg(median(svg))
               .arg(document.dataset()->charts.size()));
    return 0;
}

// One switch, until what changed is drawn: LanguageChange reaches every widget, each updates.
// Not inlined, so that a profiler can collect just this (valgrind --toggle-collect=*timedSwitch*).
Q_NEVER_INLINE double timedSwitch(MainWindow &window, Language language)
{
    QElapsedTimer t;
    t.start();
    window.switchLanguage(language);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    return t.nsecsElapsed() / 1e6;
}

int switchLanguage(int repeat)
{
    useInterfaceFont();
    AppSettings settings;
    Translations translations;
    ReportDocument document;
    LoadError error;
    document.load(DatasetLoader::bundledDatasetPath(), &error);
    MainWindow window(&document, &translations, &settings);
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    QList<double> toChinese, toEnglish, roundTrips;
    for (int i = 0; i < repeat; ++i) {
        toChinese.append(timedSwitch(window, Language::Chinese));
        toEnglish.append(timedSwitch(window, Language::English));
        roundTrips.append(toChinese.last() + toEnglish.last());
    }
    report(QStringLiteral("{\"switch_ms\": %1, \"to_zh_CN_ms\": %2, \"to_en_ms\": %3}")
               .arg(median(roundTrips))
               .arg(median(toChinese))
               .arg(median(toEnglish)));
    return 0;
}
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(const QList<QWidget *> &widgets)
    {
        for (QWidget *w : widgets) {
            m_counts.insert(w, 0);
            w->installEventFilter(this);
        }
    }
    int count(QWidget *w) const { return m_counts.value(w); }
    int total() const { return std::accumulate(m_counts.begin(), m_counts.end(), 0); }
    void reset()
    {
        for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
            it.value() = 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_counts[static_cast<QWidget *>(watched)];
        return false;
    }

private:
    QHash<QWidget *, int> m_counts;
};

// The reader between its modes, as a click on a mode button does it, until drawn.
int switchModes(int repeat)
{
    useInterfaceFont();
    AppSettings settings;
    Translations translations;
    translations.setLanguage(Language::English);
    ReportDocument document;
    LoadError error;
    document.load(DatasetLoader::bundledDatasetPath(), &error);
    document.setLanguage(Language::English);
    MainWindow window(&document, &translations, &settings);
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    QList<double> times;
    const QList<QAction *> modes = window.readerPane()->modeActions();
    for (int i = 0; i < repeat; ++i)
        for (QAction *mode : modes) {
            QElapsedTimer t;
            t.start();
            mode->trigger();
            for (int k = 0; k < 3; ++k)
                QCoreApplication::processEvents();
            times.append(t.nsecsElapsed() / 1e6);
        }
    report(QStringLiteral("{\"mode_switch_ms\": %1, \"mode_switch_max_ms\": %2}")
               .arg(median(times))
               .arg(*std::max_element(times.begin(), times.end())));
    return 0;
}

// Each pane should be drawn once per switch: rows that rewrap, a scroll bar that comes or goes,
// layouts settled after the first frame would each draw a pane a second time.
int switchPaints()
{
    useInterfaceFont();
    AppSettings settings;
    Translations translations;
    ReportDocument document;
    LoadError error;
    document.load(DatasetLoader::bundledDatasetPath(), &error);
    MainWindow window(&document, &translations, &settings);
    window.resize(1440, 900);
    window.show();
    const QList<std::pair<const char *, QWidget *>> panes{{"navigator", window.navigator()->viewport()},
                                                          {"chart", window.chartPane()->chartWidget()->viewport()},
                                                          {"table", window.tablePane()->viewport()},
                                                          {"reader", window.readerPane()->textEdit()->viewport()}};
    QList<QWidget *> widgets;
    for (const auto &pane : panes)
        widgets.append(pane.second);
    PaintCounter paints(widgets);
    // Until nothing more is drawn, however slow the machine: 100 ms without a paint.
    auto quiet = [&] {
        for (int i = 0, before = -1; i < 50 && paints.total() != before; ++i) {
            before = paints.total();
            QTest::qWait(100);
        }
    };
    QStringList rows;
    int worst = 0;
    for (Language language : {Language::Chinese, Language::English, Language::Malay, Language::English}) {
        quiet();
        paints.reset();
        window.switchLanguage(language);
        quiet();
        QStringList counts;
        for (const auto &pane : panes) {
            counts.append(
                QStringLiteral("\"%1\": %2").arg(QLatin1StringView(pane.first)).arg(paints.count(pane.second)));
            worst = std::max(worst, paints.count(pane.second));
        }
        rows.append(
            QStringLiteral("{\"to\": \"%1\", %2}").arg(languageCode(language), counts.join(QStringLiteral(", "))));
    }
    report(QStringLiteral("{\"switch_paints_max\": %1, \"switches\": [%2]}")
               .arg(worst)
               .arg(rows.join(QStringLiteral(", "))));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--repeat")));
    const int repeat = at > 0 && at + 1 < args.size() ? std::max(1, args[at + 1].toInt()) : 5;
    if (args.size() > 2 && args[1] == u"--load")
        return load(args[2], repeat);
    if (args.size() > 2 && args[1] == u"--draft")
        return draft(args[2], repeat);
    if (args.contains(QStringLiteral("--export")))
        return exportCharts(repeat);
    if (args.contains(QStringLiteral("--switch")))
        return switchLanguage(repeat);
    if (args.contains(QStringLiteral("--switch-paints")))
        return switchPaints();
    if (args.contains(QStringLiteral("--mode-switch")))
        return switchModes(repeat);
    if (args.size() > 2 && args[1] == u"--editor")
        return tongdao::bench::editorResponsiveness(args[2].toInt(), repeat);
    QTextStream(stderr) << "usage: tongdao-bench --load FILE | --draft FILE | --export | --switch [--repeat N] | "
                           "--switch-paints | --mode-switch [--repeat N] | --editor FIGURES [--repeat N]"
                        << Qt::endl;
    return 2;
}

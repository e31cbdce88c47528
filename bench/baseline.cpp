// SPDX-License-Identifier: GPL-3.0-or-later
// tongdao-baseline: the floor Tongdao is measured against — one QMainWindow with one QChartView
// showing one bar chart of two bars under a Chinese title. With --with-text FILE, the report's
// text beside it in a QTextBrowser (Noto Sans CJK SC, 13 pt): the honest floor for a window that
// must show CJK text. This comparison program is the only code outside ui/charts that uses Qt
// Charts, because a bare Qt Charts program is what it is.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <memory>

namespace {
class FirstFrame : public QObject
{
public:
    FirstFrame(const QElapsedTimer &clock, QList<QWidget *> widgets)
        : m_clock(clock)
        , m_pending(std::move(widgets))
    {
        for (QWidget *w : m_pending)
            w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Once every widget has painted: the frame is complete.
        if (event->type() == QEvent::Paint && m_pending.removeOne(static_cast<QWidget *>(watched))
            && m_pending.isEmpty() && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                QTextStream(stdout) << "first-frame-ms: " << m_clock.nsecsElapsed() / 1e6 << Qt::endl;
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    QList<QWidget *> m_pending;
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    const bool measure = app.arguments().contains(QStringLiteral("--measure-startup"));

    auto *set = new QBarSet(QStringLiteral("列"));
    *set << 1517 << 3174;
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("陆海新通道铁海联运班列开行列数"));
    auto *categories = new QBarCategoryAxis;
    categories->append({QStringLiteral("2019年前三季度"), QStringLiteral("2020年前三季度")});
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 4000);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);

    QMainWindow window;
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    QList<QWidget *> painted{view->viewport()};
    const qsizetype withText = app.arguments().indexOf(QStringLiteral("--with-text"));
    if (withText > 0 && withText + 1 < app.arguments().size()) {
        QFile file(app.arguments().at(withText + 1));
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        auto *splitter = new QSplitter;
        auto *text = new QTextBrowser;
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSize(13);
        text->document()->setDefaultFont(font);
        text->setPlainText(QString::fromUtf8(file.readAll()));
        splitter->addWidget(view);
        splitter->addWidget(text);
        window.setCentralWidget(splitter);
        painted.append(text->viewport());
    } else {
        window.setCentralWidget(view);
    }
    // The same first-start size as Tongdao: 1440×900, or what the screen has room for.
    QSize size(1440, 900);
    if (const QScreen *screen = window.screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    window.resize(size.expandedTo(QSize(1024, 640)).boundedTo(QSize(1440, 900)));
    std::unique_ptr<FirstFrame> probe;
    if (measure)
        probe = std::make_unique<FirstFrame>(clock, painted);
    window.show();
    return app.exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up: the window as a user opens it. The report is loaded on a second thread while the
// fonts are set up, the style reads its arrows without loading every image plugin, and the
// window is not laid out again because a bar changed its height once shown, and the table's
// header makes no bold font that nothing shows.
#include "core/statisticsmodel.h"
#include "guitest.h"
#include "ui/application.h"
#include "ui/appstyle.h"
#include "ui/chartpane.h"
#include "ui/datatablepane.h"
#include "ui/readerpane.h"
#include "windowfixture.h"

#include <QHeaderView>
#include <QImage>
#include <QStatusBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextEdit>

#include <functional>

using namespace tongdao;

// Counts the paint events of one widget.
struct PaintCounter : QObject
{
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint;
        return false;
    }
    int count = 0;
};

class TestStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The window, opened for its first frame and closed, with settings of its own.
    test::Run openWindow(const QStringList &arguments)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return test::runTongdao(arguments + QStringList{QStringLiteral("--measure-startup")}, env);
    }

private Q_SLOTS:
    // The interface font the application sets: its labels are taller than its font's height.
    void initTestCase() { useInterfaceFont(); }

    void theReportOpens()
    {
        const test::Run r = openWindow({QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("first-frame-ms: ")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(QStringLiteral("tongdao:")), qPrintable(r.err));
    }

    void aBrokenReportIsNamedInTheInterfacesLanguage()
    {
        // Loaded on another thread, it is still reported in the language asked for: the
        // translators are installed before the load starts.
        const QString bad = test::sourcePath(QStringLiteral("tests/data/bad/malformed.json"));
        QHash<QString, QString> lines;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ms")}) {
            const test::Run r = openWindow({QStringLiteral("--lang"), lang, QStringLiteral("--dataset"), bad});
            QVERIFY(r.finished);
            QCOMPARE(r.exitCode, 0); // the bundled report opens instead
            QVERIFY2(r.out.startsWith(QStringLiteral("first-frame-ms: ")), qPrintable(r.out));
            const QString line = r.err.split(QLatin1Char('\n')).filter(QStringLiteral("tongdao: ")).value(0);
            QVERIFY2(line.contains(QStringLiteral("malformed.json:")), qPrintable(r.err));
            lines.insert(lang, line);
        }
        QVERIFY(lines[QStringLiteral("en")].contains(QStringLiteral("malformed JSON")));
        QVERIFY(lines[QStringLiteral("zh_CN")] != lines[QStringLiteral("en")]);
        QVERIFY(lines[QStringLiteral("ms")] != lines[QStringLiteral("en")]);
    }

    void theOverflowArrowsAreFusions_data()
    {
        QTest::addColumn<int>("pixmap");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("horizontal") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << Qt::LeftToRight;
        QTest::newRow("horizontal, right to left")
            << int(QStyle::SP_ToolBarHorizontalExtensionButton) << Qt::RightToLeft;
        QTest::newRow("vertical") << int(QStyle::SP_ToolBarVerticalExtensionButton) << Qt::LeftToRight;
    }

    void theOverflowArrowsAreFusions()
    {
        QFETCH(int, pixmap);
        QFETCH(Qt::LayoutDirection, direction);
        const auto sp = QStyle::StandardPixmap(pixmap);
        QStyleOption option;
        option.direction = direction;
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon expected = fusion->standardIcon(sp, &option);
        const QIcon icon = AppStyle().standardIcon(sp, &option);
        QVERIFY(!expected.availableSizes().isEmpty());
        QCOMPARE(icon.availableSizes(), expected.availableSizes());
        for (const QSize &size : expected.availableSizes())
            QCOMPARE(icon.pixmap(size).toImage(), expected.pixmap(size).toImage());
    }

    void theWindowUsesTheStyle()
    {
        test::WindowFixture f;
        QVERIFY(qobject_cast<AppStyle *>(QApplication::style()));
    }

    void theStatusBarKeepsItsHeightWhenShown()
    {
        // Taller once shown, it made the window lay out every pane a second time.
        test::WindowFixture f;
        const int before = f.window->statusBar()->sizeHint().height();
        QVERIFY(f.show());
        QCOMPARE(f.window->statusBar()->sizeHint().height(), before);
        QCOMPARE(f.window->statusBar()->height(), before);
    }

    void theTableHeaderKeepsItsOwnFont()
    {
        // QHeaderView measures its labels in bold, for the bold label a style may draw for a
        // highlighted column; the measuring alone made a bold font at start-up that nothing on
        // screen used. The table's header measures and draws its labels in its own font (a selected
        // row leaves it as it was), and still sorts when one is clicked.
        test::WindowFixture f;
        f.window->switchLanguage(Language::English);
        QVERIFY(f.show());
        DataTablePane *table = f.window->tablePane();
        QHeaderView *header = table->horizontalHeader();
        QHeaderView qtHeader(Qt::Horizontal);
        qtHeader.setFont(header->font());
        qtHeader.setModel(table->model());
        const int column = StatisticsModel::LabelColumn;
        QVERIFY2(header->sectionSizeHint(column) < qtHeader.sectionSizeHint(column),
                 qPrintable(QStringLiteral("%1 ≥ %2")
                                .arg(header->sectionSizeHint(column))
                                .arg(qtHeader.sectionSizeHint(column))));
        QStyleOptionHeader option;
        option.initFrom(header);
        option.text = table->model()->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(header->sectionSizeHint(column),
                 header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width());

        table->clearSelection();
        const QImage unselected = header->grab().toImage();
        table->selectRow(0);
        QVERIFY(table->selectionModel()->hasSelection());
        QTest::qWait(50); // the header repaints the sections the selection touches
        QCOMPARE(header->grab().toImage(), unselected);

        const QPoint label(header->sectionViewportPosition(column) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, label);
        QCOMPARE(header->sortIndicatorSection(), column);
    }

    void theTextIsLaidOutOnceTheOtherPanesAreShown()
    {
        // Shown first, the reader laid its text out while the chart and the table were still to
        // be shown, and QTextDocumentLayout's timer for the rest of the text was due, and ran,
        // before the first frame. The text is attached once the other panes are shown.
        test::WindowFixture f;
        f.window->switchLanguage(Language::English);
        QTextDocument *text = nullptr;
        struct AtShow : QObject
        {
            std::function<void()> then;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Show)
                    then();
                return false;
            }
        } atShow;
        QStringList attachedBefore;
        atShow.then = [&] {
            if (f.window->readerPane()->textEdit()->document() != text)
                attachedBefore.append(QStringLiteral("a pane"));
        };
        text = f.window->readerPane()->textEdit()->document(); // the view's own, empty one
        f.window->tablePane()->installEventFilter(&atShow);
        f.window->chartPane()->installEventFilter(&atShow);
        QVERIFY(f.show());
        QVERIFY2(attachedBefore.isEmpty(), "the text was attached before the chart or the table was shown");
        QVERIFY(f.window->readerPane()->textEdit()->document() != text);
        QVERIFY(!f.window->readerPane()->textEdit()->document()->isEmpty());
    }

    void aLanguageSwitchDrawsTheTableOnce()
    {
        // The translated quote's original has a column of its own in English, none in Chinese.
        // Hiding or showing it, QTableView redrew the columns right of it on a timer of its own,
        // after the table (whose texts change with the language) had been drawn once already.
        test::WindowFixture f;
        f.window->switchLanguage(Language::English);
        QVERIFY(f.show());
        f.window->resize(1800, 1000); // room for the columns right of the original's
        DataTablePane *table = f.window->tablePane();
        PaintCounter paints(table->viewport());
        for (Language language : {Language::Chinese, Language::English, Language::Malay, Language::Chinese}) {
            QTest::qWait(100);
            paints.count = 0;
            f.window->switchLanguage(language);
            QCOMPARE(table->isColumnHidden(StatisticsModel::OriginalQuoteColumn), language == Language::Chinese);
            QTRY_VERIFY(paints.count > 0);
            QTest::qWait(100); // and nothing more
            QCOMPARE(paints.count, 1);
        }
        if (const QString dir = qEnvironmentVariable("TONGDAO_SHOTS"); !dir.isEmpty())
            f.window->grab().save(dir + QStringLiteral("/table-after-switch.png"));
    }
};

TONGDAO_TEST_MAIN(TestStartup)
#include "tst_startup.moc"

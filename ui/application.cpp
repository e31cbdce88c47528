// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/application.h"

#include "core/datasetloader.h"
#include "core/reportdocument.h"
#include "core/translations.h"
#include "ui/appsettings.h"
#include "ui/chartpane.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/editor/editorcontroller.h"
#include "ui/mainwindow.h"
#include "ui/readerpane.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextEdit>
#include <QTextStream>
#include <QTimer>

#include <future>

namespace tongdao {

namespace {

// Waits for the first paint of the chart and of the text, then reports the time since main().
class FirstFrameProbe : public QObject
{
public:
    FirstFrameProbe(const QElapsedTimer &clock, QList<QWidget *> widgets)
        : m_clock(clock)
        , m_pending(std::move(widgets))
    {
        for (QWidget *w : m_pending)
            w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_pending.removeOne(static_cast<QWidget *>(watched))
            && m_pending.isEmpty()) {
            // Queued: runs once this paint has finished and the frame is complete.
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
};

struct Loaded
{
    std::shared_ptr<Dataset> dataset; // null when it could not be loaded
    LoadError error;
};

// Touches no QObject and no font: safe on a thread of its own.
Loaded loadInBackground(const QString &path)
{
    Loaded loaded{std::make_shared<Dataset>(), {}};
    if (!DatasetLoader::load(path, loaded.dataset.get(), &loaded.error))
        loaded.dataset.reset();
    return loaded;
}

} // namespace

void useInterfaceFont()
{
    if (const QString chinese = ChartFonts::chineseFamily(); !chinese.isEmpty()) {
        QFont font = QApplication::font();
        font.setFamilies({chinese, font.family()});
        QApplication::setFont(font);
    }
}

bool displayAvailable(QString *reason)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    *reason = QCoreApplication::translate(
        "tongdao::Application",
        "tongdao: no display (neither DISPLAY nor WAYLAND_DISPLAY is set); to export charts without one, run: "
        "tongdao --export-charts DIR");
    return false;
}

int runWindow(const WindowOptions &options)
{
    AppSettings settings;
    Translations translations;
    Language language = languageForLocale(QLocale::system());
    if (const auto saved = settings.language())
        language = *saved;
    if (!options.language.isEmpty())
        language = languageFromCode(options.language).value_or(language);
    QString warning;
    if (!translations.setLanguage(language, &warning))
        QTextStream(stderr) << "tongdao: warning: " << warning << Qt::endl;

    // The report is read and checked on the second core while this one asks fontconfig for the
    // interface font: the two take about as long, and neither needs the other. The translators
    // are installed before, so that what the loader says is said in the interface's language.
    const bool custom = !options.dataset.isEmpty();
    std::future<Loaded> loading = std::async(std::launch::async, loadInBackground,
                                             custom ? options.dataset : DatasetLoader::bundledDatasetPath());
    useInterfaceFont();
    ReportDocument document;
    document.setLanguage(translations.language());
    Loaded loaded = loading.get();
    LoadError error = loaded.error;
    QString reanchor;
    if (loaded.dataset) {
        document.setDataset(std::move(loaded.dataset));
    } else {
        QTextStream(stderr) << "tongdao: " << error.toString() << Qt::endl;
        if (!custom)
            return 2;
        const LoadError userError = error; // loading the bundled report resets error
        // A report the user brought is broken: say so, and open the bundled one instead.
        if (!document.load(DatasetLoader::bundledDatasetPath(), &error))
            return 2;
        if (userError.kind == LoadError::Kind::TextChanged)
            reanchor = options.dataset; // offered once the window is up
        else if (!options.measureStartup)
            QTimer::singleShot(0, qApp, [message = userError.toString()] {
                QMessageBox box(QMessageBox::Critical,
                                QCoreApplication::translate("tongdao::Application", "Cannot open the report"), message,
                                QMessageBox::Ok);
                box.setTextFormat(Qt::PlainText);
                box.exec();
            });
    }

    MainWindow window(&document, &translations, &settings);
    if (!options.measureStartup)
        // After a crash, what was autosaved is offered back; a text changed on disk, re-anchored.
        QTimer::singleShot(0, &window, [&window, reanchor] {
            if (!reanchor.isEmpty())
                window.editor()->offerReanchor(reanchor);
            window.editor()->offerRecovery();
        });
    window.restoreSettings();
    if (!warning.isEmpty())
        window.showMessage(warning);
    if (ChartFonts::chineseFamily().isEmpty())
        QTextStream(stderr) << "tongdao: warning: "
                            << QCoreApplication::translate("tongdao::Application",
                                                           "no installed font covers Chinese; install fonts-noto-cjk")
                            << Qt::endl;
    std::unique_ptr<FirstFrameProbe> probe;
    if (options.measureStartup)
        probe = std::make_unique<FirstFrameProbe>(options.clock,
                                                  QList<QWidget *>{window.chartPane()->chartWidget()->viewport(),
                                                                   window.readerPane()->textEdit()->viewport()});
    window.show();
    return QApplication::exec();
}

} // namespace tongdao

// SPDX-License-Identifier: GPL-3.0-or-later
// Tongdao: decides what kind of process this is, reads the command line, then hands over.
#include "app/cli.h"
#include "core/translations.h"
#include "ui/application.h"

#include <QApplication>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace tongdao;

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tongdao"));
    QCoreApplication::setApplicationName(QStringLiteral("tongdao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGDAO_VERSION));
}

// The value of an option in the raw arguments ("--lang ms" or "--lang=ms"), before parsing.
QString rawValue(const QStringList &arguments, const QString &option)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option)
            return arguments.value(i + 1);
        if (arguments[i].startsWith(option + QLatin1Char('=')))
            return arguments[i].mid(option.size() + 1);
    }
    return {};
}

bool rawFlag(const QStringList &arguments, const QString &option)
{
    return std::any_of(arguments.begin() + 1, arguments.end(),
                       [&](const QString &a) { return a == option || a.startsWith(option + QLatin1Char('=')); });
}

// Parses the command line. False with a printed error on a usage error; --help and --version
// print and exit here.
bool parseCommandLine(const QStringList &arguments, Options *options)
{
    QCommandLineParser parser;
    addOptions(&parser);
    QString error;
    if (!parser.parse(arguments)) {
        error = parser.errorText();
    } else if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(ExitOk);
    } else if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    } else if (readOptions(parser, options, &error)) {
        return true;
    }
    QTextStream(stderr) << "tongdao: " << error << Qt::endl;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    WindowOptions window;
    window.clock.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // The application object comes first: the parser's texts are translated as they are added.
    // Its kind follows from the arguments: chart export paints offscreen; the window needs a
    // display; everything else needs neither. Usage errors are still reported before anything
    // else, display or not.
    const bool exportCharts = rawFlag(arguments, QStringLiteral("--export-charts"));
    const bool headless = exportCharts || rawFlag(arguments, QStringLiteral("--list-charts"))
                       || rawFlag(arguments, QStringLiteral("--export-data"))
                       || rawFlag(arguments, QStringLiteral("--coverage"))
                       || rawFlag(arguments, QStringLiteral("--draft-dataset"));
    QString noDisplay;
    const bool window_ = !headless && displayAvailable(&noDisplay);
    if (exportCharts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // exports paint, but never need a display
    std::unique_ptr<QCoreApplication> app;
    if (exportCharts || window_)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    nameApplication();

    Options options;
    {
        // What is said before the handing over — help, option descriptions, usage errors, Qt's
        // own lines among them — is said in the language asked for (--lang), else the system's.
        Translations messages;
        messages.setLanguage(languageFromCode(rawValue(arguments, QStringLiteral("--lang")))
                                 .value_or(languageForLocale(QLocale::system())));
        if (!parseCommandLine(arguments, &options))
            return ExitBadInput;
        const bool windowMode = options.mode == Options::Mode::Window || options.mode == Options::Mode::MeasureStartup;
        if (windowMode && !window_) {
            displayAvailable(&noDisplay);
            QTextStream(stderr) << noDisplay << Qt::endl;
            return ExitFailure;
        }
    }
    switch (options.mode) {
    case Options::Mode::ListCharts:
    case Options::Mode::ExportData:
    case Options::Mode::Coverage:
    case Options::Mode::DraftDataset:
    case Options::Mode::ExportCharts:
        return runHeadless(options);
    case Options::Mode::Window:
    case Options::Mode::MeasureStartup:
        break;
    }
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tongdao.Tongdao"));
    window.dataset = options.dataset;
    window.language = options.language;
    window.measureStartup = options.mode == Options::Mode::MeasureStartup;
    return runWindow(window);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Tongdao: reads the command line, decides what kind of process this is, then hands over.
#include "app/cli.h"
#include "ui/application.h"

#include <QApplication>
#include <QTextStream>

using namespace tongdao;

namespace {
void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tongdao"));
    QCoreApplication::setApplicationName(QStringLiteral("tongdao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGDAO_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    WindowOptions window;
    window.clock.start();

    // Usage errors are reported before anything else, display or not.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    addOptions(&parser);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "tongdao: " << parser.errorText() << Qt::endl;
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        QCoreApplication app(argc, argv);
        nameApplication();
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(ExitOk);
        parser.showVersion();
    }
    Options options;
    QString error;
    if (!readOptions(parser, &options, &error)) {
        QTextStream(stderr) << "tongdao: " << error << Qt::endl;
        return ExitBadInput;
    }

    switch (options.mode) {
    case Options::Mode::ListCharts:
    case Options::Mode::ExportData:
    case Options::Mode::Coverage: {
        QCoreApplication app(argc, argv);
        nameApplication();
        return runHeadless(options);
    }
    case Options::Mode::ExportCharts: {
        // Exports paint, but never need a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        nameApplication();
        return runHeadless(options);
    }
    case Options::Mode::Window:
    case Options::Mode::MeasureStartup:
        break;
    }
    QString reason;
    if (!displayAvailable(&reason)) {
        QTextStream(stderr) << reason << Qt::endl;
        return ExitFailure;
    }
    QApplication app(argc, argv);
    nameApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tongdao.Tongdao"));
    window.dataset = options.dataset;
    window.language = options.language;
    window.measureStartup = options.mode == Options::Mode::MeasureStartup;
    return runWindow(window);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace tongdao {

// Exit codes, also in the man page.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// What the command line asks for. Parsed with QCommandLineParser.
struct Options
{
    enum class Mode { Window, ListCharts, ExportData, ExportCharts, Coverage, DraftDataset, MeasureStartup };
    Mode mode = Mode::Window;
    QString dataset;        // empty: the bundled report
    QString language;       // empty: saved choice or system locale
    QString exportDataPath; // "-" for stdout
    QString dataFormat = QStringLiteral("csv");
    QString exportDir;
    QString format = QStringLiteral("png");
    QString size;
    QString scale;
    QString theme = QStringLiteral("light");
    QStringList charts;
    QString draftText; // --draft-dataset: the plain-text report
    QString output;    // --output: where the draft goes
    bool force = false;
};

// Sets up the parser with every option (help and version included).
void addOptions(QCommandLineParser *parser);
// Reads the parsed options; on a usage error returns false with *error set.
bool readOptions(const QCommandLineParser &parser, Options *options, QString *error);

// Runs a headless mode and returns the exit code.
int runHeadless(const Options &options);

} // namespace tongdao

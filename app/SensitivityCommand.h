#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace qw {

struct CommandLine;

// PROJECT --sensitivity INDEX_KEY [--draws 1000] [--spread 20] [--leave-one-out] [--seed N]
// [--period P] FILE.{csv,pdf}: varies the weights of a stored composite index (Sensitivity),
// writes per area the rank interval, the share of draws in the top class and whether its
// class is stable, and prints a summary; 0 on success, 1 with the reason on stderr (nothing
// written then).

// The options --sensitivity brings to the command line.
QList<QCommandLineOption> sensitivityCommandOptions();
// Reads them into commandLine.sensitivity after the parser processed the arguments; takes
// the output file from the end of positional. Exits with 2 and a message for options
// without --sensitivity or a missing or unknown output file.
void readSensitivityOptions(const QCommandLineParser &parser, CommandLine &commandLine,
                            QStringList &positional);

int runSensitivityCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

#pragma once

#include <QList>

class QCommandLineOption;
class QCommandLineParser;

namespace qw {

struct CommandLine;

// PROJECT --priorities-import FILE.csv and PROJECT --priorities-export FILE.csv: the
// workshop's dot voting from the voting board into the project, and its ranking out (see
// PriorityFile). An import stores the good rows in one transaction (the points map
// recomputed in it) and lists the bad ones by line on stderr; it returns 1 when rows were
// left out or the file could not be read, else 0. Both options together import first.

QList<QCommandLineOption> prioritiesCommandOptions();
// Reads them into commandLine.priorities; exits with 2 and a message for a file that is
// not .csv.
void readPrioritiesOptions(const QCommandLineParser &parser, CommandLine &commandLine);

int runPrioritiesCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

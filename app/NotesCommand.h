#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace qw {

struct CommandLine;

// PROJECT --notes-import FILE.csv and PROJECT --notes-export FILE.{csv,xlsx}: workshop
// notes from paper or a spreadsheet into the project, and out again (see NoteFile). An
// import stores the good rows in one transaction and lists the bad ones by line on stderr;
// it returns 1 when rows were left out or the file could not be read, else 0. Both options
// together import first, then export.

// The options the notes bring to the command line.
QList<QCommandLineOption> notesCommandOptions();
// Reads them into commandLine.notes after the parser processed the arguments; exits with 2
// and a message for a file of the wrong kind.
void readNotesOptions(const QCommandLineParser &parser, CommandLine &commandLine);

int runNotesCommand(const CommandLine &commandLine, const QString &projectPath);

// After an import's summary on stdout: the rows left out, one a line, and how to go on, on
// stderr. 1 when there were any, else 0 (the exit code of --notes-import and
// --priorities-import).
int reportLeftOutRows(const QStringList &problems);

} // namespace qw

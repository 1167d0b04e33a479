#include "NotesCommand.h"

#include "CommandLine.h"
#include "CommandLineOptions.h"
#include "NoteFile.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace qw {

namespace {

struct NotesCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::NotesCommand)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    return 1;
}

[[noreturn]] void failParsing(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    std::exit(2);
}

// 0 when every row came in, 1 when some were left out (reported) or none could be read.
int importNotes(Project &project, const QString &file)
{
    QSet<QString> keys;
    for (const AreaInfo &a : project.areas())
        keys.insert(a.key);
    const NoteFile::ReadResult read = NoteFile::read(file, keys);
    NoteRepository repository = project.store().notes();
    const std::vector<Note> fresh = NoteFile::fresh(repository.notes(), read.notes);
    repository.addAll(fresh); // one transaction: all good rows or none
    std::printf("%s\n",
                qPrintable(NotesCommand::tr("%1: %n note(s) imported", nullptr, int(fresh.size()))
                               .arg(QFileInfo(file).fileName())));
    if (fresh.size() < read.notes.size())
        std::printf("%s\n",
                    qPrintable(NotesCommand::tr("%n note(s) already in the project, "
                                                "passed over",
                                                nullptr, int(read.notes.size() - fresh.size()))));
    return reportLeftOutRows(read.problems);
}

} // namespace

int reportLeftOutRows(const QStringList &problems)
{
    std::fflush(stdout); // before the problems on stderr, as a terminal shows them
    for (const QString &problem : problems)
        std::fprintf(stderr, "  %s\n", qPrintable(problem));
    if (problems.isEmpty())
        return 0;
    std::fprintf(stderr, "%s\n",
                 qPrintable(NotesCommand::tr("%n row(s) left out (listed above); correct them "
                                             "and import those rows again.",
                                             nullptr, int(problems.size()))));
    return 1;
}

QList<QCommandLineOption> notesCommandOptions()
{
    return {
        CommandLineOptions::option(
            "notes-import",
            NotesCommand::tr("Import workshop notes from FILE.csv (columns area, text, category, "
                             "author, optional date; or Gebiet, Text, Kategorie, Autor, Datum) "
                             "into the project; rows with unknown areas or categories or without "
                             "text are listed by line and left out."),
            "FILE.csv"),
        CommandLineOptions::option(
            "notes-export",
            NotesCommand::tr("Write the project's workshop notes to FILE.csv or FILE.xlsx and "
                             "exit."),
            "FILE"),
    };
}

void readNotesOptions(const QCommandLineParser &parser, CommandLine &cl)
{
    cl.notes.importFile = parser.value(QStringLiteral("notes-import")).trimmed();
    cl.notes.exportFile = parser.value(QStringLiteral("notes-export")).trimmed();
    if (parser.isSet(QStringLiteral("notes-import")) && cl.notes.importFile.isEmpty())
        failParsing(NotesCommand::tr("--notes-import needs a file, e.g. --notes-import "
                                     "karten.csv"));
    if (!cl.notes.importFile.isEmpty()
        && QFileInfo(cl.notes.importFile).suffix().toLower() != QLatin1String("csv"))
        failParsing(NotesCommand::tr("--notes-import reads a .csv file, not \"%1\"")
                        .arg(cl.notes.importFile));
    const QString suffix = QFileInfo(cl.notes.exportFile).suffix().toLower();
    if (parser.isSet(QStringLiteral("notes-export")) && suffix != QLatin1String("csv")
        && suffix != QLatin1String("xlsx"))
        failParsing(NotesCommand::tr("--notes-export writes .csv or .xlsx, not \"%1\"")
                        .arg(cl.notes.exportFile));
}

int runNotesCommand(const CommandLine &cl, const QString &projectPath)
{
    int code = 0;
    try {
        const std::shared_ptr<Project> project = Project::open(projectPath);
        if (!cl.notes.importFile.isEmpty())
            code = importNotes(*project, cl.notes.importFile);
        if (!cl.notes.exportFile.isEmpty()) {
            QHash<QString, QString> names;
            for (const AreaInfo &a : project->areas())
                names.insert(a.key, a.name);
            const std::vector<Note> notes = project->store().notes().notes();
            const QString error = NoteFile::write(cl.notes.exportFile, notes, names, QLocale());
            if (!error.isEmpty())
                return fail(error);
            std::printf(
                "%s\n",
                qPrintable(NotesCommand::tr("%n note(s) written to %1", nullptr, int(notes.size()))
                               .arg(cl.notes.exportFile)));
        }
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    return code;
}

} // namespace qw

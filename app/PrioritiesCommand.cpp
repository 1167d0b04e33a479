#include "PrioritiesCommand.h"

#include "CommandLine.h"
#include "CommandLineOptions.h"
#include "NotesCommand.h"
#include "PriorityFile.h"
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

struct PrioritiesCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::PrioritiesCommand)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    return 1;
}

int importVotes(Project &project, const QString &file)
{
    QSet<QString> keys;
    for (const AreaInfo &a : project.areas())
        keys.insert(a.key);
    PriorityRepository repository = project.store().priorities();
    const PriorityFile::ReadResult read = PriorityFile::read(file, keys, repository.tally());
    repository.changeAll(read.votes); // one transaction: all good rows or none
    int points = 0;
    for (const PriorityVote &v : read.votes)
        points += v.points;
    std::printf("%s\n",
                qPrintable(PrioritiesCommand::tr("%1: %n point(s) imported", nullptr, points)
                               .arg(QFileInfo(file).fileName())));
    return reportLeftOutRows(read.problems);
}

bool isCsv(const QString &file)
{
    return QFileInfo(file).suffix().toLower() == QLatin1String("csv");
}

} // namespace

QList<QCommandLineOption> prioritiesCommandOptions()
{
    return {
        CommandLineOptions::option(
            "priorities-import",
            PrioritiesCommand::tr("Import the workshop's points from FILE.csv (columns voter, "
                                  "area, points; or Teilnehmer, Gebiet, Punkte); rows with "
                                  "unknown areas, points that are no whole number or more "
                                  "points than the voter has left are listed by line and left "
                                  "out."),
            "FILE.csv"),
        CommandLineOptions::option(
            "priorities-export",
            PrioritiesCommand::tr("Write the ranking of the workshop's points (rank, area key, "
                                  "name, points, voters) to FILE.csv and exit."),
            "FILE.csv"),
    };
}

void readPrioritiesOptions(const QCommandLineParser &parser, CommandLine &cl)
{
    for (auto [option, file] : {std::pair {"priorities-import", &cl.priorities.importFile},
                                std::pair {"priorities-export", &cl.priorities.exportFile}}) {
        const QString name = QLatin1String(option);
        if (!parser.isSet(name))
            continue;
        *file = parser.value(name).trimmed();
        if (!isCsv(*file)) {
            std::fprintf(
                stderr, "quartierswerkstatt: %s\n",
                qPrintable(
                    PrioritiesCommand::tr("--%1 needs a .csv file, not \"%2\"").arg(name, *file)));
            std::exit(2);
        }
    }
}

int runPrioritiesCommand(const CommandLine &cl, const QString &projectPath)
{
    int code = 0;
    try {
        const std::shared_ptr<Project> project = Project::open(projectPath);
        if (!cl.priorities.importFile.isEmpty())
            code = importVotes(*project, cl.priorities.importFile);
        if (!cl.priorities.exportFile.isEmpty()) {
            QHash<QString, QString> names;
            for (const AreaInfo &a : project->areas())
                names.insert(a.key, a.name);
            const PriorityTally tally = project->store().priorities().tally();
            const QString error =
                PriorityFile::write(cl.priorities.exportFile, tally, names, QLocale());
            if (!error.isEmpty())
                return fail(error);
            std::printf("%s\n",
                        qPrintable(PrioritiesCommand::tr("%n area(s) with points written "
                                                         "to %1",
                                                         nullptr, int(tally.ranking().size()))
                                       .arg(cl.priorities.exportFile)));
        }
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    return code;
}

} // namespace qw

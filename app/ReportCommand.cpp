#include "ReportCommand.h"

#include "AreaKeyLevel.h"
#include "AreaReports.h"
#include "AtlasDocument.h"
#include "CommandLine.h"
#include "ComparisonExport.h"
#include "ComparisonModel.h"
#include "Project.h"
#include "StoreError.h"
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace qw {

namespace {

struct ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportCommand)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int runReportCommand(const CommandLine &cl, const QString &projectPath)
{
    std::shared_ptr<Project> project;
    try {
        project = Project::open(projectPath);
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    AreaReports::Settings settings;
    if (!cl.levelName.isEmpty() && project->levelKey(cl.levelName).isEmpty())
        return fail(ReportCommand::tr("The project has no level \"%1\".").arg(cl.levelName));
    settings.period = cl.view.period;
    settings.locale = QLocale();
    settings.german = germanUi(settings.locale);
    const QStringList keys =
        cl.exportProfile.isEmpty() ? cl.exportComparison : QStringList {cl.exportProfile};
    // The keys name their level (a Stadtbezirk's profile needs no --level).
    QString levelError;
    settings.levelKey =
        AreaKeyLevel::of(*project, keys, settings.german, &levelError, cl.levelName);
    if (settings.levelKey.isEmpty())
        return fail(projectPath + QStringLiteral(": ") + levelError);
    const QString suffix = QFileInfo(cl.exportFile).suffix().toLower();
    QString error;
    if (!cl.exportProfile.isEmpty()) {
        if (suffix != QLatin1String("pdf"))
            return fail(
                ReportCommand::tr("A profile is written as PDF, not \"%1\".").arg(cl.exportFile));
        error = AreaReports::profile(project, cl.exportProfile, settings).writePdf(cl.exportFile);
    } else if (suffix == QLatin1String("pdf")) {
        error = AreaReports::comparison(project, keys, cl.view.indicator, settings)
                    .writePdf(cl.exportFile);
    } else {
        ComparisonModel model;
        model.setComparison(project, settings.levelKey, keys, settings.period, settings.german,
                            settings.locale);
        error = ComparisonExport::write(model, cl.exportFile, settings.locale,
                                        cl.rawNumbers ? ComparisonExport::Numbers::FullPrecision
                                                      : ComparisonExport::Numbers::Rounded);
    }
    if (!error.isEmpty())
        return fail(error);
    return 0;
}

int runAtlasCommand(const CommandLine &cl, const QString &projectPath)
{
    // Before any work: a folder that takes no file is said at once, naming it.
    if (const QString problem = AtlasDocument::checkTarget(cl.exportAtlas); !problem.isEmpty())
        return fail(problem);
    std::shared_ptr<Project> project;
    try {
        project = Project::open(projectPath);
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    AreaReports::Settings settings;
    settings.locale = QLocale();
    settings.german = germanUi(settings.locale);
    settings.period = cl.view.period;
    settings.levelKey =
        cl.levelName.isEmpty() ? project->finestLevel() : project->levelKey(cl.levelName);
    if (settings.levelKey.isEmpty()) {
        QStringList known;
        for (const AreaLevel &l : project->levels())
            if (!project->areasOfLevel(l.key).empty())
                known << QStringLiteral("\"%1\"").arg(l.name(settings.german));
        return fail(ReportCommand::tr("The project has no level \"%1\"; its levels are %2.")
                        .arg(cl.levelName, known.join(QStringLiteral(", "))));
    }
    QString error;
    std::optional<AtlasDocument> atlas;
    try {
        atlas = AtlasDocument::build(project, settings);
        error = atlas->writePdf(cl.exportAtlas);
    } catch (const StoreError &e) {
        error = e.fullText();
    }
    if (!error.isEmpty())
        return fail(error);
    std::printf("%s\n",
                qPrintable(ReportCommand::tr("%1: atlas of %n area(s), %2 pages", nullptr,
                                             int(atlas->entries().size()))
                               .arg(cl.exportAtlas)
                               .arg(atlas->pageCount())));
    return 0;
}

} // namespace qw

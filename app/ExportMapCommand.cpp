#include "ExportMapCommand.h"

#include "AreaGeometrySet.h"
#include "CommandLine.h"
#include "MapLayout.h"
#include "Project.h"
#include "ProjectMap.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <cstdio>

namespace qw {

int runExportMapCommand(const CommandLine &cl, const QString &projectPath)
{
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
        return 1;
    };
    std::shared_ptr<Project> project;
    try {
        project = Project::open(projectPath);
    } catch (const StoreError &e) {
        return fail(e.message());
    }
    ProjectMap::View view;
    view.indicator = cl.indicator;
    if (view.indicator.isEmpty())
        view.indicator = project->metadata().defaultIndicator;
    if (!project->indicator(view.indicator))
        return fail(QCoreApplication::translate("qw::ExportMapCommand",
                                                "Unknown indicator \"%1\"; --list-indicators "
                                                "shows the keys.")
                        .arg(view.indicator));
    const QStringList periods = project->periods(view.indicator);
    if (!cl.period.isEmpty() && !periods.contains(cl.period))
        return fail(QCoreApplication::translate("qw::ExportMapCommand",
                                                "The indicator \"%1\" has no period \"%2\" "
                                                "(available: %3).")
                        .arg(view.indicator, cl.period, periods.join(QStringLiteral(", "))));
    view.period = cl.period;
    if (!cl.classification.isEmpty())
        view.classification.classification = cl.classification;
    if (cl.classes > 0)
        view.classification.classes = cl.classes;
    const ProjectMap map(project, project->finestLevel());
    const QLocale locale;
    const MapSnapshot snapshot = map.snapshot(view, locale);
    const QString error = MapLayout::exportFile(cl.exportMap, snapshot, map.areas()->bounds(),
                                                locale, cl.dpi);
    if (!error.isEmpty())
        return fail(error);
    return 0;
}

} // namespace qw

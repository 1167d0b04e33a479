#include "ExportMapCommand.h"

#include "AreaGeometrySet.h"
#include "CommandLine.h"
#include "MapLayout.h"
#include "MapPaneChoice.h"
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
    ProjectMap::View view = cl.view;
    if (view.indicator.isEmpty())
        view.indicator = project->metadata().defaultIndicator;
    // --level chooses the map's level (with --export-map it is not --new's level name).
    const QString level =
        cl.levelName.isEmpty() ? project->finestLevel() : project->levelKey(cl.levelName);
    if (level.isEmpty())
        return fail(
            QCoreApplication::translate("qw::ExportMapCommand", "The project has no level \"%1\".")
                .arg(cl.levelName));
    const ProjectMap map(project, level);
    if (const QString error = map.check(view); !error.isEmpty())
        return fail(error);
    const QLocale locale;
    // --maps A,B[,C,D]: the linked maps of the map comparison on one page.
    std::vector<MapSnapshot> maps;
    if (!cl.maps.isEmpty()) {
        QList<MapPaneChoice> panes;
        if (const QString error =
                MapPaneChoice::resolve(cl.maps, *project, view.indicator,
                                       project->periodFor(view.indicator, view.period), &panes);
            !error.isEmpty())
            return fail(error);
        for (const MapPaneChoice &pane : panes)
            maps.push_back(map.snapshot(pane.view(view), locale));
    } else {
        maps.push_back(map.snapshot(view, locale));
    }
    if (const QString error =
            MapLayout::exportFile(cl.exportMap, maps, map.areas()->bounds(), locale, cl.dpi);
        !error.isEmpty())
        return fail(error);
    return 0;
}

} // namespace qw

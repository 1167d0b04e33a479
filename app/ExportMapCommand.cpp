#include "ExportMapCommand.h"

#include "AreaGeometrySet.h"
#include "CommandLine.h"
#include "ExportFileName.h"
#include "MapLayout.h"
#include "MapPaneChoice.h"
#include "NoteMarkers.h"
#include "NotesController.h"
#include "Project.h"
#include "ProjectMap.h"
#include "SeriesLayout.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

#include <cstdio>
#include <limits>
#include <memory>

namespace qw {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    return 1;
}

// The project, the view of the command line (the default indicator when none is given)
// and the map of the level asked for; an error message when any of them cannot be had.
struct Opened
{
    std::shared_ptr<Project> project;
    ProjectMap::View view;
    std::unique_ptr<ProjectMap> map;
};

QString open(const CommandLine &cl, const QString &projectPath, Opened *out)
{
    try {
        out->project = Project::open(projectPath);
    } catch (const StoreError &e) {
        return e.fullText();
    }
    out->view = cl.view;
    if (out->view.indicator.isEmpty())
        out->view.indicator = out->project->metadata().defaultIndicator;
    // --level chooses the map's level (with --export-map it is not --new's level name).
    const QString level =
        cl.levelName.isEmpty() ? out->project->finestLevel() : out->project->levelKey(cl.levelName);
    if (level.isEmpty())
        return QCoreApplication::translate("qw::ExportMapCommand",
                                           "The project has no level \"%1\".")
            .arg(cl.levelName);
    out->map = std::make_unique<ProjectMap>(out->project, level);
    return out->map->check(out->view);
}

} // namespace

int runExportMapCommand(const CommandLine &cl, const QString &projectPath)
{
    Opened opened;
    if (const QString error = open(cl, projectPath, &opened); !error.isEmpty())
        return fail(error);
    const std::shared_ptr<Project> &project = opened.project;
    const ProjectMap::View &view = opened.view;
    const ProjectMap &map = *opened.map;
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
    // The notes' markers, as the window shows them where View > Notes on the map is on.
    if (QSettings().value(QLatin1String(NotesController::kMarkersKey), true).toBool()) {
        try {
            const auto markers = NoteMarkers::ofProject(*project);
            for (MapSnapshot &m : maps)
                m.notes = markers;
        } catch (const StoreError &e) {
            return fail(e.fullText());
        }
    }
    if (const QString error =
            MapLayout::exportFile(cl.exportMap, maps, map.areas()->bounds(), locale, cl.dpi);
        !error.isEmpty())
        return fail(error);
    return 0;
}

int runExportSeriesCommand(const CommandLine &cl, const QString &projectPath)
{
    Opened opened;
    if (const QString error = open(cl, projectPath, &opened); !error.isEmpty())
        return fail(error);
    const QLocale locale;
    const SeriesLayout::Series series =
        SeriesLayout::collect(*opened.map, *opened.project, opened.view, locale);
    if (const QString error = SeriesLayout::exportFile(
            cl.exportSeries, series, opened.map->areas()->bounds(), locale, cl.dpi);
        !error.isEmpty())
        return fail(error);
    return 0;
}

int runExportFramesCommand(const CommandLine &cl, const QString &projectPath)
{
    Opened opened;
    if (const QString error = open(cl, projectPath, &opened); !error.isEmpty())
        return fail(error);
    const QStringList periods = opened.project->periods(opened.view.indicator);
    if (periods.isEmpty())
        return fail(QCoreApplication::translate("qw::ExportMapCommand",
                                                "The indicator \"%1\" has no period to show.")
                        .arg(opened.view.indicator));
    if (!QDir().mkpath(cl.exportFrames))
        return fail(
            QCoreApplication::translate("qw::ExportMapCommand", "Cannot create the folder %1.")
                .arg(cl.exportFrames));
    const QLocale locale;
    ProjectMap::View view = opened.view;
    const QDir dir(cl.exportFrames);
    for (const QString &period : periods) {
        view.period = period;
        const QString file =
            dir.filePath(ExportFileName::safe(view.indicator + QLatin1Char('_') + period)
                         + QStringLiteral(".png"));
        if (const QString error =
                MapLayout::exportFile(file, opened.map->snapshot(view, locale),
                                      opened.map->areas()->bounds(), locale, cl.dpi);
            !error.isEmpty())
            return fail(error);
        std::printf("%s\n", qPrintable(file));
    }
    return 0;
}

} // namespace qw

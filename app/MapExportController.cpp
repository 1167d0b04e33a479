#include "MapExportController.h"

#include "FileDialogFolders.h"

#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "ExportFileName.h"
#include "MainWindow.h"
#include "MapLayout.h"
#include "MapWidget.h"
#include "Project.h"
#include "ProjectMap.h"
#include "SeriesLayout.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace qw {

MapExportController::MapExportController(MainWindow *window) : QObject(window), m_window(window) { }

void MapExportController::exportShownMaps()
{
    const QList<MapWidget *> shown = m_window->visibleMaps();
    if (shown.isEmpty() || !m_window->project())
        return;
    // The export shows what the window shows: the single map or every linked pane, same
    // classification, same extent (the first pane's; the others follow it).
    std::vector<MapSnapshot> maps;
    // The indicators' names in the UI language, e.g. Kinderarmut_2015_2024, safe for
    // Windows (a school year's "/" becomes "-").
    const bool german = germanUi();
    QStringList name;
    for (MapWidget *map : shown) {
        maps.push_back(map->snapshot());
        // The notes' markers as the window shows them (View > Notes on the map).
        maps.back().notes = map->noteMarkers();
        if (const auto &c = maps.back().choropleth) {
            const Indicator &ind = c->indicator();
            const QString indicator = ind.name(german).isEmpty() ? ind.key : ind.name(german);
            if (!name.contains(indicator))
                name << indicator;
            name << c->period();
        }
    }
    if (name.isEmpty())
        name << m_window->currentIndicator();
    const QString project = m_window->project()->path();
    const QString suggested = FileDialogFolders::suggest(
        project, ExportFileName::safe(name.join(QLatin1Char('_'))) + QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export map"), suggested,
                                     tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    FileDialogFolders::remember(path, project);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error =
        MapLayout::exportFile(path, maps, shown.first()->exportExtent(), QLocale());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export map"), error);
    else
        m_window->statusBar()->showMessage(tr("Map exported to %1").arg(path), 5000);
}

void MapExportController::exportSeries()
{
    const auto project = m_window->project();
    const ProjectMap *map = m_window->projectMap();
    if (!project || !map)
        return;
    const ProjectMap::View view = m_window->currentView();
    const QStringList periods = project->periods(view.indicator);
    if (periods.size() < 2) {
        QMessageBox::information(m_window, tr("Export series"),
                                 tr("The indicator shown has only one period: there is no series "
                                    "to show."));
        return;
    }
    const Indicator *ind = project->indicator(view.indicator);
    const QString name = ind ? ind->name(germanUi()) : view.indicator;
    const QString suggested = FileDialogFolders::suggest(
        project->path(),
        ExportFileName::safe(QStringLiteral("%1_%2-%3").arg(name, periods.first(), periods.last()))
            + QStringLiteral(".pdf"));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export series"), suggested,
                                     tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    FileDialogFolders::remember(path, project->path());
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const SeriesLayout::Series series = SeriesLayout::collect(*map, *project, view, QLocale());
    const QString error = SeriesLayout::exportFile(path, series, map->areas()->bounds(), QLocale());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export series"), error);
    else
        m_window->statusBar()->showMessage(tr("Series exported to %1").arg(path), 5000);
}

} // namespace qw

#include "MapExportController.h"

#include "ChoroplethRenderer.h"
#include "MainWindow.h"
#include "MapLayout.h"
#include "MapWidget.h"
#include "Project.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace qw {

MapExportController::MapExportController(MainWindow *window) : QObject(window), m_window(window)
{ }

void MapExportController::exportShownMaps()
{
    const QList<MapWidget *> shown = m_window->visibleMaps();
    if (shown.isEmpty() || !m_window->project())
        return;
    // The export shows what the window shows: the single map or every linked pane, same
    // classification, same extent (the first pane's; the others follow it).
    std::vector<MapSnapshot> maps;
    QStringList name; // e.g. child_poverty_2015_2024
    for (MapWidget *map : shown) {
        maps.push_back(map->snapshot());
        if (const auto &c = maps.back().choropleth) {
            if (!name.contains(c->indicator().key))
                name << c->indicator().key;
            name << QString(c->period()).replace(QLatin1Char('/'), QLatin1Char('-'));
        }
    }
    if (name.isEmpty())
        name << m_window->currentIndicator();
    const QString suggested = QFileInfo(m_window->project()->path()).absolutePath()
        + QLatin1Char('/') + name.join(QLatin1Char('_')) + QStringLiteral(".pdf");
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export map"), suggested,
                                     tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error =
        MapLayout::exportFile(path, maps, shown.first()->transform().visibleBounds(), QLocale());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export map"), error);
    else
        m_window->statusBar()->showMessage(tr("Map exported to %1").arg(path), 5000);
}

} // namespace qw

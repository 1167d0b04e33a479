#pragma once

#include <QString>

#include <functional>

#include <vector>

class QAction;
class QItemSelectionModel;
class QMenu;
class QPointF;
class QWidget;

namespace qw {

class AreaTableModel;
class MapWidget;

// The right-click menus of the map and the area list: one area's (its profile, selecting
// it, zooming to it, comparing the selection), one legend class's (selecting its areas) and
// the empty map's (zooming). They only build the menu; the handler given does the work, so
// every view offers the same commands under the same words. The caller owns the menu.
namespace AreaContextMenu {

enum class Command {
    Profile,
    Select, // this area alone
    AddToSelection,
    Deselect,
    ZoomToArea,
    CompareSelected,
    ZoomToSelection,
    ClearSelection,
    ZoomToFullExtent,
    SelectClass, // the areas of the legend class alone
    AddClassToSelection,
    EditTitle,
    AddNote, // a workshop note pinned to the area
    GivePoint, // a point of the workshop's dot voting for the area
};
using Handler = std::function<void(Command)>;

struct AreaState
{
    QString name; // the area's name as the planner knows it
    bool selected = false;
    int selectedCount = 0; // areas selected now, this one included when selected
};

QMenu *forArea(const AreaState &state, const Handler &handler, QWidget *parent);
// classLabel: the legend row's text ("über 10,0 bis 20,0"); areaCount: its areas.
QMenu *forLegendClass(const QString &classLabel, int areaCount, int selectedCount,
                      const Handler &handler, QWidget *parent);
QMenu *forMap(int selectedCount, const Handler &handler, QWidget *parent);

// The command an action of these menus runs (for tests and tooling).
Command commandOf(const QAction *action);

// The menu for a right click at pos on map: an area's, a legend class's or the map's, with
// the commands done on the map and its selection (profile and comparison are signalled).
QMenu *forMapWidget(MapWidget &map, QPointF pos);
// The area of a table row as the menu shows it (name, selected, selected count).
AreaState stateOf(const AreaTableModel &table, const QItemSelectionModel &selection, int row);
// Selects these areas (project indexes), instead of the selection or (add) besides it.
void selectAreas(QItemSelectionModel &selection, const AreaTableModel &table,
                 const std::vector<int> &projectIndexes, bool add);
// Does a selection command (Select, AddToSelection, Deselect, ClearSelection) for the area
// of projectIndex; false for any other command.
bool applySelection(Command command, QItemSelectionModel &selection, const AreaTableModel &table,
                    int projectIndex);

} // namespace AreaContextMenu
} // namespace qw

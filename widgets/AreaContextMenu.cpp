#include "AreaContextMenu.h"

#include "AreaGeometrySet.h"
#include "AreaListPanel.h"
#include "AreaTableModel.h"
#include "MapWidget.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QMenu>

namespace qw::AreaContextMenu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::AreaContextMenu", text);
}

// Shown in the menu as a reminder of the window's own shortcut, which does the work.
void showShortcut(QAction *action, const QKeySequence &keys)
{
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
}

QAction *add(QMenu *menu, const QString &text, Command command, const Handler &handler,
             bool enabled = true)
{
    QAction *a = menu->addAction(text);
    a->setData(int(command));
    a->setEnabled(enabled);
    QObject::connect(a, &QAction::triggered, menu, [handler, command] { handler(command); });
    return a;
}

void addSelectionCommands(QMenu *menu, int selectedCount, const Handler &handler)
{
    const bool comparable = selectedCount >= AreaListPanel::kMinCompared
        && selectedCount <= AreaListPanel::kMaxCompared;
    QAction *compare = add(menu, tr("&Compare selected areas (%1)").arg(selectedCount),
                           Command::CompareSelected, handler, comparable);
    showShortcut(compare, QKeySequence(Qt::CTRL | Qt::Key_K));
    if (!comparable)
        compare->setToolTip(tr("Select 2 to 6 areas to compare them"));
    showShortcut(
        add(menu, tr("Zoom to s&election"), Command::ZoomToSelection, handler, selectedCount > 0),
        QKeySequence(Qt::CTRL | Qt::Key_J));
    add(menu, tr("C&lear selection"), Command::ClearSelection, handler, selectedCount > 0);
}

} // namespace

QMenu *forArea(const AreaState &state, const Handler &handler, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *profile = add(menu, tr("&Profile of %1…").arg(state.name), Command::Profile, handler);
    menu->setDefaultAction(profile); // what a double click does
    menu->addSeparator();
    if (state.selected) {
        add(menu, tr("&Deselect %1").arg(state.name), Command::Deselect, handler);
    } else {
        add(menu, tr("&Select %1").arg(state.name), Command::Select, handler);
        add(menu, tr("&Add to selection"), Command::AddToSelection, handler);
    }
    add(menu, tr("&Zoom to %1").arg(state.name), Command::ZoomToArea, handler);
    showShortcut(add(menu, tr("Add &note…"), Command::AddNote, handler), QKeySequence(Qt::Key_N));
    showShortcut(add(menu, tr("&Give a point"), Command::GivePoint, handler),
                 QKeySequence(Qt::Key_P));
    menu->addSeparator();
    addSelectionCommands(menu, state.selectedCount, handler);
    return menu;
}

QMenu *forLegendClass(const QString &classLabel, int areaCount, int selectedCount,
                      const Handler &handler, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addSection(classLabel);
    add(menu, tr("&Select the areas of this class (%1)").arg(areaCount), Command::SelectClass,
        handler, areaCount > 0);
    add(menu, tr("&Add them to the selection"), Command::AddClassToSelection, handler,
        areaCount > 0);
    menu->addSeparator();
    addSelectionCommands(menu, selectedCount, handler);
    menu->addSeparator();
    add(menu, tr("Map &title…"), Command::EditTitle, handler);
    return menu;
}

QMenu *forMap(int selectedCount, const Handler &handler, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    showShortcut(add(menu, tr("Zoom to f&ull extent"), Command::ZoomToFullExtent, handler),
                 QKeySequence(Qt::CTRL | Qt::Key_0));
    addSelectionCommands(menu, selectedCount, handler);
    menu->addSeparator();
    add(menu, tr("Map &title…"), Command::EditTitle, handler);
    return menu;
}

Command commandOf(const QAction *action)
{
    return Command(action->data().toInt());
}

AreaState stateOf(const AreaTableModel &table, const QItemSelectionModel &selection, int row)
{
    AreaState state;
    state.name = table.index(row, AreaTableModel::NameColumn).data().toString();
    state.selected = selection.isRowSelected(row, QModelIndex());
    state.selectedCount = int(selection.selectedRows().size());
    return state;
}

void selectAreas(QItemSelectionModel &selection, const AreaTableModel &table,
                 const std::vector<int> &projectIndexes, bool add)
{
    QItemSelection rows;
    for (int pi : projectIndexes) {
        const int row = table.rowOfProjectIndex(pi);
        if (row >= 0)
            rows.select(table.index(row, 0), table.index(row, 0));
    }
    selection.select(rows, QItemSelectionModel::Rows
                         | (add ? QItemSelectionModel::Select
                                : QItemSelectionModel::ClearAndSelect));
}

bool applySelection(Command command, QItemSelectionModel &selection, const AreaTableModel &table,
                    int projectIndex)
{
    const int row = table.rowOfProjectIndex(projectIndex);
    switch (command) {
    case Command::Select:
    case Command::AddToSelection:
        selectAreas(selection, table, {projectIndex}, command == Command::AddToSelection);
        return true;
    case Command::Deselect:
        if (row >= 0)
            selection.select(table.index(row, 0),
                             QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        return true;
    case Command::ClearSelection:
        selection.clearSelection();
        return true;
    default:
        return false;
    }
}

QMenu *forMapWidget(MapWidget &map, QPointF pos)
{
    const auto &areas = map.snapshot().areas;
    const int row = map.rowAt(pos);
    const int projectIndex = row >= 0 ? areas->projectIndex(row) : -1;
    QItemSelectionModel *selection = map.selectionModel();
    AreaTableModel *table = map.areaTable();
    const int selected = selection ? int(selection->selectedRows().size()) : 0;
    QString label;
    std::vector<int> classAreas;
    const bool onLegend = map.legendRect().contains(pos);
    const bool onClass = onLegend && map.legendEntryAt(pos, &label, &classAreas);
    const Handler handler = [&map, projectIndex, classAreas](Command command) {
        QItemSelectionModel *selection = map.selectionModel();
        AreaTableModel *table = map.areaTable();
        const bool canSelect = selection && table;
        if (canSelect && applySelection(command, *selection, *table, projectIndex))
            return;
        switch (command) {
        case Command::Profile:
            Q_EMIT map.areaActivated(projectIndex);
            break;
        case Command::ZoomToArea:
            map.zoomToArea(projectIndex);
            break;
        case Command::CompareSelected:
            Q_EMIT map.compareRequested();
            break;
        case Command::ZoomToSelection:
            map.zoomToSelection();
            break;
        case Command::ZoomToFullExtent:
            map.zoomToFullExtent();
            break;
        case Command::SelectClass:
        case Command::AddClassToSelection:
            if (canSelect)
                selectAreas(*selection, *table, classAreas,
                            command == Command::AddClassToSelection);
            break;
        case Command::EditTitle:
            Q_EMIT map.legendTitleEditRequested();
            break;
        case Command::AddNote:
            Q_EMIT map.noteRequested(projectIndex);
            break;
        case Command::GivePoint:
            Q_EMIT map.pointRequested(projectIndex);
            break;
        default: // selection commands, done above
            break;
        }
    };
    if (onClass)
        return forLegendClass(label, int(classAreas.size()), selected, handler, &map);
    if (row >= 0 && !onLegend && selection && table && table->rowOfProjectIndex(projectIndex) >= 0)
        return forArea(stateOf(*table, *selection, table->rowOfProjectIndex(projectIndex)), handler,
                       &map);
    return forMap(selected, handler, &map);
}

} // namespace qw::AreaContextMenu

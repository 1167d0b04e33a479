#pragma once

#include <QList>

class QAction;
class QMenu;

namespace qw {

class ImportController;
class MainWindow;
class UndoController;
class WorkbenchDocks;

// The Analysis menu's planning tools below the comparison and the reports: derived
// indicators, changes and ranks over time, the needs index and its robustness, the
// allocation of a budget. Each is a controller owned by window; the catalogue actions also
// go into the indicator panel, the changes and ranks into its context menu.
namespace PlanningTools {

// Adds them to analysis; returns their actions, which need an open project.
QList<QAction *> add(MainWindow *window, QMenu *analysis, ImportController *imports,
                     UndoController *undo, WorkbenchDocks &docks);

} // namespace PlanningTools
} // namespace qw

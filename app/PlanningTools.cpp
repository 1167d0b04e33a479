#include "PlanningTools.h"

#include "AllocationController.h"
#include "DerivedController.h"
#include "IndexController.h"
#include "IndicatorPanel.h"
#include "SensitivityController.h"
#include "WorkbenchDocks.h"

#include <QMenu>

namespace qw::PlanningTools {

QList<QAction *> add(MainWindow *window, QMenu *analysis, ImportController *imports,
                     UndoController *undo, WorkbenchDocks &docks)
{
    QList<QAction *> actions;
    auto *derived = new DerivedController(window, analysis, imports, undo);
    docks.indicatorPanel()->addCatalogueAction(derived->action());
    actions << derived->action();
    actions << (new AllocationController(window, analysis, undo, docks))->action();
    actions << (new SensitivityController(window, analysis))->action();
    auto *index = new IndexController(window, analysis, imports, undo, docks.contributionsPanel());
    docks.indicatorPanel()->addCatalogueAction(index->actions().first());
    actions << index->actions();
    return actions;
}

} // namespace qw::PlanningTools

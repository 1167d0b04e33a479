#include "PlanningTools.h"

#include "AllocationController.h"
#include "DerivedController.h"
#include "IndexController.h"
#include "IndicatorPanel.h"
#include "SensitivityController.h"
#include "TimeAnalysisController.h"
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
    // Changes and ranks over time build on derived indicators: right below them.
    auto *time = new TimeAnalysisController(window, analysis, imports, undo);
    for (QAction *a : time->actions())
        docks.indicatorPanel()->addIndicatorAction(a);
    actions << time->actions();
    // In the order of the work: build the index, check how robust it is, allocate by it.
    auto *index = new IndexController(window, analysis, imports, undo, docks.contributionsPanel());
    docks.indicatorPanel()->addCatalogueAction(index->actions().first());
    actions << index->actions();
    actions << (new SensitivityController(window, analysis))->action();
    actions << (new AllocationController(window, analysis, undo, docks))->action();
    return actions;
}

} // namespace qw::PlanningTools

// The allocation in the window: the dock's table linked to the shared area selection (both
// ways), saving and deleting saved allocations undone and redone through Edit > Undo,
// opening a saved one as it was decided, and the exports.
#include "AllocationController.h"
#include "AllocationFixtures.h"
#include "AllocationMapView.h"
#include "AllocationPanel.h"
#include "AllocationTableModel.h"
#include "AllocationTableView.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectAllocation.h"
#include "ProjectStore.h"
#include "TestSupport.h"
#include "UndoController.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace qw;

namespace {

QStringList savedNames(MainWindow &w)
{
    return w.project()->store().allocations().names();
}

} // namespace

class TestAllocationWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("city%1.gpkg").arg(++m_projects));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        return path;
    }

    // The window on a fresh city with the demo rule's allocation shown in the dock.
    AllocationController *showDemo(MainWindow &w)
    {
        QString error;
        if (!w.openProject(newProject(), &error, false))
            qFatal("%s", qPrintable(error));
        auto *controller = w.findChild<AllocationController *>();
        auto a =
            ProjectAllocation::compute(*w.project(), test::demoAllocationRule(), false, &error);
        if (!controller || !a)
            qFatal("no allocation: %s", qPrintable(error));
        controller->show(std::make_shared<const Allocation>(std::move(*a)));
        return controller;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    void theMenuHasTheCommandAndTheDockWaitsForAnAllocation()
    {
        MainWindow w;
        auto *controller = w.findChild<AllocationController *>();
        QVERIFY(controller);
        // On the start page the command is off and the dock hidden
        QVERIFY(!controller->action()->isEnabled());
        QVERIFY(controller->dock()->isHidden());
        QCOMPARE(controller->dock()->objectName(), QStringLiteral("allocationDock"));
        // and the command sits in the Analysis menu
        bool found = false;
        for (QAction *menu : w.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(controller->action()))
                found = true;
        QVERIFY(found);
        QString error;
        QVERIFY2(w.openProject(newProject(), &error, false), qPrintable(error));
        QVERIFY(controller->action()->isEnabled());
        QVERIFY(controller->dock()->isHidden());
    }

    void aRowSelectsItsAreaAndTheMapSelectsTheRow()
    {
        // Given the allocation in the dock, on a map of another level
        MainWindow w;
        QString error;
        QVERIFY(w.openProject(newProject(), &error, false));
        const auto levels = w.project()->levels();
        QVERIFY(levels.size() > 1);
        for (const AreaLevel &l : levels)
            if (l.key != w.project()->finestLevel())
                QVERIFY(w.setLevel(l.key));
        auto *controller = w.findChild<AllocationController *>();
        auto a =
            ProjectAllocation::compute(*w.project(), test::demoAllocationRule(), false, &error);
        QVERIFY2(a, qPrintable(error));
        controller->show(std::make_shared<const Allocation>(std::move(*a)));
        // Then the map shows the allocation's level and the dock is up
        QCOMPARE(w.currentLevel(), QStringLiteral("sozialraum"));
        QVERIFY(!controller->dock()->isHidden());
        AllocationPanel *panel = controller->panel();
        AllocationTableView *table = panel->table();
        QCOMPARE(table->model()->rowCount(), 39);
        // When the planner sorts by a column and selects the first row
        table->sortByColumn(0, Qt::DescendingOrder);
        const QString key =
            table->model()->index(0, 0).data(AllocationTableModel::AreaKeyRole).toString();
        table->selectRow(0);
        // Then that area is selected in the window (map and area list)
        QCOMPARE(w.selectedAreaKeys(), QStringList {key});
        // and outlined on the dock's map
        const int modelRow = table->modelRow(0);
        QVERIFY(panel->mapView()->selected().at(std::size_t(modelRow)));
        // When two areas are selected on the main map
        const QString other =
            table->model()->index(5, 0).data(AllocationTableModel::AreaKeyRole).toString();
        w.selectAreas({key, other});
        // Then both rows are selected in the dock
        QStringList rows;
        for (const QModelIndex &i : table->selectionModel()->selectedRows())
            rows << i.data(AllocationTableModel::AreaKeyRole).toString();
        rows.sort();
        QStringList expected {key, other};
        expected.sort();
        QCOMPARE(rows, expected);
    }

    void savingAndDeletingAreUndone()
    {
        MainWindow w;
        AllocationController *controller = showDemo(w);
        QUndoStack *stack = w.undoController()->stack();
        // When the shown allocation is saved twice under two names
        QString error;
        QVERIFY2(controller->saveAs(QStringLiteral("Schulsozialarbeit 2025"), &error),
                 qPrintable(error));
        QVERIFY2(controller->saveAs(QStringLiteral("Entwurf"), &error), qPrintable(error));
        QCOMPARE(
            savedNames(w),
            (QStringList {QStringLiteral("Schulsozialarbeit 2025"), QStringLiteral("Entwurf")}));
        QCOMPARE(controller->panel()->savedNames(), savedNames(w));
        QCOMPARE(controller->panel()->savedName(), QStringLiteral("Entwurf"));
        QCOMPARE(w.undoController()->undoAction()->text(),
                 UndoController::undoText(stack->undoText()));
        // Then undo takes the second away, redo brings it back
        stack->undo();
        QCOMPARE(savedNames(w), QStringList {QStringLiteral("Schulsozialarbeit 2025")});
        QCOMPARE(controller->panel()->savedNames(), savedNames(w));
        QVERIFY(controller->panel()->savedName().isEmpty()); // no longer saved
        stack->redo();
        QCOMPARE(savedNames(w).size(), 2);
        // When the first is deleted
        QVERIFY2(controller->deleteSaved(QStringLiteral("Schulsozialarbeit 2025"), &error),
                 qPrintable(error));
        QCOMPARE(savedNames(w), QStringList {QStringLiteral("Entwurf")});
        // Then undo puts it back in its place, with its amounts
        stack->undo();
        QCOMPARE(
            savedNames(w),
            (QStringList {QStringLiteral("Schulsozialarbeit 2025"), QStringLiteral("Entwurf")}));
        const auto back =
            w.project()->store().allocations().read(QStringLiteral("Schulsozialarbeit 2025"));
        QVERIFY(back);
        QCOMPARE(back->amounts.size(), std::size_t(39));
        double sum = 0;
        for (const StoredAmount &s : back->amounts)
            sum += s.amount;
        QCOMPARE(sum, 500000.0);
        QVERIFY(back->rule == controller->panel()->allocation()->rule);
        // And saving over a name is undone to the allocation it replaced
        AllocationRule other = test::demoAllocationRule();
        other.budget = 300000;
        auto a = ProjectAllocation::compute(*w.project(), other, false, &error);
        QVERIFY(a);
        controller->show(std::make_shared<const Allocation>(std::move(*a)));
        QVERIFY(controller->saveAs(QStringLiteral("Entwurf"), &error));
        QCOMPARE(w.project()->store().allocations().read(QStringLiteral("Entwurf"))->rule.budget,
                 300000.0);
        stack->undo();
        QCOMPARE(w.project()->store().allocations().read(QStringLiteral("Entwurf"))->rule.budget,
                 500000.0);
        QCOMPARE(savedNames(w).last(), QStringLiteral("Entwurf"));
    }

    void aSavedAllocationOpensAsDecided()
    {
        // Given a saved allocation
        MainWindow w;
        AllocationController *controller = showDemo(w);
        QString error;
        QVERIFY(controller->saveAs(QStringLiteral("2025"), &error));
        const auto shown = controller->panel()->allocation();
        controller->panel()->clear();
        // When it is opened
        QVERIFY2(controller->openSaved(QStringLiteral("2025"), &error), qPrintable(error));
        // Then the dock shows its amounts and rule, named
        const auto opened = controller->panel()->allocation();
        QVERIFY(opened);
        QCOMPARE(controller->panel()->savedName(), QStringLiteral("2025"));
        QVERIFY(opened->rule == shown->rule);
        QVERIFY(opened->keys == shown->keys);
        QVERIFY(opened->result.amount == shown->result.amount);
        QVERIFY(opened->names == shown->names);
        QCOMPARE(controller->panel()->model()->total(), 500000.0);
        // and, as its rule still gives these amounts, without a notice
        QVERIFY2(controller->panel()->notice().isEmpty(),
                 qPrintable(controller->panel()->notice()));
        // When the data no longer give what was decided for two areas (as after an index was
        // edited: here the decided amounts are what differs)
        auto stored = w.project()->store().allocations().read(QStringLiteral("2025"));
        QVERIFY(stored);
        stored->amounts[0].amount += 1000;
        stored->amounts[1].amount -= 1000;
        w.project()->store().allocations().restore(*stored);
        QVERIFY2(controller->openSaved(QStringLiteral("2025"), &error), qPrintable(error));
        // Then it opens as decided, with a notice that names how many areas differ now
        QCOMPARE(controller->panel()->allocation()->result.amount[0], stored->amounts[0].amount);
        QVERIFY2(controller->panel()->notice().contains(QStringLiteral("2 area")),
                 qPrintable(controller->panel()->notice()));
        // and an unknown name is refused with its name
        QVERIFY(!controller->openSaved(QStringLiteral("1999"), &error));
        QVERIFY(error.contains(QStringLiteral("1999")));
    }

    void exportsWriteTheShownAllocation()
    {
        MainWindow w;
        AllocationController *controller = showDemo(w);
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("verteilung.csv"));
        QVERIFY2(controller->exportTo(csv, &error), qPrintable(error));
        const QString text = QString::fromUtf8(test::fileBytes(csv));
        QVERIFY(text.contains(QStringLiteral("qw-allocation/1; indicator=social_index")));
        const QString pdf = m_dir.filePath(QStringLiteral("verteilung.pdf"));
        QVERIFY2(controller->exportTo(pdf, &error), qPrintable(error));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        // A folder that is not there: a message naming the file, nothing written
        const QString bad = m_dir.filePath(QStringLiteral("gone/verteilung.xlsx"));
        QVERIFY(!controller->exportTo(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("verteilung.xlsx")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(bad));
    }

    void anotherProjectStartsWithoutTheLastAllocation()
    {
        MainWindow w;
        AllocationController *controller = showDemo(w);
        QVERIFY(controller->saveAs(QStringLiteral("A"), nullptr));
        QString error;
        QVERIFY(w.openProject(newProject(), &error, false));
        QVERIFY(!controller->panel()->allocation());
        QVERIFY(controller->dock()->isHidden());
        QVERIFY(controller->panel()->savedNames().isEmpty());
        w.showStartPage();
        QVERIFY(controller->dock()->isHidden());
    }
};

QTEST_MAIN(TestAllocationWindow)
#include "test_allocation_window.moc"

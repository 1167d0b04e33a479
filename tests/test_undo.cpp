// Edit > Undo and Redo in the window: saved views, imports (also of an earlier session,
// through the persisted import log), the shortcuts, and what the window keeps showing
// when an import reloads the project.
#include "DefineIndexCommand.h"
#include "ImportController.h"
#include "ImportLog.h"
#include "ImportUndoCommand.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectStore.h"
#include "SavedView.h"
#include "SavedViewsController.h"
#include "TableImport.h"
#include "TestSupport.h"
#include "TimeSlider.h"
#include "UndoController.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace qw;

namespace {

QStringList viewNames(MainWindow &w)
{
    QStringList names;
    for (const auto &v : w.project()->store().views())
        names << v.name;
    return names;
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

QString viewPeriod(MainWindow &w, const QString &name)
{
    for (const auto &v : w.project()->store().views())
        if (v.name == name)
            return SavedViewArchive::read(v.archive).period;
    return {};
}

// Values of a new indicator for every area of the finest level, as the wizard would
// write them from a department's table.
ImportPlan planFor(const Project &project, const QString &file, const QString &source,
                   const QStringList &periods, double base)
{
    ImportPlan plan;
    plan.path = file;
    plan.spec.source = source;
    PlannedIndicator planned;
    planned.label = QStringLiteral("Testwert");
    planned.indicator.key = QStringLiteral("test_value");
    planned.indicator.nameDe = QStringLiteral("Testwert");
    planned.isNew = !project.indicator(planned.indicator.key);
    plan.indicators.push_back(planned);
    int n = 0;
    for (const int i : project.areasOfLevel(project.finestLevel()))
        for (const QString &period : periods) {
            IndicatorValue v;
            v.areaKey = project.areas()[size_t(i)].key;
            v.indicatorKey = planned.indicator.key;
            v.period = period;
            v.value = base + n++;
            plan.values.push_back(v);
        }
    plan.periods = periods;
    plan.rowsRead = plan.rowsMatched = qint64(plan.values.size());
    return plan;
}

// Writes the plan as the import wizard does (own connection) and hands it to the window.
qint64 importPlan(MainWindow &w, const ImportPlan &plan)
{
    qint64 id = 0;
    {
        auto store = ProjectStore::open(w.project()->path());
        id = ImportLog(*store).commit(plan);
    }
    w.imports()->tableImported(id, plan, QStringLiteral("imported"));
    return id;
}

// How many areas of the finest level have a value of the indicator in the period (0 when
// it is gone).
int valueCount(MainWindow &w, const QString &indicator, const QString &period)
{
    const auto project = w.project();
    if (!project->indicator(indicator) || !project->periods(indicator).contains(period))
        return 0;
    const auto values = project->values(indicator, period);
    int count = 0;
    for (const int i : project->areasOfLevel(project->finestLevel()))
        count += std::isnan(values->values[size_t(i)]) ? 0 : 1;
    return count;
}

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_projects = 0;

    // A fresh small city (each test changes its project).
    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("city%1.gpkg").arg(++m_projects));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        return path;
    }

    void open(MainWindow &w, const QString &path)
    {
        QString error;
        QVERIFY2(w.openProject(path, &error, false), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The recent-projects list goes to a settings file of the test's own.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    void renameOfAViewIsUndoneAndRedone()
    {
        // Given a project with the views "Nord" and "Süd"
        MainWindow w;
        open(w, newProject());
        SavedViewsController *views = w.savedViews();
        QVERIFY(views->saveAs(QStringLiteral("Nord"), nullptr));
        QVERIFY(views->saveAs(QStringLiteral("Süd"), nullptr));
        // When "Nord" is renamed
        QString error;
        QVERIFY2(views->renameView(QStringLiteral("Nord"), QStringLiteral("Nordost"), &error),
                 qPrintable(error));
        QCOMPARE(viewNames(w), (QStringList {QStringLiteral("Nordost"), QStringLiteral("Süd")}));
        // Then Edit > Undo names the command, and undoing gives the old name back, in its place
        UndoController *undo = w.undoController();
        QCOMPARE(undo->undoAction()->text(), QStringLiteral("&Undo: Rename view"));
        QVERIFY(undo->undoAction()->isEnabled());
        undo->undoAction()->trigger();
        QCOMPARE(viewNames(w), (QStringList {QStringLiteral("Nord"), QStringLiteral("Süd")}));
        QCOMPARE(undo->redoAction()->text(), QStringLiteral("&Redo: Rename view"));
        // and Redo renames it again
        undo->redoAction()->trigger();
        QCOMPARE(viewNames(w), (QStringList {QStringLiteral("Nordost"), QStringLiteral("Süd")}));
        // A name that is taken is refused and leaves nothing to undo
        const int commands = undo->stack()->count();
        QVERIFY(!views->renameView(QStringLiteral("Süd"), QStringLiteral("Nordost"), &error));
        QVERIFY(error.contains(QStringLiteral("Nordost")));
        QCOMPARE(undo->stack()->count(), commands);
    }

    void deleteAndSaveOfAViewAreUndoneAndRedone()
    {
        // Given three views
        MainWindow w;
        open(w, newProject());
        SavedViewsController *views = w.savedViews();
        UndoController *undo = w.undoController();
        for (const char *name : {"A", "B", "C"})
            QVERIFY(views->saveAs(QString::fromLatin1(name), nullptr));
        // When the middle one is deleted and the deletion undone
        QVERIFY(views->deleteView(QStringLiteral("B"), nullptr));
        QCOMPARE(viewNames(w), (QStringList {QStringLiteral("A"), QStringLiteral("C")}));
        QCOMPARE(undo->undoAction()->text(), QStringLiteral("&Undo: Delete view"));
        undo->stack()->undo();
        // Then it is back in its place, and Redo deletes it again
        QCOMPARE(viewNames(w),
                 (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        undo->stack()->redo();
        QCOMPARE(viewNames(w), (QStringList {QStringLiteral("A"), QStringLiteral("C")}));

        // When a new view is saved, undo removes it and redo brings it back
        QVERIFY(views->saveAs(QStringLiteral("D"), nullptr));
        QCOMPARE(undo->undoAction()->text(), QStringLiteral("&Undo: Save view"));
        undo->stack()->undo();
        QVERIFY(!viewNames(w).contains(QStringLiteral("D")));
        undo->stack()->redo();
        QCOMPARE(viewNames(w).last(), QStringLiteral("D"));

        // When a view is saved over with another period, undo gives the old content back
        const QStringList periods = w.project()->periods(w.currentIndicator());
        QVERIFY(periods.size() >= 2);
        QVERIFY(w.setPeriod(periods.first()));
        QVERIFY(views->saveAs(QStringLiteral("A"), nullptr));
        QCOMPARE(viewPeriod(w, QStringLiteral("A")), periods.first());
        undo->stack()->undo();
        QCOMPARE(viewPeriod(w, QStringLiteral("A")), periods.last());
        QCOMPARE(viewNames(w).first(), QStringLiteral("A"));
        undo->stack()->redo();
        QCOMPARE(viewPeriod(w, QStringLiteral("A")), periods.first());
    }

    void aNeedsIndexIsUndoneRedoneAndEdited()
    {
        // Given a project and an index defined from the window
        MainWindow w;
        open(w, newProject());
        UndoController *undo = w.undoController();
        IndexRecipe recipe;
        recipe.inputs = {{QStringLiteral("sgb2_rate"), 1, 1.0},
                         {QStringLiteral("child_poverty"), 1, 1.0}};
        recipe.populationKey = QStringLiteral("pop_total");
        recipe.minPopulation = 300;
        const DefineIndexCommand::Definition first {QStringLiteral("si"),
                                                    QStringLiteral("Sozialindex"),
                                                    QStringLiteral("Needs index"), recipe};
        undo->push(new DefineIndexCommand(w.imports(), first));
        QVERIFY(w.project()->indicator(QStringLiteral("si_class")));
        // The English name in an English window
        QCOMPARE(undo->undoAction()->text(), QStringLiteral("&Undo: New index Needs index"));
        // When it is undone, the index and its parts are gone, in the file too
        undo->undoAction()->trigger();
        QVERIFY(!w.project()->indicator(QStringLiteral("si")));
        QVERIFY(!w.project()->indicator(QStringLiteral("si_class")));
        QVERIFY(!Project::open(w.project()->path())->indicator(QStringLiteral("si")));
        // and Redo computes it again
        undo->redoAction()->trigger();
        QVERIFY(w.project()->indicator(QStringLiteral("si_class")));
        // Editing replaces the recipe; its undo puts the first one back
        DefineIndexCommand::Definition second = first;
        second.recipe.inputs.push_back({QStringLiteral("single_parents"), 1, 2.0});
        undo->push(new DefineIndexCommand(w.imports(), second, first));
        QVERIFY(w.project()
                    ->indicator(QStringLiteral("si"))
                    ->recipe.contains(QStringLiteral("single_parents")));
        undo->undoAction()->trigger();
        QVERIFY(w.project()->indicator(QStringLiteral("si")));
        QVERIFY(!w.project()
                     ->indicator(QStringLiteral("si"))
                     ->recipe.contains(QStringLiteral("single_parents")));
        // A recipe that does not compute leaves nothing to undo and keeps the index (the
        // undone edit is dropped from the stack as any new command drops it)
        const int commands = undo->stack()->index();
        DefineIndexCommand::Definition bad = first;
        bad.recipe.minPopulation = 1e9;
        undo->push(new DefineIndexCommand(w.imports(), bad, first));
        QCOMPARE(undo->stack()->count(), commands);
        QVERIFY(w.project()->indicator(QStringLiteral("si_class")));
    }

    void importIsUndoneAndRedone()
    {
        // Given a project and an import of a new indicator
        MainWindow w;
        open(w, newProject());
        UndoController *undo = w.undoController();
        QVERIFY(!undo->stack()->canUndo()); // the demo city has no import in its log
        const int areas = int(w.project()->areasOfLevel(w.project()->finestLevel()).size());
        importPlan(w,
                   planFor(*w.project(), m_dir.filePath(QStringLiteral("test_2030.csv")),
                           QStringLiteral("Test"), {QStringLiteral("2030")}, 1));
        QCOMPARE(valueCount(w, QStringLiteral("test_value"), QStringLiteral("2030")), areas);
        QCOMPARE(undo->undoAction()->text(), QStringLiteral("&Undo: Import of test_2030.csv"));
        // When it is undone from the Edit menu
        undo->undoAction()->trigger();
        // Then the values and the new indicator are gone, in the file too
        QCOMPARE(valueCount(w, QStringLiteral("test_value"), QStringLiteral("2030")), 0);
        QVERIFY(!w.project()->indicator(QStringLiteral("test_value")));
        QVERIFY(!Project::open(w.project()->path())->indicator(QStringLiteral("test_value")));
        // and Redo writes them again
        QVERIFY(undo->redoAction()->isEnabled());
        undo->redoAction()->trigger();
        QCOMPARE(valueCount(w, QStringLiteral("test_value"), QStringLiteral("2030")), areas);
        QCOMPARE(w.project()
                     ->values(QStringLiteral("test_value"), QStringLiteral("2030"))
                     ->values[size_t(w.project()->areasOfLevel(w.project()->finestLevel())[0])],
                 1.0);
        // The log tells the story: imported, undone, imported again
        auto store = ProjectStore::open(w.project()->path(), ProjectStore::Access::ReadOnly);
        int values = 0, undone = 0;
        for (const ImportRecord &r : ImportLog(*store).history()) {
            values += r.kind == QLatin1String("values");
            undone += r.undone;
        }
        QCOMPARE(values, 2);
        QCOMPARE(undone, 1);
    }

    void importOfAnEarlierSessionCanBeUndone()
    {
        // Given a project imported into in one session
        const QString path = newProject();
        {
            MainWindow first;
            open(first, path);
            importPlan(first,
                       planFor(*first.project(), m_dir.filePath(QStringLiteral("old.csv")),
                               QStringLiteral("Alt"), {QStringLiteral("2031")}, 5));
        }
        // When it is opened in the next session
        MainWindow w;
        open(w, path);
        // Then Edit > Undo offers that import, and asks first (Redo cannot bring it back)
        UndoController *undo = w.undoController();
        QCOMPARE(undo->undoAction()->text(), QStringLiteral("&Undo: Import of old.csv"));
        const auto *command = dynamic_cast<const ImportUndoCommand *>(undo->nextUndo());
        QVERIFY(command);
        QVERIFY(command->oneWayQuestion().contains(QStringLiteral("old.csv")));
        QVERIFY(valueCount(w, QStringLiteral("test_value"), QStringLiteral("2031")) > 0);
        undo->stack()->undo();
        QCOMPARE(valueCount(w, QStringLiteral("test_value"), QStringLiteral("2031")), 0);
        QVERIFY(!undo->stack()->canUndo());
        QVERIFY(!undo->stack()->canRedo());
        // Opening another project starts another history
        importPlan(w,
                   planFor(*w.project(), m_dir.filePath(QStringLiteral("new.csv")),
                           QStringLiteral("Neu"), {QStringLiteral("2032")}, 5));
        QVERIFY(undo->stack()->canUndo());
        open(w, newProject());
        QCOMPARE(undo->stack()->count(), 0);
        QCOMPARE(undo->undoAction()->text(), QStringLiteral("&Undo"));
        QVERIFY(!undo->undoAction()->isEnabled());
    }

    void shortcutsAreTheStandardOnes()
    {
        // Given the window with its menus
        MainWindow w;
        UndoController *undo = w.undoController();
        const QKeySequence ctrlZ(Qt::CTRL | Qt::Key_Z);
        const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
        // Then Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo
        QVERIFY(undo->undoAction()->shortcuts().contains(ctrlZ));
        QVERIFY(undo->redoAction()->shortcuts().contains(ctrlShiftZ));
        QVERIFY(undo->redoAction()->shortcuts().contains(ctrlY));
        QVERIFY(!undo->undoAction()->shortcuts().contains(ctrlShiftZ));
        // and no other action of the window has one of these keys
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a == undo->undoAction() || a == undo->redoAction())
                continue;
            for (const QKeySequence &key : {ctrlZ, ctrlShiftZ, ctrlY})
                QVERIFY2(!a->shortcuts().contains(key), qPrintable(a->text()));
        }
        // The Edit menu holds both, between File and View
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus.indexOf(QStringLiteral("&Edit")),
                 menus.indexOf(QStringLiteral("&File")) + 1);
        QVERIFY(undo->undoAction()->associatedObjects().size() >= 1);
    }

    void importKeepsPeriodAndSelection()
    {
        // Given the map of an earlier period with three areas selected
        MainWindow w;
        open(w, newProject());
        const QString indicator = w.currentIndicator();
        const QStringList periods = w.project()->periods(indicator);
        QVERIFY(periods.size() >= 2);
        SavedView shown = w.captureView();
        shown.period = periods.first();
        const auto &rows = w.project()->areasOfLevel(w.project()->finestLevel());
        for (int n : {0, 3, 5})
            shown.selectedAreas << w.project()->areas()[size_t(rows[size_t(n)])].key;
        QVERIFY(w.showSavedView(shown));
        QCOMPARE(w.selectedAreaKeys().size(), 3);
        // When an import adds another indicator
        importPlan(w,
                   planFor(*w.project(), m_dir.filePath(QStringLiteral("more.csv")),
                           QStringLiteral("Mehr"), {QStringLiteral("2030")}, 1));
        // Then indicator, period and selection are as they were
        QCOMPARE(w.currentIndicator(), indicator);
        QCOMPARE(w.currentPeriod(), periods.first());
        QCOMPARE(sorted(w.selectedAreaKeys()), sorted(shown.selectedAreas));
        // and so after its undo
        w.undoController()->stack()->undo();
        QCOMPARE(w.currentPeriod(), periods.first());
        QCOMPARE(sorted(w.selectedAreaKeys()), sorted(shown.selectedAreas));
    }

    void savedViewKeepsThePeriodAndThePlayRange()
    {
        // Given the map of the latest period with a play range over the earlier ones
        MainWindow w;
        open(w, newProject());
        const QStringList periods = w.project()->periods(w.currentIndicator());
        QVERIFY(periods.size() >= 2);
        QVERIFY(w.setPeriod(periods.last()));
        w.timeSlider()->setPlayRange(periods.first(), periods[periods.size() - 2]);
        QVERIFY(!w.timeSlider()->playTo().isEmpty());
        // When it is saved, the time settings changed, and the view restored
        QVERIFY(w.saveView(QStringLiteral("Zeitraum")));
        QVERIFY(w.setPeriod(periods.first()));
        w.timeSlider()->setPlayRange({}, {});
        QVERIFY(w.restoreSavedView(QStringLiteral("Zeitraum")));
        // Then the period and the range are those saved
        QCOMPARE(w.currentPeriod(), periods.last());
        QCOMPARE(w.timeSlider()->current(), periods.last());
        QCOMPARE(w.timeSlider()->playFrom(), periods.first());
        QCOMPARE(w.timeSlider()->playTo(), periods[periods.size() - 2]);
    }

    void importThatRemovesThePeriodResetsIt()
    {
        // Given an imported indicator with two periods, shown in the first, three areas chosen
        MainWindow w;
        open(w, newProject());
        const QString before = w.currentIndicator();
        importPlan(w,
                   planFor(*w.project(), m_dir.filePath(QStringLiteral("t1.csv")),
                           QStringLiteral("Quelle"),
                           {QStringLiteral("2030"), QStringLiteral("2031")}, 1));
        QVERIFY(w.setIndicator(QStringLiteral("test_value")));
        QVERIFY(w.setPeriod(QStringLiteral("2030")));
        SavedView shown = w.captureView();
        const auto &rows = w.project()->areasOfLevel(w.project()->finestLevel());
        for (int n : {1, 2, 4})
            shown.selectedAreas << w.project()->areas()[size_t(rows[size_t(n)])].key;
        QVERIFY(w.showSavedView(shown));
        // When the source is imported again with the second period only (it replaces the
        // earlier delivery, so 2030 is gone)
        importPlan(w,
                   planFor(*w.project(), m_dir.filePath(QStringLiteral("t2.csv")),
                           QStringLiteral("Quelle"), {QStringLiteral("2031")}, 10));
        // Then the indicator stays and the period falls back to the latest
        QCOMPARE(w.project()->periods(QStringLiteral("test_value")),
                 QStringList {QStringLiteral("2031")});
        QCOMPARE(w.currentIndicator(), QStringLiteral("test_value"));
        QCOMPARE(w.currentPeriod(), QStringLiteral("2031"));
        QCOMPARE(sorted(w.selectedAreaKeys()), sorted(shown.selectedAreas));
        // When both imports are undone, the indicator is gone: the window shows the
        // project's default indicator again, the areas stay chosen
        w.undoController()->stack()->undo();
        QCOMPARE(w.currentPeriod(), QStringLiteral("2031")); // 2030 is back, 2031 still there
        w.undoController()->stack()->undo();
        QVERIFY(!w.project()->indicator(QStringLiteral("test_value")));
        QCOMPARE(w.currentIndicator(), before);
        QCOMPARE(w.currentPeriod(), w.project()->periods(before).last());
        QCOMPARE(sorted(w.selectedAreaKeys()), sorted(shown.selectedAreas));
    }
};

QTEST_MAIN(TestUndo)
#include "test_undo.moc"

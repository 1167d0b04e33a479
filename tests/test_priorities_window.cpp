// The workshop's dot voting in the window: points given with P and the panel's buttons for
// the voter chosen (the notes' table name by default), within the points each voter has,
// undone and redone through the window's undo stack; the ranking selects its areas; the
// points map beside the data map on linked panes; and the votes kept on reopening.
#include "AreaContextMenu.h"
#include "ChoroplethRenderer.h"
#include "MainWindow.h"
#include "MapPanesController.h"
#include "MapWidget.h"
#include "NotesController.h"
#include "PrioritiesController.h"
#include "PrioritiesPanel.h"
#include "PriorityRankingModel.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"
#include "UndoController.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace qw;

namespace {
const QString kPoints = QLatin1String(PriorityRepository::kPointsIndicator);

QPushButton *button(QWidget *panel, const QString &text)
{
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QString budgetText(QWidget *panel)
{
    for (QLabel *l : panel->findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("points left")))
            return l->text();
    return {};
}
} // namespace

class TestPrioritiesWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QLatin1String(PrioritiesController::kVoterKey));
        QSettings().setValue(QLatin1String(NotesController::kAuthorKey), QStringLiteral("Tisch 4"));
    }

    void pointsGivenUndoneWithinTheBudgetAndBesideTheMap()
    {
        // Given the window on a small city, three points per voter, one area selected
        const QString path = m_dir.filePath(QStringLiteral("city.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(path, &error, false), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const std::vector<int> &level = w.project()->areasOfLevel(w.currentLevel());
        const AreaInfo a = w.project()->areas()[std::size_t(level[0])];
        const AreaInfo b = w.project()->areas()[std::size_t(level[1])];
        PrioritiesController *priorities = w.priorities();
        QAbstractItemModelTester tester(priorities->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // (the voter is the notes' table name)
        QCOMPARE(priorities->voter(), QStringLiteral("Tisch 4"));
        priorities->setPointsPerVoter(3);
        QCOMPARE(priorities->tally().pointsPerVoter(), 3);
        const QString dataIndicator = w.currentIndicator();
        w.selectAreas({a.key});
        auto *panel = w.findChild<PrioritiesPanel *>(QStringLiteral("prioritiesPanel"));
        QVERIFY(panel);
        QVERIFY2(budgetText(panel).contains(QStringLiteral("3 of 3")),
                 qPrintable(budgetText(panel)));

        // When P is pressed twice on the map and "+1 point" once for another area
        QTest::keyClick(w.mapWidget(), Qt::Key_P);
        QTest::keyClick(w.mapWidget(), Qt::Key_P);
        w.selectAreas({b.key});
        QPushButton *give = button(panel, QStringLiteral("+1 point"));
        QVERIFY(give);
        give->click();
        // Then the votes are stored, the budget is spent and the ranking shows them
        PriorityTally stored = w.project()->store().priorities().tally();
        QCOMPARE(stored.given(QStringLiteral("Tisch 4"), a.key), 2);
        QCOMPARE(stored.given(QStringLiteral("Tisch 4"), b.key), 1);
        QVERIFY2(budgetText(panel).contains(QStringLiteral("0 of 3")),
                 qPrintable(budgetText(panel)));
        QVERIFY(!give->isEnabled());
        QCOMPARE(priorities->model()->rowCount(), 2);
        QCOMPARE(priorities->model()->data(priorities->model()->index(0, 1)).toString(), a.name);
        // and a fourth point is refused with the reason
        priorities->givePoint(w.project()->areaIndex(a.key));
        QCOMPARE(w.project()->store().priorities().tally().given(QStringLiteral("Tisch 4"), a.key),
                 2);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("0 of 3")),
                 qPrintable(w.statusBar()->currentMessage()));
        // and the points are an indicator with 0 for the areas without
        QVERIFY(w.project()->indicator(kPoints));
        const QString year = w.project()->periods(kPoints).last();
        const auto values = w.project()->values(kPoints, year);
        QCOMPARE(values->values[std::size_t(level[0])], 2.0);
        QCOMPARE(values->values[std::size_t(level[2])], 0.0);

        // When the last point is undone, then it is gone from store and ranking; redo
        // gives it back
        QCOMPARE(w.undoController()->stack()->undoText(),
                 QStringLiteral("Point from Tisch 4 for %1").arg(b.name));
        w.undoController()->stack()->undo();
        QCOMPARE(w.project()->store().priorities().tally().given(QStringLiteral("Tisch 4"), b.key),
                 0);
        QCOMPARE(priorities->model()->rowCount(), 1);
        QVERIFY2(budgetText(panel).contains(QStringLiteral("1 of 3")),
                 qPrintable(budgetText(panel)));
        w.undoController()->stack()->redo();
        QCOMPARE(priorities->model()->rowCount(), 2);

        // When Shift+P takes back a point of the selected area, then it is undoable too
        w.selectAreas({a.key});
        QTest::keyClick(w.mapWidget(), Qt::Key_P, Qt::ShiftModifier);
        QCOMPARE(w.project()->store().priorities().tally().given(QStringLiteral("Tisch 4"), a.key),
                 1);
        w.undoController()->stack()->undo();
        QCOMPARE(w.project()->store().priorities().tally().given(QStringLiteral("Tisch 4"), a.key),
                 2);

        // When a row of the ranking is clicked, then its area is selected
        QTableView *ranking = panel->table();
        ranking->scrollTo(ranking->model()->index(1, 1));
        QTest::mouseClick(ranking->viewport(), Qt::LeftButton, {},
                          ranking->visualRect(ranking->model()->index(1, 1)).center());
        QCOMPARE(w.selectedAreaKeys(), QStringList {b.key});

        // When the priorities are put beside the map, then two linked panes show the data
        // indicator and the points
        QVERIFY2(priorities->showBesideMap(&error), qPrintable(error));
        QVERIFY(w.mapPanesShown());
        const QList<MapWidget *> maps = w.visibleMaps();
        QCOMPARE(maps.size(), 2);
        QTRY_VERIFY(maps[1]->snapshot().choropleth);
        QCOMPARE(maps[0]->snapshot().choropleth->indicator().key, dataIndicator);
        QCOMPARE(maps[1]->snapshot().choropleth->indicator().key, kPoints);
        // with a class for "no points" and one for each number of points
        const auto legend = maps[1]->snapshot().choropleth->legend(QLocale(QLocale::English));
        QStringList classes;
        for (const LegendEntry &e : legend)
            classes << e.label;
        QVERIFY2(classes.mid(0, 3)
                     == (QStringList {QStringLiteral("no points"), QStringLiteral("1 point"),
                                      QStringLiteral("2 points")}),
                 qPrintable(classes.join(QStringLiteral(" | "))));

        // When another voter's name is typed, then it is taken letter by letter and that
        // voter has all points
        auto *voterBox = panel->findChild<QComboBox *>();
        QVERIFY(voterBox && voterBox->isEditable());
        voterBox->lineEdit()->selectAll();
        QTest::keyClicks(voterBox->lineEdit(), QStringLiteral("Tisch 5"));
        QCOMPARE(voterBox->currentText(), QStringLiteral("Tisch 5"));
        QCOMPARE(priorities->voter(), QStringLiteral("Tisch 5"));
        QVERIFY2(budgetText(panel).contains(QStringLiteral("3 of 3")),
                 qPrintable(budgetText(panel)));

        // When the project is opened again, then the votes and the budget are kept
        w.showSingleMap();
        QVERIFY(w.openProject(path, &error, false));
        QCOMPARE(w.priorities()->tally().pointsPerVoter(), 3);
        QCOMPARE(w.priorities()->model()->rowCount(), 2);
    }

    void rightClickOnAnAreaGivesAPoint()
    {
        // Given the area menu, when "Give a point" is chosen, then its command says so
        QList<AreaContextMenu::Command> chosen;
        std::unique_ptr<QMenu> menu(AreaContextMenu::forArea(
            {QStringLiteral("Nordviertel"), false, 0},
            [&](AreaContextMenu::Command c) { chosen << c; }, nullptr));
        QAction *give = nullptr;
        for (QAction *a : menu->actions())
            if (AreaContextMenu::commandOf(a) == AreaContextMenu::Command::GivePoint)
                give = a;
        QVERIFY(give);
        give->trigger();
        QCOMPARE(chosen, QList<AreaContextMenu::Command> {AreaContextMenu::Command::GivePoint});
    }
};

QTEST_MAIN(TestPrioritiesWindow)
#include "test_priorities_window.moc"

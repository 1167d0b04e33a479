// Hover and selection on the map widget, as a user drives them with the mouse, and the
// area list's search beside it.
#include "AreaGeometrySet.h"
#include "AreaListPanel.h"
#include "AreaTableModel.h"
#include "MapWidget.h"
#include "Project.h"
#include "ProjectStatus.h"
#include "TestSupport.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace qw;

namespace {

// A map of the Sozialräume sharing its selection with the area table, as in the window.
struct SelectableMap
{
    AreaTableModel table;
    QItemSelectionModel selection {&table};
    MapWidget map;
    std::shared_ptr<AreaGeometrySet> areas;

    explicit SelectableMap(const std::shared_ptr<Project> &project)
        : areas(std::make_shared<AreaGeometrySet>(project, QStringLiteral("sozialraum")))
    {
        table.setAreas(project, QStringLiteral("sozialraum"));
        map.resize(600, 400);
        MapSnapshot snapshot;
        snapshot.areas = areas;
        map.setSnapshot(snapshot, true);
        map.setSelectionModel(&selection, &table);
    }

    // Shows the map and waits for its first picture.
    bool shown()
    {
        map.show();
        if (!QTest::qWaitForWindowExposed(&map))
            return false;
        // The first render may finish before anyone listens: wait for the state, not a signal.
        return QTest::qWaitFor([this] { return map.isUpToDate(); }, 10000);
    }
};

} // namespace

class TestMapWidget : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase() { m_project = test::openSmallCity(m_dir); }

    void statusBarCountsTheAreasOfTheLevelShown()
    {
        // Given the demo's layout: 39 Sozialräume in 12 Stadtbezirke
        auto options = test::smallCity(39);
        options.districtCount = 12;
        const QString path = m_dir.filePath(QStringLiteral("status.gpkg"));
        DemoCityGenerator(options).writeProject(path);
        const auto project = Project::open(path);
        const QString districts = project->levelKey(QStringLiteral("Stadtbezirk"));
        QVERIFY(!districts.isEmpty());
        // When the status line is built for the Stadtbezirk level, then it counts 12
        const QString text = projectStatusText(*project, districts);
        QVERIFY2(text.contains(QStringLiteral(" 12 areas ")), qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("status.gpkg")));
        // and on the Sozialraum level 39, as the area list shows
        QVERIFY2(projectStatusText(*project, project->finestLevel())
                     .contains(QStringLiteral(" 39 areas ")),
                 qPrintable(projectStatusText(*project, project->finestLevel())));
    }

    void clickSelectsAndHoverReports()
    {
        // Given a map of the Sozialräume sharing its selection with the area table
        SelectableMap m(m_project);
        QVERIFY(m.shown());
        auto &[table, selection, map, areas] = m;

        const int row = 7;
        const QPointF world = areas->labelPoint(row);
        const QPoint screen = map.transform().toScreen(world.x(), world.y()).toPoint();
        // When the mouse moves over an area
        QSignalSpy hovered(&map, &MapWidget::hoveredAreaChanged);
        QTest::mouseMove(&map, screen);
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().first().toInt(), areas->projectIndex(row));
        // and clicks it, then Ctrl-clicks another
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, screen);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(AreaTableModel::ProjectIndexRole).toInt(),
                 areas->projectIndex(row));
        const QPointF other = areas->labelPoint(12);
        QTest::mouseClick(&map, Qt::LeftButton, Qt::ControlModifier,
                          map.transform().toScreen(other.x(), other.y()).toPoint());
        // Then both are selected in the shared model
        QCOMPARE(selection.selectedRows().size(), 2);
        // A click outside the city clears the selection
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
        QCOMPARE(selection.selectedRows().size(), 0);
    }

    void doubleClickForAProfileKeepsTheSelection()
    {
        // Given a map with three areas selected
        SelectableMap m(m_project);
        QVERIFY(m.shown());
        auto &[table, selection, map, areas] = m;
        const auto screenOf = [&](int row) {
            const QPointF world = areas->labelPoint(row);
            return map.transform().toScreen(world.x(), world.y()).toPoint();
        };
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, screenOf(3));
        QTest::mouseClick(&map, Qt::LeftButton, Qt::ControlModifier, screenOf(8));
        QTest::mouseClick(&map, Qt::LeftButton, Qt::ControlModifier, screenOf(14));
        QCOMPARE(selection.selectedRows().size(), 3);
        const QModelIndexList before = selection.selectedRows();
        // When one of them is double-clicked for its profile, as Qt delivers it: press,
        // release, press, double click, release
        QSignalSpy activated(&map, &MapWidget::areaActivated);
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, screenOf(8));
        QTest::mousePress(&map, Qt::LeftButton, Qt::NoModifier, screenOf(8));
        QTest::mouseDClick(&map, Qt::LeftButton, Qt::NoModifier, screenOf(8));
        QTest::mouseRelease(&map, Qt::LeftButton, Qt::NoModifier, screenOf(8));
        // Then its profile is asked for and the three areas are still selected
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), areas->projectIndex(8));
        QCOMPARE(selection.selectedRows().size(), 3);
        for (const QModelIndex &row : before)
            QVERIFY(selection.isRowSelected(row.row()));
        // A plain click afterwards still selects one area alone
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, screenOf(8));
        QCOMPARE(selection.selectedRows().size(), 1);
        // and a double click with nothing selected leaves the opened area selected
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, QPoint(2, 2));
        QCOMPARE(selection.selectedRows().size(), 0);
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, screenOf(3));
        QTest::mousePress(&map, Qt::LeftButton, Qt::NoModifier, screenOf(3));
        QTest::mouseDClick(&map, Qt::LeftButton, Qt::NoModifier, screenOf(3));
        QTest::mouseRelease(&map, Qt::LeftButton, Qt::NoModifier, screenOf(3));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(selection.selectedRows().size(), 1);
    }

    void areaListSearchesAndPicks()
    {
        // Given the area list of the small city
        AreaTableModel table;
        table.setAreas(m_project, QStringLiteral("sozialraum"));
        QItemSelectionModel selection(&table);
        AreaListPanel panel(&table, &selection);
        const int all = table.rowCount();
        QVERIFY(all > 4);
        const QString name = table.index(3, AreaTableModel::NameColumn).data().toString();
        const QString key = table.index(3, AreaTableModel::KeyColumn).data().toString();
        // When the planner types part of a name in other case, or a key
        const int byName = panel.setFilter(name.mid(1, 4).toUpper());
        // Then only matching rows stay visible
        QVERIFY(byName >= 1 && byName < all);
        QVERIFY(!panel.table()->isRowHidden(3));
        for (int r = 0; r < all; ++r)
            if (!panel.table()->isRowHidden(r))
                QVERIFY(table.index(r, AreaTableModel::NameColumn)
                            .data()
                            .toString()
                            .contains(name.mid(1, 4), Qt::CaseInsensitive));
        QCOMPARE(panel.setFilter(key), 1);
        // When Enter is pressed in the search field, the match is selected
        auto *search = panel.findChild<QLineEdit *>();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(AreaTableModel::AreaKeyRole).toString(),
                 key);
        auto *compare = panel.findChild<QPushButton *>();
        QVERIFY(!compare->isEnabled());
        // and Ctrl+Enter on another search adds the next area
        const QString other = table.index(0, AreaTableModel::KeyColumn).data().toString();
        panel.setFilter(other);
        QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(selection.selectedRows().size(), 2);
        // Then two areas can be compared
        QVERIFY(compare->isEnabled());
        QSignalSpy requested(&panel, &AreaListPanel::compareRequested);
        compare->click();
        QCOMPARE(requested.size(), 1);
        // A resort keeps the filter on the right rows
        panel.setFilter(key);
        table.sort(AreaTableModel::KeyColumn, Qt::DescendingOrder);
        for (int r = 0; r < all; ++r)
            QCOMPARE(panel.table()->isRowHidden(r),
                     table.index(r, AreaTableModel::KeyColumn).data().toString() != key);
        // and an empty search shows every area again
        QCOMPARE(panel.setFilter(QString()), all);
    }
};

QTEST_MAIN(TestMapWidget)
#include "test_map_widget.moc"

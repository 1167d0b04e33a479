// Hover and selection on the map widget, as a user drives them with the mouse, and the
// area list's search beside it.
#include "AreaContextMenu.h"
#include "AreaGeometrySet.h"
#include "AreaListPanel.h"
#include "AreaTableModel.h"
#include "MapRenderer.h"
#include "MapWidget.h"
#include "Project.h"
#include "ProjectMap.h"
#include "ProjectStatus.h"
#include "TestSupport.h"
#include "ViewFit.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

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

    void legendOnScreenShowsTheFacilitySymbols()
    {
        // Given a map whose facilities (schools only) lie outside the areas shown, so any
        // school symbol in the window is the legend's
        auto areas = std::make_shared<AreaGeometrySet>(m_project, QStringLiteral("sozialraum"));
        auto facilities = std::make_shared<std::vector<Facility>>(m_project->facilities());
        for (Facility &f : *facilities)
            f.position.x += 1e7;
        const QColor school = MapRenderer::facilityColor(FacilityKind::School);
        const auto schoolPixels = [&](bool show) {
            MapWidget map;
            map.resize(700, 500);
            MapSnapshot s;
            s.areas = areas;
            s.facilities = facilities;
            s.showFacilities = show;
            s.facilityKinds = {true, false, false, false};
            map.setSnapshot(s, true);
            map.show();
            if (!QTest::qWaitForWindowExposed(&map))
                return -1;
            QTest::qWaitFor([&] { return map.isUpToDate(); }, 10000);
            const QImage image = map.grab().toImage();
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixel(x, y) == school.rgb();
            return n;
        };
        // Then the window shows the school symbol in the legend, and not when hidden
        QVERIFY(schoolPixels(true) > 20);
        QCOMPARE(schoolPixels(false), 0);
    }

    void defaultViewKeepsTheAreasClearOfTheLegend_data()
    {
        QTest::addColumn<QSize>("size");
        // The smallest map, a laptop's, a projector's, a tall and a wide pane, linked panes.
        for (const QSize s : {QSize(320, 240), QSize(520, 420), QSize(900, 560), QSize(1366, 640),
                              QSize(1700, 900), QSize(420, 900), QSize(1600, 300)})
            QTest::addRow("%dx%d", s.width(), s.height()) << s;
    }

    void defaultViewKeepsTheAreasClearOfTheLegend()
    {
        QFETCH(QSize, size);
        // Given a choropleth map with its legend (five classes) at the top left
        ProjectMap projectMap(m_project, m_project->finestLevel());
        ProjectMap::View view;
        view.indicator = m_project->indicators().front().key;
        const MapSnapshot snapshot = projectMap.snapshot(view, QLocale());
        QVERIFY(snapshot.choropleth);
        MapWidget map;
        map.resize(size);
        // When the view is fitted to the areas (as on opening a project)
        map.setSnapshot(snapshot, true);
        // Then the legend and the areas' bounds do not overlap
        const QRectF legend = map.legendRect();
        QVERIFY(!legend.isEmpty());
        const QRectF areas = ViewFit::screenRect(map.transform(), snapshot.areas->bounds());
        QVERIFY2(!areas.intersects(legend),
                 qPrintable(QStringLiteral("legend %1,%2 %3x%4, areas %5,%6 %7x%8")
                                .arg(legend.x())
                                .arg(legend.y())
                                .arg(legend.width())
                                .arg(legend.height())
                                .arg(areas.x())
                                .arg(areas.y())
                                .arg(areas.width())
                                .arg(areas.height())));
        // and the areas lie inside the map
        QVERIFY(QRectF(map.rect()).contains(areas));

        // When the user selects areas at the top left and zooms to them
        AreaTableModel table;
        table.setAreas(m_project, m_project->finestLevel());
        QItemSelectionModel selection(&table);
        map.setSelectionModel(&selection, &table);
        Bounds chosen;
        for (int row = 0; row < table.rowCount(); ++row) {
            const int row0 = snapshot.areas->rowOfProjectIndex(table.projectIndexOfRow(row));
            const Bounds b = snapshot.areas->bounds(row0);
            const Bounds all = snapshot.areas->bounds();
            if (b.minX < all.minX + all.width() / 3 && b.maxY > all.maxY - all.height() / 3) {
                selection.select(table.index(row, 0),
                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
                chosen.include(b);
            }
        }
        QVERIFY(!chosen.isEmpty());
        map.zoomToSelection();
        // Then they stay clear of the legend too
        QVERIFY(!ViewFit::screenRect(map.transform(), chosen).intersects(map.legendRect()));
    }

    void viewFitUsesTheFreeCornerOrTheSideOfTheBox()
    {
        // Given a wide city in a tall view with a box at the top left
        Bounds wide;
        wide.include(0, 0);
        wide.include(4000, 1000);
        const QRectF box(12, 12, 200, 150);
        // When fitted clear of the box
        const MapTransform t = ViewFit::clearOf(wide, QSize(600, 900), box, 20);
        // Then the city spans the view's width (centred vertically, below the box)
        const QRectF r = ViewFit::screenRect(t, wide);
        QVERIFY(!r.intersects(box));
        QVERIFY2(r.width() > 540, qPrintable(QString::number(r.width())));
        // and a square city in a wide view goes right of the box, as large as the height allows
        Bounds square;
        square.include(0, 0);
        square.include(1000, 1000);
        const QRectF s =
            ViewFit::screenRect(ViewFit::clearOf(square, QSize(1200, 600), box, 20), square);
        QVERIFY(!s.intersects(box));
        QVERIFY(s.left() >= box.right());
        QVERIFY2(s.height() > 550, qPrintable(QString::number(s.height())));
        // Without a box the whole view is used
        QCOMPARE(ViewFit::clearOf(square, QSize(1200, 600), QRectF(), 20),
                 MapTransform::fit(square, QSize(1200, 600), QRectF(20, 20, 1160, 560)));
    }

    void viewFitUsesTheCornerARoundCityLeavesFree()
    {
        // Given a "round" city: four areas in a plus shape, whose bounds' top-left corner is empty
        std::vector<Bounds> parts(4);
        parts[0].include(400, 0);
        parts[0].include(600, 1000); // the vertical bar
        parts[1].include(0, 400);
        parts[1].include(1000, 600); // the horizontal bar
        Bounds all;
        for (const Bounds &b : parts)
            all.include(b);
        const auto occupied = [&](const Bounds &w) {
            return std::any_of(parts.begin(), parts.end(), [&](const Bounds &b) {
                return !b.isEmpty() && b.minX <= w.maxX && w.minX <= b.maxX && b.minY <= w.maxY
                    && w.minY <= b.maxY;
            });
        };
        const QRectF box(12, 12, 150, 150);
        // When fitted into a square view with the legend box in the corner
        const MapTransform plain = ViewFit::clearOf(all, QSize(600, 600), box, 20);
        const MapTransform shaped = ViewFit::clearOf(all, QSize(600, 600), box, 20, 1.0, occupied);
        // Then knowing the shape shows the city larger than keeping its bounds clear of the box
        QVERIFY2(
            shaped.unitsPerPixel() < plain.unitsPerPixel() * 0.85,
            qPrintable(
                QStringLiteral("%1 vs %2").arg(shaped.unitsPerPixel()).arg(plain.unitsPerPixel())));
        // and no part of it lies under the box
        for (const Bounds &b : parts)
            if (!b.isEmpty())
                QVERIFY(!ViewFit::screenRect(shaped, b).intersects(box));
        // and a bottom strip kept free holds no area
        const MapTransform low = ViewFit::clearOf(all, QSize(600, 600), box, 20, 1.0, occupied, 40);
        QVERIFY(ViewFit::screenRect(low, all).bottom() <= 600 - 20 - 40 + 0.5);
    }

    void mapContextMenusOfferTheirCommands()
    {
        // Given a choropleth map sharing its selection with the area table
        ProjectMap projectMap(m_project, m_project->finestLevel());
        ProjectMap::View view;
        view.indicator = m_project->indicators().front().key;
        const MapSnapshot snapshot = projectMap.snapshot(view, QLocale());
        AreaTableModel table;
        table.setAreas(m_project, m_project->finestLevel());
        QItemSelectionModel selection(&table);
        MapWidget map;
        map.resize(900, 600);
        map.setSelectionModel(&selection, &table);
        map.setSnapshot(snapshot, true);
        const auto commands = [](QMenu *menu) {
            QList<AreaContextMenu::Command> list;
            for (QAction *a : menu->actions())
                if (!a->isSeparator() && !a->text().isEmpty() && a->data().isValid())
                    list << AreaContextMenu::commandOf(a);
            return list;
        };
        using C = AreaContextMenu::Command;
        const int row = 5;
        const QPointF world = snapshot.areas->labelPoint(row);
        const QPointF onArea = map.transform().toScreen(world.x(), world.y());

        // When the user right-clicks an unselected area
        std::unique_ptr<QMenu> areaMenu(map.contextMenuAt(onArea));
        // Then its menu has the area's commands, comparing disabled with nothing selected
        QCOMPARE(
            commands(areaMenu.get()),
            (QList<C> {C::Profile, C::Select, C::AddToSelection, C::ZoomToArea, C::AddNote,
                       C::GivePoint, C::CompareSelected, C::ZoomToSelection, C::ClearSelection}));
        const QString name = table
                                 .index(table.rowOfProjectIndex(snapshot.areas->projectIndex(row)),
                                        AreaTableModel::NameColumn)
                                 .data()
                                 .toString();
        QVERIFY(areaMenu->actions().first()->text().contains(name));
        // and "Add note" asks the window for a note on it
        QSignalSpy note(&map, &MapWidget::noteRequested);
        areaMenu->actions().at(5)->trigger();
        QCOMPARE(note.size(), 1);
        QCOMPARE(note.first().first().toInt(), snapshot.areas->projectIndex(row));
        QAction *compare = areaMenu->actions().at(8); // after two separators and "Give a point"
        QCOMPARE(AreaContextMenu::commandOf(compare), C::CompareSelected);
        QVERIFY(!compare->isEnabled());
        // and "Select" selects it, "Profile" asks for its profile
        QSignalSpy profile(&map, &MapWidget::areaActivated);
        areaMenu->actions().first()->trigger();
        QCOMPARE(profile.size(), 1);
        QCOMPARE(profile.first().first().toInt(), snapshot.areas->projectIndex(row));
        areaMenu->actions().at(2)->trigger();
        QCOMPARE(selection.selectedRows().size(), 1);
        // and on the selected area the menu offers to deselect it
        std::unique_ptr<QMenu> selectedMenu(map.contextMenuAt(onArea));
        QVERIFY(commands(selectedMenu.get()).contains(C::Deselect));
        QVERIFY(!commands(selectedMenu.get()).contains(C::Select));

        // When the user right-clicks the first class of the legend
        const QRectF legend = map.legendRect();
        QPointF onClass;
        QString label;
        std::vector<int> classAreas;
        for (double y = legend.top(); y < legend.bottom() && onClass.isNull(); y += 2)
            if (map.legendEntryAt(QPointF(legend.left() + 20, y), &label, &classAreas))
                onClass = QPointF(legend.left() + 20, y);
        QVERIFY(!onClass.isNull());
        std::unique_ptr<QMenu> classMenu(map.contextMenuAt(onClass));
        // Then "select the areas of this class" selects exactly the class's areas
        QVERIFY(commands(classMenu.get()).contains(C::SelectClass));
        QVERIFY(commands(classMenu.get()).contains(C::AddClassToSelection));
        QAction *selectClass = nullptr;
        for (QAction *a : classMenu->actions())
            if (a->data().isValid() && AreaContextMenu::commandOf(a) == C::SelectClass)
                selectClass = a;
        QVERIFY(selectClass && selectClass->isEnabled());
        selectClass->trigger();
        const int expected = snapshot.choropleth->legend(QLocale()).front().count;
        QCOMPARE(int(classAreas.size()), expected);
        QCOMPARE(int(selection.selectedRows().size()), expected);
        for (const QModelIndex &idx : selection.selectedRows())
            QCOMPARE(snapshot.choropleth->classOfRow(
                         snapshot.areas->rowOfProjectIndex(table.projectIndexOfRow(idx.row()))),
                     0);

        // When the user right-clicks the map outside any area and the legend
        const QRectF areas = ViewFit::screenRect(map.transform(), snapshot.areas->bounds());
        const QPointF empty(map.width() - 3.0, map.height() - 3.0);
        QVERIFY(!areas.contains(empty) || map.rowAt(empty) < 0);
        std::unique_ptr<QMenu> mapMenu(map.contextMenuAt(empty));
        // Then it offers the map's commands, and "clear selection" clears it
        QCOMPARE(commands(mapMenu.get()),
                 (QList<C> {C::ZoomToFullExtent, C::CompareSelected, C::ZoomToSelection,
                            C::ClearSelection, C::EditTitle}));
        mapMenu->actions().at(3)->trigger();
        QVERIFY(selection.selectedRows().isEmpty());
    }

    void areaListContextMenuSelectsAndRequests()
    {
        // Given the area list
        AreaTableModel table;
        table.setAreas(m_project, m_project->finestLevel());
        QItemSelectionModel selection(&table);
        AreaListPanel panel(&table, &selection);
        QSignalSpy profile(&panel, &AreaListPanel::profileRequested);
        QSignalSpy zoom(&panel, &AreaListPanel::zoomToAreaRequested);
        QSignalSpy compare(&panel, &AreaListPanel::compareRequested);
        QSignalSpy note(&panel, &AreaListPanel::noteRequested);
        // When the user right-clicks two rows and adds each to the selection
        for (int row : {0, 3}) {
            std::unique_ptr<QMenu> menu(panel.contextMenuForRow(row));
            QCOMPARE(AreaContextMenu::commandOf(menu->actions().at(2)),
                     AreaContextMenu::Command::Select);
            menu->actions().at(3)->trigger(); // add to selection
        }
        // Then both are selected and the menu offers to compare them
        QCOMPARE(selection.selectedRows().size(), 2);
        std::unique_ptr<QMenu> menu(panel.contextMenuForRow(3));
        QList<QAction *> actions;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                actions << a;
        QCOMPARE(AreaContextMenu::commandOf(actions.at(1)), AreaContextMenu::Command::Deselect);
        QCOMPARE(AreaContextMenu::commandOf(actions.at(3)), AreaContextMenu::Command::AddNote);
        QCOMPARE(AreaContextMenu::commandOf(actions.at(4)), AreaContextMenu::Command::GivePoint);
        QCOMPARE(AreaContextMenu::commandOf(actions.at(5)),
                 AreaContextMenu::Command::CompareSelected);
        QVERIFY(actions.at(5)->isEnabled());
        // and its commands reach the window
        actions.at(0)->trigger();
        actions.at(2)->trigger();
        actions.at(3)->trigger();
        actions.at(5)->trigger();
        QCOMPARE(profile.size(), 1);
        QCOMPARE(profile.first().first().toInt(), table.projectIndexOfRow(3));
        QCOMPARE(zoom.size(), 1);
        QCOMPARE(note.size(), 1);
        QCOMPARE(note.first().first().toInt(), table.projectIndexOfRow(3));
        QCOMPARE(compare.size(), 1);
        // and "Deselect" takes the row out again
        actions.at(1)->trigger();
        QCOMPARE(selection.selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestMapWidget)
#include "test_map_widget.moc"

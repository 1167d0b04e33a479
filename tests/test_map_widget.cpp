// Hover and selection on the map widget, as a user drives them with the mouse.
#include "AreaGeometrySet.h"
#include "AreaTableModel.h"
#include "MapWidget.h"
#include "Project.h"
#include "TestSupport.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace qw;

class TestMapWidget : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase() { m_project = test::openSmallCity(m_dir); }

    void clickSelectsAndHoverReports()
    {
        // Given a map of the Sozialräume sharing its selection with the area table
        AreaTableModel table;
        table.setAreas(m_project, QStringLiteral("sozialraum"));
        QItemSelectionModel selection(&table);
        MapWidget map;
        map.resize(600, 400);
        auto areas = std::make_shared<AreaGeometrySet>(m_project, QStringLiteral("sozialraum"));
        MapSnapshot snapshot;
        snapshot.areas = areas;
        map.setSnapshot(snapshot, true);
        map.setSelectionModel(&selection, &table);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        // The first render may finish before anyone listens: wait for the state, not a signal.
        QTRY_VERIFY_WITH_TIMEOUT(map.isUpToDate(), 10000);

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
};

QTEST_MAIN(TestMapWidget)
#include "test_map_widget.moc"

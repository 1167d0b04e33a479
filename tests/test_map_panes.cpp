// Linked map panes: one extent, one hovered area, one selection across 2 to 4 maps.
#include "AreaGeometrySet.h"
#include "AreaTableModel.h"
#include "LegendStackView.h"
#include "MapPanes.h"
#include "MapWidget.h"
#include "Project.h"
#include "ProjectMap.h"
#include "TestSupport.h"
#include "ViewFit.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace qw;

class TestMapPanes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    QString m_indicator;
    QStringList m_periods;
    const QString m_level = QStringLiteral("sozialraum");

    static bool allUpToDate(const MapPanes &panes)
    {
        const auto maps = panes.maps();
        return std::all_of(maps.begin(), maps.end(), [](MapWidget *m) { return m->isUpToDate(); });
    }

    // The same scale within 1 % and the same centre within 2 pixels.
    static bool sameFit(const MapTransform &a, const MapTransform &b)
    {
        const double upp = a.unitsPerPixel();
        const QPointF d = a.centre() - b.centre();
        const bool same = std::abs(b.unitsPerPixel() - upp) < 0.01 * upp
            && std::abs(d.x()) < 2 * upp && std::abs(d.y()) < 2 * upp;
        if (!same)
            qWarning() << "fits differ:" << a.unitsPerPixel() << b.unitsPerPixel() << d;
        return same;
    }

    // The panes with the window's shared selection, as the window sets them up.
    struct Scene
    {
        Scene(const std::shared_ptr<Project> &project, const QString &level)
            : projectMap(project, level)
        {
            table.setAreas(project, level);
        }
        AreaTableModel table;
        QItemSelectionModel selection {&table};
        ProjectMap projectMap;
        MapPanes panes;
    };

    // Shows two panes of the indicator in its first and latest period and waits until both
    // are drawn.
    void showTwoPeriods(Scene &scene, QSize size, bool facilities)
    {
        scene.panes.resize(size);
        scene.panes.setSelectionModel(&scene.selection, &scene.table);
        ProjectMap::View base;
        base.indicator = m_indicator;
        base.showFacilities = facilities;
        scene.panes.setContext(m_project, &scene.projectMap, base);
        scene.panes.setPanes({{m_indicator, m_periods.first()}, {m_indicator, m_periods.last()}});
        scene.panes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scene.panes));
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(scene.panes), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        for (const Indicator &ind : m_project->indicators())
            if (m_project->periods(ind.key).size() >= 3) {
                m_indicator = ind.key;
                break;
            }
        QVERIFY(!m_indicator.isEmpty());
        m_periods = m_project->periods(m_indicator);
    }

    void wordsResolveToPanes()
    {
        QList<MapPanes::Pane> panes;
        const QString last = m_periods.last();
        const QString other = m_project->indicators().back().key;
        // A period alone means the shown indicator; an indicator alone its period or latest
        QCOMPARE(MapPaneChoice::resolve(
                     {m_periods.first(),
                      other + QLatin1Char('@') + m_project->periods(other).first(), other},
                     *m_project, m_indicator, last, &panes),
                 QString());
        QCOMPARE(panes.size(), 3);
        QCOMPARE(panes[0], (MapPanes::Pane {m_indicator, m_periods.first()}));
        QCOMPARE(panes[1], (MapPanes::Pane {other, m_project->periods(other).first()}));
        QCOMPARE(panes[2].indicator, other);
        QVERIFY(m_project->periods(other).contains(panes[2].period));
        QCOMPARE(MapPaneChoice::words(panes).first(),
                 m_indicator + QLatin1Char('@') + m_periods.first());
        // Unknown keys and periods are named; one map or five are refused
        QVERIFY(MapPaneChoice::resolve({QStringLiteral("nosuch@2020"), last}, *m_project,
                                       m_indicator, last, &panes)
                    .contains(QLatin1String("nosuch")));
        QVERIFY(MapPaneChoice::resolve({QStringLiteral("1850"), last}, *m_project, m_indicator,
                                       last, &panes)
                    .contains(QLatin1String("1850")));
        // A word that is neither a key nor a period says both, and what the periods are
        const QString unknown = MapPaneChoice::resolve({QStringLiteral("childcare_u3"), last},
                                                       *m_project, m_indicator, last, &panes);
        QVERIFY2(unknown.contains(QLatin1String("neither an indicator key nor a period"))
                     && unknown.contains(m_periods.first()),
                 qPrintable(unknown));
        QVERIFY(!MapPaneChoice::resolve({last}, *m_project, m_indicator, last, &panes).isEmpty());
        QVERIFY(!MapPaneChoice::resolve({last, last, last, last, last}, *m_project, m_indicator,
                                        last, &panes)
                     .isEmpty());
        // The default: the indicator's first and latest period
        const auto defaults = MapPaneChoice::defaults(*m_project, m_indicator, last);
        QCOMPARE(defaults.size(), 2);
        QCOMPARE(defaults[0].period, m_periods.first());
        QCOMPARE(defaults[1].period, last);
    }

    void panesShareExtentHoverAndSelection()
    {
        // Given two panes of one indicator in its first and latest period
        Scene scene(m_project, m_level);
        showTwoPeriods(scene, QSize(1200, 600), false);
        if (QTest::currentTestFailed())
            return;
        MapPanes &panes = scene.panes;
        QItemSelectionModel &selection = scene.selection;
        const QList<MapWidget *> maps = panes.maps();
        QCOMPARE(maps.size(), 2);
        MapWidget *left = maps[0];
        MapWidget *right = maps[1];
        // Each pane shows its own period, on the same classes (pooled over the periods)
        QCOMPARE(left->snapshot().choropleth->period(), m_periods.first());
        QCOMPARE(right->snapshot().choropleth->period(), m_periods.last());
        QCOMPARE(left->snapshot().choropleth->edges(), right->snapshot().choropleth->edges());

        // When the user zooms the left pane with the wheel
        QSignalSpy moved(left, &MapWidget::transformChanged);
        const QPoint centre(left->width() / 3, left->height() / 2);
        QWheelEvent wheel(centre, left->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(left, &wheel);
        // Then the right pane shows the same place at the same scale
        QCOMPARE(moved.size(), 1);
        QCOMPARE(right->transform().centre(), left->transform().centre());
        QCOMPARE(right->transform().unitsPerPixel(), left->transform().unitsPerPixel());

        // When the user drags the right pane
        QTest::mousePress(right, Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
        QMouseEvent move(QEvent::MouseMove, QPointF(260, 230),
                         right->mapToGlobal(QPointF(260, 230)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(right, &move);
        // Then the left follows during the drag already
        QCOMPARE(left->transform().centre(), right->transform().centre());
        QTest::mouseRelease(right, Qt::LeftButton, Qt::NoModifier, QPoint(260, 230));
        QCOMPARE(left->transform().centre(), right->transform().centre());
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(panes), 10000);

        // When the mouse hovers an area in the left pane
        const auto &areas = *left->snapshot().areas;
        int row = -1;
        QPoint screen;
        for (int r = 0; r < areas.count() && row < 0; ++r) {
            const QPointF w = areas.labelPoint(r);
            screen = left->transform().toScreen(w.x(), w.y()).toPoint();
            if (left->rect().adjusted(20, 20, -20, -20).contains(screen)
                && left->rowAt(screen) == r)
                row = r;
        }
        QVERIFY2(row >= 0, "no area label point inside the zoomed pane");
        QSignalSpy hovered(&panes, &MapPanes::hoveredAreaChanged);
        QTest::mouseMove(left, screen);
        QTRY_VERIFY(!hovered.isEmpty());
        // Then the right pane outlines the same area
        QCOMPARE(left->hoveredArea(), areas.projectIndex(row));
        QCOMPARE(right->hoveredArea(), areas.projectIndex(row));

        // When the user clicks that area in the right pane
        QTest::mouseClick(right, Qt::LeftButton, Qt::NoModifier, screen);
        // Then it is selected in the shared selection (and so in the table and the left pane)
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(AreaTableModel::ProjectIndexRole).toInt(),
                 areas.projectIndex(row));
    }

    void panesShareOneFitAndOneLegendColumn()
    {
        // Given two panes of one indicator in two periods, facilities shown, in small panes
        Scene scene(m_project, m_level);
        showTwoPeriods(scene, QSize(700, 500), true);
        if (QTest::currentTestFailed())
            return;
        MapPanes &panes = scene.panes;
        const QList<MapWidget *> maps = panes.maps();
        auto *column = panes.findChild<LegendStackView *>();
        QVERIFY(column);
        // Then the panes share their classes: one legend in the column beside them (with the
        // facility key), none over the maps, which fill their panes
        QVERIFY(column->isVisible());
        QVERIFY(column->sizeHint().height() > 100);
        for (MapWidget *m : maps)
            QVERIFY2(m->legendRect().isEmpty(), "a pane draws a legend the column already shows");
        // and both panes show the same place at the same scale before anyone moves them (up to
        // the pixel by which the grid may make one pane wider than the other)
        QVERIFY(sameFit(maps[0]->transform(), maps[1]->transform()));
        // and an export of the untouched panes shows the whole city, not the pane's margins
        const Bounds whole = maps[0]->snapshot().areas->bounds();
        const Bounds exported = maps[0]->exportExtent();
        QCOMPARE(exported.minX, whole.minX);
        QCOMPARE(exported.maxY, whole.maxY);

        // When the second pane shows another indicator (classes no longer shared)
        QString other;
        for (const Indicator &ind : m_project->indicators())
            if (ind.key != m_indicator && !m_project->periods(ind.key).isEmpty()) {
                other = ind.key;
                break;
            }
        QVERIFY(!other.isEmpty());
        panes.setPanes({{m_indicator, m_periods.last()}, {other, QString()}});
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(panes), 10000);
        const QList<MapWidget *> mixed = panes.maps();
        // Then each pane has its own class legend, the facility key stays in the column once
        QVERIFY(!mixed[0]->legendRect().isEmpty());
        QVERIFY(!mixed[1]->legendRect().isEmpty());
        QVERIFY(column->isVisible());
        // and still one fit for both, clear of either pane's legend
        QVERIFY(sameFit(mixed[0]->transform(), mixed[1]->transform()));
        const QRectF legends = mixed[0]->legendRect().united(mixed[1]->legendRect());
        const auto &areas = *mixed[0]->snapshot().areas;
        for (int r = 0; r < areas.count(); ++r)
            QVERIFY2(
                !ViewFit::screenRect(mixed[0]->transform(), areas.bounds(r)).intersects(legends),
                qPrintable(QStringLiteral("area row %1 under a legend").arg(r)));

        // When four panes show two indicators (too small to carry their own legends)
        const int twoLegends = column->sizeHint().height();
        panes.setPanes({{m_indicator, m_periods.last()},
                        {other, QString()},
                        {m_indicator, m_periods.first()},
                        {other, QString()}});
        QTRY_VERIFY_WITH_TIMEOUT(allUpToDate(panes), 10000);
        // Then every class legend goes to the column and the maps keep the whole pane
        for (MapWidget *m : panes.maps())
            QVERIFY(m->legendRect().isEmpty());
        QVERIFY(column->sizeHint().height() > twoLegends + 100);
    }

    void panesCanBeAddedChangedAndRemoved()
    {
        ProjectMap projectMap(m_project, m_level);
        MapPanes panes;
        panes.resize(1000, 700);
        ProjectMap::View base;
        panes.setContext(m_project, &projectMap, base);
        panes.setPanes({{m_indicator, m_periods.first()}, {m_indicator, m_periods.last()}});
        QSignalSpy changed(&panes, &MapPanes::panesChanged);
        // When a third and a fourth pane are added (a fifth is refused)
        auto *add = panes.findChild<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(add);
        for (int i = 0; i < 3; ++i)
            add->click();
        // Then there are four maps in a 2x2 grid and the button is off
        QCOMPARE(panes.maps().size(), MapPanes::kMaxPanes);
        QVERIFY(!add->isEnabled());
        panes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panes));
        const auto top = [&](int i) {
            return panes.maps()[i]->mapTo(&panes, QPoint()).y();
        };
        QCOMPARE(top(1), top(0));
        QVERIFY(top(2) > top(0));
        // When the second pane's period is changed in its combo box
        auto combos = panes.findChildren<QComboBox *>();
        QComboBox *period = nullptr;
        for (QComboBox *c : combos)
            if (c->accessibleName().contains(QLatin1String("2")) && c->count() == m_periods.size())
                period = c;
        QVERIFY(period);
        period->setCurrentIndex(1);
        Q_EMIT period->activated(1);
        QCOMPARE(panes.panes()[1].period, m_periods[1]);
        QCOMPARE(panes.maps()[1]->snapshot().choropleth->period(), m_periods[1]);
        QVERIFY(changed.size() >= 3);
        // When the first pane is removed with its button
        auto *remove = panes.maps()[0]->parentWidget()->findChild<QToolButton *>();
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        // Then three are left, the changed period now in the first
        QTRY_COMPARE(panes.maps().size(), 3);
        QCOMPARE(panes.panes()[0].period, m_periods[1]);
        QVERIFY(add->isEnabled());
    }
};

QTEST_MAIN(TestMapPanes)
#include "test_map_panes.moc"

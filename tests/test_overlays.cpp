// Overlays of a second indicator, labels and the project map composition.
#include "AreaGeometrySet.h"
#include "BivariateRenderer.h"
#include "ChoroplethRenderer.h"
#include "ColorRamp.h"
#include "ImageSupport.h"
#include "LabelPlacer.h"
#include "MapLegends.h"
#include "MapRenderer.h"
#include "Period.h"
#include "ProjectMap.h"
#include "ProjectStore.h"
#include "ProportionalSymbols.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

#include <cmath>

using namespace qw;

namespace {

// Values for the rows of an area set, by hand.
AreaValues handValues(const Project &project, const AreaGeometrySet &areas,
                      const std::vector<double> &rowValues)
{
    AreaValues v;
    v.values.assign(project.areas().size(), std::nan(""));
    v.status.assign(project.areas().size(), ValueStatus::Missing);
    for (int row = 0; row < areas.count() && row < int(rowValues.size()); ++row) {
        v.values[areas.projectIndex(row)] = rowValues[row];
        v.status[areas.projectIndex(row)] =
            std::isnan(rowValues[row]) ? ValueStatus::Missing : ValueStatus::Ok;
    }
    return v;
}

} // namespace

class TestOverlays : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::shared_ptr<const AreaGeometrySet> m_areas;

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        m_areas = std::make_shared<AreaGeometrySet>(m_project, QStringLiteral("sozialraum"));
    }

    void circlesAreAreaTrue()
    {
        // Given values 100, 25 and a missing one
        const Indicator &ind = *m_project->indicator(QStringLiteral("pop_u3"));
        const AreaValues v = handValues(*m_project, *m_areas, {100, 25, NAN, 0});
        ProportionalSymbols symbols(ind, v, *m_areas, 20);
        // Then a quarter of the value gives half the radius (a quarter of the area)
        QCOMPARE(symbols.radius(0), 20.0);
        QCOMPARE(symbols.radius(1), 10.0);
        QCOMPARE(symbols.radius(2), 0.0);
        QCOMPARE(symbols.radius(3), 0.0);
        QCOMPARE(symbols.drawOrder().front(), 0); // largest first
        QCOMPARE(symbols.legendValues(), (std::vector<double> {100, 50, 10}));
    }

    void bivariateCellsByHand()
    {
        // Given nine areas whose two indicators run against each other
        const Indicator &a = *m_project->indicator(QStringLiteral("child_poverty"));
        const Indicator &b = *m_project->indicator(QStringLiteral("transition_gym"));
        std::vector<double> va, vb;
        for (int i = 0; i < 9; ++i) {
            va.push_back(i);
            vb.push_back(8 - i);
        }
        const AreaValues first = handValues(*m_project, *m_areas, va);
        const AreaValues second = handValues(*m_project, *m_areas, vb);
        BivariateRenderer r(a, first, b, second, *m_areas);
        // Terciles of 0..8 (type 7): 2.67 and 5.33
        QCOMPARE(r.firstClass(0), 0);
        QCOMPARE(r.secondClass(0), 2);
        QCOMPARE(r.firstClass(4), 1);
        QCOMPARE(r.secondClass(4), 1);
        QCOMPARE(r.firstClass(8), 2);
        QCOMPARE(r.secondClass(8), 0);
        QCOMPARE(r.brush(0).color(), BivariateRenderer::color(0, 2));
        QCOMPARE(r.brush(8).color(), BivariateRenderer::color(2, 0));
        // Rows without values are grey, not a class colour
        QCOMPARE(r.firstClass(20), -1);
        QCOMPARE(r.brush(20).color(), ChoroplethRenderer::missingBrush().color());
    }

    void labelsDoNotOverlap()
    {
        LabelPlacer placer(QRectF(0, 0, 200, 100), 32);
        QVERIFY(placer.tryPlace(QRectF(10, 10, 50, 12)));
        QVERIFY(!placer.tryPlace(QRectF(40, 15, 50, 12))); // overlaps the first
        QVERIFY(placer.tryPlace(QRectF(70, 10, 50, 12))); // beside it
        QVERIFY(!placer.tryPlace(QRectF(180, 10, 50, 12))); // leaves the view
        QCOMPARE(placer.placedCount(), 2);
    }

    void projectMapChecksViews()
    {
        const ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        view.indicator = QStringLiteral("kita_u3");
        QVERIFY(map.check(view).isEmpty());
        view.period = QStringLiteral("1999/00");
        QVERIFY(map.check(view).contains(QStringLiteral("1999/00")));
        view.period.clear();
        view.overlay = ProjectMap::Overlay::Circles;
        view.overlayIndicator = QStringLiteral("nope");
        QVERIFY(map.check(view).contains(QStringLiteral("nope")));
        // A second indicator without the first's period falls back to its latest
        view.overlayIndicator = QStringLiteral("pop_u3");
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::German));
        QVERIFY(s.circles);
        QCOMPARE(s.circles->period(), m_project->periods(QStringLiteral("pop_u3")).last());
        QVERIFY(s.caption.subtitle.contains(QStringLiteral("Stadt"))
                || s.caption.subtitle.contains(QStringLiteral("City")));
    }

    void hitTestRespectsHolesAndParts()
    {
        // Given a ring-shaped area with an enclave in its hole, and a two-part area
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("holes.gpkg"));
        ProjectStore::create(path, ProjectMetadata {}, [](ProjectStore &store) {
            Area ring {QStringLiteral("01"), QStringLiteral("Ring"), QStringLiteral("sr"), {}, {}};
            ring.geometry.addPolygon(
                {{0, 0, 100, 0, 100, 100, 0, 100, 0, 0}, {30, 30, 70, 30, 70, 70, 30, 70, 30, 30}});
            Area enclave {
                QStringLiteral("02"), QStringLiteral("Enklave"), QStringLiteral("sr"), {}, {}};
            enclave.geometry.addPolygon({{30, 30, 70, 30, 70, 70, 30, 70, 30, 30}});
            Area split {
                QStringLiteral("03"), QStringLiteral("Zweiteilig"), QStringLiteral("sr"), {}, {}};
            split.geometry.addPolygon({{200, 0, 250, 0, 250, 50, 200, 50, 200, 0}});
            split.geometry.addPolygon({{300, 0, 350, 0, 350, 50, 300, 50, 300, 0}});
            store.writeAreas({ring, enclave, split});
        });
        auto project = Project::open(path);
        const AreaGeometrySet areas(project, QStringLiteral("sr"));
        // Then a point in the hole hits the enclave, not the ring
        QCOMPARE(areas.hitTest(10, 10), 0);
        QCOMPARE(areas.hitTest(50, 50), 1);
        // both parts of the multipolygon hit it, the gap between them nothing
        QCOMPARE(areas.hitTest(225, 25), 2);
        QCOMPARE(areas.hitTest(325, 25), 2);
        QCOMPARE(areas.hitTest(275, 25), -1);
    }

    void divergingRampsCentreOnTheCityValue()
    {
        // Given a diverging ramp and a city value in the middle of the data
        const Indicator &ind = *m_project->indicator(QStringLiteral("child_poverty"));
        const AreaValues v = handValues(*m_project, *m_areas, {0, 10, 20, 30, 40, 50});
        ChoroplethRenderer::Settings settings;
        settings.classification = QStringLiteral("equal");
        settings.classes = 4;
        settings.ramp = QStringLiteral("RdBu");
        settings.centre = 25;
        ChoroplethRenderer r(ind, std::make_shared<AreaValues>(v), *m_areas,
                             {0, 10, 20, 30, 40, 50}, settings);
        const ColorRamp ramp = ColorRamp::byId(QStringLiteral("RdBu"));
        // Then classes equally far below and above the city value get mirrored colours, and
        // "higher is worse" puts red above the city value
        QCOMPARE(r.edges(), (std::vector<double> {0, 12.5, 25, 37.5, 50}));
        QCOMPARE(r.colors()[0], ramp.at(1.0 - (0.5 + 0.5 * (6.25 - 25) / 25)));
        QCOMPARE(r.colors()[3], ramp.at(1.0 - (0.5 + 0.5 * (43.75 - 25) / 25)));
        QVERIFY(r.colors()[3].red() > r.colors()[3].blue());
        QVERIFY(r.colors()[0].blue() > r.colors()[0].red());
    }

    void facilitiesAreFoundUnderTheCursor()
    {
        const ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        MapSnapshot s = map.snapshot(view, QLocale());
        const auto t = MapTransform::fit(m_areas->bounds(), QSize(800, 600));
        const Facility &f = s.facilities->front();
        const QPointF at = t.toScreen(f.position.x, f.position.y);
        const int found = MapRenderer::facilityAt(s, t, at + QPointF(2, 1));
        QVERIFY(found >= 0);
        QCOMPARE((*s.facilities)[std::size_t(found)].position, f.position);
        QCOMPARE(MapRenderer::facilityAt(s, t, QPointF(-50, -50)), -1);
        // a hidden kind is not found
        s.facilityKinds[std::size_t(f.kind)] = false;
        const int hidden = MapRenderer::facilityAt(s, t, at);
        QVERIFY(hidden < 0 || (*s.facilities)[std::size_t(hidden)].kind != f.kind);
    }

    void titleOverridesTheIndicatorName()
    {
        const ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        view.indicator = QStringLiteral("kita_u3");
        QCOMPARE(map.snapshot(view, QLocale(QLocale::German)).caption.title,
                 QStringLiteral("Betreuungsquote unter 3 Jahren"));
        view.title = QStringLiteral("U3-Betreuung im Stadtvergleich");
        QCOMPARE(map.snapshot(view, QLocale(QLocale::German)).caption.title, view.title);
    }

    void anOverlayOfAnotherPeriodKindSaysSo()
    {
        // Given child poverty in a calendar year with the Kita quota of the school year
        // beginning in it as circles
        const ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        view.indicator = QStringLiteral("child_poverty");
        view.period = m_project->periods(view.indicator).last();
        view.overlay = ProjectMap::Overlay::Circles;
        view.overlayIndicator = QStringLiteral("kita_u3");
        const QString school = m_project->matchingPeriod(view.overlayIndicator, view.period);
        QCOMPARE(schoolYearStart(school), view.period.toInt());
        // Then the circles' legend names both periods with their kinds
        QCOMPARE(MapLegends::circlesTitle(map.snapshot(view, QLocale(QLocale::English)), false),
                 QStringLiteral("Childcare coverage under 3 (%1)\nSchool year %1 against "
                                "calendar year %2")
                     .arg(school, view.period));
        // and an overlay of the same kind its period alone
        view.overlayIndicator = QStringLiteral("pop_u3");
        QCOMPARE(MapLegends::circlesTitle(map.snapshot(view, QLocale(QLocale::English)), false),
                 QStringLiteral("Children under 3 (%1)").arg(view.period));
    }

    void overlaysMatchTheReferenceImages_data()
    {
        QTest::addColumn<int>("overlay");
        QTest::addColumn<int>("labels");
        QTest::newRow("circles") << int(ProjectMap::Overlay::Circles) << int(LabelMode::None);
        QTest::newRow("bivariate") << int(ProjectMap::Overlay::Bivariate) << int(LabelMode::None);
        QTest::newRow("names") << int(ProjectMap::Overlay::None) << int(LabelMode::Names);
        QTest::newRow("values") << int(ProjectMap::Overlay::None) << int(LabelMode::Values);
    }

    void overlaysMatchTheReferenceImages()
    {
        QFETCH(int, overlay);
        QFETCH(int, labels);
        const ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        view.indicator = QStringLiteral("child_poverty");
        view.overlay = ProjectMap::Overlay(overlay);
        view.overlayIndicator = overlay == int(ProjectMap::Overlay::Circles)
            ? QStringLiteral("pop_u3")
            : QStringLiteral("transition_gym");
        view.labels = LabelMode(labels);
        view.showFacilities = false;
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::German));
        const auto t = MapTransform::fit(m_areas->bounds(), QSize(500, 400));
        const QImage image = MapRenderer::renderImage(s, t, 1.0);
        QW_COMPARE_WITH_REFERENCE(
            image, QStringLiteral("overlay_") + QString::fromLatin1(QTest::currentDataTag()));
        // and the overlay is really there: the picture differs from the plain choropleth
        ProjectMap::View plain;
        plain.indicator = view.indicator;
        plain.showFacilities = false;
        const QImage base = MapRenderer::renderImage(map.snapshot(plain, QLocale()), t, 1.0);
        QVERIFY(test::imageDifference(image, base) > 0.5);
    }
};

QTEST_MAIN(TestOverlays)
#include "test_overlays.moc"

// Overlays of a second indicator, labels and the project map composition.
#include "AreaGeometrySet.h"
#include "BivariateRenderer.h"
#include "LabelPlacer.h"
#include "MapRenderer.h"
#include "ProjectMap.h"
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
        v.status[areas.projectIndex(row)] = std::isnan(rowValues[row]) ? ValueStatus::Missing
                                                                        : ValueStatus::Ok;
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
        m_areas = std::make_shared<AreaGeometrySet>(*m_project, QStringLiteral("sozialraum"));
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
        QCOMPARE(symbols.legendValues(), (std::vector<double>{100, 50, 10}));
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
        QVERIFY(!placer.tryPlace(QRectF(40, 15, 50, 12)));  // overlaps the first
        QVERIFY(placer.tryPlace(QRectF(70, 10, 50, 12)));   // beside it
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
        QVERIFY(s.caption.subtitle.contains(QStringLiteral("Stadt")) || s.caption.subtitle.contains(QStringLiteral("City")));
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
        QW_COMPARE_WITH_REFERENCE(image, QStringLiteral("overlay_")
                                             + QString::fromLatin1(QTest::currentDataTag()));
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

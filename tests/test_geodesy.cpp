// Lengths and areas on the ellipsoid (models/Geodesy) against figures computed apart from
// PROJ, and what GDAL says about a project's CRS.
#include "Geodesy.h"

#include <QTest>

#include <cmath>

using namespace qw;

namespace {

// The area of the cell between 51 and 52 degrees north and 7 and 8 degrees east on GRS80,
// bounded by its meridians and parallels, from the closed formula of an ellipsoidal band
//   A = b^2 * dLon / 2 * (q(phi2) - q(phi1)),
//   q(phi) = sin(phi) / (1 - e^2 sin^2(phi)) + ln((1 + e sin(phi)) / (1 - e sin(phi))) / (2e),
// evaluated with python3's math module (a = 6378137, 1/f = 298.257222101):
// 7725699592.6 m^2. (WGS 84 gives the same to the decimetre.)
constexpr double kCellArea = 7725699592.6;
// The meridian arc from 51 to 52 degrees north on GRS80: Simpson's rule with 20,000 steps
// over the meridian's radius of curvature M = a (1 - e^2) / (1 - e^2 sin^2(phi))^1.5, in
// python3: 111257.8275 m.
constexpr double kMeridianArc = 111257.8275;

// The cell 51..52 N, 7..8 E with its parallels split into `steps` pieces: PROJ joins
// vertices by geodesics, which bow towards the pole; short pieces follow the parallel.
MultiPolygon cell(int steps, double west = 7, double south = 51, double size = 1)
{
    std::vector<double> ring;
    for (int i = 0; i <= steps; ++i) // the southern parallel, west to east
        ring.insert(ring.end(), {west + size * i / steps, south});
    for (int i = steps; i >= 0; --i) // the northern one, east to west
        ring.insert(ring.end(), {west + size * i / steps, south + size});
    ring.insert(ring.end(), {west, south});
    MultiPolygon g;
    g.addPolygon({ring});
    return g;
}

} // namespace

class TestGeodesy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellAreaMatchesTheBandFormula()
    {
        // Given the one-degree cell at 51..52 N, 7..8 E with its parallels finely split
        const MultiPolygon g = cell(400);
        // When its area is taken on GRS80
        const double area = Geodesy::grs80().area(g);
        // Then it is the band formula's to a millionth
        QVERIFY2(std::abs(area / kCellArea - 1) < 1e-6, qPrintable(QString::number(area, 'f', 1)));
        // and with only its four corners (geodesic edges) still within a thousandth
        QVERIFY(std::abs(Geodesy::grs80().area(cell(1)) / kCellArea - 1) < 1e-3);
    }

    void holesAreSubtractedWhateverTheOrientation()
    {
        // Given the cell with a hole of a tenth of a degree inside, the hole wound clockwise
        // or counter-clockwise
        const MultiPolygon outer = cell(400);
        const MultiPolygon inner = cell(40, 7.4, 51.4, 0.1);
        auto withHole = [&](bool reversed) {
            std::vector<double> out(outer.ring(0).begin(), outer.ring(0).end());
            std::vector<double> hole;
            const auto h = inner.ring(0);
            for (std::size_t k = 0; k < h.size(); k += 2) {
                const std::size_t at = reversed ? h.size() - 2 - k : k;
                hole.insert(hole.end(), {h[at], h[at + 1]});
            }
            MultiPolygon g;
            g.addPolygon({out, hole});
            return g;
        };
        const Geodesy geo = Geodesy::grs80();
        const double expected = geo.area(outer) - geo.area(inner);
        // Then both give the cell minus the hole
        QVERIFY(geo.area(inner) > 7e7);
        QVERIFY(std::abs(geo.area(withHole(false)) - expected) < 1.0);
        QVERIFY(std::abs(geo.area(withHole(true)) - expected) < 1.0);
        // and two parts add up
        MultiPolygon two;
        two.addPolygon({std::vector<double>(outer.ring(0).begin(), outer.ring(0).end())});
        two.addPolygon({std::vector<double>(inner.ring(0).begin(), inner.ring(0).end())});
        QVERIFY(std::abs(geo.area(two) - (geo.area(outer) + geo.area(inner))) < 1.0);
    }

    void distancesAlongMeridianAndEquator()
    {
        const Geodesy geo = Geodesy::grs80();
        // Given two points on the meridian 7 E at 51 and 52 N, the geodesic is the meridian
        QVERIFY(std::abs(geo.distance({7, 51}, {7, 52}) - kMeridianArc) < 0.001);
        // and along the equator one degree is a * pi / 180 = 111319.4908 m
        QVERIFY(std::abs(geo.distance({0, 0}, {1, 0}) - 111319.4908) < 0.001);
        // Planar coordinates measure as they are (times the unit)
        QCOMPARE(Geodesy::planar().distance({0, 0}, {300, 400}), 500.0);
        QCOMPARE(Geodesy::planar(0.3048).distance({0, 0}, {0, 1000}), 304.8);
    }

    void xScaleIsTheGroundRatioOfADegree()
    {
        const Geodesy geo = Geodesy::wgs84();
        // Given a small step east and one north at 51.5 N
        const double east = geo.distance({7.5, 51.5}, {7.501, 51.5});
        const double north = geo.distance({7.5, 51.4995}, {7.5, 51.5005});
        // Then x is scaled by their ratio (a little more than cos(51.5 deg) = 0.6225 on the
        // ellipsoid)
        QVERIFY(std::abs(geo.xScale(51.5) / (east / north) - 1) < 1e-6);
        QVERIFY(geo.xScale(51.5) > 0.6225 && geo.xScale(51.5) < 0.626);
        // and planar coordinates are not scaled at all
        QCOMPARE(Geodesy::planar().xScale(5700000), 1.0);
    }

    void crsFromGdal()
    {
        // Given the EPSG codes of WGS 84 and ETRS89 (geographic) and of UTM 32N (projected)
        const Geodesy wgs84 = Geodesy::forCrs(4326);
        const Geodesy etrs89 = Geodesy::forCrs(4258);
        const Geodesy utm = Geodesy::forCrs(25832);
        // Then the geographic ones come with their ellipsoids
        QVERIFY(wgs84.isGeographic());
        QCOMPARE(wgs84.semiMajor(), 6378137.0);
        QVERIFY(std::abs(1 / wgs84.flattening() - 298.257223563) < 1e-6);
        QVERIFY(etrs89.isGeographic());
        QVERIFY(std::abs(1 / etrs89.flattening() - 298.257222101) < 1e-6);
        // and the projected one, and codes GDAL does not know, are planar metres
        QVERIFY(!utm.isGeographic());
        QCOMPARE(utm.distance({0, 0}, {3, 4}), 5.0);
        QVERIFY(!Geodesy::forCrs(0).isGeographic());
        MultiPolygon square;
        square.addPolygon({{0, 0, 100, 0, 100, 100, 0, 100, 0, 0}});
        QCOMPARE(utm.area(square), 10000.0);
    }
};

QTEST_GUILESS_MAIN(TestGeodesy)
#include "test_geodesy.moc"

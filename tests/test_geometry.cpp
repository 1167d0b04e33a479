#include "Geometry.h"
#include "GpkgGeometry.h"
#include "StoreError.h"

#include <QTest>

using namespace qw;

class TestGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containsRespectsHolesAndParts()
    {
        // Given a square with a hole and a second, disjoint square
        MultiPolygon g;
        g.addPolygon({{0, 0, 10, 0, 10, 10, 0, 10, 0, 0}, {4, 4, 6, 4, 6, 6, 4, 6, 4, 4}});
        g.addPolygon({{20, 0, 30, 0, 30, 10, 20, 10}});
        // Then points in the hole are outside, points in either part inside
        QVERIFY(g.contains(1, 1));
        QVERIFY(!g.contains(5, 5));
        QVERIFY(g.contains(25, 5));
        QVERIFY(!g.contains(15, 5));
        QCOMPARE(g.area(), 100.0 - 4.0 + 100.0);
        QCOMPARE(g.polygonCount(), 2);
        QCOMPARE(g.ringCount(), 3);
        // The open ring of the second part was closed
        QCOMPARE(g.ring(2).size(), std::size_t(10));
    }

    void labelPointLiesInside()
    {
        // A U shape: its centroid would lie outside
        MultiPolygon u;
        u.addPolygon({{0, 0, 10, 0, 10, 10, 8, 10, 8, 2, 2, 2, 2, 10, 0, 10, 0, 0}});
        const Point p = u.labelPoint();
        QVERIFY(u.contains(p.x, p.y));
    }

    void gpkgRoundTrip()
    {
        MultiPolygon g;
        g.addPolygon({{0, 0, 10, 0, 10, 10, 0, 10, 0, 0}, {4, 4, 6, 4, 6, 6, 4, 6, 4, 4}});
        g.addPolygon({{20, 0, 30, 0, 30, 10, 20, 10, 20, 0}});
        const QByteArray blob = GpkgGeometry::encode(g, 25832);
        QCOMPARE(blob.left(2), QByteArray("GP"));
        const MultiPolygon back =
            GpkgGeometry::decodeMultiPolygon(blob.constData(), int(blob.size()));
        QVERIFY(back == g);
        const QByteArray point = GpkgGeometry::encode(Point {3.5, -2.25}, 25832);
        QCOMPARE(GpkgGeometry::decodePoint(point.constData(), int(point.size())),
                 (Point {3.5, -2.25}));
    }

    void truncatedBlobIsAnErrorNotACrash()
    {
        MultiPolygon g;
        g.addPolygon({{0, 0, 10, 0, 10, 10, 0, 0}});
        const QByteArray blob = GpkgGeometry::encode(g, 25832);
        for (int cut = 0; cut < blob.size(); ++cut) {
            bool threw = false;
            try {
                GpkgGeometry::decodeMultiPolygon(blob.constData(), cut);
            } catch (const StoreError &e) {
                threw = e.kind() == StoreErrorKind::InvalidContent;
            }
            QVERIFY2(threw, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        }
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "test_geometry.moc"

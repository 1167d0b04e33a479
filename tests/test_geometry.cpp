#include "AreaShapes.h"
#include "DemoCityGenerator.h"
#include "Geometry.h"
#include "GpkgGeometry.h"
#include "StoreError.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <numbers>

using namespace qw;

namespace {

// The rings of an outline as a MultiPolygon of one part per ring, for sizes and bounds.
MultiPolygon ringsOf(const AreaShapes::Outline &o)
{
    MultiPolygon out;
    for (int r = 0; r < o.ringCount(); ++r) {
        std::vector<double> xy;
        for (int k = o.pointBegin(r); k < o.pointEnd(r); ++k) {
            xy.push_back(o.x(k));
            xy.push_back(o.y(k));
        }
        out.addPolygon({xy});
    }
    return out;
}

// A circle of n vertices: one area with more points than a storage block holds.
MultiPolygon circle(int n, double cx, double cy, double radius)
{
    std::vector<double> ring;
    for (int k = 0; k < n; ++k) {
        const double a = 2 * std::numbers::pi * k / n;
        ring.push_back(cx + radius * std::cos(a));
        ring.push_back(cy + radius * std::sin(a));
    }
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    MultiPolygon g;
    g.addPolygon({ring});
    return g;
}

// The points of an outline as a flat list, to compare two outlines exactly.
std::vector<double> pointsOf(const AreaShapes::Outline &o)
{
    std::vector<double> xy;
    for (int r = 0; r < o.ringCount(); ++r) {
        xy.push_back(-1); // ring break
        for (int k = o.pointBegin(r); k < o.pointEnd(r); ++k) {
            xy.push_back(o.x(k));
            xy.push_back(o.y(k));
        }
    }
    return xy;
}

std::vector<std::pair<int, QByteArray>> chunksOf(const AreaShapes &shapes)
{
    std::vector<std::pair<int, QByteArray>> chunks;
    shapes.writeChunks([&](int n, QByteArray &&data) { chunks.emplace_back(n, std::move(data)); });
    return chunks;
}

} // namespace

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

    void shapesKeepEveryAreaWithinAStepOfItsGeometry()
    {
        // Given the demo city's areas (UTM metres, a few hundred metres to kilometres wide)
        const auto city = DemoCityGenerator(DemoCityGenerator::Options()).generate();
        AreaShapes shapes;
        for (const Area &a : city.areas)
            shapes.append(a.geometry);
        shapes.finish();
        QCOMPARE(shapes.count(), int(city.areas.size()));
        std::size_t doubles = 0;
        for (int i = 0; i < shapes.count(); ++i) {
            const MultiPolygon &exact = city.areas[std::size_t(i)].geometry;
            const MultiPolygon back = shapes.geometry(i);
            // Then the bounds are exact, the structure the same,
            QVERIFY(shapes.bounds(i) == exact.bounds());
            QCOMPARE(back.polygonCount(), exact.polygonCount());
            QCOMPARE(back.ringCount(), exact.ringCount());
            QCOMPARE(back.pointCount(), exact.pointCount());
            // and every vertex within half a step (1/65,535 of the bounds) of its own
            const Bounds &b = exact.bounds();
            const double dx = b.width() / 65535 / 2 + 1e-9, dy = b.height() / 65535 / 2 + 1e-9;
            for (int k = 0; k < exact.pointCount(); ++k) {
                QVERIFY(std::abs(back.x(k) - exact.x(k)) <= dx);
                QVERIFY(std::abs(back.y(k) - exact.y(k)) <= dy);
            }
            // The label point of the exact geometry lies inside the stored outline
            const Point p = exact.labelPoint();
            QVERIFY(shapes.contains(i, p.x, p.y));
            QVERIFY(!shapes.contains(i, b.maxX + 1, p.y));
            doubles += std::size_t(exact.pointCount()) * 16;
        }
        // And the store takes well under half the memory of the coordinates as doubles
        QVERIFY2(shapes.memoryBytes() * 2 < doubles + (4u << 20),
                 qPrintable(QStringLiteral("%1 bytes for %2 as doubles")
                                .arg(shapes.memoryBytes())
                                .arg(doubles)));
    }

    void coarseOutlinesKeepTheShapeWithFewerVertices()
    {
        const auto city = DemoCityGenerator(DemoCityGenerator::Options()).generate();
        AreaShapes shapes;
        for (const Area &a : city.areas)
            shapes.append(a.geometry);
        long fullPoints = 0, coarsePoints = 0;
        for (int i = 0; i < shapes.count(); ++i) {
            const MultiPolygon full = ringsOf(shapes.outline(i));
            const MultiPolygon coarse = ringsOf(shapes.coarseOutline(i));
            // Every area keeps an outline, made of its own vertices (so inside its bounds)
            QVERIFY(!coarse.isEmpty());
            QVERIFY(coarse.pointCount() <= full.pointCount());
            const Bounds &a = full.bounds(), &b = coarse.bounds();
            const double tolerance = std::max(a.width(), a.height()) / AreaShapes::kCoarseSteps;
            QVERIFY(b.minX >= a.minX && b.maxX <= a.maxX && b.minY >= a.minY && b.maxY <= a.maxY);
            // and stays within the tolerance of the full outline
            QVERIFY(b.minX - a.minX <= tolerance && a.maxX - b.maxX <= tolerance);
            QVERIFY(b.minY - a.minY <= tolerance && a.maxY - b.maxY <= tolerance);
            QVERIFY(std::abs(coarse.area() - full.area()) < 0.25 * full.area());
            // An outline about four sides long keeps at most a few times kCoarseSteps
            // vertices, however detailed the full one is.
            if (full.pointCount() > 10 * AreaShapes::kCoarseSteps)
                QVERIFY2(coarse.pointCount() * 2 < full.pointCount(),
                         qPrintable(QStringLiteral("%1 of %2")
                                        .arg(coarse.pointCount())
                                        .arg(full.pointCount())));
            fullPoints += full.pointCount();
            coarsePoints += coarse.pointCount();
        }
        QVERIFY(coarsePoints < fullPoints);
    }

    void aDegenerateAreaIsStoredWithoutDividingByZero()
    {
        // A sliver with no height and an empty geometry
        MultiPolygon flat;
        flat.addPolygon({{0, 5, 10, 5, 20, 5, 0, 5}});
        AreaShapes shapes;
        shapes.append(flat);
        shapes.append(MultiPolygon());
        const MultiPolygon back = shapes.geometry(0);
        QCOMPARE(back.pointCount(), flat.pointCount());
        QCOMPARE(back.y(1), 5.0);
        QCOMPARE(back.x(2), 20.0);
        QVERIFY(!shapes.contains(0, 5, 5.5));
        QCOMPARE(shapes.outline(1).ringCount(), 0);
        QCOMPARE(shapes.coarseOutline(1).ringCount(), 0);
        QVERIFY(shapes.geometry(1).isEmpty());
    }

    void storedChunksGiveBackTheSameOutlines()
    {
        // Given the demo city, an empty area and one with more points than a block holds
        const auto city = DemoCityGenerator(DemoCityGenerator::Options()).generate();
        AreaShapes shapes;
        for (const Area &a : city.areas)
            shapes.append(a.geometry);
        shapes.append(MultiPolygon());
        shapes.append(circle(700000, 500000, 5700000, 3000));
        for (const Area &a : city.areas)
            shapes.append(a.geometry);
        shapes.finish();
        // When they are written as chunks and read back
        const auto chunks = chunksOf(shapes);
        AreaShapes back;
        int counted = 0;
        for (const auto &[n, data] : chunks) {
            QVERIFY(back.appendChunk(data));
            counted += n;
            QCOMPARE(back.count(), counted);
        }
        // Then the large area has a chunk of its own between the others
        QCOMPARE(chunks.size(), std::size_t(3));
        QCOMPARE(chunks[1].first, 1);
        // and every area has the same bounds, outline and coarse outline, point for point
        QCOMPARE(back.count(), shapes.count());
        for (int i = 0; i < shapes.count(); ++i) {
            QVERIFY(back.bounds(i) == shapes.bounds(i) || shapes.bounds(i).isEmpty());
            QCOMPARE(back.bounds(i).isEmpty(), shapes.bounds(i).isEmpty());
            QCOMPARE(pointsOf(back.outline(i)), pointsOf(shapes.outline(i)));
            QCOMPARE(pointsOf(back.coarseOutline(i)), pointsOf(shapes.coarseOutline(i)));
        }
        const Point p = city.areas[3].geometry.labelPoint();
        QVERIFY(back.contains(3, p.x, p.y));
        QVERIFY(back.contains(int(city.areas.size()) + 1, 500000, 5700000));
    }

    void damagedChunksAreRefusedNotTrusted()
    {
        const auto city = DemoCityGenerator(DemoCityGenerator::Options()).generate();
        AreaShapes shapes;
        for (const Area &a : city.areas)
            shapes.append(a.geometry);
        const QByteArray good = chunksOf(shapes).front().second;
        const int areas = int(city.areas.size());
        const std::size_t metaAt = 16 + std::size_t(areas) * 32;
        const auto patched = [&](std::size_t at, auto value) {
            QByteArray bad = good;
            qToLittleEndian(value, bad.data() + at);
            return bad;
        };
        const std::vector<std::pair<const char *, QByteArray>> damaged {
            {"empty", QByteArray()},
            {"truncated", good.left(good.size() - 1)},
            {"longer", good + QByteArray(1, 'x')},
            {"other magic", patched(0, quint32(0x32535751))},
            {"one area more", patched(4, quint32(areas + 1))},
            {"no polygons but rings", patched(metaAt, quint32(0))},
            {"ring end past the points", patched(metaAt + 4 * 4, quint32(0x7fffffff))},
            {"bounds not a number", patched(16, std::nan(""))},
            {"bounds reversed", patched(16, 1e300)},
        };
        for (const auto &[what, bad] : damaged) {
            // Given outlines already held
            AreaShapes into;
            into.append(city.areas[0].geometry);
            // When a damaged chunk is appended, then it is refused and nothing is added
            QVERIFY2(!into.appendChunk(bad), what);
            QCOMPARE(into.count(), 1);
        }
        // And any single changed byte is refused or, where it only moves a point or
        // a bound, gives outlines that stay inside their own bounds' grid
        QRandomGenerator random(7);
        for (int round = 0; round < 300; ++round) {
            QByteArray bad = good;
            const qsizetype at = qsizetype(random.bounded(quint32(bad.size())));
            bad[at] = char(bad[at] ^ char(1 + random.bounded(255)));
            AreaShapes into;
            if (!into.appendChunk(bad)) {
                QCOMPARE(into.count(), 0);
                continue;
            }
            QCOMPARE(into.count(), areas);
            for (int i = 0; i < into.count(); ++i) {
                const AreaShapes::Outline o = into.outline(i);
                const Bounds &b = into.bounds(i);
                for (int r = 0; r < o.ringCount(); ++r)
                    for (int k = o.pointBegin(r); k < o.pointEnd(r); ++k)
                        QVERIFY(o.x(k) >= b.minX && o.x(k) <= b.maxX + 1e-6 * b.width());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "test_geometry.moc"

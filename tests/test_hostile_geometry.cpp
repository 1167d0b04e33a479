// A single far-away vertex (issue 19, finding 2): AreaGeometrySet::buildIndex wrote out of
// bounds at x = -1e30 and took 7.9 GB at -1e20. The grid is now sized from sane bounds, and
// such an area is left out of the map; an area layer with one is refused at import.
#include "AreaGeometrySet.h"
#include "Project.h"
#include "ProjectStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace qw;

namespace {

Area square(const QString &key, double x0, double y0 = 5'700'000)
{
    Area a;
    a.key = key;
    a.name = QStringLiteral("Gebiet ") + key;
    a.level = QStringLiteral("sozialraum");
    a.geometry.addPolygon({{x0, y0, x0 + 100, y0, x0 + 100, y0 + 100, x0, y0 + 100, x0, y0}});
    return a;
}

// Three squares side by side, the second with one vertex moved to (farX, y).
QString cityWithFarVertex(const QTemporaryDir &dir, double farX)
{
    const QString path = dir.filePath(QStringLiteral("far%1.gpkg").arg(std::rand()));
    ProjectMetadata meta;
    meta.title = meta.city = QStringLiteral("Teststadt");
    meta.srsId = 25832;
    ProjectStore::create(path, meta, [&](ProjectStore &s) {
        s.writeLevels({{QStringLiteral("sozialraum"), QStringLiteral("Sozialraum"),
                        QStringLiteral("Social area"), 0}});
        Area far = square(QStringLiteral("2"), 400'200);
        far.geometry = MultiPolygon();
        far.geometry.addPolygon({{400'200, 5'700'000, farX, 5'700'000, 400'300, 5'700'100, 400'200,
                                  5'700'100, 400'200, 5'700'000}});
        s.writeAreas(
            {square(QStringLiteral("1"), 400'000), far, square(QStringLiteral("3"), 400'400)});
    });
    return path;
}

} // namespace

class TestHostileGeometry : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aFarVertexStaysOutOfTheIndex_data()
    {
        QTest::addColumn<double>("farX");
        QTest::addColumn<bool>("setApart");
        QTest::newRow("-1e30") << -1e30 << true;
        QTest::newRow("-1e20") << -1e20 << true;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << true;
        // NaN takes no part in bounds (every comparison is false): the area keeps the
        // bounds of its other vertices, and Qt passes over the point when drawing
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false;
    }

    void aFarVertexStaysOutOfTheIndex()
    {
        QFETCH(double, farX);
        QFETCH(bool, setApart);
        // Given a project whose stored outline of area 2 has a vertex at farX
        const auto project = Project::open(cityWithFarVertex(m_dir, farX));
        // When the map's geometry set is built for it
        const AreaGeometrySet set(project, QStringLiteral("sozialraum"));
        // Then it is built (no crash, no astronomic grid), the map's extent is the city's,
        // area 2 is set apart, and the others are still found where they are
        QCOMPARE(set.count(), 3);
        QVERIFY2(set.bounds().width() < 1000, qPrintable(QString::number(set.bounds().width())));
        QCOMPARE(set.outlandishRows().size(), std::size_t(setApart ? 1 : 0));
        const int far = setApart ? set.outlandishRows().front() : -1;
        if (setApart)
            QCOMPARE(project->areas()[std::size_t(set.projectIndex(far))].key, QStringLiteral("2"));
        for (int row = 0; row < set.count(); ++row) {
            if (row == far)
                continue;
            const std::vector<int> found = set.query(set.bounds(row));
            QVERIFY(std::find(found.begin(), found.end(), row) != found.end());
            QVERIFY(far < 0 || std::find(found.begin(), found.end(), far) == found.end());
        }
    }

    void aLongThinCityHasABoundedGrid()
    {
        // Given two areas 1,000 km apart along one axis (the shape -1e20 gave in effect)
        const QString path = m_dir.filePath(QStringLiteral("thin.gpkg"));
        ProjectMetadata meta;
        meta.title = meta.city = QStringLiteral("Lang");
        meta.srsId = 25832;
        ProjectStore::create(path, meta, [&](ProjectStore &s) {
            s.writeLevels({{QStringLiteral("sozialraum"), QStringLiteral("Sozialraum"),
                            QStringLiteral("Social area"), 0}});
            s.writeAreas({square(QStringLiteral("1"), 0), square(QStringLiteral("2"), 9.9e7)});
        });
        const auto project = Project::open(path);
        // When the set is built, then both are found at their places
        const AreaGeometrySet set(project, QStringLiteral("sozialraum"));
        QVERIFY(set.outlandishRows().empty());
        for (int row = 0; row < 2; ++row) {
            const std::vector<int> found = set.query(set.bounds(row));
            QCOMPARE(found, std::vector<int> {row});
        }
    }
};

QTEST_MAIN(TestHostileGeometry)
#include "test_hostile_geometry.moc"

// A project stored in longitude and latitude (EPSG:4326): its map keeps shapes true on the
// window, the rasteriser and the export page, hover finds what is drawn, the scale bar is
// in metres, and the profile gives the area's size on the ellipsoid.
#include "AreaGeometrySet.h"
#include "AreaReports.h"
#include "MapDecorations.h"
#include "MapLayout.h"
#include "MapRenderer.h"
#include "MapWidget.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace qw;

namespace {

// Degrees per kilometre at 51.5 N on the sphere of mean radius 6371008.8 m: good to half a
// percent on the ellipsoid, plenty for shapes checked to 3 %.
constexpr double kLat0 = 51.5, kLon0 = 7.5;
constexpr double kLatPerKm = 1000.0 / (6371008.8 * std::numbers::pi / 180.0);
const double kLonPerKm = kLatPerKm / std::cos(kLat0 * std::numbers::pi / 180.0);

// A square ring of side km kilometres on the ground around the centre, as lon, lat.
std::vector<double> squareRing(double km)
{
    const double dx = km / 2 * kLonPerKm, dy = km / 2 * kLatPerKm;
    return {kLon0 - dx, kLat0 - dy, kLon0 + dx, kLat0 - dy, kLon0 + dx,
            kLat0 + dy, kLon0 - dx, kLat0 + dy, kLon0 - dx, kLat0 - dy};
}

// "Ring", 3 km x 3 km with a 1 km x 1 km hole, and "Mitte" filling the hole, in EPSG:4326.
void writeGeographicProject(const QString &path)
{
    ProjectMetadata meta;
    meta.title = QStringLiteral("Geostadt");
    meta.city = QStringLiteral("Geostadt");
    meta.srsId = 4326;
    ProjectStore::create(path, meta, [](ProjectStore &s) {
        s.writeLevels({{QStringLiteral("sozialraum"), QStringLiteral("Sozialraum"),
                        QStringLiteral("Social area"), 0}});
        Area ring;
        ring.key = QStringLiteral("ring");
        ring.name = QStringLiteral("Ring");
        ring.level = QStringLiteral("sozialraum");
        ring.geometry.addPolygon({squareRing(3), squareRing(1)});
        Area mitte;
        mitte.key = QStringLiteral("mitte");
        mitte.name = QStringLiteral("Mitte");
        mitte.level = QStringLiteral("sozialraum");
        mitte.geometry.addPolygon({squareRing(1)});
        s.writeAreas({ring, mitte});
        Indicator i;
        i.key = QStringLiteral("inhabitants");
        i.nameDe = QStringLiteral("Einwohner");
        i.nameEn = QStringLiteral("Inhabitants");
        i.kind = IndicatorKind::Count;
        s.writeIndicators({i});
        s.valueRepository().upsert(
            {{ring.key, i.key, QStringLiteral("2024"), 8000.0, {}, {}, ValueStatus::Ok, 0},
             {mitte.key, i.key, QStringLiteral("2024"), 3000.0, {}, {}, ValueStatus::Ok, 0}});
    });
}

// The bounding box of the pixels of exactly this colour (the areas' plain fill: not the
// scale bar, the north arrow or the page's words).
QRect colourBox(const QImage &image, QRgb colour)
{
    const QImage im = image.convertToFormat(QImage::Format_RGB32);
    QRect box;
    for (int y = 0; y < im.height(); ++y)
        for (int x = 0; x < im.width(); ++x)
            if ((im.pixel(x, y) & 0xffffff) == (colour & 0xffffff))
                box |= QRect(x, y, 1, 1);
    return box;
}

const QRgb kPlainFill = qRgb(0xe8, 0xe4, 0xda);

double aspect(const QRect &box)
{
    return double(box.width()) / double(box.height());
}

} // namespace

class TestGeographicProject : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    std::shared_ptr<const AreaGeometrySet> m_areas;

    MapSnapshot snapshot() const
    {
        MapSnapshot s;
        s.areas = m_areas;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("geo.gpkg"));
        writeGeographicProject(path);
        m_project = Project::open(path);
        m_areas = std::make_shared<AreaGeometrySet>(m_project, QStringLiteral("sozialraum"));
        QCOMPARE(m_areas->count(), 2);
    }

    void theMapKnowsItIsGeographic()
    {
        // Given the project in EPSG:4326, the map draws x scaled by about cos(51.5 deg)
        QVERIFY(m_areas->geodesy().isGeographic());
        QVERIFY(std::abs(m_areas->xScale() - 0.6225) < 0.005);
        // while a projected project keeps exactly its coordinates
        QTemporaryDir dir;
        const auto city = test::openSmallCity(dir);
        const AreaGeometrySet projected(city, city->finestLevel());
        QVERIFY(!projected.geodesy().isGeographic());
        QCOMPARE(projected.xScale(), 1.0);
        const auto t = MapTransform::fit(projected.bounds(), QSize(400, 300));
        QCOMPARE(t.metresPerPixel(projected.geodesy()), t.unitsPerPixel());
    }

    void aSquareOnTheGroundDrawsSquare()
    {
        // Given a view wider than high
        const QSize size(600, 400);
        const auto t = MapTransform::fit(m_areas->bounds(), size, 16, m_areas->xScale());
        // When the rasteriser draws the 3 km x 3 km city
        const MapSnapshot s = snapshot();
        const QImage image = MapRenderer::renderImage(s, t, 1.0);
        const QRect box = colourBox(image, kPlainFill);
        // Then it is square in pixels (not stretched by 1/cos(latitude) = 1.6), filling the
        // height
        QVERIFY2(std::abs(aspect(box) - 1) < 0.03,
                 qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
        QVERIFY(box.height() > 360);
        // and so does the painter's path (exports), on a scaled device too
        QImage painted(size * 2, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&painted);
        p.scale(2, 2);
        MapRenderer::render(p, s, t);
        p.end();
        QVERIFY(std::abs(aspect(colourBox(painted, kPlainFill)) - 1) < 0.03);
        // Mitte, 1 km x 1 km, is square as well
        const Bounds &b = m_areas->bounds(
            m_areas->rowOfProjectIndex(m_project->areaIndex(QStringLiteral("mitte"))));
        const QPointF tl = t.toScreen(b.minX, b.maxY), br = t.toScreen(b.maxX, b.minY);
        QVERIFY(std::abs((br.x() - tl.x()) / (br.y() - tl.y()) - 1) < 0.03);
    }

    void theExportPageDrawsSquare()
    {
        // Given the A4 page of the map, painted at two pixels per point
        QImage page((MapLayout::kPageSize * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::white);
        QPainter p(&page);
        p.scale(2, 2);
        MapLayout::paint(p, QRectF(QPointF(0, 0), MapLayout::kPageSize), snapshot(),
                         m_areas->bounds(), QLocale(QLocale::German));
        p.end();
        // Then the areas' fill covers a square
        const QRect box = colourBox(page, kPlainFill);
        QVERIFY(box.height() > 400);
        QVERIFY2(std::abs(aspect(box) - 1) < 0.03,
                 qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
    }

    void theScaleBarIsInMetres()
    {
        // Given the city fitted to 600 x 400 pixels (3 km over about 368 pixels)
        const auto t = MapTransform::fit(m_areas->bounds(), QSize(600, 400), 16, m_areas->xScale());
        const double mpp = t.metresPerPixel(m_areas->geodesy());
        // Then a pixel is about 3000 m / 368 on the ground (not 0.0001 degrees)
        QVERIFY2(std::abs(mpp / (3000.0 / 368) - 1) < 0.02, qPrintable(QString::number(mpp)));
        // and a bar of at most 120 pixels reads 500 m, 500 m long on the ground
        const auto bar = MapDecorations::scaleBar(mpp, 120, QLocale(QLocale::German));
        QCOMPARE(bar.label, QStringLiteral("500 m"));
        QVERIFY(std::abs(bar.length * mpp - 500) < 1e-6);
        QVERIFY(bar.length > 40 && bar.length <= 120);
        // Zoomed out four times it reads kilometres
        const auto far = MapDecorations::scaleBar(
            t.zoomedAt(QPointF(300, 200), 0.25).metresPerPixel(m_areas->geodesy()), 120,
            QLocale(QLocale::German));
        QCOMPARE(far.label, QStringLiteral("2 km"));
    }

    void theWindowDrawsSquareAndHoverFindsWhatIsDrawn()
    {
        // Given the map window of the project
        MapWidget map;
        map.resize(700, 420);
        map.setSnapshot(snapshot(), true);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_VERIFY_WITH_TIMEOUT(map.isUpToDate(), 10000);
        const MapTransform t = map.transform();
        QCOMPARE(t.xScale(), m_areas->xScale());
        // Then the city is square on screen
        const QRect box = colourBox(map.grab().toImage(), kPlainFill);
        QVERIFY(box.height() > 200);
        QVERIFY2(std::abs(aspect(box) - 1) < 0.03,
                 qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
        const QPointF west = t.toScreen(m_areas->bounds().minX, kLat0);
        const QPointF east = t.toScreen(m_areas->bounds().maxX, kLat0);
        const QPointF north = t.toScreen(kLon0, m_areas->bounds().maxY);
        const QPointF south = t.toScreen(kLon0, m_areas->bounds().minY);
        QVERIFY(std::abs((east.x() - west.x()) / (south.y() - north.y()) - 1) < 0.03);
        // When the mouse points 0.3 km east of the centre (Mitte), 1.2 km (Ring) and 1.7 km
        // (outside), in ground metres through the scale bar's figure
        const double mpp = t.metresPerPixel(m_areas->geodesy());
        const QPointF centre = t.toScreen(kLon0, kLat0);
        const auto moveTo = [&](QPointF metresEastNorth) {
            QTest::mouseMove(
                &map,
                (centre + QPointF(metresEastNorth.x() / mpp, -metresEastNorth.y() / mpp))
                    .toPoint());
        };
        const int mitte = m_project->areaIndex(QStringLiteral("mitte"));
        const int ring = m_project->areaIndex(QStringLiteral("ring"));
        // Then it finds the area drawn there
        moveTo({300, 0});
        QTRY_COMPARE(map.hoveredArea(), mitte);
        moveTo({1200, 0});
        QTRY_COMPARE(map.hoveredArea(), ring);
        moveTo({1700, 0});
        QTRY_COMPARE(map.hoveredArea(), -1);
        moveTo({-1200, 0});
        QTRY_COMPARE(map.hoveredArea(), ring);
        // and across the hole's edge on the ground, 0.45 and 0.55 km north
        moveTo({0, 450});
        QTRY_COMPARE(map.hoveredArea(), mitte);
        moveTo({0, 550});
        QTRY_COMPARE(map.hoveredArea(), ring);
    }

    void theProfileGivesTheSizeOnTheEllipsoid()
    {
        // Given the profile of Ring (3 km x 3 km minus the 1 km x 1 km hole), in German
        AreaReports::Settings s {QStringLiteral("sozialraum"), QString(), true,
                                 QLocale(QLocale::German)};
        const ReportDocument doc = AreaReports::profile(m_project, QStringLiteral("ring"), s);
        const QString pdf = m_dir.filePath(QStringLiteral("ring.pdf"));
        QCOMPARE(doc.writePdf(pdf), QString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) is needed");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        // When its size is read from the page
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("([0-9.,]+) km²")).match(words);
        QVERIFY2(m.hasMatch(), qPrintable(words.left(600)));
        bool ok = false;
        const double shown = QLocale(QLocale::German).toDouble(m.captured(1), &ok);
        QVERIFY(ok);
        // Then it is the geodesic area of the outline with the hole taken out, to 0.5 %
        MultiPolygon ring;
        ring.addPolygon({squareRing(3), squareRing(1)});
        const double geodesic = Geodesy::wgs84().area(ring) / 1e6;
        QVERIFY2(std::abs(shown / geodesic - 1) < 0.005,
                 qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(geodesic)));
        // which is the 8 km² it was drawn as (to the sphere's half percent), not a planar
        // area in square degrees
        QVERIFY(std::abs(geodesic / 8 - 1) < 0.01);
    }
};

QTEST_MAIN(TestGeographicProject)
#include "test_geographic_project.moc"

#include "Crs.h"
#include "ImportLog.h"
#include "NewProjectFromLayer.h"
#include "Project.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace qw;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

const char *const kTwoSquares = R"({"type":"FeatureCollection",
 "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},
 "features":[
  {"type":"Feature","properties":{"sr_id":"01","sr_name":"Nord"},
   "geometry":{"type":"Polygon","coordinates":[[[0,0],[100,0],[100,100],[0,100],[0,0]]]}},
  {"type":"Feature","properties":{"sr_id":"%KEY%","sr_name":"Schleife"},
   "geometry":{"type":"Polygon","coordinates":[[[200,0],[300,100],[300,0],[200,100],[200,0]]]}}
 ]})";

// Planungsräume in EPSG:25833 where the key 0101 occurs three times (a district's area
// carrying its neighbour's ID) and 0101-2 exists already.
const char *const kDuplicates = R"({"type":"FeatureCollection",
 "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25833"}},
 "features":[
  {"type":"Feature","properties":{"PLR_ID":"0101","PLR_NAME":"Nordpark","BEZ":"01","STAND":"2021"},
   "geometry":{"type":"Polygon","coordinates":[[[390000,5820000],[391000,5820000],[391000,5821000],[390000,5821000],[390000,5820000]]]}},
  {"type":"Feature","properties":{"PLR_ID":"0102","PLR_NAME":"Mitte","BEZ":"01","STAND":"2021"},
   "geometry":{"type":"Polygon","coordinates":[[[391000,5820000],[392000,5820000],[392000,5821000],[391000,5821000],[391000,5820000]]]}},
  {"type":"Feature","properties":{"PLR_ID":"0101","PLR_NAME":"Südpark","BEZ":"02","STAND":"2021"},
   "geometry":{"type":"Polygon","coordinates":[[[390000,5819000],[391000,5819000],[391000,5820000],[390000,5820000],[390000,5819000]]]}},
  {"type":"Feature","properties":{"PLR_ID":"0101-2","PLR_NAME":"Hafen","BEZ":"02","STAND":"2021"},
   "geometry":{"type":"Polygon","coordinates":[[[391000,5819000],[392000,5819000],[392000,5820000],[391000,5820000],[391000,5819000]]]}},
  {"type":"Feature","properties":{"PLR_ID":"0101","PLR_NAME":"Westpark","BEZ":"03","STAND":null},
   "geometry":{"type":"Polygon","coordinates":[[[389000,5819000],[390000,5819000],[390000,5820000],[389000,5820000],[389000,5819000]]]}}
 ]})";

// ETRS89 / UTM zone 32N as ESRI writes it into a .prj: no EPSG code anywhere.
const char *const kEsriUtm32 =
    R"(PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",)"
    R"(SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],)"
    R"(UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],)"
    R"(PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],)"
    R"(PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],)"
    R"(PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])";

// The same projection with a false easting of 2,500 km, as some cities ship it: no EPSG
// code matches.
QByteArray esriTm2500()
{
    return QByteArray(kEsriUtm32)
        .replace("ETRS_1989_UTM_Zone_32N", "Stadtvermessung_TM9")
        .replace("500000.0", "2500000.0");
}

// A square of side `size` at (x, y) as a GeoJSON polygon ring.
QByteArray squareRing(double x, double y, double size)
{
    return QStringLiteral("[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]")
        .arg(x, 0, 'f', 6)
        .arg(y, 0, 'f', 6)
        .arg(x + size, 0, 'f', 6)
        .arg(y + size, 0, 'f', 6)
        .toUtf8();
}

// A GeoJSON in lon/lat (no "crs" member, as every GeoJSON) of two squares at (lon, lat).
QByteArray lonLatAreas(double lon, double lat)
{
    return R"({"type":"FeatureCollection","features":[
  {"type":"Feature","properties":{"sr_id":"1","sr_name":"West"},
   "geometry":{"type":"Polygon","coordinates":)"
        + squareRing(lon - 0.02, lat - 0.01, 0.02) + R"(}},
  {"type":"Feature","properties":{"sr_id":"2","sr_name":"Ost"},
   "geometry":{"type":"Polygon","coordinates":)"
        + squareRing(lon, lat - 0.01, 0.02) + "}}]}";
}

// Writes a polygon shapefile with one square (x, y, size) per key and the .prj text given.
void writeShapefile(const QString &path, const QByteArray &prj,
                    const std::vector<std::array<double, 3>> &squares)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("ESRI Shapefile"), path.toUtf8().constData(),
                                 0, 0, 0, GDT_Unknown, nullptr);
    QVERIFY(ds);
    OGRLayerH layer = GDALDatasetCreateLayer(
        ds, QFileInfo(path).completeBaseName().toUtf8().constData(), nullptr, wkbPolygon, nullptr);
    QVERIFY(layer);
    for (const char *name : {"sr_id", "sr_name"}) {
        OGRFieldDefnH field = OGR_Fld_Create(name, OFTString);
        OGR_L_CreateField(layer, field, 1);
        OGR_Fld_Destroy(field);
    }
    int n = 0;
    for (const auto &[x, y, size] : squares) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, QByteArray::number(++n).constData());
        OGR_F_SetFieldString(f, 1, QByteArray("Gebiet " + QByteArray::number(n)).constData());
        QByteArray wkt = QStringLiteral("POLYGON ((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                             .arg(x, 0, 'f', 3)
                             .arg(y, 0, 'f', 3)
                             .arg(x + size, 0, 'f', 3)
                             .arg(y + size, 0, 'f', 3)
                             .toUtf8();
        char *text = wkt.data();
        OGRGeometryH g = nullptr;
        OGR_G_CreateFromWkt(&text, nullptr, &g);
        OGR_F_SetGeometryDirectly(f, g);
        QCOMPARE(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    writeText(path.left(path.size() - 4) + QStringLiteral(".prj"), prj);
}

// (x, y) converted from the CRS in wkt (or EPSG:fromEpsg) to EPSG:toEpsg, by OGR directly.
QPointF transformed(const QByteArray &wkt, int fromEpsg, int toEpsg, double x, double y)
{
    OGRSpatialReferenceH from = OSRNewSpatialReference(nullptr);
    OGRSpatialReferenceH to = OSRNewSpatialReference(nullptr);
    if (wkt.isEmpty())
        OSRImportFromEPSG(from, fromEpsg);
    else
        OSRSetFromUserInput(from, wkt.constData());
    OSRImportFromEPSG(to, toEpsg);
    OSRSetAxisMappingStrategy(from, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(to, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH t = OCTNewCoordinateTransformation(from, to);
    OCTTransform(t, 1, &x, &y, nullptr);
    OCTDestroyCoordinateTransformation(t);
    OSRDestroySpatialReference(from);
    OSRDestroySpatialReference(to);
    return {x, y};
}

// The area of a lon/lat square after OGR reprojected it to EPSG:epsg.
double reprojectedArea(double lon, double lat, double size, int epsg)
{
    const QPointF a = transformed({}, 4326, epsg, lon, lat);
    const QPointF b = transformed({}, 4326, epsg, lon + size, lat);
    const QPointF c = transformed({}, 4326, epsg, lon + size, lat + size);
    const QPointF d = transformed({}, 4326, epsg, lon, lat + size);
    OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
    for (const QPointF &p : {a, b, c, d, a})
        OGR_G_AddPoint_2D(ring, p.x(), p.y());
    OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
    OGR_G_AddGeometryDirectly(polygon, ring);
    const double area = OGR_G_Area(polygon);
    OGR_G_DestroyGeometry(polygon);
    return area;
}

// The distance from p to the nearest vertex of g.
double nearestVertex(const MultiPolygon &g, QPointF p)
{
    double best = 1e300;
    for (int k = 0; k < g.pointCount(); ++k)
        best = std::min(best, std::hypot(g.x(k) - p.x(), g.y(k) - p.y()));
    return best;
}

// Options for the test files with the fields sr_id and sr_name.
NewProjectOptions srOptions()
{
    return {QString(), QStringLiteral("sr_id"), QStringLiteral("sr_name"),
            QStringLiteral("Sozialraum")};
}

QStringList keysOf(ProjectStore &store)
{
    QStringList keys;
    for (const Area &a : store.areas())
        keys << a.key;
    return keys;
}

// The settings JSON of the project's first import log record.
QString firstLogSettings(ProjectStore &store)
{
    SqliteDatabase file(store.path(), SqliteDatabase::Mode::ReadOnly);
    auto st = file.prepare(QStringLiteral("SELECT settings FROM qw_imports ORDER BY fid LIMIT 1"));
    return st.step() ? st.text(0) : QString();
}

} // namespace

class TestAreaImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Writes the file with duplicate keys as NAME.geojson and makes NAME.gpkg from it.
    NewProjectReport projectFromDuplicates(const QString &name, DuplicateKeys choice)
    {
        const QString src = m_dir.filePath(name + QStringLiteral(".geojson"));
        writeText(src, kDuplicates);
        NewProjectOptions options {QString(), QStringLiteral("PLR_ID"), QStringLiteral("PLR_NAME"),
                                   QStringLiteral("Planungsraum")};
        options.duplicates = choice;
        return createProjectFromLayer(m_dir.filePath(name + QStringLiteral(".gpkg")), src, options);
    }

private Q_SLOTS:
    void adoptsAPolygonLayerAndRepairsInvalidGeometry()
    {
        // Given a GeoJSON with a text key and a self-intersecting "bow tie"
        const QString src = m_dir.filePath(QStringLiteral("areas.geojson"));
        writeText(src, QByteArray(kTwoSquares).replace("%KEY%", "1"));
        AreaLayerSource source(src);
        const auto *layer = source.layer(QString());
        QVERIFY(layer);
        QCOMPARE(AreaLayerSource::guessKeyField(*layer), QStringLiteral("sr_id"));
        QCOMPARE(AreaLayerSource::guessNameField(*layer), QStringLiteral("sr_name"));
        // When a project is made from it
        const QString target = m_dir.filePath(QStringLiteral("adopted.gpkg"));
        const QStringList repaired =
            createProjectFromLayer(target, src, QString(), QStringLiteral("sr_id"),
                                   QStringLiteral("sr_name"), QStringLiteral("Sozialraum"));
        // Then the bow tie is reported as repaired and keys stay text
        QCOMPARE(repaired.size(), 1);
        QVERIFY(repaired.first().startsWith(QStringLiteral("1:")));
        auto project = Project::open(target);
        QCOMPARE(project->areas().size(), std::size_t(2));
        QCOMPARE(project->areas()[0].key, QStringLiteral("01"));
        QCOMPARE(project->areas()[1].key, QStringLiteral("1"));
        QCOMPARE(project->metadata().srsId, 25832);
        QCOMPARE(project->finestLevel(), QStringLiteral("sozialraum"));
        QVERIFY(project->store().areas()[1].geometry.area() > 0);
        QVERIFY(project->shapes(project->finestLevel()).geometry(1).area() > 0);
    }

    void duplicateKeyNamesBothFeaturesAndHowToGoOn()
    {
        // Given a boundary file where three Planungsräume carry the key 0101
        const QString src = m_dir.filePath(QStringLiteral("dup.geojson"));
        writeText(src, kDuplicates);
        const QString target = m_dir.filePath(QStringLiteral("dup.gpkg"));
        // When a project is made from it without a choice
        try {
            createProjectFromLayer(target, src, QString(), QStringLiteral("PLR_ID"),
                                   QStringLiteral("PLR_NAME"), QStringLiteral("Planungsraum"));
            QFAIL("a duplicate key must be an error");
        } catch (const StoreError &e) {
            // Then the message names the file, the key and both features with their name
            // and every other field, and says how to go on
            const QString m = e.message();
            QVERIFY2(m.contains(src), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("\"0101\"")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral(
                         "feature 0 (PLR_NAME \"Nordpark\", BEZ \"01\", STAND \"2021\")")),
                     qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral(
                         "feature 2 (PLR_NAME \"Südpark\", BEZ \"02\", STAND \"2021\")")),
                     qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("1 more feature")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("--duplicate-keys first")), qPrintable(m));
            QVERIFY2(m.contains(QStringLiteral("--duplicate-keys suffix")), qPrintable(m));
        }
        // And no project is left behind
        QVERIFY(!QFile::exists(target));
    }

    void duplicateKeysKeepTheFirstFeature()
    {
        // Given the file with three features keyed 0101, when the planner keeps the first
        const NewProjectReport report =
            projectFromDuplicates(QStringLiteral("dup-first"), DuplicateKeys::First);
        // Then the later two are left out and named
        QCOMPARE(report.featuresRead, 5);
        QCOMPARE(report.areasWritten, 3);
        QCOMPARE(report.duplicates.size(), 2);
        QVERIFY2(report.duplicates[0].startsWith(QStringLiteral("feature 2 (PLR_NAME \"Südpark\"")),
                 qPrintable(report.duplicates[0]));
        QVERIFY(report.duplicates[1].contains(QStringLiteral("Westpark")));
        QVERIFY2(report.duplicates[1].contains(QStringLiteral("STAND (empty)")),
                 qPrintable(report.duplicates[1]));
        auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("dup-first.gpkg")));
        QCOMPARE(keysOf(*store), (QStringList {"0101", "0102", "0101-2"}));
        QCOMPARE(store->areas().front().name, QStringLiteral("Nordpark"));
        // And the import log says what was done with which features
        const auto history = ImportLog(*store).history();
        QCOMPARE(history.size(), std::size_t(1));
        const ImportRecord &r = history.front();
        QCOMPARE(r.kind, QStringLiteral("areas"));
        QCOMPARE(r.fileName, QStringLiteral("dup-first.geojson"));
        QCOMPARE(r.sha256, ImportLog::sha256(m_dir.filePath(QStringLiteral("dup-first.geojson"))));
        QCOMPARE(r.rowsRead, qint64(5));
        QCOMPARE(r.rowsMatched, qint64(3));
        QCOMPARE(r.rowsRejected, qint64(2));
        QVERIFY2(r.report.contains(QStringLiteral("--duplicate-keys first")), qPrintable(r.report));
        QVERIFY(r.report.contains(QStringLiteral("Südpark")));
        QVERIFY(r.report.contains(QStringLiteral("left out")));
        QVERIFY(r.report.contains(QStringLiteral("EPSG:25833")));
        QVERIFY(firstLogSettings(*store).contains(QStringLiteral("\"duplicateKeys\":\"first\"")));
    }

    void duplicateKeysGetASuffixThatNoFeatureHas()
    {
        // Given the file, where 0101-2 is a real key already, when later features get a suffix
        const NewProjectReport report =
            projectFromDuplicates(QStringLiteral("dup-suffix"), DuplicateKeys::Suffix);
        // Then every feature is an area, the second 0101 is 0101-3 (0101-2 is taken) and
        // the third 0101-4
        QCOMPARE(report.areasWritten, 5);
        auto store = ProjectStore::open(m_dir.filePath(QStringLiteral("dup-suffix.gpkg")));
        QCOMPARE(keysOf(*store), (QStringList {"0101", "0102", "0101-3", "0101-2", "0101-4"}));
        QCOMPARE(store->areas()[2].name, QStringLiteral("Südpark"));
        // And the log names both renamings and the choice
        const ImportRecord r = ImportLog(*store).history().front();
        QCOMPARE(r.rowsMatched, qint64(5));
        QCOMPARE(r.rowsRejected, qint64(0));
        QVERIFY2(r.report.contains(QStringLiteral("--duplicate-keys suffix): 2")),
                 qPrintable(r.report));
        QVERIFY(r.report.contains(QStringLiteral("gets the key \"0101-3\"")));
        QVERIFY(r.report.contains(QStringLiteral("gets the key \"0101-4\"")));
        QVERIFY(firstLogSettings(*store).contains(QStringLiteral("\"duplicateKeys\":\"suffix\"")));
    }

    void utmZoneOfAPoint()
    {
        // Inside Germany: zone 32 west of 12° E, 33 east of it, also west of 6° E
        QCOMPARE(Crs::utmFor(7.47, 51.51), 25832); // Dortmund
        QCOMPARE(Crs::utmFor(13.40, 52.52), 25833); // Berlin
        QCOMPARE(Crs::utmFor(11.99, 48.1), 25832);
        QCOMPARE(Crs::utmFor(12.01, 48.1), 25833);
        QCOMPARE(Crs::utmFor(5.95, 51.0), 25832); // Selfkant lies in zone 31
        // Elsewhere in Europe: ETRS89 / UTM of the zone
        QCOMPARE(Crs::utmFor(2.35, 48.86), 25831); // Paris
        QCOMPARE(Crs::utmFor(-9.14, 38.72), 25829); // Lisbon
        QCOMPARE(Crs::utmFor(37.62, 55.75), 25837); // Moscow
        // Outside Europe: WGS 84 / UTM north or south
        QCOMPARE(Crs::utmFor(-74.0, 40.7), 32618); // New York
        QCOMPARE(Crs::utmFor(151.2, -33.9), 32756); // Sydney
    }

    void identifiesAPrjWithoutEpsgCode()
    {
        // Given an ESRI .prj of ETRS89 / UTM 32N and one with a 2,500 km false easting
        const Crs::Identification utm = Crs::identify(QString::fromLatin1(kEsriUtm32));
        const Crs::Identification tm = Crs::identify(QString::fromLatin1(esriTm2500()));
        // Then PROJ identifies the first with confidence, and the second not at all
        QCOMPARE(utm.epsg, 25832);
        QVERIFY(!utm.named);
        QVERIFY2(utm.confidence >= Crs::kMinConfidence,
                 qPrintable(QString::number(utm.confidence)));
        QCOMPARE(tm.epsg, 0);
        QVERIFY(tm.bestConfidence < Crs::kMinConfidence);
        // And a WKT with its ID is taken as it is
        const Crs::Identification named = Crs::identify(Crs::wkt(25833));
        QCOMPARE(named.epsg, 25833);
        QVERIFY(named.named);
        // And a lon/lat source gets the UTM zone of the data's centre, reprojected
        const Crs::Decision d = Crs::decide(Crs::wkt(4326), 7.47, 51.51);
        QCOMPARE(d.epsg, 25832);
        QCOMPARE(d.reason, Crs::Reason::Geographic);
        QVERIFY(d.reproject);
        // unless a CRS is requested
        QCOMPARE(Crs::decide(Crs::wkt(4326), 7.47, 51.51, 3044).epsg, 3044);
        // And without any CRS there is no decision, with a message that says what to do
        const Crs::Decision none = Crs::decide(QString(), 0, 0);
        QCOMPARE(none.epsg, 0);
        QVERIFY(none.explanation().contains(QStringLiteral("EPSG:25832")));
    }

    void lonLatGeoJsonGetsTheUtmZoneOfItsCentre_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<int>("epsg");
        QTest::newRow("Dortmund") << 7.47 << 51.51 << 25832;
        QTest::newRow("Berlin") << 13.40 << 52.52 << 25833;
    }

    void lonLatGeoJsonGetsTheUtmZoneOfItsCentre()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(int, epsg);
        // Given a GeoJSON in lon/lat (as every city's open data portal publishes it)
        const QString src = m_dir.filePath(QStringLiteral("lonlat-%1.geojson").arg(epsg));
        writeText(src, lonLatAreas(lon, lat));
        // When a project is made from it with no --crs
        const QString target = m_dir.filePath(QStringLiteral("lonlat-%1.gpkg").arg(epsg));
        const NewProjectReport report = createProjectFromLayer(target, src, srOptions());
        // Then the project is in the UTM zone of the data's centre, and the message says why
        QCOMPARE(report.crs.epsg, epsg);
        QCOMPARE(report.crs.reason, Crs::Reason::Geographic);
        QVERIFY2(report.crs.explanation().contains(QStringLiteral("longitude/latitude")),
                 qPrintable(report.crs.explanation()));
        auto project = Project::open(target);
        QCOMPARE(project->metadata().srsId, epsg);
        // And the areas are reprojected with their size kept (against OGR's own result)
        const std::vector<Area> areas = project->store().areas();
        QCOMPARE(areas.size(), std::size_t(2));
        const double expected[] = {reprojectedArea(lon - 0.02, lat - 0.01, 0.02, epsg),
                                   reprojectedArea(lon, lat - 0.01, 0.02, epsg)};
        for (int i = 0; i < 2; ++i) {
            const double area = areas[std::size_t(i)].geometry.area();
            QVERIFY2(std::abs(area - expected[i]) / expected[i] < 0.001,
                     qPrintable(QStringLiteral("%1 vs %2").arg(area).arg(expected[i])));
            QVERIFY(area > 1e6); // square metres, not square degrees
        }
        // And the log keeps the decision and the source's WKT
        const ImportRecord r = ImportLog(project->store()).history().front();
        QVERIFY(r.report.contains(QStringLiteral("EPSG:%1").arg(epsg)));
        QVERIFY2(r.report.contains(QStringLiteral("GEOGCRS[")), qPrintable(r.report));
    }

    void prjWithoutEpsgCodeIsIdentified()
    {
        // Given a shapefile in UTM 32N whose .prj (ESRI WKT) names no EPSG code
        const QString shp = m_dir.filePath(QStringLiteral("esri32.shp"));
        writeShapefile(shp, kEsriUtm32, {{393000, 5707000, 1000}, {394000, 5707000, 1000}});
        AreaLayerSource source(shp);
        QCOMPARE(source.layer(QString())->epsg, 25832);
        // When a project is made from it
        const QString target = m_dir.filePath(QStringLiteral("esri32.gpkg"));
        const NewProjectReport report = createProjectFromLayer(target, shp, srOptions());
        // Then it is in EPSG:25832 by PROJ's identification, the coordinates as they were
        QCOMPARE(report.crs.epsg, 25832);
        QCOMPARE(report.crs.reason, Crs::Reason::Identified);
        QVERIFY(!report.crs.reproject);
        QVERIFY2(report.crs.explanation().contains(QStringLiteral("confidence")),
                 qPrintable(report.crs.explanation()));
        auto project = Project::open(target);
        QCOMPARE(project->metadata().srsId, 25832);
        QCOMPARE(nearestVertex(project->store().areas()[0].geometry, {393000, 5707000}), 0.0);
        // And the log keeps the .prj as the city wrote it
        QVERIFY(ImportLog(project->store())
                    .history()
                    .front()
                    .report.contains(QStringLiteral("ETRS_1989_UTM_Zone_32N")));
    }

    void unidentifiedProjectionIsReprojectedFromItsOwnDefinition()
    {
        // Given a shapefile near Hannover in a Transverse Mercator with central meridian 9°,
        // scale 0.9996 and a false easting of 2,500 km (no EPSG code matches)
        const QString shp = m_dir.filePath(QStringLiteral("tm2500.shp"));
        writeShapefile(shp, esriTm2500(), {{2550000, 5802000, 1000}, {2551000, 5802000, 1000}});
        AreaLayerSource source(shp);
        QCOMPARE(source.layer(QString())->epsg, 0);
        // When a project is made from it with no --crs
        const QString target = m_dir.filePath(QStringLiteral("tm2500.gpkg"));
        const NewProjectReport report = createProjectFromLayer(target, shp, srOptions());
        // Then the project is in the UTM zone of the data's centre and says why
        QCOMPARE(report.crs.epsg, 25832);
        QCOMPARE(report.crs.reason, Crs::Reason::Unidentified);
        QVERIFY(report.crs.reproject);
        QVERIFY2(report.crs.explanation().contains(QStringLiteral("no EPSG code")),
                 qPrintable(report.crs.explanation()));
        auto project = Project::open(target);
        QCOMPARE(project->metadata().srsId, 25832);
        // And the coordinates are what OGR makes of the source's definition: the same
        // projection 2,000 km further west
        const QPointF expected = transformed(esriTm2500(), 0, 25832, 2550000, 5802000);
        QVERIFY(std::abs(expected.x() - 550000) < 0.01);
        QVERIFY(std::abs(expected.y() - 5802000) < 0.01);
        QVERIFY(nearestVertex(project->store().areas()[0].geometry, expected) < 0.001);
        QVERIFY(std::abs(project->store().areas()[0].geometry.area() - 1e6) < 1);
        // And the log keeps the source's WKT
        const ImportRecord r = ImportLog(project->store()).history().front();
        QVERIFY2(r.report.contains(QStringLiteral("Stadtvermessung_TM9")), qPrintable(r.report));
        QVERIFY(r.report.contains(QStringLiteral("2500000")));
    }

    void newProjectFromTheCommandLineExplainsItsCrs()
    {
        // Given a lon/lat GeoJSON around Dortmund
        const QString src = m_dir.filePath(QStringLiteral("cli.geojson"));
        writeText(src, lonLatAreas(7.47, 51.51));
        const QString target = m_dir.filePath(QStringLiteral("cli.gpkg"));
        // When a planner runs --new without --crs
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(QW_APP_PATH),
                {QStringLiteral("--new"), target, QStringLiteral("--areas"), src,
                 QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        // Then it succeeds and says which CRS it chose and why
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("EPSG:25832")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("longitude/latitude")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("UTM zone of the data's centre")), qPrintable(out));
        QCOMPARE(ProjectStore::open(target)->metadata().srsId, 25832);
    }

    void aShapefileWithoutItsDbfSaysSo()
    {
        // Given a shapefile whose .dbf did not come along (it said 'Layer has no field ""')
        QTemporaryDir dir;
        const QString shp = dir.filePath(QStringLiteral("bezirke.shp"));
        writeShapefile(shp, kEsriUtm32, {{393000, 5707000, 1000}});
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("bezirke.dbf"))));
        // When it is opened, then the message names the missing file
        try {
            AreaLayerSource source(shp);
            QFAIL("a shapefile without its .dbf was opened");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("bezirke.dbf")), qPrintable(e.message()));
        }
    }

    void aFarAwayVertexIsRefusedWithItsArea()
    {
        // Given a layer in EPSG:25832 whose area "07" has a vertex at x = -1e30 (issue 19:
        // the map's index took it for a grid of 1e30 cells)
        const QString src = m_dir.filePath(QStringLiteral("weit.geojson"));
        writeText(src, R"({"type": "FeatureCollection",
 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
 "features": [
  {"type": "Feature", "properties": {"sr_id": "06", "sr_name": "Nah"}, "geometry":
   {"type": "Polygon", "coordinates": [[[400000, 5700000], [400100, 5700000],
    [400100, 5700100], [400000, 5700000]]]}},
  {"type": "Feature", "properties": {"sr_id": "07", "sr_name": "Weit"}, "geometry":
   {"type": "Polygon", "coordinates": [[[400200, 5700000], [-1e30, 5700000],
    [400300, 5700100], [400200, 5700000]]]}}]})");
        // When it is read, then the area is named and the coordinate said
        AreaLayerSource source(src);
        try {
            source.read(QStringLiteral("weit"), QStringLiteral("sr_id"), QStringLiteral("sr_name"),
                        QStringLiteral("sozialraum"), 0);
            QFAIL("a vertex at -1e30 was taken");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("\"07\""))
                         && e.message().contains(QStringLiteral("-1e+30")),
                     qPrintable(e.message()));
        }
    }

    void unreadableFileIsAClearError()
    {
        const QString src = m_dir.filePath(QStringLiteral("broken.geojson"));
        writeText(src, "{ not json");
        try {
            AreaLayerSource source(src);
            QFAIL("broken input must be an error");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(src));
        }
    }

    void adoptsBerlinPlanningAreas()
    {
        const QString data = test::sharedDataDir();
        if (data.isEmpty())
            QSKIP("../shared/data is absent (set QW_SHARED_DATA_DIR to the folder with "
                  "berlin-lor-2021): Berlin LOR test skipped");
        // The 542 LOR Planungsräume (EPSG:25833 from an ESRI .prj, 8-digit keys with a
        // leading zero), as a new user would adopt them.
        const QString shp = data + QStringLiteral("/berlin-lor-2021/lor_planungsraeume_2021.shp");
        AreaLayerSource source(shp);
        const auto *layer = source.layer(QString());
        QVERIFY(layer);
        QCOMPARE(layer->epsg, 25833);
        QCOMPARE(AreaLayerSource::guessKeyField(*layer), QStringLiteral("PLR_ID"));
        QCOMPARE(AreaLayerSource::guessNameField(*layer), QStringLiteral("PLR_NAME"));
        const QString target = m_dir.filePath(QStringLiteral("berlin.gpkg"));
        const QStringList repaired =
            createProjectFromLayer(target, shp, QString(), QStringLiteral("PLR_ID"),
                                   QStringLiteral("PLR_NAME"), QStringLiteral("Planungsraum"));
        QVERIFY(repaired.isEmpty());
        auto project = Project::open(target);
        QCOMPARE(project->areas().size(), std::size_t(542));
        QCOMPARE(project->metadata().srsId, 25833);
        QVERIFY(project->areaIndex(QStringLiteral("01100101")) >= 0);
        double km2 = 0;
        for (const Area &a : project->store().areas()) // the exact geometry, from the file
            km2 += a.geometry.area() / 1e6;
        QVERIFY2(std::abs(km2 - 890.67) < 1.0, qPrintable(QString::number(km2)));
        // and the log records the creation with the .prj's definition
        const ImportRecord r = ImportLog(project->store()).history().front();
        QCOMPARE(r.kind, QStringLiteral("areas"));
        QCOMPARE(r.rowsMatched, qint64(542));
        QVERIFY(r.report.contains(QStringLiteral("ETRS_1989_UTM_Zone_33N")));
        // Reprojected to the western UTM zone on request
        const QString west = m_dir.filePath(QStringLiteral("berlin32.gpkg"));
        createProjectFromLayer(west, shp, QString(), QStringLiteral("PLR_ID"),
                               QStringLiteral("PLR_NAME"), QStringLiteral("Planungsraum"), 25832);
        QCOMPARE(Project::open(west)->metadata().srsId, 25832);
    }
};

QTEST_GUILESS_MAIN(TestAreaImport)
#include "test_area_import.moc"

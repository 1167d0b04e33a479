#include "AreaLayerSource.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TestSupport.h"

#include <QTest>

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

} // namespace

class TestAreaImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

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

    void duplicateKeyNamesBothFeatures()
    {
        const QString src = m_dir.filePath(QStringLiteral("dup.geojson"));
        writeText(src, QByteArray(kTwoSquares).replace("%KEY%", "01"));
        const QString target = m_dir.filePath(QStringLiteral("dup.gpkg"));
        try {
            createProjectFromLayer(target, src, QString(), QStringLiteral("sr_id"),
                                   QStringLiteral("sr_name"), QStringLiteral("Sozialraum"));
            QFAIL("a duplicate key must be an error");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QStringLiteral("\"01\"")));
            QVERIFY(e.message().contains(QStringLiteral("features 0 and 1")));
        }
        QVERIFY(!QFile::exists(target));
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
            QSKIP("../shared/data is absent (set QW_SHARED_DATA_DIR): Berlin LOR test skipped");
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
        // Reprojected to the western UTM zone on request
        const QString west = m_dir.filePath(QStringLiteral("berlin32.gpkg"));
        createProjectFromLayer(west, shp, QString(), QStringLiteral("PLR_ID"),
                               QStringLiteral("PLR_NAME"), QStringLiteral("Planungsraum"), 25832);
        QCOMPARE(Project::open(west)->metadata().srsId, 25832);
    }
};

QTEST_GUILESS_MAIN(TestAreaImport)
#include "test_area_import.moc"

// The project file must open in GDAL (and so in QGIS) unchanged and without warnings.
#include "DemoCityGenerator.h"
#include "TestSupport.h"

#include <QTest>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace qw;

namespace {
QStringList g_messages;
void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char *msg)
{
    if (level >= CE_Warning)
        g_messages << QString::fromUtf8(msg);
}
} // namespace

class TestGdalCompat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GDALAllRegister(); }

    void gdalListsLayersWithoutWarnings()
    {
        // Given a demo project
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        // When GDAL opens it and reads every layer
        g_messages.clear();
        CPLPushErrorHandler(collect);
        GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                     nullptr, nullptr, nullptr);
        QVERIFY(ds);
        QStringList layers;
        QHash<QString, long long> counts;
        QHash<QString, bool> spatial;
        for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
            OGRLayerH l = GDALDatasetGetLayer(ds, i);
            const QString name = QString::fromUtf8(OGR_L_GetName(l));
            layers << name;
            long long n = 0;
            OGR_L_ResetReading(l);
            while (OGRFeatureH f = OGR_L_GetNextFeature(l)) {
                ++n;
                OGR_F_Destroy(f);
            }
            counts[name] = n;
            spatial[name] = OGR_L_GetGeomType(l) != wkbNone;
        }
        // A GDAL validity check of the GeoPackage structure.
        char **md = GDALGetMetadata(ds, nullptr);
        Q_UNUSED(md);
        GDALClose(ds);
        CPLPopErrorHandler();
        // Then areas, facilities and landmarks are spatial layers, our tables attribute tables
        QVERIFY2(g_messages.isEmpty(), qPrintable(g_messages.join(QLatin1Char('\n'))));
        for (const char *t : {"areas", "facilities", "landmarks"})
            QVERIFY2(spatial.value(QString::fromLatin1(t)), t);
        for (const char *t : {"qw_project", "qw_indicators", "qw_values", "qw_views", "qw_imports",
                              "qw_notes", "qw_area_levels"}) {
            QVERIFY2(layers.contains(QString::fromLatin1(t)), t);
            QVERIFY2(!spatial.value(QString::fromLatin1(t)), t);
        }
        QCOMPARE(counts.value(QStringLiteral("areas")), 39 + 13);
        QVERIFY(counts.value(QStringLiteral("qw_values")) > 39 * 20);
    }

    void gdalReadsAreaGeometryAndCrs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        GDALDatasetH ds =
            GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        OGRLayerH areas = GDALDatasetGetLayerByName(ds, "areas");
        QVERIFY(areas);
        OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(areas);
        QVERIFY(srs);
        QCOMPARE(QByteArray(OSRGetAuthorityCode(srs, nullptr)), QByteArray("25832"));
        QCOMPARE(wkbFlatten(OGR_L_GetGeomType(areas)), wkbMultiPolygon);
        OGREnvelope env;
        QCOMPARE(OGR_L_GetExtent(areas, &env, 1), OGRERR_NONE);
        QVERIFY(env.MaxX - env.MinX > 5000); // a city spans kilometres
        OGRFeatureH f = OGR_L_GetNextFeature(areas);
        QVERIFY(f);
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        QVERIFY(g);
        QVERIFY(OGR_G_IsValid(g));
        // Keys are text columns, so "01" keeps its zero in QGIS too
        const int keyField = OGR_F_GetFieldIndex(f, "area_key");
        QCOMPARE(OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, keyField)), OFTString);
        QCOMPARE(QByteArray(OGR_F_GetFieldAsString(f, keyField)), QByteArray("01"));
        OGR_F_Destroy(f);
        GDALClose(ds);
    }
};

QTEST_GUILESS_MAIN(TestGdalCompat)
#include "test_gdal_compat.moc"

#pragma once

// Small files made by the import tests: a three-area project and department tables in
// the shapes and encodings departments deliver.

#include "NewProjectFromLayer.h"
#include "ProjectStore.h"
#include "TableImport.h"
#include "TableSource.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace qw::test {

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

// Three Sozialräume in EPSG:25832: "01" Innenstadt-West and "02" Innenstadt-Nord side by
// side, "05" Hafen above both. Keys are text with leading zeros.
inline QString makeThreeAreaProject(const QString &dir,
                                    const QString &name = QStringLiteral("p.gpkg"))
{
    const QString geojson = dir + QStringLiteral("/areas.geojson");
    writeBytes(geojson, R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[
{"type":"Feature","properties":{"sr_id":"01","name":"Innenstadt-West"},"geometry":{"type":"Polygon","coordinates":[[[390000,5700000],[391000,5700000],[391000,5701000],[390000,5701000],[390000,5700000]]]}},
{"type":"Feature","properties":{"sr_id":"02","name":"Innenstadt-Nord"},"geometry":{"type":"Polygon","coordinates":[[[391000,5700000],[392000,5700000],[392000,5701000],[391000,5701000],[391000,5700000]]]}},
{"type":"Feature","properties":{"sr_id":"05","name":"Hafen"},"geometry":{"type":"Polygon","coordinates":[[[390000,5701000],[392000,5701000],[392000,5702000],[390000,5702000],[390000,5701000]]]}}
]})");
    const QString path = dir + QLatin1Char('/') + name;
    QFile::remove(path);
    createProjectFromLayer(path, geojson, QString(), QStringLiteral("sr_id"),
                           QStringLiteral("name"), QStringLiteral("Sozialraum"));
    return path;
}

// Two districts: "N" over Innenstadt-West and -Nord (y 5700000..5701000, slightly larger),
// "S" over Hafen. Their borders do not follow the areas exactly: overlap decides.
inline const char *const kDistricts = R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[
{"type":"Feature","properties":{"bez":"N","name":"Nord"},"geometry":{"type":"Polygon","coordinates":[[[389990,5699990],[392010,5699990],[392010,5701050],[389990,5701050],[389990,5699990]]]}},
{"type":"Feature","properties":{"bez":"S","name":"Süd"},"geometry":{"type":"Polygon","coordinates":[[[389990,5701050],[392010,5701050],[392010,5702010],[389990,5702010],[389990,5701050]]]}}
]})";

// The plan of importing a table file with the guessed (and completed) spec.
inline ImportPlan planFor(ProjectStore &store, const QString &path, ImportSpec spec)
{
    auto source = TableSource::open(path);
    const auto areas = store.areas();
    spec = TableImport::completeSpec(*source, spec, areas);
    return TableImport::analyse(*source, spec, areas, store.indicators());
}

// The planned value of an area, indicator and period, or null.
inline const IndicatorValue *findValue(const ImportPlan &plan, const QString &area,
                                       const QString &indicator, const QString &period)
{
    for (const auto &v : plan.values)
        if (v.areaKey == area && v.indicatorKey == indicator && v.period == period)
            return &v;
    return nullptr;
}

} // namespace qw::test

#include "AreaLayerSource.h"

#include "Geos.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace qw {

namespace {

int epsgOf(OGRSpatialReferenceH srs)
{
    if (!srs)
        return 0;
    const char *auth = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code && QByteArray(auth) == "EPSG")
        return QByteArray(code).toInt();
    // ESRI WKT (.prj files) often lacks the authority: ask PROJ for the best match.
    OGRSpatialReferenceH clone = OSRClone(srs);
    int result = 0;
    if (OSRAutoIdentifyEPSG(clone) == OGRERR_NONE) {
        const char *c = OSRGetAuthorityCode(clone, nullptr);
        result = c ? QByteArray(c).toInt() : 0;
    }
    OSRDestroySpatialReference(clone);
    return result;
}

void appendOgrPolygon(OGRGeometryH poly, MultiPolygon &out)
{
    std::vector<std::vector<double>> rings;
    for (int r = 0; r < OGR_G_GetGeometryCount(poly); ++r) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(poly, r);
        const int n = OGR_G_GetPointCount(ring);
        std::vector<double> xy(std::size_t(n) * 2);
        for (int i = 0; i < n; ++i) {
            xy[2 * i] = OGR_G_GetX(ring, i);
            xy[2 * i + 1] = OGR_G_GetY(ring, i);
        }
        rings.push_back(std::move(xy));
    }
    out.addPolygon(rings);
}

MultiPolygon toMultiPolygon(OGRGeometryH g)
{
    MultiPolygon out;
    if (!g)
        return out;
    OGRGeometryH linear = OGR_G_GetLinearGeometry(g, 0, nullptr); // curves to lines
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(linear));
    if (type == wkbPolygon) {
        appendOgrPolygon(linear, out);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (int i = 0; i < OGR_G_GetGeometryCount(linear); ++i) {
            OGRGeometryH part = OGR_G_GetGeometryRef(linear, i);
            if (wkbFlatten(OGR_G_GetGeometryType(part)) == wkbPolygon)
                appendOgrPolygon(part, out);
        }
    }
    OGR_G_DestroyGeometry(linear);
    return out;
}

} // namespace

AreaLayerSource::AreaLayerSource(const QString &path) : m_path(path)
{
    GDALAllRegister();
    if (!QFileInfo::exists(path))
        throw StoreError(
            StoreErrorKind::NotFound,
            QCoreApplication::translate("qw::AreaLayerSource", "%1 does not exist.").arg(path));
    m_dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                           nullptr, nullptr);
    if (!m_dataset)
        throw StoreError(
            StoreErrorKind::Unreadable,
            QCoreApplication::translate("qw::AreaLayerSource",
                                        "%1 is not a vector data file that GDAL can read (%2).")
                .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    for (int i = 0; i < GDALDatasetGetLayerCount(m_dataset); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(m_dataset, i);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        Layer info;
        info.name = QString::fromUtf8(OGR_L_GetName(layer));
        for (int f = 0; f < OGR_FD_GetFieldCount(defn); ++f)
            info.fields << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, f)));
        info.featureCount = OGR_L_GetFeatureCount(layer, 1);
        const OGRwkbGeometryType type = wkbFlatten(OGR_L_GetGeomType(layer));
        info.polygonal = type == wkbPolygon || type == wkbMultiPolygon || type == wkbCurvePolygon
            || type == wkbMultiSurface;
        info.epsg = epsgOf(OGR_L_GetSpatialRef(layer));
        m_layers.push_back(info);
    }
}

AreaLayerSource::~AreaLayerSource()
{
    if (m_dataset)
        GDALClose(m_dataset);
}

const AreaLayerSource::Layer *AreaLayerSource::layer(const QString &name) const
{
    for (const Layer &l : m_layers)
        if (name.isEmpty() ? l.polygonal : l.name == name)
            return &l;
    return nullptr;
}

QString AreaLayerSource::guessKeyField(const Layer &layer)
{
    static const char *const patterns[] = {"_id", "id", "schluessel", "schlüssel",
                                           "key", "nr", "code"};
    for (const char *p : patterns)
        for (const QString &f : layer.fields)
            if (f.toLower().endsWith(QString::fromUtf8(p))
                && !f.toLower().startsWith(QLatin1String("fid")))
                return f;
    return layer.fields.isEmpty() ? QString() : layer.fields.first();
}

QString AreaLayerSource::guessNameField(const Layer &layer)
{
    for (const QString &f : layer.fields)
        if (f.toLower().contains(QLatin1String("name")))
            return f;
    return guessKeyField(layer);
}

namespace {

// Merges areas that share a key, in the order keys first appear; the first name wins.
std::vector<Area> dissolveByKey(const Geos &geos, std::vector<Area> parts)
{
    std::vector<Area> merged;
    QHash<QString, std::vector<const MultiPolygon *>> pieces;
    for (const Area &a : parts) {
        auto &list = pieces[a.key];
        if (list.empty()) {
            Area first = a;
            first.geometry = {};
            merged.push_back(std::move(first));
        }
        list.push_back(&a.geometry);
    }
    for (Area &a : merged) {
        const auto &list = pieces[a.key];
        a.geometry = list.size() == 1 ? *list.front() : geos.coverageUnion(list);
    }
    return merged;
}

} // namespace

AreaLayerSource::Result AreaLayerSource::read(const QString &layerName, const QString &keyField,
                                              const QString &nameField, const QString &levelKey,
                                              int targetEpsg, const ReadOptions &options) const
{
    const Layer *info = layer(layerName);
    if (!info)
        throw StoreError(
            StoreErrorKind::InvalidInput,
            layerName.isEmpty()
                ? QCoreApplication::translate("qw::AreaLayerSource", "%1 has no polygon layer.")
                      .arg(m_path)
                : QCoreApplication::translate("qw::AreaLayerSource", "%1 has no layer \"%2\".")
                      .arg(m_path, layerName));
    if (!info->polygonal)
        throw StoreError(StoreErrorKind::InvalidInput,
                         QCoreApplication::translate("qw::AreaLayerSource",
                                                     "Layer \"%1\" in %2 does not hold polygons.")
                             .arg(info->name, m_path));
    OGRLayerH layer = GDALDatasetGetLayerByName(m_dataset, info->name.toUtf8().constData());
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int keyIndex = OGR_FD_GetFieldIndex(defn, keyField.toUtf8().constData());
    const int nameIndex = OGR_FD_GetFieldIndex(defn, nameField.toUtf8().constData());
    const int parentIndex = options.parentField.isEmpty()
        ? -1
        : OGR_FD_GetFieldIndex(defn, options.parentField.toUtf8().constData());
    if (!options.parentField.isEmpty() && parentIndex < 0)
        throw StoreError(
            StoreErrorKind::InvalidInput,
            QCoreApplication::translate("qw::AreaLayerSource", "%1 has no field \"%2\".")
                .arg(m_path, options.parentField));
    if (keyIndex < 0)
        throw StoreError(
            StoreErrorKind::InvalidInput,
            QCoreApplication::translate("qw::AreaLayerSource",
                                        "Layer \"%1\" has no field \"%2\" (fields: %3).")
                .arg(info->name, keyField, info->fields.join(QStringLiteral(", "))));
    if (nameIndex < 0)
        throw StoreError(
            StoreErrorKind::InvalidInput,
            QCoreApplication::translate("qw::AreaLayerSource",
                                        "Layer \"%1\" has no field \"%2\" (fields: %3).")
                .arg(info->name, nameField, info->fields.join(QStringLiteral(", "))));

    Result result;
    OGRSpatialReferenceH source = OGR_L_GetSpatialRef(layer);
    result.srsId = targetEpsg > 0 ? targetEpsg : info->epsg;
    if (result.srsId == 0)
        throw StoreError(
            StoreErrorKind::InvalidInput,
            QCoreApplication::translate(
                "qw::AreaLayerSource",
                "The coordinate system of %1 is unknown (no .prj file, or no EPSG code). "
                "Choose the project's coordinate system, e.g. EPSG:25832.")
                .arg(m_path));
    OGRCoordinateTransformationH transform = nullptr;
    OGRSpatialReferenceH target = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(target, result.srsId);
    OSRSetAxisMappingStrategy(target, OAMS_TRADITIONAL_GIS_ORDER);
    if (source && info->epsg != result.srsId) {
        OGRSpatialReferenceH src = OSRClone(source);
        OSRSetAxisMappingStrategy(src, OAMS_TRADITIONAL_GIS_ORDER);
        transform = OCTNewCoordinateTransformation(src, target);
        OSRDestroySpatialReference(src);
    }

    Geos geos;
    QHash<QString, long long> seen;
    OGR_L_ResetReading(layer);
    OGRFeatureH feature;
    while ((feature = OGR_L_GetNextFeature(layer)) != nullptr) {
        const long long fid = OGR_F_GetFID(feature);
        Area area;
        area.key = OGR_F_IsFieldSetAndNotNull(feature, keyIndex)
            ? QString::fromUtf8(OGR_F_GetFieldAsString(feature, keyIndex)).trimmed()
            : QString();
        area.name = QString::fromUtf8(OGR_F_GetFieldAsString(feature, nameIndex)).trimmed();
        area.level = levelKey;
        if (parentIndex >= 0)
            area.parentKey =
                QString::fromUtf8(OGR_F_GetFieldAsString(feature, parentIndex)).trimmed();
        OGRGeometryH g = OGR_F_GetGeometryRef(feature);
        if (g && transform)
            OGR_G_Transform(g, transform);
        area.geometry = toMultiPolygon(g);
        OGR_F_Destroy(feature);
        if (area.key.isEmpty())
            throw StoreError(
                StoreErrorKind::InvalidInput,
                QCoreApplication::translate("qw::AreaLayerSource",
                                            "%1: feature %2 has no value in the key field \"%3\".")
                    .arg(m_path)
                    .arg(fid)
                    .arg(keyField));
        if (seen.contains(area.key) && !options.dissolve)
            throw StoreError(StoreErrorKind::InvalidInput,
                             QCoreApplication::translate(
                                 "qw::AreaLayerSource",
                                 "%1: the key \"%2\" occurs twice (features %3 and %4). Keys must "
                                 "be unique.")
                                 .arg(m_path, area.key)
                                 .arg(seen.value(area.key))
                                 .arg(fid));
        seen.insert(area.key, fid);
        if (area.geometry.isEmpty())
            throw StoreError(
                StoreErrorKind::InvalidInput,
                QCoreApplication::translate("qw::AreaLayerSource",
                                            "%1: area \"%2\" (feature %3) has no polygon geometry.")
                    .arg(m_path, area.key)
                    .arg(fid));
        const QString reason = geos.invalidReason(area.geometry);
        if (!reason.isEmpty()) {
            area.geometry = geos.makeValid(area.geometry);
            result.repaired << QStringLiteral("%1: %2").arg(area.key, reason);
        }
        result.areas.push_back(std::move(area));
    }
    if (options.dissolve)
        result.areas = dissolveByKey(geos, std::move(result.areas));
    if (transform)
        OCTDestroyCoordinateTransformation(transform);
    OSRDestroySpatialReference(target);
    return result;
}

QStringList createProjectFromLayer(const QString &targetPath, const QString &sourcePath,
                                   const QString &layerName, const QString &keyField,
                                   const QString &nameField, const QString &levelName,
                                   int targetEpsg)
{
    AreaLayerSource source(sourcePath);
    const QString levelKey =
        levelName.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    AreaLayerSource::Result result =
        source.read(layerName, keyField, nameField, levelKey, targetEpsg);
    ProjectMetadata meta;
    meta.title = QFileInfo(targetPath).completeBaseName();
    meta.srsId = result.srsId;
    meta.generator = QStringLiteral("Imported from %1").arg(QFileInfo(sourcePath).fileName());
    ProjectStore::create(targetPath, meta, [&](ProjectStore &store) {
        store.writeLevels({{levelKey, levelName.trimmed(), levelName.trimmed(), 0}});
        store.writeAreas(result.areas);
    });
    return result.repaired;
}

} // namespace qw

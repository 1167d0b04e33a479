#include "AreaLayerSource.h"

#include "Geos.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>
#include <optional>
#include <utility>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace qw {

namespace {

// The first vertex of g that no city has: not finite, or beyond 1e8 m (Web Mercator ends at
// 2e7 m). One such vertex made the map's index a grid of 1e30 cells.
std::optional<std::pair<double, double>> farPoint(const MultiPolygon &g)
{
    for (int r = 0; r < g.ringCount(); ++r) {
        const auto c = g.ring(r);
        for (std::size_t k = 0; k + 1 < c.size(); k += 2)
            if (!std::isfinite(c[k]) || !std::isfinite(c[k + 1]) || std::abs(c[k]) > 1e8
                || std::abs(c[k + 1]) > 1e8)
                return std::pair {c[k], c[k + 1]};
    }
    return std::nullopt;
}

// The translation context of the messages below (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qw::AreaLayerSource)
};

// The layer's CRS as WKT2 (which keeps every parameter and an EPSG ID if the file has one).
QString wktOf(OGRSpatialReferenceH srs)
{
    if (!srs)
        return {};
    char *text = nullptr;
    const char *options[] = {"FORMAT=WKT2_2019", "MULTILINE=NO", nullptr};
    QString result;
    if (OSRExportToWktEx(srs, &text, options) == OGRERR_NONE && text)
        result = QString::fromUtf8(text);
    CPLFree(text);
    return result;
}

// The .prj beside a shapefile as the city wrote it. GDAL replaces an ESRI definition it
// recognises by the EPSG one, so the file's own text is what PROJ identifies here and what
// the import log keeps. Empty for other formats.
QString prjText(const QString &path, const QString &layerName)
{
    const QFileInfo file(path);
    const QString base = file.isDir()
        ? file.absoluteFilePath() + QLatin1Char('/') + layerName
        : file.absolutePath() + QLatin1Char('/') + file.completeBaseName();
    if (!file.isDir() && file.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0)
        return {};
    for (const char *suffix : {".prj", ".PRJ"}) {
        QFile prj(base + QLatin1String(suffix));
        if (prj.open(QIODevice::ReadOnly))
            return QString::fromUtf8(prj.readAll()).trimmed();
    }
    return {};
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
        throw StoreError(StoreErrorKind::NotFound, Text::tr("%1 does not exist.").arg(path));
    // GDAL opens a shapefile without its .dbf as one without fields, and the key field was
    // then reported as 'Layer has no field ""'.
    const QFileInfo file(path);
    if (file.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0) {
        const QDir dir = file.absoluteDir();
        const QStringList dbf =
            dir.entryList({file.completeBaseName() + QStringLiteral(".dbf")}, QDir::Files);
        if (dbf.isEmpty())
            throw StoreError(StoreErrorKind::InvalidInput,
                             Text::tr("%1: the attribute table %2.dbf beside it is missing; a "
                                      "shapefile needs its .shp, .shx and .dbf files in one "
                                      "folder (copy them together).")
                                 .arg(path, file.completeBaseName()));
    }
    m_dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                           nullptr, nullptr);
    if (!m_dataset)
        throw StoreError(StoreErrorKind::Unreadable,
                         Text::tr("%1 is not an area layer this program can read: %2.")
                             .arg(path, TechnicalError::gdalProblem()),
                         TechnicalError::gdalDetail());
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
        info.crsWkt = prjText(path, info.name);
        if (!Crs::readable(info.crsWkt))
            info.crsWkt = wktOf(OGR_L_GetSpatialRef(layer));
        info.epsg = Crs::identify(info.crsWkt).epsg;
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

// Converts geometries from the layer's own CRS definition into the project's when the
// decision says so; checks that the project's EPSG code is one PROJ knows either way.
class Transform
{
public:
    Transform(const QString &path, OGRSpatialReferenceH source, const Crs::Decision &decision)
        : m_target(OSRNewSpatialReference(nullptr))
    {
        if (OSRImportFromEPSG(m_target, decision.epsg) != OGRERR_NONE)
            throw StoreError(
                StoreErrorKind::InvalidInput,
                Text::tr("EPSG:%1 is not a known coordinate system.").arg(decision.epsg));
        if (!decision.reproject || !source)
            return;
        OSRSetAxisMappingStrategy(m_target, OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReferenceH src = OSRClone(source);
        OSRSetAxisMappingStrategy(src, OAMS_TRADITIONAL_GIS_ORDER);
        m_transform = OCTNewCoordinateTransformation(src, m_target);
        OSRDestroySpatialReference(src);
        if (!m_transform)
            throw StoreError(StoreErrorKind::InvalidInput,
                             Text::tr("%1: its coordinates cannot be converted to EPSG:%2.")
                                 .arg(path)
                                 .arg(decision.epsg),
                             TechnicalError::gdalDetail());
    }
    ~Transform()
    {
        if (m_transform)
            OCTDestroyCoordinateTransformation(m_transform);
        OSRDestroySpatialReference(m_target);
    }
    Transform(const Transform &) = delete;
    Transform &operator=(const Transform &) = delete;

    // False when a coordinate of g cannot be converted.
    bool apply(OGRGeometryH g) const
    {
        return !g || !m_transform || OGR_G_Transform(g, m_transform) == OGRERR_NONE;
    }

private:
    OGRSpatialReferenceH m_target;
    OGRCoordinateTransformationH m_transform = nullptr;
};

struct FeatureFields
{
    OGRLayerH layer;
    int keyIndex;
    int nameIndex;
};

// "feature 12 (PLR_NAME "Nordpark", BEZ "01", ...)": the name first, then every other field
// but the key (the message names it), so that the planner finds the feature in the file.
QString describe(OGRFeatureH feature, const FeatureFields &ff)
{
    OGRFeatureDefnH defn = OGR_F_GetDefnRef(feature);
    QStringList parts;
    const auto add = [&](int i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        QString value;
        if (!OGR_F_IsFieldSetAndNotNull(feature, i)) {
            value = Text::tr("(empty)");
        } else {
            value = QString::fromUtf8(OGR_F_GetFieldAsString(feature, i));
            if (value.size() > 80)
                value = value.left(77) + QStringLiteral("...");
            if (OGR_Fld_GetType(field) == OFTString)
                value = QLatin1Char('"') + value + QLatin1Char('"');
        }
        parts << QString::fromUtf8(OGR_Fld_GetNameRef(field)) + QLatin1Char(' ') + value;
    };
    if (ff.nameIndex != ff.keyIndex)
        add(ff.nameIndex);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        if (i != ff.keyIndex && i != ff.nameIndex)
            add(i);
    const long long fid = OGR_F_GetFID(feature);
    return parts.isEmpty()
        ? Text::tr("feature %1").arg(fid)
        : Text::tr("feature %1 (%2)").arg(fid).arg(parts.join(QStringLiteral(", ")));
}

// The descriptions of the wanted features, read in a second pass: only files with
// duplicates pay for it, and no driver has to support reading by FID during a read.
QHash<long long, QString> describeFeatures(const FeatureFields &ff, QSet<long long> wanted)
{
    QHash<long long, QString> result;
    OGR_L_ResetReading(ff.layer);
    OGRFeatureH feature;
    while (!wanted.isEmpty() && (feature = OGR_L_GetNextFeature(ff.layer)) != nullptr) {
        const long long fid = OGR_F_GetFID(feature);
        if (wanted.remove(fid))
            result.insert(fid, describe(feature, ff));
        OGR_F_Destroy(feature);
    }
    return result;
}

// Fails on, drops or renames the features whose key an earlier feature has (fids run
// parallel to result.areas and are kept so), noting each one in result.duplicates.
void handleDuplicateKeys(const QString &path, const FeatureFields &ff,
                         const AreaLayerSource::ReadOptions &options,
                         AreaLayerSource::Result &result, std::vector<long long> &fids)
{
    struct Duplicate
    {
        std::size_t first;
        std::size_t later;
    };
    std::vector<Area> &areas = result.areas;
    QHash<QString, std::size_t> firstOf;
    std::vector<Duplicate> duplicates;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const auto it = firstOf.constFind(areas[i].key);
        if (it != firstOf.constEnd())
            duplicates.push_back({*it, i});
        else
            firstOf.insert(areas[i].key, i);
    }
    if (duplicates.empty())
        return;
    QSet<long long> wanted;
    for (const Duplicate &d : duplicates) {
        wanted << fids[d.first] << fids[d.later];
        if (options.duplicates == DuplicateKeys::Fail)
            break; // the message names the first pair
    }
    const QHash<long long, QString> text = describeFeatures(ff, wanted);

    if (options.duplicates == DuplicateKeys::Fail) {
        const Duplicate &d = duplicates.front();
        QString message =
            Text::tr("%1: the key \"%2\" occurs twice: %3 and %4. Keys must be unique.")
                .arg(path, areas[d.first].key, text.value(fids[d.first]),
                     text.value(fids[d.later]));
        if (duplicates.size() > 1)
            message += QLatin1Char(' ')
                + Text::tr("%n more feature(s) repeat a key of an earlier one.", nullptr,
                           int(duplicates.size() - 1));
        if (!options.duplicateAdvice.isEmpty())
            message += QLatin1Char(' ') + options.duplicateAdvice;
        throw StoreError(StoreErrorKind::InvalidInput, message);
    }
    if (options.duplicates == DuplicateKeys::First) {
        std::vector<bool> drop(areas.size(), false);
        for (const Duplicate &d : duplicates) {
            drop[d.later] = true;
            result.duplicates << Text::tr("%1 is left out: its key \"%2\" belongs to %3.")
                                     .arg(text.value(fids[d.later]), areas[d.later].key,
                                          text.value(fids[d.first]));
        }
        std::size_t kept = 0;
        for (std::size_t i = 0; i < areas.size(); ++i)
            if (!drop[i]) {
                if (kept != i) // a self-move would empty the area
                    areas[kept] = std::move(areas[i]);
                fids[kept++] = fids[i];
            }
        areas.resize(kept);
        fids.resize(kept);
        result.featuresLeftOut = qsizetype(duplicates.size());
        return;
    }
    // Suffix: KEY-2, KEY-3, ... in file order, skipping every key the file (or an earlier
    // renaming) has, so that no two areas and no later import can mix them up.
    QSet<QString> taken;
    for (auto it = firstOf.constBegin(); it != firstOf.constEnd(); ++it)
        taken.insert(it.key());
    QHash<QString, int> next;
    for (const Duplicate &d : duplicates) {
        const QString key = areas[d.later].key;
        int &n = next[key];
        n = std::max(n, 2);
        QString candidate;
        do
            candidate = QStringLiteral("%1-%2").arg(key).arg(n++);
        while (taken.contains(candidate));
        taken.insert(candidate);
        areas[d.later].key = candidate;
        result.duplicates << Text::tr("%1 gets the key \"%2\": \"%3\" belongs to %4.")
                                 .arg(text.value(fids[d.later]), candidate, key,
                                      text.value(fids[d.first]));
    }
}

} // namespace

const AreaLayerSource::Layer &AreaLayerSource::checkedLayer(const QString &layerName) const
{
    const Layer *info = layer(layerName);
    if (!info)
        throw StoreError(StoreErrorKind::InvalidInput,
                         layerName.isEmpty()
                             ? Text::tr("%1 has no polygon layer.").arg(m_path)
                             : Text::tr("%1 has no layer \"%2\".").arg(m_path, layerName));
    if (!info->polygonal)
        throw StoreError(
            StoreErrorKind::InvalidInput,
            Text::tr("Layer \"%1\" in %2 does not hold polygons.").arg(info->name, m_path));
    return *info;
}

Crs::Decision AreaLayerSource::crsDecision(const QString &layerName, int targetEpsg) const
{
    const Layer &info = checkedLayer(layerName);
    OGRLayerH layer = GDALDatasetGetLayerByName(m_dataset, info.name.toUtf8().constData());
    OGREnvelope extent;
    double x = 0, y = 0;
    if (OGR_L_GetExtent(layer, &extent, 1) == OGRERR_NONE) {
        x = (extent.MinX + extent.MaxX) / 2;
        y = (extent.MinY + extent.MaxY) / 2;
    }
    return Crs::decide(info.crsWkt, x, y, targetEpsg);
}

AreaLayerSource::Result AreaLayerSource::read(const QString &layerName, const QString &keyField,
                                              const QString &nameField, const QString &levelKey,
                                              int targetEpsg, const ReadOptions &options) const
{
    const Layer *info = &checkedLayer(layerName);
    OGRLayerH layer = GDALDatasetGetLayerByName(m_dataset, info->name.toUtf8().constData());
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int keyIndex = OGR_FD_GetFieldIndex(defn, keyField.toUtf8().constData());
    const int nameIndex = OGR_FD_GetFieldIndex(defn, nameField.toUtf8().constData());
    const int parentIndex = options.parentField.isEmpty()
        ? -1
        : OGR_FD_GetFieldIndex(defn, options.parentField.toUtf8().constData());
    if (!options.parentField.isEmpty() && parentIndex < 0)
        throw StoreError(StoreErrorKind::InvalidInput,
                         Text::tr("%1 has no field \"%2\".").arg(m_path, options.parentField));
    if (keyIndex < 0)
        throw StoreError(StoreErrorKind::InvalidInput,
                         Text::tr("Layer \"%1\" has no field \"%2\" (fields: %3).")
                             .arg(info->name, keyField, info->fields.join(QStringLiteral(", "))));
    if (nameIndex < 0)
        throw StoreError(StoreErrorKind::InvalidInput,
                         Text::tr("Layer \"%1\" has no field \"%2\" (fields: %3).")
                             .arg(info->name, nameField, info->fields.join(QStringLiteral(", "))));

    Result result;
    result.crs = crsDecision(info->name, targetEpsg);
    result.srsId = result.crs.epsg;
    if (result.srsId == 0)
        throw StoreError(StoreErrorKind::InvalidInput,
                         QStringLiteral("%1: %2").arg(m_path, result.crs.explanation()));
    const Transform transform(m_path, OGR_L_GetSpatialRef(layer), result.crs);

    std::vector<long long> fids;
    OGR_L_ResetReading(layer);
    OGRFeatureH feature;
    while ((feature = OGR_L_GetNextFeature(layer)) != nullptr) {
        const long long fid = OGR_F_GetFID(feature);
        ++result.featuresRead;
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
        const bool moved = transform.apply(g);
        area.geometry = moved ? toMultiPolygon(g) : MultiPolygon();
        OGR_F_Destroy(feature);
        if (area.key.isEmpty())
            throw StoreError(StoreErrorKind::InvalidInput,
                             Text::tr("%1: feature %2 has no value in the key field \"%3\".")
                                 .arg(m_path)
                                 .arg(fid)
                                 .arg(keyField));
        if (!moved)
            throw StoreError(StoreErrorKind::InvalidInput,
                             Text::tr("%1: the coordinates of area \"%2\" (feature %3) cannot be "
                                      "converted to EPSG:%4.")
                                 .arg(m_path, area.key)
                                 .arg(fid)
                                 .arg(result.srsId));
        if (const auto far = farPoint(area.geometry))
            throw StoreError(StoreErrorKind::InvalidInput,
                             Text::tr("%1: area \"%2\" (feature %3) has a point that no city has "
                                      "(x = %4, y = %5 in EPSG:%6): a damaged coordinate. "
                                      "Correct it in the file and try again.")
                                 .arg(m_path, area.key)
                                 .arg(fid)
                                 .arg(far->first, 0, 'g', 6)
                                 .arg(far->second, 0, 'g', 6)
                                 .arg(result.srsId));
        fids.push_back(fid);
        result.areas.push_back(std::move(area));
    }
    if (!options.dissolve) {
        const FeatureFields fields {layer, keyIndex, nameIndex};
        handleDuplicateKeys(m_path, fields, options, result, fids);
    }

    Geos geos;
    for (std::size_t i = 0; i < result.areas.size(); ++i) {
        Area &area = result.areas[i];
        if (area.geometry.isEmpty())
            throw StoreError(StoreErrorKind::InvalidInput,
                             Text::tr("%1: area \"%2\" (feature %3) has no polygon geometry.")
                                 .arg(m_path, area.key)
                                 .arg(fids[i]));
        const QString reason = geos.invalidReason(area.geometry);
        if (!reason.isEmpty()) {
            area.geometry = geos.makeValid(area.geometry);
            result.repaired << QStringLiteral("%1: %2").arg(area.key, reason);
        }
    }
    if (options.dissolve)
        result.areas = dissolveByKey(geos, std::move(result.areas));
    return result;
}

std::optional<DuplicateKeys> duplicateKeysFromCode(const QString &code)
{
    for (DuplicateKeys d : {DuplicateKeys::Fail, DuplicateKeys::First, DuplicateKeys::Suffix})
        if (code.trimmed().compare(duplicateKeysCode(d), Qt::CaseInsensitive) == 0)
            return d;
    return std::nullopt;
}

QString duplicateKeysCode(DuplicateKeys choice)
{
    switch (choice) {
    case DuplicateKeys::First:
        return QStringLiteral("first");
    case DuplicateKeys::Suffix:
        return QStringLiteral("suffix");
    case DuplicateKeys::Fail:
        break;
    }
    return QStringLiteral("fail");
}

} // namespace qw

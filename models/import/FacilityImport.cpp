#include "FacilityImport.h"

#include "AreaMatcher.h"
#include "ImportLog.h"
#include "NumberParser.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TableSource.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>

namespace qw {

namespace {

// One point as read, before reprojection.
struct RawPoint
{
    qint64 line = 0;
    QStringList fields;
    bool hasPoint = false;
    double x = 0;
    double y = 0;
    QString problem; // why there is no point
};

int guessField(const QStringList &fields, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        for (int i = 0; i < fields.size(); ++i)
            if (AreaMatcher::normaliseName(fields[i]) == QLatin1String(n))
                return i;
    return -1;
}

struct SrsDeleter
{
    void operator()(void *srs) const { OSRDestroySpatialReference(OGRSpatialReferenceH(srs)); }
};
using SrsPtr = std::unique_ptr<void, SrsDeleter>;

SrsPtr srsFromEpsg(int epsg)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    if (OSRImportFromEPSG(srs, epsg) != OGRERR_NONE) {
        OSRDestroySpatialReference(srs);
        return nullptr;
    }
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    return SrsPtr(srs);
}

// Reads a point layer with GDAL; the first layer with points (or any geometry).
QStringList readLayer(const QString &path, std::vector<RawPoint> *points, SrsPtr *srs)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(path).constData(),
                                 GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds)
        throw StoreError(
            StoreErrorKind::Unreadable,
            FacilityImport::tr("%1 is not a file with points this program can read: %2.")
                .arg(path, TechnicalError::gdalProblem()),
            TechnicalError::gdalDetail());
    std::unique_ptr<void, void (*)(void *)> closer(ds, [](void *d) { GDALClose(d); });
    OGRLayerH layer = nullptr;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds) && !layer; ++i) {
        OGRLayerH l = GDALDatasetGetLayer(ds, i);
        if (wkbFlatten(OGR_L_GetGeomType(l)) == wkbPoint
            || wkbFlatten(OGR_L_GetGeomType(l)) == wkbMultiPoint)
            layer = l;
    }
    if (!layer && GDALDatasetGetLayerCount(ds) > 0)
        layer = GDALDatasetGetLayer(ds, 0);
    if (!layer)
        throw StoreError(StoreErrorKind::InvalidInput,
                         FacilityImport::tr("%1 has no layer.").arg(path));
    if (OGRSpatialReferenceH s = OGR_L_GetSpatialRef(layer)) {
        OGRSpatialReferenceH clone = OSRClone(s);
        OSRSetAxisMappingStrategy(clone, OAMS_TRADITIONAL_GIS_ORDER);
        srs->reset(clone);
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    QStringList header;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        header << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    qint64 n = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        RawPoint p;
        p.line = ++n;
        for (int i = 0; i < header.size(); ++i)
            p.fields << (OGR_F_IsFieldSetAndNotNull(f, i)
                             ? QString::fromUtf8(OGR_F_GetFieldAsString(f, i))
                             : QString());
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || OGR_G_IsEmpty(g)) {
            p.problem = FacilityImport::tr("no geometry");
        } else if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbPoint) {
            p.hasPoint = true;
            p.x = OGR_G_GetX(g, 0);
            p.y = OGR_G_GetY(g, 0);
        } else if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPoint
                   && OGR_G_GetGeometryCount(g) == 1) {
            OGRGeometryH part = OGR_G_GetGeometryRef(g, 0);
            p.hasPoint = true;
            p.x = OGR_G_GetX(part, 0);
            p.y = OGR_G_GetY(part, 0);
        } else {
            p.problem = FacilityImport::tr("not a point but a %1")
                            .arg(QString::fromUtf8(OGR_G_GetGeometryName(g)));
        }
        OGR_F_Destroy(f);
        points->push_back(std::move(p));
    }
    return header;
}

} // namespace

FacilityKind FacilityImport::guessKind(const QString &path)
{
    const QString name = QFileInfo(path).completeBaseName().toLower();
    if (name.contains(QLatin1String("kita")) || name.contains(QLatin1String("kindertages"))
        || name.contains(QLatin1String("kindergarten")))
        return FacilityKind::Kita;
    if (name.contains(QLatin1String("schul")) || name.contains(QLatin1String("school")))
        return FacilityKind::School;
    if (name.contains(QLatin1String("jugend")) || name.contains(QLatin1String("youth")))
        return FacilityKind::YouthCentre;
    return FacilityKind::Other;
}

FacilityPlan FacilityImport::read(FacilitySpec spec, const std::vector<Area> &areas,
                                  int projectEpsg, const std::function<bool(double)> &progress)
{
    FacilityPlan plan;
    if (spec.source.isEmpty())
        spec.source = ImportLog::defaultSource(spec.path);
    if (!spec.kind)
        spec.kind = guessKind(spec.path);
    std::vector<RawPoint> points;
    SrsPtr sourceSrs;
    QStringList header;
    const bool table = !spec.xField.isEmpty() || TableSource::isDelimitedText(spec.path)
        || QFileInfo(spec.path).suffix().toLower() == QLatin1String("xlsx")
        || QFileInfo(spec.path).suffix().toLower() == QLatin1String("ods");
    if (table) {
        auto source = TableSource::open(spec.path);
        header = source->header();
        const int xi = spec.xField.isEmpty()
            ? guessField(header,
                         {"x", "rechtswert", "xkoordinate", "lon", "longitude", "lng", "laenge"})
            : int(header.indexOf(spec.xField));
        const int yi = spec.yField.isEmpty()
            ? guessField(header, {"y", "hochwert", "ykoordinate", "lat", "latitude", "breite"})
            : int(header.indexOf(spec.yField));
        if (xi < 0 || yi < 0)
            throw StoreError(
                StoreErrorKind::InvalidInput,
                tr("%1: no coordinate columns; name them with --x and --y. The columns "
                   "are: %2.")
                    .arg(spec.path, header.join(QStringLiteral(", "))));
        spec.xField = header[xi];
        spec.yField = header[yi];
        const NumberParser numbers(source->decimal(), source->thousands());
        bool allLonLat = true;
        source->forEachRow([&](const QStringList &fields, qint64 line, double) {
            RawPoint p;
            p.line = line;
            p.fields = fields;
            const auto x = numbers.parse(fields.value(xi));
            const auto y = numbers.parse(fields.value(yi));
            if (fields.size() != header.size())
                p.problem = tr("the row has %1 fields, the header %2")
                                .arg(fields.size())
                                .arg(header.size());
            else if (x.kind != NumberParser::Kind::Value || y.kind != NumberParser::Kind::Value)
                p.problem =
                    tr("no coordinates (\"%1\", \"%2\")").arg(fields.value(xi), fields.value(yi));
            else {
                p.hasPoint = true;
                p.x = x.value;
                p.y = y.value;
                allLonLat = allLonLat && std::abs(p.x) <= 180 && std::abs(p.y) <= 90;
            }
            points.push_back(std::move(p));
            return true;
        });
        if (spec.sourceEpsg == 0 && allLonLat && !points.empty())
            spec.sourceEpsg = 4326;
    } else {
        header = readLayer(spec.path, &points, &sourceSrs);
    }
    if (spec.sourceEpsg != 0) {
        sourceSrs = srsFromEpsg(spec.sourceEpsg);
        if (!sourceSrs)
            throw StoreError(StoreErrorKind::InvalidInput,
                             tr("EPSG:%1 is not a known coordinate system.").arg(spec.sourceEpsg));
    }
    if (!sourceSrs)
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("%1 does not say which coordinate system it uses; give it with --crs "
                            "(for example EPSG:25832).")
                             .arg(spec.path));
    SrsPtr target = srsFromEpsg(projectEpsg);
    std::unique_ptr<void, void (*)(void *)> transform(
        OCTNewCoordinateTransformation(OGRSpatialReferenceH(sourceSrs.get()),
                                       OGRSpatialReferenceH(target.get())),
        [](void *t) {
            if (t)
                OCTDestroyCoordinateTransformation(OGRCoordinateTransformationH(t));
        });
    if (!transform)
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("%1: its coordinates cannot be converted to EPSG:%2.")
                             .arg(spec.path)
                             .arg(projectEpsg));

    const int keyIndex = spec.keyField.isEmpty()
        ? guessField(header,
                     {"bsn", "enr", "id", "nr", "nummer", "schulnummer", "key", "schluessel",
                      "einrichtungsnr"})
        : int(header.indexOf(spec.keyField));
    const int nameIndex = spec.nameField.isEmpty()
        ? guessField(header, {"name", "ename", "bezeichnung", "einrichtung", "schulname", "titel"})
        : int(header.indexOf(spec.nameField));
    const int subkindIndex = spec.subkindField.isEmpty()
        ? guessField(header, {"schulart", "eart", "art", "typ", "type", "schultyp"})
        : int(header.indexOf(spec.subkindField));
    for (const auto &[given, index, what] : {std::tuple {spec.keyField, keyIndex, "key"},
                                             std::tuple {spec.nameField, nameIndex, "name"},
                                             std::tuple {spec.subkindField, subkindIndex, "type"}})
        if (!given.isEmpty() && index < 0)
            throw StoreError(
                StoreErrorKind::InvalidInput,
                tr("%1 has no field \"%2\" (%3). Its fields are: %4.")
                    .arg(spec.path, given, QLatin1String(what), header.join(QStringLiteral(", "))));
    spec.keyField = keyIndex >= 0 ? header[keyIndex] : QString();
    spec.nameField = nameIndex >= 0 ? header[nameIndex] : QString();
    spec.subkindField = subkindIndex >= 0 ? header[subkindIndex] : QString();
    if (keyIndex < 0)
        plan.notes << tr("No key field: facilities are numbered in file order.");

    // The smallest area containing a point of the file (transformed into the project's
    // coordinates in x, y): the finest level when levels nest. Null: outside every area.
    const auto locate = [&](double rawX, double rawY, double *x, double *y) -> const Area * {
        *x = rawX;
        *y = rawY;
        if (!OCTTransform(OGRCoordinateTransformationH(transform.get()), 1, x, y, nullptr))
            return nullptr;
        const Area *home = nullptr;
        double homeArea = 0;
        for (const Area &a : areas) {
            if (!a.geometry.bounds().contains(*x, *y) || !a.geometry.contains(*x, *y))
                continue;
            const double size = a.geometry.area();
            if (!home || size < homeArea) {
                home = &a;
                homeArea = size;
            }
        }
        return home;
    };
    // Longitude and latitude swapped (a spreadsheet's columns in the wrong order): every
    // point lies outside the city, and every point lies inside once swapped. Then the file
    // means them swapped, and they are taken so, with a note; anything less stays as given.
    {
        qsizetype located = 0, swappedInside = 0, withPoint = 0;
        for (const RawPoint &p : points) {
            if (!p.hasPoint)
                continue;
            ++withPoint;
            double x = 0, y = 0;
            if (locate(p.x, p.y, &x, &y)) {
                ++located;
                break;
            }
            swappedInside += locate(p.y, p.x, &x, &y) != nullptr;
        }
        if (withPoint > 0 && located == 0 && swappedInside == withPoint) {
            for (RawPoint &p : points)
                std::swap(p.x, p.y);
            plan.notes << tr("The file's x and y (longitude and latitude) are swapped: all %1 "
                             "points lie outside every area as given and inside when swapped, "
                             "so they were taken swapped.")
                              .arg(withPoint);
        }
    }

    const QString kindCode = toCode(*spec.kind);
    QHash<QString, qint64> seen;
    const double total = std::max<double>(1, points.size());
    for (size_t n = 0; n < points.size(); ++n) {
        RawPoint &p = points[n];
        ++plan.rowsRead;
        if ((n & 0xFF) == 0 && progress && !progress(n / total))
            return plan;
        const QString rawKey =
            keyIndex >= 0 ? p.fields.value(keyIndex).trimmed() : QString::number(p.line);
        auto reject = [&](const QString &reason) {
            plan.rejections.push_back({p.line, {}, rawKey, reason});
        };
        if (!p.hasPoint) {
            reject(p.problem);
            continue;
        }
        if (rawKey.isEmpty()) {
            reject(tr("no key"));
            continue;
        }
        if (seen.contains(rawKey)) {
            reject(tr("the key %1 occurs already in line %2").arg(rawKey).arg(seen.value(rawKey)));
            continue;
        }
        double x = p.x, y = p.y;
        if (!OCTTransform(OGRCoordinateTransformationH(transform.get()), 1, &x, &y, nullptr)) {
            reject(tr("the coordinates %1, %2 cannot be converted").arg(p.x).arg(p.y));
            continue;
        }
        const Area *home = locate(p.x, p.y, &x, &y);
        if (!home) {
            reject(tr("outside every area (%1, %2 in the project's coordinates)")
                       .arg(x, 0, 'f', 0)
                       .arg(y, 0, 'f', 0));
            continue;
        }
        seen.insert(rawKey, p.line);
        Facility f;
        f.key = kindCode + QLatin1Char(':') + rawKey;
        f.name = nameIndex >= 0 ? p.fields.value(nameIndex).trimmed() : rawKey;
        f.kind = *spec.kind;
        f.subkind = subkindIndex >= 0 ? p.fields.value(subkindIndex).trimmed() : QString();
        f.areaKey = home->key;
        f.position = {x, y};
        QJsonObject attributes;
        for (int i = 0; i < header.size(); ++i)
            if (i != keyIndex && i != nameIndex && !p.fields.value(i).isEmpty())
                attributes.insert(header[i], p.fields.value(i));
        f.attributes = QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
        plan.facilities.push_back(std::move(f));
    }
    plan.spec = spec;
    return plan;
}

qint64 FacilityImport::commit(ProjectStore &store, const FacilityPlan &plan)
{
    SqliteTransaction tx = store.transaction();
    ImportRecord record;
    record.kind = QStringLiteral("facilities");
    record.fileName = QFileInfo(plan.spec.path).fileName();
    record.sha256 = ImportLog::sha256(plan.spec.path);
    record.source = plan.spec.source;
    record.rowsRead = plan.rowsRead;
    record.rowsMatched = qint64(plan.facilities.size());
    record.rowsRejected = qint64(plan.rejections.size());
    record.report = reportText(plan, 100000);
    const qint64 id = store.imports().add(record, {});
    // Earlier imports of the same source, and facilities of the same key from elsewhere,
    // are replaced; what they wrote is kept for undo.
    QStringList keys;
    for (const Facility &f : plan.facilities)
        keys << f.key;
    store.replaceFacilities(id, plan.spec.source, keys);
    store.writeFacilities(plan.facilities, id);
    store.touchModified();
    tx.commit();
    return id;
}

QString FacilityImport::reportText(const FacilityPlan &plan, int maxRejections)
{
    QStringList lines;
    lines << tr("%1: %2 facilities read (kind %3, key field %4, name field %5)")
                 .arg(QFileInfo(plan.spec.path).fileName())
                 .arg(plan.rowsRead)
                 .arg(plan.spec.kind ? toCode(*plan.spec.kind) : QString(),
                      plan.spec.keyField.isEmpty() ? tr("none") : plan.spec.keyField,
                      plan.spec.nameField.isEmpty() ? tr("none") : plan.spec.nameField);
    lines << tr("  assigned to an area: %1").arg(plan.facilities.size());
    lines << tr("  rejected: %1").arg(plan.rejections.size());
    for (const QString &note : plan.notes)
        lines << QStringLiteral("  ") + note;
    int shown = 0;
    for (const Rejection &r : plan.rejections) {
        if (maxRejections >= 0 && shown++ >= maxRejections) {
            lines << tr("  ... and %1 more").arg(qsizetype(plan.rejections.size()) - maxRejections);
            break;
        }
        lines << tr("  feature %1 (key %2): %3").arg(r.line).arg(r.key, r.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace qw

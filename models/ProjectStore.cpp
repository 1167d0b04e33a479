#include "ProjectStore.h"

#include "AreaShapes.h"
#include "GpkgGeometry.h"
#include "ProjectFile.h"
#include "ProjectSchema.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <map>

namespace qw {

ProjectStore::ProjectStore(std::unique_ptr<SqliteDatabase> db)
    : m_owned(std::move(db)), m_db(m_owned.get())
{
    if (m_db->tableExists(QStringLiteral("gpkg_geometry_columns")))
        readSrsId();
}

ProjectStore::ProjectStore(SqliteDatabase &db) : m_db(&db)
{
    if (m_db->tableExists(QStringLiteral("gpkg_geometry_columns")))
        readSrsId();
}

void ProjectStore::readSrsId()
{
    auto st = m_db->prepare(
        QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?1"));
    st.bind(1, ProjectSchema::kAreas);
    m_srsId = st.step() ? int(st.integer(0)) : 0;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, Access access)
{
    return std::unique_ptr<ProjectStore>(
        new ProjectStore(ProjectFile::open(path, access == Access::ReadWrite)));
}

void ProjectStore::create(const QString &path, const ProjectMetadata &metadata,
                          const std::function<void(ProjectStore &)> &fill)
{
    ProjectFile::create(path, [&](SqliteDatabase &connection) {
        ProjectSchema::create(connection, metadata.srsId);
        ProjectStore store(connection);
        const QString now = ProjectSchema::timestamp();
        store.setMetadataValue(QStringLiteral("schema_version"),
                               QString::number(ProjectSchema::kCurrentVersion));
        store.setMetadataValue(QStringLiteral("title"), metadata.title);
        if (!metadata.titleEn.isEmpty())
            store.setMetadataValue(QStringLiteral("title_en"), metadata.titleEn);
        store.setMetadataValue(QStringLiteral("city"), metadata.city);
        store.setMetadataValue(QStringLiteral("crs"),
                               QStringLiteral("EPSG:%1").arg(metadata.srsId));
        store.setMetadataValue(QStringLiteral("created"), now);
        store.setMetadataValue(QStringLiteral("modified"), now);
        store.setMetadataValue(QStringLiteral("fictional"),
                               metadata.fictional ? QStringLiteral("true")
                                                  : QStringLiteral("false"));
        store.setMetadataValue(QStringLiteral("generator"), metadata.generator);
        if (!metadata.defaultIndicator.isEmpty())
            store.setMetadataValue(QStringLiteral("default_indicator"), metadata.defaultIndicator);
        store.setMetadataValue(
            QStringLiteral("application"),
            QStringLiteral("Quartierswerkstatt %1").arg(QCoreApplication::applicationVersion()));
        fill(store);
    });
}

void ProjectStore::setMetadataValue(const QString &key, const QString &value)
{
    auto st =
        m_db->prepare(QStringLiteral("INSERT INTO qw_project (key, value) VALUES (?1, ?2) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    st.bind(1, key).bind(2, value).run();
}

void ProjectStore::touchModified()
{
    setMetadataValue(QStringLiteral("modified"), ProjectSchema::timestamp());
}

ProjectMetadata ProjectStore::metadata()
{
    ProjectMetadata m;
    auto st = m_db->prepare(QStringLiteral("SELECT key, value FROM qw_project"));
    while (st.step()) {
        const QString key = st.text(0);
        const QString value = st.text(1);
        if (key == QLatin1String("title"))
            m.title = value;
        else if (key == QLatin1String("title_en"))
            m.titleEn = value;
        else if (key == QLatin1String("city"))
            m.city = value;
        else if (key == QLatin1String("crs"))
            m.srsId = value.mid(value.indexOf(QLatin1Char(':')) + 1).toInt();
        else if (key == QLatin1String("created"))
            m.created = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("modified"))
            m.modified = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("fictional"))
            m.fictional = value == QLatin1String("true");
        else if (key == QLatin1String("generator"))
            m.generator = value;
        else if (key == QLatin1String("default_indicator"))
            m.defaultIndicator = value;
        else if (key == QLatin1String("schema_version"))
            m.schemaVersion = value.toInt();
    }
    if (m.srsId == 0)
        m.srsId = m_srsId;
    return m;
}

std::vector<AreaLevel> ProjectStore::levels()
{
    std::vector<AreaLevel> result;
    auto st = m_db->prepare(QStringLiteral(
        "SELECT level_key, name_de, name_en, rank FROM qw_area_levels ORDER BY rank"));
    while (st.step())
        result.push_back({st.text(0), st.text(1), st.text(2), int(st.integer(3))});
    return result;
}

void ProjectStore::writeLevels(const std::vector<AreaLevel> &levels)
{
    auto st = m_db->prepare(
        QStringLiteral("INSERT OR REPLACE INTO qw_area_levels (level_key, name_de, name_en, rank) "
                       "VALUES (?1, ?2, ?3, ?4)"));
    for (const auto &l : levels)
        st.bind(1, l.key).bind(2, l.nameDe).bind(3, l.nameEn).bind(4, l.rank).run();
}

namespace {

// Decodes an area's geometry blob; a broken one is an error naming the file and the area.
MultiPolygon decodeArea(const SqliteStatement &st, int column, const QString &path,
                        const QString &key)
{
    int size = 0;
    const char *blob = st.blob(column, &size);
    if (!blob || size <= 0)
        return {};
    try {
        return GpkgGeometry::decodeMultiPolygon(blob, size);
    } catch (const StoreError &e) {
        throw StoreError(StoreErrorKind::InvalidContent,
                         QCoreApplication::translate("qw::Store", "%1: area %2: %3")
                             .arg(path, key, e.message()));
    }
}

// Columns 0 to 3: area_key, name, level, parent_key.
void readAreaInfo(const SqliteStatement &st, AreaInfo &into)
{
    into.key = st.text(0);
    into.name = st.text(1);
    into.level = st.text(2);
    into.parentKey = st.text(3);
}

} // namespace

std::vector<Area> ProjectStore::areas()
{
    auto st = m_db->prepare(
        QStringLiteral("SELECT area_key, name, level, parent_key, geom FROM areas ORDER BY fid"));
    std::vector<Area> result;
    while (st.step()) {
        Area a;
        readAreaInfo(st, a);
        a.geometry = decodeArea(st, 4, path(), a.key);
        result.push_back(std::move(a));
    }
    return result;
}

std::size_t ProjectStore::areaCountBound()
{
    auto st = m_db->prepare(QStringLiteral("SELECT max(fid) FROM areas"));
    return st.step() ? std::size_t(std::max<std::int64_t>(0, st.integer(0))) : 0;
}

void ProjectStore::readAreaInfos(
    const std::function<void(AreaInfo &&area, QByteArrayView keyUtf8)> &take)
{
    // Read from the covering index areas_list: a few bytes per area, where the rows hold
    // every geometry. SQLite's planner, not knowing how large the geometries are, would
    // scan the rows; a file whose index was dropped elsewhere is still read, from the rows.
    auto index = m_db->prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'areas_list'"));
    auto st =
        m_db->prepare(QStringLiteral("SELECT area_key, name, level, parent_key FROM areas "
                                     "%1 ORDER BY fid")
                          .arg(index.step() ? QStringLiteral("INDEXED BY areas_list") : QString()));
    while (st.step()) {
        AreaInfo a;
        readAreaInfo(st, a);
        int size = 0;
        const char *key = st.blob(0, &size);
        take(std::move(a), QByteArrayView(key, size));
    }
}

std::optional<AreaShapes> ProjectStore::readShapes(const QString &levelKey)
{
    auto st = m_db->prepare(QStringLiteral(
        "SELECT chunk, area_count, data FROM qw_area_shapes WHERE level = ?1 ORDER BY chunk"));
    st.bind(1, levelKey);
    AreaShapes shapes;
    std::int64_t chunks = 0;
    while (st.step()) {
        int size = 0;
        const char *data = st.blob(2, &size);
        const int before = shapes.count();
        if (st.integer(0) != chunks++ || !data || !shapes.appendChunk(QByteArrayView(data, size))
            || shapes.count() - before != st.integer(1))
            return std::nullopt; // damaged or from elsewhere: rebuilt from the geometry
    }
    if (chunks == 0)
        return std::nullopt;
    shapes.finish();
    return shapes;
}

AreaShapes ProjectStore::shapesFromGeometry(const QString &levelKey)
{
    AreaShapes shapes;
    readGeometries(levelKey, [&](const MultiPolygon &g) { shapes.append(g); });
    shapes.finish();
    return shapes;
}

bool ProjectStore::writeShapes(const QString &levelKey, const AreaShapes &shapes)
{
    if (m_db->isReadOnly())
        return false;
    try {
        SqliteTransaction tx(*m_db);
        insertShapes(levelKey, shapes);
        tx.commit();
        return true;
    } catch (const StoreError &) {
        return false; // a locked or full disk: the next open builds the outlines again
    }
}

void ProjectStore::insertShapes(const QString &levelKey, const AreaShapes &shapes)
{
    auto remove = m_db->prepare(QStringLiteral("DELETE FROM qw_area_shapes WHERE level = ?1"));
    remove.bind(1, levelKey).run();
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO qw_area_shapes (level, chunk, area_count, data) VALUES (?1, ?2, ?3, ?4)"));
    int chunk = 0;
    shapes.writeChunks([&](int areaCount, QByteArray &&data) {
        insert.bind(1, levelKey).bind(2, chunk++).bind(3, areaCount).bind(4, data).run();
    });
}

void ProjectStore::readGeometries(const QString &levelKey,
                                  const std::function<void(const MultiPolygon &geometry)> &take)
{
    auto st = m_db->prepare(
        QStringLiteral("SELECT area_key, geom FROM areas WHERE level = ?1 ORDER BY fid"));
    st.bind(1, levelKey);
    while (st.step())
        take(decodeArea(st, 1, path(), st.text(0)));
}

void ProjectStore::writeAreas(const std::vector<Area> &areas)
{
    // Levels written here, with whether they had areas before (the stored outlines of a
    // new level are made from these areas; an existing level's are read back whole).
    std::map<QString, bool> levels;
    auto count = m_db->prepare(QStringLiteral("SELECT 1 FROM areas WHERE level = ?1 LIMIT 1"));
    for (const auto &a : areas)
        if (!levels.contains(a.level)) {
            levels[a.level] = count.bind(1, a.level).step();
            count.reset();
        }
    auto st = m_db->prepare(QStringLiteral(
        "INSERT INTO areas (geom, area_key, name, level, parent_key) VALUES (?1, ?2, ?3, ?4, ?5)"));
    for (const auto &a : areas) {
        st.bind(1, GpkgGeometry::encode(a.geometry, m_srsId))
            .bind(2, a.key)
            .bind(3, a.name)
            .bind(4, a.level)
            .bindOptionalText(5, a.parentKey);
        try {
            st.run();
        } catch (const StoreError &e) {
            if (e.kind() != StoreErrorKind::InvalidInput)
                throw; // a write failure, not a duplicate
            st.reset();
            throw StoreError(
                StoreErrorKind::InvalidInput,
                QCoreApplication::translate("qw::Store", "Area key \"%1\" occurs more than once.")
                    .arg(a.key));
        }
    }
    updateExtent(ProjectSchema::kAreas);
    // The inserts cleared the levels' stored outlines (triggers); the next open reads them.
    for (const auto &[level, existed] : levels) {
        if (existed) {
            insertShapes(level, shapesFromGeometry(level));
            continue;
        }
        AreaShapes shapes;
        for (const auto &a : areas)
            if (a.level == level)
                shapes.append(a.geometry);
        shapes.finish();
        insertShapes(level, shapes);
    }
}

std::vector<Facility> ProjectStore::facilities()
{
    std::vector<Facility> result;
    auto st = m_db->prepare(QStringLiteral(
        "SELECT facility_key, name, kind, subkind, area_key, attributes, geom FROM facilities "
        "ORDER BY fid"));
    while (st.step()) {
        Facility f;
        f.key = st.text(0);
        f.name = st.text(1);
        f.kind = facilityKindFromCode(st.text(2));
        f.subkind = st.text(3);
        f.areaKey = st.text(4);
        f.attributes = st.text(5);
        int size = 0;
        const char *blob = st.blob(6, &size);
        if (blob && size > 0)
            f.position = GpkgGeometry::decodePoint(blob, size);
        result.push_back(std::move(f));
    }
    return result;
}

void ProjectStore::writeFacilities(const std::vector<Facility> &facilities, std::int64_t importId)
{
    auto st = m_db->prepare(QStringLiteral(
        "INSERT INTO facilities (geom, facility_key, name, kind, subkind, area_key, attributes, "
        "import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (facility_key) DO UPDATE "
        "SET geom = excluded.geom, name = excluded.name, kind = excluded.kind, "
        "subkind = excluded.subkind, area_key = excluded.area_key, "
        "attributes = excluded.attributes, import_id = excluded.import_id"));
    for (const auto &f : facilities) {
        st.bind(1, GpkgGeometry::encode(f.position, m_srsId))
            .bind(2, f.key)
            .bind(3, f.name)
            .bind(4, toCode(f.kind))
            .bindOptionalText(5, f.subkind)
            .bindOptionalText(6, f.areaKey)
            .bindOptionalText(7, f.attributes);
        if (importId > 0)
            st.bind(8, importId);
        else
            st.bindNull(8);
        st.run();
    }
    updateExtent(ProjectSchema::kFacilities);
}

void ProjectStore::replaceFacilities(std::int64_t importId, const QString &source,
                                     const QStringList &keys)
{
    const QString columns =
        QStringLiteral("facility_key, name, kind, subkind, area_key, attributes, geom");
    auto keepSource =
        m_db->prepare(QStringLiteral("INSERT INTO qw_import_undo_facilities (import_id, %1, "
                                     "previous_import_id) SELECT ?1, %1, "
                                     "import_id FROM facilities WHERE import_id IN (SELECT fid "
                                     "FROM qw_imports WHERE source = ?2 AND kind = 'facilities' "
                                     "AND undone = 0 AND fid <> ?1)")
                          .arg(columns));
    keepSource.bind(1, importId).bind(2, source).run();
    auto dropSource = m_db->prepare(QStringLiteral(
        "DELETE FROM facilities WHERE import_id IN (SELECT fid FROM qw_imports WHERE source = ?2 "
        "AND kind = 'facilities' AND undone = 0 AND fid <> ?1)"));
    dropSource.bind(1, importId).bind(2, source).run();
    auto keepKey = m_db->prepare(QStringLiteral("INSERT INTO qw_import_undo_facilities (import_id, "
                                                "%1, previous_import_id) SELECT ?1, %1, "
                                                "import_id FROM facilities WHERE facility_key = ?2")
                                     .arg(columns));
    for (const QString &key : keys)
        keepKey.bind(1, importId).bind(2, key).run();
}

void ProjectStore::restoreFacilities(std::int64_t importId)
{
    for (const QString &sql :
         {QStringLiteral("DELETE FROM facilities WHERE import_id = ?1"),
          QStringLiteral("INSERT INTO facilities (geom, facility_key, name, kind, subkind, "
                         "area_key, attributes, import_id) SELECT geom, facility_key, name, "
                         "kind, subkind, area_key, attributes, previous_import_id FROM "
                         "qw_import_undo_facilities WHERE import_id = ?1 ORDER BY fid"),
          QStringLiteral("DELETE FROM qw_import_undo_facilities WHERE import_id = ?1")})
        m_db->prepare(sql).bind(1, importId).run();
    updateExtent(ProjectSchema::kFacilities);
}

void ProjectStore::setParents(const std::vector<std::pair<QString, QString>> &parents)
{
    auto parent =
        m_db->prepare(QStringLiteral("UPDATE areas SET parent_key = ?2 WHERE area_key = ?1"));
    for (const auto &[child, p] : parents)
        parent.bind(1, child).bind(2, p).run();
}

std::vector<ProjectStore::StoredView> ProjectStore::views()
{
    std::vector<StoredView> result;
    auto st = m_db->prepare(
        QStringLiteral("SELECT name, archive, class_version, fid FROM qw_views ORDER BY fid"));
    while (st.step())
        result.push_back({st.text(0), st.text(1), int(st.integer(2)), st.integer(3)});
    return result;
}

void ProjectStore::restoreView(const StoredView &view)
{
    const QString now = ProjectSchema::timestamp();
    auto st = m_db->prepare(QStringLiteral(
        "INSERT OR REPLACE INTO qw_views (fid, name, format, class_version, archive, created, "
        "modified) VALUES (?1, ?2, 'boost-xml', ?3, ?4, ?5, ?5)"));
    st.bind(2, view.name).bind(3, view.classVersion).bind(4, view.archive).bind(5, now);
    if (view.id > 0)
        st.bind(1, std::int64_t(view.id));
    else
        st.bindNull(1); // a new row at the end
    st.run();
    touchModified();
}

void ProjectStore::writeView(const QString &name, const QString &archive, int classVersion)
{
    const QString now = ProjectSchema::timestamp();
    auto st = m_db->prepare(QStringLiteral(
        "INSERT INTO qw_views (name, format, class_version, archive, created, modified) "
        "VALUES (?1, 'boost-xml', ?2, ?3, ?4, ?4) ON CONFLICT (name) DO UPDATE SET "
        "class_version = excluded.class_version, archive = excluded.archive, "
        "modified = excluded.modified"));
    st.bind(1, name).bind(2, classVersion).bind(3, archive).bind(4, now).run();
    touchModified();
}

bool ProjectStore::renameView(const QString &from, const QString &to)
{
    auto exists = m_db->prepare(QStringLiteral("SELECT 1 FROM qw_views WHERE name = ?1"));
    exists.bind(1, to);
    if (from == to || exists.step())
        return false;
    auto st = m_db->prepare(
        QStringLiteral("UPDATE qw_views SET name = ?2, modified = ?3 WHERE name = ?1"));
    st.bind(1, from).bind(2, to).bind(3, ProjectSchema::timestamp()).run();
    return m_db->changes() > 0;
}

bool ProjectStore::deleteView(const QString &name)
{
    auto st = m_db->prepare(QStringLiteral("DELETE FROM qw_views WHERE name = ?1"));
    st.bind(1, name).run();
    return m_db->changes() > 0;
}

std::vector<Landmark> ProjectStore::landmarks()
{
    std::vector<Landmark> result;
    auto st = m_db->prepare(QStringLiteral("SELECT kind, name, geom FROM landmarks ORDER BY fid"));
    while (st.step()) {
        Landmark l;
        l.kind = landmarkKindFromCode(st.text(0));
        l.name = st.text(1);
        int size = 0;
        const char *blob = st.blob(2, &size);
        if (blob && size > 0)
            l.geometry = GpkgGeometry::decodeMultiPolygon(blob, size);
        result.push_back(std::move(l));
    }
    return result;
}

void ProjectStore::writeLandmarks(const std::vector<Landmark> &landmarks)
{
    auto st = m_db->prepare(
        QStringLiteral("INSERT INTO landmarks (geom, kind, name) VALUES (?1, ?2, ?3)"));
    for (const auto &l : landmarks)
        st.bind(1, GpkgGeometry::encode(l.geometry, m_srsId))
            .bind(2, toCode(l.kind))
            .bindOptionalText(3, l.name)
            .run();
    updateExtent(ProjectSchema::kLandmarks);
}

void ProjectStore::updateExtent(const QString &table)
{
    // The GeoPackage envelope of each blob sits at bytes 9..40 (minx, maxx, miny, maxy), but
    // decoding in SQL needs functions SQLite lacks; compute it from the decoded geometry.
    Bounds b;
    auto st = m_db->prepare(QStringLiteral("SELECT geom FROM ") + table);
    while (st.step()) {
        int size = 0;
        const char *blob = st.blob(0, &size);
        if (!blob || size <= 0)
            continue;
        if (table != ProjectSchema::kFacilities) {
            b.include(GpkgGeometry::decodeMultiPolygon(blob, size).bounds());
        } else {
            const Point p = GpkgGeometry::decodePoint(blob, size);
            b.include(p.x, p.y);
        }
    }
    auto up = m_db->prepare(
        QStringLiteral("UPDATE gpkg_contents SET min_x = ?1, min_y = ?2, max_x = ?3, max_y = ?4, "
                       "last_change = ?5 WHERE table_name = ?6"));
    if (b.isEmpty())
        up.bindNull(1).bindNull(2).bindNull(3).bindNull(4);
    else
        up.bind(1, b.minX).bind(2, b.minY).bind(3, b.maxX).bind(4, b.maxY);
    up.bind(5, ProjectSchema::timestamp()).bind(6, table).run();
}

} // namespace qw

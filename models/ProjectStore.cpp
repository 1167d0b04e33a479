#include "ProjectStore.h"

#include "AreaShapes.h"
#include "GpkgGeometry.h"
#include "MoveIntoPlace.h"
#include "ProjectSchema.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <map>

namespace qw {

namespace {

// Checks what can be checked without SQLite: existence, size, the SQLite magic.
void checkFileHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreErrorKind::NotFound,
                         QCoreApplication::translate("qw::Store", "%1 does not exist.").arg(path));
    if (info.isDir())
        throw StoreError(
            StoreErrorKind::Unreadable,
            QCoreApplication::translate("qw::Store", "%1 is a folder, not a project file.")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreErrorKind::Unreadable,
                         QCoreApplication::translate("qw::Store", "%1 cannot be read: %2")
                             .arg(path, file.errorString()));
    if (info.size() == 0)
        throw StoreError(StoreErrorKind::EmptyFile,
                         QCoreApplication::translate("qw::Store", "%1 is empty.").arg(path));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")) || header.size() < 100)
        throw StoreError(
            StoreErrorKind::NotSqlite,
            QCoreApplication::translate(
                "qw::Store", "%1 is not a GeoPackage project (it is not an SQLite database).")
                .arg(path));
    // A truncated copy: the header says how many pages the database has.
    const auto be16 = [&](int o) {
        return (uchar(header[o]) << 8) | uchar(header[o + 1]);
    };
    const auto be32 = [&](int o) {
        return (quint32(uchar(header[o])) << 24) | (quint32(uchar(header[o + 1])) << 16)
            | (quint32(uchar(header[o + 2])) << 8) | quint32(uchar(header[o + 3]));
    };
    qint64 pageSize = be16(16);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = be32(28);
    if (pageSize < 512 || pages == 0 || info.size() < pageSize * pages)
        throw StoreError(StoreErrorKind::Corrupt,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 is damaged or truncated (%2 bytes, the header expects %3). "
                             "The file was not changed.")
                             .arg(path)
                             .arg(info.size())
                             .arg(pageSize * pages));
}

int readSchemaVersion(SqliteDatabase &db)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM qw_project WHERE key='schema_version'"));
    if (!st.step())
        throw StoreError(
            StoreErrorKind::InvalidContent,
            QCoreApplication::translate("qw::Store", "%1 has no schema version in qw_project.")
                .arg(db.path()));
    bool ok = false;
    const int version = st.text(0).toInt(&ok);
    if (!ok || version <= 0)
        throw StoreError(
            StoreErrorKind::InvalidContent,
            QCoreApplication::translate("qw::Store", "%1 has an invalid schema version \"%2\".")
                .arg(db.path(), st.text(0)));
    return version;
}

// Validates with a read-only connection; returns the schema version found.
int validate(const QString &path)
{
    checkFileHeader(path);
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    // Reading the schema forces SQLite to parse page 1 and the catalogue.
    const auto appId = db.pragmaInt(QStringLiteral("application_id"));
    const bool isGpkg = appId == ProjectSchema::kGeoPackageApplicationId
        || appId == 0x47503130 /* GP10 */ || appId == 0x47503131 /* GP11 */;
    if (!isGpkg || !db.tableExists(QStringLiteral("gpkg_contents")))
        throw StoreError(StoreErrorKind::NotGeoPackage,
                         QCoreApplication::translate(
                             "qw::Store", "%1 is an SQLite database but not a GeoPackage.")
                             .arg(path));
    if (!db.tableExists(ProjectSchema::kProject))
        throw StoreError(StoreErrorKind::NotAProject,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 is a GeoPackage but not a Quartierswerkstatt project. "
                             "Use \"New from GeoPackage\" to make a project from its areas.")
                             .arg(path));
    const int version = readSchemaVersion(db);
    if (version > ProjectSchema::kCurrentVersion)
        throw StoreError(StoreErrorKind::NewerSchema,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 was saved by a newer Quartierswerkstatt (project schema %2; this "
                             "version reads up to %3). Please update the program.")
                             .arg(path)
                             .arg(version)
                             .arg(ProjectSchema::kCurrentVersion));
    if (version == ProjectSchema::kCurrentVersion) {
        for (const QString &table : ProjectSchema::requiredTables()) {
            if (!db.tableExists(table))
                throw StoreError(StoreErrorKind::InvalidContent,
                                 QCoreApplication::translate(
                                     "qw::Store", "%1 is incomplete: the table %2 is missing.")
                                     .arg(path, table));
        }
        // Catch damage inside the data pages we read on every open.
        auto st = db.prepare(QStringLiteral("SELECT count(*) FROM qw_indicators"));
        st.step();
    }
    return version;
}

} // namespace

ProjectStore::ProjectStore(std::unique_ptr<SqliteDatabase> db) : m_db(std::move(db))
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
    const int version = validate(path);
    const QFileInfo info(path);
    const bool writable = access == Access::ReadWrite && info.isWritable();
    if (version < ProjectSchema::kCurrentVersion && !writable)
        throw StoreError(StoreErrorKind::WriteFailed,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 uses an older project schema (%2) and must be upgraded, but the "
                             "file is read-only.")
                             .arg(path)
                             .arg(version));
    auto db = std::make_unique<SqliteDatabase>(
        path, writable ? SqliteDatabase::Mode::ReadWrite : SqliteDatabase::Mode::ReadOnly);
    if (version < ProjectSchema::kCurrentVersion) {
        SqliteTransaction tx(*db);
        ProjectSchema::migrate(*db, version);
        tx.commit();
    }
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(db)));
}

void ProjectStore::create(const QString &path, const ProjectMetadata &metadata,
                          const std::function<void(ProjectStore &)> &fill)
{
    const QFileInfo target(path);
    const QString temp = target.absolutePath() + QLatin1Char('/') + QLatin1Char('.')
        + target.fileName() + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8)
        + QStringLiteral(".part");
    try {
        {
            auto db = std::make_unique<SqliteDatabase>(temp, SqliteDatabase::Mode::Create);
            db->exec(QStringLiteral("PRAGMA page_size = 4096"));
            // The store owns the connection; the transaction is declared after it so it
            // rolls back before the connection closes.
            SqliteDatabase &connection = *db;
            std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(db)));
            SqliteTransaction tx(connection);
            ProjectSchema::create(connection, metadata.srsId);
            store->readSrsId();
            const QString now = ProjectSchema::timestamp();
            store->setMetadataValue(QStringLiteral("schema_version"),
                                    QString::number(ProjectSchema::kCurrentVersion));
            store->setMetadataValue(QStringLiteral("title"), metadata.title);
            store->setMetadataValue(QStringLiteral("city"), metadata.city);
            store->setMetadataValue(QStringLiteral("crs"),
                                    QStringLiteral("EPSG:%1").arg(metadata.srsId));
            store->setMetadataValue(QStringLiteral("created"), now);
            store->setMetadataValue(QStringLiteral("modified"), now);
            store->setMetadataValue(QStringLiteral("fictional"),
                                    metadata.fictional ? QStringLiteral("true")
                                                       : QStringLiteral("false"));
            store->setMetadataValue(QStringLiteral("generator"), metadata.generator);
            if (!metadata.defaultIndicator.isEmpty())
                store->setMetadataValue(QStringLiteral("default_indicator"),
                                        metadata.defaultIndicator);
            store->setMetadataValue(QStringLiteral("application"),
                                    QStringLiteral("Quartierswerkstatt %1")
                                        .arg(QCoreApplication::applicationVersion()));
            fill(*store);
            tx.commit();
        }
        const QString failed = moveIntoPlace(temp, path);
        if (!failed.isEmpty())
            throw StoreError(StoreErrorKind::WriteFailed,
                             QCoreApplication::translate("qw::Store", "Cannot write %1: %2")
                                 .arg(path, failed));
    } catch (...) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        throw;
    }
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

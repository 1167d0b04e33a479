#include "ProjectSchema.h"

#include "Crs.h"
#include "Sqlite.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>

namespace qw::ProjectSchema {

namespace {

const char *const kCoreTables = R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
  'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
  'undefined geographic coordinate reference system');
)SQL";

// Version 1 of our own tables. Column types are those the GeoPackage standard allows.
const char *const kProjectTablesV1 = R"SQL(
CREATE TABLE qw_project (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  value TEXT
);
CREATE TABLE qw_area_levels (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  level_key TEXT NOT NULL UNIQUE,
  name_de TEXT NOT NULL,
  name_en TEXT,
  rank INTEGER NOT NULL
);
CREATE TABLE areas (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON,
  area_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_key TEXT
);
CREATE TABLE facilities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT,
  facility_key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  subkind TEXT,
  area_key TEXT,
  attributes TEXT
);
CREATE TABLE landmarks (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON,
  kind TEXT NOT NULL,
  name TEXT
);
CREATE TABLE qw_indicators (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  indicator_key TEXT NOT NULL UNIQUE,
  name_de TEXT NOT NULL,
  name_en TEXT,
  unit TEXT,
  kind TEXT NOT NULL,
  polarity TEXT NOT NULL,
  department TEXT,
  description TEXT,
  numerator_key TEXT,
  denominator_key TEXT,
  min_cases INTEGER NOT NULL DEFAULT 0,
  decimals INTEGER NOT NULL DEFAULT 1,
  source TEXT
);
CREATE TABLE qw_values (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  area_key TEXT NOT NULL,
  indicator_key TEXT NOT NULL,
  period TEXT NOT NULL,
  value DOUBLE,
  numerator DOUBLE,
  denominator DOUBLE,
  status TEXT NOT NULL DEFAULT 'ok',
  import_id INTEGER,
  UNIQUE (indicator_key, period, area_key)
);
CREATE TABLE qw_views (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  format TEXT NOT NULL,
  class_version INTEGER NOT NULL,
  archive TEXT NOT NULL,
  created DATETIME,
  modified DATETIME
);
CREATE TABLE qw_notes (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  area_key TEXT,
  indicator_key TEXT,
  text TEXT NOT NULL,
  author TEXT,
  created DATETIME
);
CREATE TABLE qw_imports (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  file_name TEXT NOT NULL,
  sha256 TEXT,
  imported_at DATETIME NOT NULL,
  department TEXT,
  source TEXT,
  rows_read INTEGER,
  rows_matched INTEGER,
  rows_rejected INTEGER,
  report TEXT
);
)SQL";

struct Registration
{
    const QString &table;
    const char *identifier;
    const char *description;
};

// Version 2: settings remembered per import source; what an import replaced, so the last
// import can be undone; which import made an indicator or a facility.
const char *const kStepTo2 = R"SQL(
ALTER TABLE qw_imports ADD COLUMN kind TEXT NOT NULL DEFAULT 'values';
ALTER TABLE qw_imports ADD COLUMN settings TEXT;
ALTER TABLE qw_imports ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
ALTER TABLE qw_indicators ADD COLUMN import_id INTEGER;
ALTER TABLE facilities ADD COLUMN import_id INTEGER;
CREATE TABLE qw_import_sources (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  source TEXT NOT NULL UNIQUE,
  settings TEXT NOT NULL,
  updated DATETIME
);
CREATE TABLE qw_import_undo (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  import_id INTEGER NOT NULL,
  area_key TEXT NOT NULL,
  indicator_key TEXT NOT NULL,
  period TEXT NOT NULL,
  value DOUBLE,
  numerator DOUBLE,
  denominator DOUBLE,
  status TEXT NOT NULL,
  previous_import_id INTEGER
);
CREATE TABLE qw_import_undo_facilities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  import_id INTEGER NOT NULL,
  facility_key TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  subkind TEXT,
  area_key TEXT,
  attributes TEXT,
  geom BLOB,
  previous_import_id INTEGER
);
CREATE INDEX qw_values_import ON qw_values (import_id);
CREATE INDEX qw_import_undo_import ON qw_import_undo (import_id);
)SQL";

// The outlines of each level's areas in fid order, in chunks (AreaShapes::writeChunks).
// A row of areas that is added, changed or removed, by us or by QGIS, clears its level's
// outlines; the next open rebuilds them from the geometry.
const char *const kStepTo4 = R"SQL(
CREATE TABLE qw_area_shapes (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  level TEXT NOT NULL,
  chunk INTEGER NOT NULL,
  area_count INTEGER NOT NULL,
  data BLOB NOT NULL,
  UNIQUE (level, chunk)
);
CREATE TRIGGER qw_area_shapes_insert AFTER INSERT ON areas
BEGIN DELETE FROM qw_area_shapes WHERE level = NEW.level; END;
CREATE TRIGGER qw_area_shapes_update AFTER UPDATE OF fid, geom, level ON areas
BEGIN DELETE FROM qw_area_shapes WHERE level IN (OLD.level, NEW.level); END;
CREATE TRIGGER qw_area_shapes_delete AFTER DELETE ON areas
BEGIN DELETE FROM qw_area_shapes WHERE level = OLD.level; END;
CREATE INDEX areas_list ON areas (fid, area_key, name, level, parent_key);
)SQL";

// A label names either a code of the indicator's values (value set, status NULL) or what a
// status means for it (status set, value NULL): QGIS users join it like a lookup table.
const char *const kStepTo8 = R"SQL(
CREATE TABLE qw_value_labels (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  indicator_key TEXT NOT NULL,
  value DOUBLE,
  status TEXT,
  label_de TEXT NOT NULL,
  label_en TEXT
);
CREATE INDEX qw_value_labels_indicator ON qw_value_labels (indicator_key);
)SQL";

// Saved allocations (see AllocationRepository): the rule as its canonical text, the
// amounts as decided, one row per area of the level.
const char *const kStepTo9 = R"SQL(
CREATE TABLE qw_allocations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL,
  rule_version INTEGER NOT NULL,
  description TEXT,
  created DATETIME,
  modified DATETIME
);
CREATE TABLE qw_allocation_amounts (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  allocation_id INTEGER NOT NULL,
  area_key TEXT NOT NULL,
  value DOUBLE,
  basis DOUBLE,
  share DOUBLE,
  amount DOUBLE,
  limit_kind TEXT NOT NULL,
  UNIQUE (allocation_id, area_key)
);
)SQL";

// Notes pinned to areas in a workshop (see NoteRepository): what kind of note, and the day
// it was written, which may be earlier than when it was typed in (paper cards).
// A column is added only where the table lacks it: a file whose version number was set back
// (or a table another program extended) keeps what it has.
const char *const kStepTo10[][2] = {
    {"category", "ALTER TABLE qw_notes ADD COLUMN category TEXT NOT NULL DEFAULT 'idea'"},
    {"note_date", "ALTER TABLE qw_notes ADD COLUMN note_date DATE"},
    {"modified", "ALTER TABLE qw_notes ADD COLUMN modified DATETIME"},
};

// The workshop's dot voting (see PriorityRepository): one row per voter and area with the
// points given there; the points each voter has live in qw_project (priority_points).
const char *const kStepTo11 = R"SQL(
CREATE TABLE IF NOT EXISTS qw_priorities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  voter TEXT NOT NULL,
  area_key TEXT NOT NULL,
  points INTEGER NOT NULL CHECK (points > 0),
  created DATETIME,
  modified DATETIME,
  UNIQUE (voter, area_key)
);
)SQL";

bool hasColumn(SqliteDatabase &db, const QString &table, const QString &column)
{
    auto st = db.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2"));
    st.bind(1, table).bind(2, column);
    return st.step();
}

void registerAttributes(SqliteDatabase &db, std::initializer_list<Registration> tables)
{
    auto contents = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, "
        "srs_id) VALUES (?1, 'attributes', ?2, ?3, ?4, NULL)"));
    const QString now = timestamp();
    for (const auto &r : tables)
        contents.bind(1, r.table)
            .bind(2, QString::fromLatin1(r.identifier))
            .bind(3, QString::fromLatin1(r.description))
            .bind(4, now)
            .run();
}

} // namespace

QStringList requiredTables()
{
    return {kProject,
            kLevels,
            kAreas,
            kFacilities,
            kLandmarks,
            kIndicators,
            kValues,
            kViews,
            kNotes,
            kImports,
            kImportSources,
            kImportUndo,
            kImportUndoFacilities,
            kAreaShapes,
            kValueLabels,
            kAllocations,
            kAllocationAmounts,
            kPriorities};
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

void createCore(SqliteDatabase &db, int srsId)
{
    const QString wkt = Crs::wkt(srsId);
    if (wkt.isEmpty())
        throw StoreError(
            StoreErrorKind::InvalidInput,
            QCoreApplication::translate("qw::Store", "Unknown coordinate system EPSG:%1")
                .arg(srsId));
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kGeoPackageApplicationId));
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kGeoPackageUserVersion));
    db.exec(QString::fromUtf8(kCoreTables));
    auto srs = db.prepare(
        QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES (?1, ?2, 'EPSG', ?2, ?3, NULL)"));
    srs.bind(1, Crs::name(4326)).bind(2, 4326).bind(3, Crs::wkt(4326)).run();
    if (srsId != 4326)
        srs.bind(1, Crs::name(srsId)).bind(2, srsId).bind(3, wkt).run();
}

void create(SqliteDatabase &db, int srsId)
{
    createCore(db, srsId);

    db.exec(QString::fromUtf8(kProjectTablesV1));
    db.exec(QStringLiteral("CREATE INDEX qw_values_area ON qw_values (area_key)"));
    db.exec(QStringLiteral("CREATE INDEX areas_level ON areas (level)"));

    const QString now = timestamp();
    auto contents = db.prepare(QStringLiteral(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, "
        "srs_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    auto geometry = db.prepare(
        QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES (?1, 'geom', ?2, ?3, 0, 0)"));
    contents.bind(1, kAreas)
        .bind(2, QStringLiteral("features"))
        .bind(3, QStringLiteral("areas"))
        .bind(4, QStringLiteral("Planning areas (Sozialräume, Stadtbezirke, ...)"))
        .bind(5, now)
        .bind(6, srsId)
        .run();
    geometry.bind(1, kAreas).bind(2, QStringLiteral("MULTIPOLYGON")).bind(3, srsId).run();
    contents.bind(1, kFacilities)
        .bind(2, QStringLiteral("features"))
        .bind(3, QStringLiteral("facilities"))
        .bind(4, QStringLiteral("Schools, Kitas and youth centres"))
        .bind(5, now)
        .bind(6, srsId)
        .run();
    geometry.bind(1, kFacilities).bind(2, QStringLiteral("POINT")).bind(3, srsId).run();
    contents.bind(1, kLandmarks)
        .bind(2, QStringLiteral("features"))
        .bind(3, QStringLiteral("landmarks"))
        .bind(4, QStringLiteral("Base map: water, parks"))
        .bind(5, now)
        .bind(6, srsId)
        .run();
    geometry.bind(1, kLandmarks).bind(2, QStringLiteral("MULTIPOLYGON")).bind(3, srsId).run();

    registerAttributes(
        db,
        {
            {kProject, "qw_project", "Quartierswerkstatt project metadata and schema version"},
            {kLevels, "qw_area_levels", "Area levels, coarsest first"},
            {kIndicators, "qw_indicators", "Indicator catalogue"},
            {kValues, "qw_values", "Indicator values per area and period"},
            {kViews, "qw_views", "Saved views (Boost.Serialization archives)"},
            {kNotes, "qw_notes", "Notes"},
            {kImports, "qw_imports", "Import log"},
        });
    migrate(db, 1);
}

QStringList migrate(SqliteDatabase &db, int fromVersion)
{
    // Each step takes version N to N + 1; new projects are made as version 1 and run
    // through every step, so the steps are exercised on every project ever created.
    int version = fromVersion;
    QStringList applied;
    if (version == 1) {
        db.exec(QString::fromUtf8(kStepTo2));
        registerAttributes(
            db,
            {{kImportSources, "qw_import_sources", "Import settings remembered per source"},
             {kImportUndo, "qw_import_undo", "Values replaced by an import, for undo"},
             {kImportUndoFacilities, "qw_import_undo_facilities",
              "Facilities replaced by an import, for undo"}});
        applied << QStringLiteral("1 -> 2: import sources, undo of imports");
        version = 2;
    }
    if (version == 2) {
        db.exec(QStringLiteral(
            "CREATE INDEX qw_values_read ON qw_values (indicator_key, period, area_key, value, "
            "numerator, denominator, status)"));
        applied << QStringLiteral("2 -> 3: covering index for reading values");
        version = 3;
    }
    if (version == 3) {
        db.exec(QString::fromUtf8(kStepTo4));
        registerAttributes(db,
                           {{kAreaShapes, "qw_area_shapes",
                             "Outlines of the areas as the map draws them, per level; "
                             "rebuilt from areas when they change"}});
        applied << QStringLiteral("3 -> 4: stored outlines, index for listing areas");
        version = 4;
    }
    if (version == 4) {
        // No query looks values up by area alone; the index cost a fifth of every import.
        db.exec(QStringLiteral("DROP INDEX IF EXISTS qw_values_area"));
        applied << QStringLiteral("4 -> 5: no index of values by area");
        version = 5;
    }
    if (version == 5) {
        // Derived indicators: the formula with the catalogue entry, and their values
        // marked, so that QGIS users and exports can tell them from imported ones.
        db.exec(QStringLiteral("ALTER TABLE qw_indicators ADD COLUMN recipe TEXT"));
        db.exec(
            QStringLiteral("ALTER TABLE qw_values ADD COLUMN derived INTEGER NOT NULL DEFAULT 0"));
        applied << QStringLiteral("5 -> 6: derived indicators (recipe, derived values)");
        version = 6;
    }
    if (version == 6) {
        db.exec(QStringLiteral("ALTER TABLE qw_indicators ADD COLUMN unit_en TEXT; "
                               "ALTER TABLE qw_indicators ADD COLUMN department_en TEXT"));
        applied << QStringLiteral("6 -> 7: English unit and department of indicators");
        version = 7;
    }
    if (version == 7) {
        db.exec(QString::fromUtf8(kStepTo8));
        registerAttributes(db,
                           {{kValueLabels, "qw_value_labels",
                             "Names of the codes of categorical indicators (classes) and of "
                             "value statuses"}});
        applied << QStringLiteral("7 -> 8: value labels");
        version = 8;
    }
    if (version == 8) {
        db.exec(QString::fromUtf8(kStepTo9));
        registerAttributes(
            db,
            {{kAllocations, "qw_allocations", "Saved allocations of a budget: name and rule"},
             {kAllocationAmounts, "qw_allocation_amounts",
              "Amounts of the saved allocations per area (join by area_key)"}});
        applied << QStringLiteral("8 -> 9: saved allocations");
        version = 9;
    }
    if (version == 9) {
        for (const auto &[column, sql] : kStepTo10)
            if (!hasColumn(db, kNotes, QString::fromLatin1(column)))
                db.exec(QString::fromLatin1(sql));
        db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS qw_notes_area ON qw_notes (area_key)"));
        applied << QStringLiteral("9 -> 10: categories and dates of notes");
        version = 10;
    }
    if (version == 10) {
        db.exec(QString::fromUtf8(kStepTo11));
        // As for the notes' columns: a file whose version was set back keeps its table.
        auto registered =
            db.prepare(QStringLiteral("SELECT 1 FROM gpkg_contents WHERE table_name = ?1"));
        if (!registered.bind(1, kPriorities).step())
            registerAttributes(db,
                               {{kPriorities, "qw_priorities",
                                 "Points the workshop's participants gave to areas (dot voting)"}});
        applied << QStringLiteral("10 -> 11: priorities (dot voting)");
        version = 11;
    }
    if (version != kCurrentVersion)
        throw StoreError(
            StoreErrorKind::InvalidContent,
            QCoreApplication::translate("qw::Store", "%1 has unknown project schema version %2")
                .arg(db.path())
                .arg(fromVersion));
    auto st = db.prepare(
        QStringLiteral("INSERT INTO qw_project (key, value) VALUES ('schema_version', ?1) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    st.bind(1, QString::number(version)).run();
    return applied;
}

} // namespace qw::ProjectSchema

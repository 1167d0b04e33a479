#pragma once

#include <QString>
#include <QStringList>

namespace qw {

class SqliteDatabase;

// The project file layout: a GeoPackage 1.3 with our tables registered in gpkg_contents.
// Version history (bump kCurrentVersion and add a step to migrate() for every change):
//   1  areas, facilities, landmarks, levels, indicators, values, views, notes, imports, project
//   metadata.
//   2  import sources (remembered settings), undo tables for the last import, import_id on
//   indicators and facilities, kind/settings/undone in the import log.
//   3  a covering index for reading one indicator and period (qw_values_read): the values
//   of a million areas come from one run of index pages instead of rows scattered over the
//   whole values table.
//   4  the areas' outlines as the map holds them (qw_area_shapes, see AreaShapes), kept
//   per level and cleared by triggers whenever a row of that level in areas changes (from
//   any program); a covering index for listing the areas (areas_list). Opening then reads
//   compact outlines and a small index instead of every geometry in the file.
//   5  no index of values by area alone (qw_values_area): no query used it, and with the
//   covering index of version 3 it made an import of a million values miss its 10 s.
//   6  derived indicators: qw_indicators.recipe (the formula, see Recipe) and
//   qw_values.derived (1 for values computed from a recipe, recomputed on every change).
//   7  English unit and department of each indicator (qw_indicators.unit_en,
//   department_en), as name_en: under English the catalogue says "per 1,000", not
//   "je 1.000". Empty in older projects, which then show the German text.
//   8  names of the codes of categorical indicators (qw_value_labels: a composite index's
//   classes, 1 "hoch", 2 "mittel", ...) and of the status "not_computed" of an indicator
//   ("nicht berechnet (unter 300 EW)"); values may carry the status "not_computed".
//   9  saved allocations of a budget (qw_allocations: name, the rule's canonical text and
//   its version, the rule in words; qw_allocation_amounts: one row per area with basis,
//   share, amount and limit, which QGIS joins to the areas by area_key).
//   10 workshop notes: qw_notes.category (need, resource, idea, question, measure), the
//   day the note was written (note_date) and its last change (modified); an index by area.
//   11 the workshop's priorities (qw_priorities: voter, area_key, points; one row per voter
//   and area); the points each voter has in qw_project (priority_points, default 5).
namespace ProjectSchema {

constexpr int kCurrentVersion = 11;
constexpr int kGeoPackageApplicationId = 0x47504B47; // "GPKG"
constexpr int kGeoPackageUserVersion = 10300; // GeoPackage 1.3.0

// Table names, in one place so SQL and validation agree.
inline const QString kAreas = QStringLiteral("areas");
inline const QString kFacilities = QStringLiteral("facilities");
inline const QString kLandmarks = QStringLiteral("landmarks");
inline const QString kProject = QStringLiteral("qw_project");
inline const QString kLevels = QStringLiteral("qw_area_levels");
inline const QString kIndicators = QStringLiteral("qw_indicators");
inline const QString kValues = QStringLiteral("qw_values");
inline const QString kViews = QStringLiteral("qw_views");
inline const QString kNotes = QStringLiteral("qw_notes");
inline const QString kImports = QStringLiteral("qw_imports");
inline const QString kImportSources = QStringLiteral("qw_import_sources");
inline const QString kImportUndo = QStringLiteral("qw_import_undo");
inline const QString kImportUndoFacilities = QStringLiteral("qw_import_undo_facilities");
inline const QString kAreaShapes = QStringLiteral("qw_area_shapes");
inline const QString kValueLabels = QStringLiteral("qw_value_labels");
inline const QString kAllocations = QStringLiteral("qw_allocations");
inline const QString kAllocationAmounts = QStringLiteral("qw_allocation_amounts");
inline const QString kPriorities = QStringLiteral("qw_priorities");

// All tables a valid project of the current version has.
QStringList requiredTables();

// Creates the GeoPackage core tables (with EPSG:4326 and srsId) in an empty database.
void createCore(SqliteDatabase &db, int srsId);

// Creates the GeoPackage core tables and every project table in an empty database:
// the version 1 tables, then every migration step up to kCurrentVersion.
void create(SqliteDatabase &db, int srsId);

// Brings an older project up to kCurrentVersion inside one transaction.
// Returns the steps applied, for the log.
QStringList migrate(SqliteDatabase &db, int fromVersion);

// A GeoPackage timestamp, e.g. 2026-11-22T08:00:00.000Z.
QString timestamp();

} // namespace ProjectSchema
} // namespace qw

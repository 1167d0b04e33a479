#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace qw {

class Project;
class SqliteDatabase;

// What a publication holds: empty lists mean everything.
struct PublicationChoice
{
    QStringList indicators; // keys, in the catalogue's order when empty
    QStringList periods; // only these periods (of each indicator that has them)
    QStringList levels; // level keys or names
};

// One value column of a level layer, for the styles written beside it.
struct PublishedColumn
{
    QString table; // the level's layer
    QString column; // e.g. child_poverty_2024
    QString statusColumn; // e.g. child_poverty_2024_status; empty when every value is ok
    QString indicatorKey;
    QString period;
    QString levelKey;
};

// Writes a publication GeoPackage for QGIS, colleagues and open-data portals: the same
// map as the program, and disclosure control applied (the values come from
// Project::values, so primary and secondary suppression hold as on screen). Layers:
//   - one feature layer per area level (named by its key): area_key, name, parent_key and
//     one REAL column per indicator and period, named KEY_PERIOD, with the indicator's name
//     and unit as title in gpkg_data_columns (QGIS's alias); a TEXT column KEY_PERIOD_status
//     ("suppressed", "missing", ...) where any value of that column is not ok. Coarser levels
//     carry their aggregated values (counts summed, rates from numerators and denominators).
//   - facilities as a point layer;
//   - the catalogue (indicators) and the city's figures (city_values) as attribute tables;
//   - an R-tree spatial index (GeoPackage extension gpkg_rtree_index) on every feature layer.
// The caller owns the database (an empty one) and its transaction.
class PublicationWriter
{
public:
    PublicationWriter(Project &project, PublicationChoice choice);

    // Throws StoreError, with the key named, for an unknown indicator or level.
    // progress(done, total) returns false to cancel (then StoreError Cancelled... thrown).
    void write(SqliteDatabase &db, const std::function<bool(int, int)> &progress = {});

    const std::vector<PublishedColumn> &columns() const { return m_columns; }
    // The column of an indicator in a period: the key and the period with every character
    // other than a-z, 0-9 and _ as _ ("kita_u3", "2019/20" -> "kita_u3_2019_20").
    static QString columnName(const QString &indicatorKey, const QString &period);
    static QString tableName(const QString &levelKey);

private:
    void writeLevel(SqliteDatabase &db, const QString &levelKey, const QStringList &keys);
    void writeFacilities(SqliteDatabase &db);
    void writeCatalogue(SqliteDatabase &db, const QStringList &keys);
    void registerFeatures(SqliteDatabase &db, const QString &table, const QString &type,
                          const QString &description);
    void addSpatialIndex(SqliteDatabase &db, const QString &table);

    Project &m_project;
    PublicationChoice m_choice;
    std::vector<PublishedColumn> m_columns;
};

} // namespace qw

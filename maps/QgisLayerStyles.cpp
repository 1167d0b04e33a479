#include "QgisStyle.h"
#include "Sqlite.h"

namespace qw {

namespace {

// As QGIS 3.22 has GDAL create it (QgsOgrProviderMetadata::saveStyle), column for column.
const char *const kCreateLayerStyles =
    "CREATE TABLE \"layer_styles\" ( \"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
    "\"f_table_catalog\" TEXT(256), \"f_table_schema\" TEXT(256), \"f_table_name\" TEXT(256), "
    "\"f_geometry_column\" TEXT(256), \"styleName\" TEXT(30), \"styleQML\" TEXT, "
    "\"styleSLD\" TEXT, \"useAsDefault\" BOOLEAN, \"description\" TEXT, \"owner\" TEXT(30), "
    "\"ui\" TEXT(30), \"update_time\" DATETIME DEFAULT "
    "(strftime('%Y-%m-%dT%H:%M:%fZ','now')))";
// GDAL keeps a feature count per table in gpkg_ogr_contents, by these triggers.
const char *const kCountTriggers[] = {
    "CREATE TRIGGER \"trigger_insert_feature_count_layer_styles\" AFTER INSERT ON "
    "\"layer_styles\" BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1 "
    "WHERE lower(table_name) = lower('layer_styles'); END",
    "CREATE TRIGGER \"trigger_delete_feature_count_layer_styles\" AFTER DELETE ON "
    "\"layer_styles\" BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1 "
    "WHERE lower(table_name) = lower('layer_styles'); END",
};
const char *const kNow = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

void createLayerStyles(SqliteDatabase &db)
{
    db.exec(QString::fromLatin1(kCreateLayerStyles));
    if (db.tableExists(QStringLiteral("gpkg_contents")))
        db.exec(QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                               "description, last_change, srs_id) VALUES ('layer_styles', "
                               "'attributes', 'layer_styles', '', %1, 0)")
                    .arg(QLatin1String(kNow)));
    if (db.tableExists(QStringLiteral("gpkg_ogr_contents"))) {
        db.exec(QStringLiteral("INSERT INTO gpkg_ogr_contents (table_name, feature_count) "
                               "VALUES ('layer_styles', 0)"));
        for (const char *sql : kCountTriggers)
            db.exec(QString::fromLatin1(sql));
    }
}

} // namespace

void QgisStyle::writeLayerStyle(SqliteDatabase &db, const QString &table,
                                const QString &geometryColumn, const QString &styleName,
                                const QString &description, const QString &qml, const QString &sld,
                                bool isDefault)
{
    SqliteOwnTransaction transaction(db);
    if (!db.tableExists(QStringLiteral("layer_styles")))
        createLayerStyles(db);
    // QGIS matches styles by an empty catalog and schema, the table and the geometry column.
    const QString where = QStringLiteral("f_table_catalog = '' AND f_table_schema = '' AND "
                                         "f_table_name = ?1 AND f_geometry_column = ?2");
    if (isDefault)
        db.prepare(QStringLiteral("UPDATE layer_styles SET useAsDefault = 0 WHERE ") + where)
            .bind(1, table)
            .bind(2, geometryColumn)
            .run();
    SqliteStatement find =
        db.prepare(QStringLiteral("SELECT id FROM layer_styles WHERE styleName = ?3 AND ") + where);
    find.bind(1, table).bind(2, geometryColumn).bind(3, styleName);
    if (find.step()) {
        const std::int64_t id = find.integer(0);
        db.prepare(QStringLiteral("UPDATE layer_styles SET styleQML = ?1, styleSLD = ?2, "
                                  "useAsDefault = ?3, description = ?4, update_time = %1 "
                                  "WHERE id = ?5")
                       .arg(QLatin1String(kNow)))
            .bind(1, qml)
            .bind(2, sld)
            .bind(3, isDefault ? 1 : 0)
            .bind(4, description)
            .bind(5, id)
            .run();
    } else {
        db.prepare(QStringLiteral(
                       "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                       "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, "
                       "description, owner) VALUES ('', '', ?1, ?2, ?3, ?4, ?5, ?6, ?7, '')"))
            .bind(1, table)
            .bind(2, geometryColumn)
            .bind(3, styleName)
            .bind(4, qml)
            .bind(5, sld)
            .bind(6, isDefault ? 1 : 0)
            .bind(7, description)
            .run();
    }
    if (db.tableExists(QStringLiteral("gpkg_contents")))
        db.exec(QStringLiteral("UPDATE gpkg_contents SET last_change = %1 WHERE table_name = "
                               "'layer_styles'")
                    .arg(QLatin1String(kNow)));
    transaction.commit();
}

} // namespace qw

#include "ForeignSql.h"

#include "ProjectSchema.h"
#include "Sqlite.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qw {

QStringList ForeignSql::writtenTables()
{
    QStringList tables = ProjectSchema::requiredTables();
    tables << QStringLiteral("gpkg_contents") << QStringLiteral("gpkg_geometry_columns")
           << QStringLiteral("gpkg_spatial_ref_sys") << QStringLiteral("gpkg_extensions")
           << QStringLiteral("gpkg_ogr_contents");
    return tables;
}

bool ForeignSql::isOwnTrigger(const QString &name, const QString &table)
{
    // ProjectSchema's outline triggers keep qw_area_shapes in step with the areas.
    if (table == ProjectSchema::kAreas
        && (name == QLatin1String("qw_area_shapes_insert")
            || name == QLatin1String("qw_area_shapes_update")
            || name == QLatin1String("qw_area_shapes_delete")))
        return true;
    // GDAL's names for a layer's spatial index (rtree_<table>_<column>_insert, _update1 to
    // _update7, _delete) and feature count, each naming the table it is on.
    const QString t = QRegularExpression::escape(table);
    static const QString rtree =
        QStringLiteral("^rtree_%1_[A-Za-z0-9_]+_(insert|update[1-7]|delete)$");
    static const QString count = QStringLiteral("^trigger_(insert|delete)_feature_count_%1$");
    return QRegularExpression(rtree.arg(t)).match(name).hasMatch()
        || QRegularExpression(count.arg(t)).match(name).hasMatch();
}

std::vector<ForeignSql::Item> ForeignSql::find(SqliteDatabase &db)
{
    const QStringList written = writtenTables();
    std::vector<Item> found;
    auto st = db.prepare(QStringLiteral(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'view') "
        "ORDER BY type, name"));
    while (st.step()) {
        const QString type = st.text(0), name = st.text(1), table = st.text(2);
        const bool onWritten = written.contains(table, Qt::CaseInsensitive);
        if (type == QLatin1String("trigger") && onWritten && !isOwnTrigger(name, table))
            found.push_back({type, name, table});
        else if (type == QLatin1String("view") && onWritten)
            found.push_back({type, name, table});
    }
    return found;
}

QString ForeignSql::describe(const std::vector<Item> &items)
{
    QStringList parts;
    for (const Item &item : items)
        parts << (item.type == QLatin1String("trigger")
                      ? QCoreApplication::translate("qw::Store", "trigger „%1“ on %2")
                            .arg(item.name, item.table)
                      : QCoreApplication::translate("qw::Store",
                                                    "view „%1“ in the place of "
                                                    "the table of that name")
                            .arg(item.name));
    return parts.join(QStringLiteral(", "));
}

std::vector<ForeignSql::Item> ForeignSql::remove(SqliteDatabase &db)
{
    SqliteTransaction tx(db);
    const std::vector<Item> items = find(db);
    for (const Item &item : items) {
        QString quoted = item.name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        db.exec((item.type == QLatin1String("trigger") ? QStringLiteral("DROP TRIGGER \"%1\"")
                                                       : QStringLiteral("DROP VIEW \"%1\""))
                    .arg(quoted));
    }
    tx.commit();
    return items;
}

} // namespace qw

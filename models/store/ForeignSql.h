#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace qw {

class SqliteDatabase;

// SQL stored in a project that Quartierswerkstatt did not write: triggers on the tables the
// program writes, and views in the place of its tables. A project from elsewhere is
// untrusted input, and such SQL would run inside our own transactions (a trigger on
// qw_values rewriting the title on the next import, one on qw_imports deleting other
// imports' values) or hang the open (a recursive view for qw_area_levels). Triggers on
// tables the program never writes (a QGIS user's own layer) never fire and are left alone.
class ForeignSql
{
public:
    struct Item
    {
        QString type; // "trigger" or "view"
        QString name;
        QString table; // what a trigger is on; a view's own name
    };

    // The foreign triggers and views of db; reads only sqlite_master (never a view, so a
    // hostile one cannot run). Throws StoreError.
    static std::vector<Item> find(SqliteDatabase &db);
    // "trigger „x“ on qw_values, view „qw_area_levels“", for messages.
    static QString describe(const std::vector<Item> &items);
    // Drops the foreign triggers and views of db in one transaction; returns them.
    static std::vector<Item> remove(SqliteDatabase &db);

    // The program's own triggers on a table it writes: its outline triggers, and the
    // GeoPackage R-tree and feature-count triggers GDAL (and QGIS) write for a layer.
    static bool isOwnTrigger(const QString &name, const QString &table);
    // The tables the program writes, where a trigger would run in its transactions.
    static QStringList writtenTables();
};

} // namespace qw

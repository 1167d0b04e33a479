#include "PublicationWriter.h"

#include "GpkgGeometry.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <cmath>

namespace qw {

namespace {

QString identifier(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ? c
            : QLatin1Char('_');
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(QLatin1Char('_'));
    return out;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::PublicationWriter", text);
}

} // namespace

PublicationWriter::PublicationWriter(Project &project, PublicationChoice choice)
    : m_project(project), m_choice(std::move(choice))
{ }

QString PublicationWriter::columnName(const QString &indicatorKey, const QString &period)
{
    return identifier(indicatorKey + QLatin1Char('_') + period);
}

QString PublicationWriter::tableName(const QString &levelKey)
{
    return identifier(levelKey);
}

void PublicationWriter::write(SqliteDatabase &db, const std::function<bool(int, int)> &progress)
{
    QStringList keys = m_choice.indicators;
    if (keys.isEmpty())
        for (const Indicator &ind : m_project.indicators())
            keys << ind.key;
    for (const QString &key : keys)
        if (!m_project.indicator(key))
            throw StoreError(StoreErrorKind::InvalidInput,
                             tr("The project has no indicator \"%1\".").arg(key));
    QStringList levels;
    for (const QString &wanted : m_choice.levels) {
        const QString key = m_project.levelKey(wanted);
        if (key.isEmpty())
            throw StoreError(StoreErrorKind::InvalidInput,
                             tr("The project has no area level \"%1\".").arg(wanted));
        levels << key;
    }
    if (levels.isEmpty())
        for (const AreaLevel &l : m_project.levels())
            if (!m_project.areasOfLevel(l.key).empty())
                levels << l.key;
    ProjectSchema::createCore(db, m_project.metadata().srsId);
    db.exec(QStringLiteral(
        "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT "
        "NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE "
        "(table_name, column_name, extension_name))"));
    db.exec(QStringLiteral(
        "CREATE TABLE gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
        "name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, "
        "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), CONSTRAINT gdc_tn UNIQUE "
        "(table_name, name))"));
    db.exec(QStringLiteral(
        "INSERT INTO gpkg_extensions VALUES ('gpkg_data_columns', NULL, 'gpkg_schema', "
        "'http://www.geopackage.org/spec/#extension_schema', 'read-write')"));
    const int steps = int(levels.size()) + 2;
    int done = 0;
    auto step = [&] {
        if (progress && !progress(++done, steps))
            throw StoreError(StoreErrorKind::WriteFailed, tr("Publishing was cancelled."));
    };
    for (const QString &level : levels) {
        writeLevel(db, level, keys);
        step();
    }
    writeFacilities(db);
    step();
    writeCatalogue(db, keys);
    step();
}

void PublicationWriter::registerFeatures(SqliteDatabase &db, const QString &table,
                                         const QString &type, const QString &description)
{
    const int srs = m_project.metadata().srsId;
    db.prepare(QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                              "description, last_change, srs_id) VALUES (?1, 'features', ?1, "
                              "?2, ?3, ?4)"))
        .bind(1, table)
        .bind(2, description)
        .bind(3, ProjectSchema::timestamp())
        .bind(4, srs)
        .run();
    db.prepare(
          QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES (?1, 'geom', ?2, ?3, 0, 0)"))
        .bind(1, table)
        .bind(2, type)
        .bind(3, srs)
        .run();
}

void PublicationWriter::writeLevel(SqliteDatabase &db, const QString &levelKey,
                                   const QStringList &keys)
{
    const QString table = tableName(levelKey);
    const std::vector<int> &rows = m_project.areasOfLevel(levelKey);
    // The value columns: every period of each indicator (or the chosen ones it has).
    struct Column
    {
        PublishedColumn out;
        std::shared_ptr<const AreaValues> values;
        const Indicator *indicator = nullptr;
    };
    std::vector<Column> columns;
    for (const QString &key : keys) {
        for (const QString &period : m_project.periods(key)) {
            if (!m_choice.periods.isEmpty() && !m_choice.periods.contains(period))
                continue;
            Column c;
            c.indicator = m_project.indicator(key);
            c.values = m_project.values(key, period);
            c.out = {table, columnName(key, period), {}, key, period, levelKey};
            bool anyValue = false, allOk = true;
            for (int r : rows) {
                anyValue = anyValue || c.values->isShown(std::size_t(r));
                allOk = allOk && c.values->status[std::size_t(r)] == ValueStatus::Ok;
            }
            if (!anyValue && allOk)
                continue;
            if (!allOk)
                c.out.statusColumn = c.out.column + QStringLiteral("_status");
            columns.push_back(std::move(c));
        }
    }
    QString create = QStringLiteral("CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
                                    "geom MULTIPOLYGON, area_key TEXT NOT NULL, name TEXT, "
                                    "parent_key TEXT")
                         .arg(quoted(table));
    QString insert =
        QStringLiteral("INSERT INTO %1 VALUES (NULL, ?1, ?2, ?3, ?4").arg(quoted(table));
    int parameter = 4;
    for (const Column &c : columns) {
        create += QStringLiteral(", %1 REAL").arg(quoted(c.out.column));
        insert += QStringLiteral(", ?%1").arg(++parameter);
        if (!c.out.statusColumn.isEmpty()) {
            create += QStringLiteral(", %1 TEXT").arg(quoted(c.out.statusColumn));
            insert += QStringLiteral(", ?%1").arg(++parameter);
        }
    }
    db.exec(create + QLatin1Char(')'));
    const AreaLevel *level = nullptr;
    for (const AreaLevel &l : m_project.levels())
        if (l.key == levelKey)
            level = &l;
    registerFeatures(db, table, QStringLiteral("MULTIPOLYGON"),
                     level ? level->name(true) : levelKey);
    auto alias = db.prepare(QStringLiteral("INSERT INTO gpkg_data_columns (table_name, "
                                           "column_name, name, title, description) VALUES "
                                           "(?1, ?2, ?2, ?3, ?4)"));
    for (const Column &c : columns) {
        const Indicator &ind = *c.indicator;
        const QString unit = ind.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ind.unit);
        alias.bind(1, table)
            .bind(2, c.out.column)
            .bind(3, ind.nameDe + QLatin1Char(' ') + c.out.period + unit)
            .bind(4, ind.description)
            .run();
        if (!c.out.statusColumn.isEmpty())
            alias.bind(1, table)
                .bind(2, c.out.statusColumn)
                .bind(3, ind.nameDe + QLatin1Char(' ') + c.out.period + tr(": status"))
                .bind(4, tr("suppressed: withheld by disclosure control; missing: no value"))
                .run();
        m_columns.push_back(c.out);
    }
    auto st = db.prepare(insert + QLatin1Char(')'));
    std::size_t at = 0;
    const int srs = m_project.metadata().srsId;
    m_project.store().readGeometries(levelKey, [&](const MultiPolygon &g) {
        if (at >= rows.size())
            return;
        const AreaInfo &a = m_project.areas()[std::size_t(rows[at])];
        const std::size_t i = std::size_t(rows[at++]);
        st.bind(1, GpkgGeometry::encode(g, srs))
            .bind(2, a.key)
            .bindOptionalText(3, a.name)
            .bindOptionalText(4, a.parentKey);
        int p = 4;
        for (const Column &c : columns) {
            if (c.values->isShown(i))
                st.bind(++p, c.values->values[i]);
            else
                st.bindNull(++p);
            if (!c.out.statusColumn.isEmpty()) {
                const ValueStatus s = c.values->status[i];
                if (s == ValueStatus::Ok)
                    st.bindNull(++p);
                else
                    st.bind(++p, toCode(s));
            }
        }
        st.run();
    });
    addSpatialIndex(db, table);
}

void PublicationWriter::writeFacilities(SqliteDatabase &db)
{
    const QString table = QStringLiteral("facilities");
    db.exec(QStringLiteral("CREATE TABLE facilities (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "geom POINT, facility_key TEXT NOT NULL, name TEXT, kind TEXT, "
                           "subkind TEXT, area_key TEXT)"));
    registerFeatures(db, table, QStringLiteral("POINT"), tr("Schools, Kitas and youth centres"));
    auto st =
        db.prepare(QStringLiteral("INSERT INTO facilities VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6)"));
    const int srs = m_project.metadata().srsId;
    for (const Facility &f : m_project.facilities())
        st.bind(1, GpkgGeometry::encode(f.position, srs))
            .bind(2, f.key)
            .bindOptionalText(3, f.name)
            .bind(4, toCode(f.kind))
            .bindOptionalText(5, f.subkind)
            .bindOptionalText(6, f.areaKey)
            .run();
    addSpatialIndex(db, table);
}

void PublicationWriter::writeCatalogue(SqliteDatabase &db, const QStringList &keys)
{
    db.exec(QStringLiteral(
        "CREATE TABLE indicators (fid INTEGER PRIMARY KEY AUTOINCREMENT, indicator_key TEXT "
        "NOT NULL UNIQUE, name TEXT, name_en TEXT, unit TEXT, kind TEXT, polarity TEXT, "
        "department TEXT, source TEXT, description TEXT, min_cases INTEGER, recipe TEXT, "
        "periods TEXT)"));
    db.exec(QStringLiteral(
        "CREATE TABLE city_values (fid INTEGER PRIMARY KEY AUTOINCREMENT, indicator_key TEXT "
        "NOT NULL, period TEXT NOT NULL, value REAL, official INTEGER)"));
    auto contents = db.prepare(
        QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                       "last_change) VALUES (?1, 'attributes', ?1, ?2, ?3)"));
    contents.bind(1, QStringLiteral("indicators"))
        .bind(2, tr("The indicators: names, units, sources, how they are computed"))
        .bind(3, ProjectSchema::timestamp())
        .run();
    contents.bind(1, QStringLiteral("city_values"))
        .bind(2, tr("The city's value of each indicator and period"))
        .bind(3, ProjectSchema::timestamp())
        .run();
    auto ind = db.prepare(QStringLiteral(
        "INSERT INTO indicators VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    auto city = db.prepare(QStringLiteral("INSERT INTO city_values VALUES (NULL, ?1, ?2, ?3, ?4)"));
    const QString finest = m_project.finestLevel();
    for (const QString &key : keys) {
        const Indicator &i = *m_project.indicator(key);
        QStringList periods;
        for (const QString &p : m_project.periods(key))
            if (m_choice.periods.isEmpty() || m_choice.periods.contains(p))
                periods << p;
        ind.bind(1, i.key)
            .bindOptionalText(2, i.nameDe)
            .bindOptionalText(3, i.nameEn)
            .bindOptionalText(4, i.unit)
            .bind(5, toCode(i.kind))
            .bind(6, toCode(i.polarity))
            .bindOptionalText(7, i.department)
            .bindOptionalText(8, i.source)
            .bindOptionalText(9, i.description)
            .bind(10, i.minCases)
            .bindOptionalText(11, i.recipe)
            .bind(12, periods.join(QStringLiteral(", ")))
            .run();
        for (const QString &p : periods) {
            const CityFigure f = m_project.cityFigure(key, p, finest);
            city.bind(1, key).bind(2, p).bind(3, f.value).bind(4, f.official ? 1 : 0).run();
        }
    }
}

void PublicationWriter::addSpatialIndex(SqliteDatabase &db, const QString &table)
{
    // GeoPackage's R-tree extension as GDAL writes it: filled here, then kept current by the
    // standard triggers (which call GDAL's ST_ functions when QGIS or GDAL edit the layer).
    const QString t = table, r = QStringLiteral("rtree_%1_geom").arg(table);
    db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)")
                .arg(quoted(r)));
    auto select = db.prepare(QStringLiteral("SELECT fid, geom FROM %1").arg(quoted(t)));
    auto insert =
        db.prepare(QStringLiteral("INSERT INTO %1 VALUES (?1, ?2, ?3, ?4, ?5)").arg(quoted(r)));
    const bool points = table == QLatin1String("facilities");
    while (select.step()) {
        int size = 0;
        const char *blob = select.blob(1, &size);
        Bounds b;
        if (points) {
            const Point p = GpkgGeometry::decodePoint(blob, size);
            b.minX = b.maxX = p.x;
            b.minY = b.maxY = p.y;
        } else {
            b = GpkgGeometry::decodeMultiPolygon(blob, size).bounds();
        }
        if (!std::isfinite(b.minX) || !std::isfinite(b.maxX))
            continue; // an empty geometry is not indexed
        insert.bind(1, select.integer(0))
            .bind(2, b.minX)
            .bind(3, b.maxX)
            .bind(4, b.minY)
            .bind(5, b.maxY)
            .run();
    }
    const QString q = quoted(t), qr = quoted(r);
    const QString box = QStringLiteral("ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), "
                                       "ST_MaxY(NEW.geom)");
    const QString name = QStringLiteral("rtree_%1_geom_").arg(table);
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN (new.geom NOT NULL AND NOT "
                           "ST_IsEmpty(NEW.geom)) BEGIN INSERT OR REPLACE INTO %3 VALUES "
                           "(NEW.fid, %4); END")
                .arg(quoted(name + QStringLiteral("insert")), q, qr, box));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF geom ON %2 WHEN OLD.fid = NEW.fid "
                           "AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN INSERT OR "
                           "REPLACE INTO %3 VALUES (NEW.fid, %4); END")
                .arg(quoted(name + QStringLiteral("update1")), q, qr, box));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF geom ON %2 WHEN OLD.fid = NEW.fid "
                           "AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %3 "
                           "WHERE id = OLD.fid; END")
                .arg(quoted(name + QStringLiteral("update2")), q, qr));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND "
                           "(NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %3 "
                           "WHERE id = OLD.fid; INSERT OR REPLACE INTO %3 VALUES (NEW.fid, %4); "
                           "END")
                .arg(quoted(name + QStringLiteral("update3")), q, qr, box));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.fid != NEW.fid AND "
                           "(NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN DELETE FROM %3 WHERE "
                           "id IN (OLD.fid, NEW.fid); END")
                .arg(quoted(name + QStringLiteral("update4")), q, qr));
    db.exec(QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN old.geom NOT NULL BEGIN "
                           "DELETE FROM %3 WHERE id = OLD.fid; END")
                .arg(quoted(name + QStringLiteral("delete")), q, qr));
    db.prepare(QStringLiteral("INSERT INTO gpkg_extensions VALUES (?1, 'geom', "
                              "'gpkg_rtree_index', 'http://www.geopackage.org/spec120/"
                              "#extension_rtree', 'write-only')"))
        .bind(1, table)
        .run();
    // The layer's extent in gpkg_contents, from the index just filled.
    db.exec(QStringLiteral("UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM %1), "
                           "min_y = (SELECT min(miny) FROM %1), max_x = (SELECT max(maxx) FROM "
                           "%1), max_y = (SELECT max(maxy) FROM %1) WHERE table_name = '%2'")
                .arg(qr, table));
}

} // namespace qw

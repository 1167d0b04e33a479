#include "PublicationAudit.h"

#include "DisclosureControl.h"
#include "PublicationWriter.h"
#include "Sqlite.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cmath>
#include <map>

namespace qw {

namespace {

struct Cell
{
    QString table, key, parentKey;
};

} // namespace

PublicationAudit::PublicationAudit(const QString &path)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    if (!db.tableExists(QStringLiteral("city_values"))
        || !db.tableExists(QStringLiteral("gpkg_contents")))
        throw StoreError(StoreErrorKind::NotAProject,
                         QCoreApplication::translate("qw::PublicationAudit",
                                                     "%1 is no publication of this program "
                                                     "(it has no table city_values).")
                             .arg(path));
    QStringList tables;
    auto list = db.prepare(QStringLiteral(
        "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' AND table_name <> "
        "'facilities' ORDER BY table_name"));
    while (list.step())
        tables << list.text(0);
    // Every area of every level layer is a cell; the value columns are those that appear
    // in city_values (indicator and period).
    std::vector<Cell> cells;
    QHash<QString, int> cellOfKey;
    std::map<QString, std::vector<double>> values; // column -> per cell
    std::map<QString, std::vector<bool>> secret;
    std::map<QString, double> city;
    auto cityRows =
        db.prepare(QStringLiteral("SELECT indicator_key, period, value FROM city_values"));
    while (cityRows.step())
        city[PublicationWriter::columnName(cityRows.text(0), cityRows.text(1))] =
            cityRows.isNull(2) ? std::nan("") : cityRows.real(2);
    for (const QString &table : tables) {
        QStringList columns;
        auto info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
        info.bind(1, table);
        while (info.step())
            columns << info.text(0);
        QStringList valueColumns;
        for (const QString &c : columns)
            if (city.count(c))
                valueColumns << c;
        QString select = QStringLiteral("SELECT area_key, parent_key");
        for (const QString &c : valueColumns)
            select += QStringLiteral(", \"%1\", %2")
                          .arg(c,
                               columns.contains(c + QStringLiteral("_status"))
                                   ? QStringLiteral("\"%1_status\"").arg(c)
                                   : QStringLiteral("NULL"));
        auto rows = db.prepare(select + QStringLiteral(" FROM \"%1\"").arg(table));
        while (rows.step()) {
            const std::size_t cell = cells.size();
            cells.push_back({table, rows.text(0), rows.text(1)});
            cellOfKey.insert(rows.text(0), int(cell));
            for (int i = 0; i < valueColumns.size(); ++i) {
                auto &v = values[valueColumns[i]];
                auto &s = secret[valueColumns[i]];
                v.resize(cell + 1, std::nan(""));
                s.resize(cell + 1, false);
                v[cell] = rows.isNull(2 + 2 * i) ? std::nan("") : rows.real(2 + 2 * i);
                s[cell] = rows.text(3 + 2 * i) == QLatin1String("suppressed");
            }
        }
    }
    // The hierarchy, as a reader sees it: parent keys; ranks by the depth below a root.
    std::vector<int> parent(cells.size(), -1), rank(cells.size(), 0);
    for (std::size_t i = 0; i < cells.size(); ++i)
        parent[i] = cells[i].parentKey.isEmpty() ? -1 : cellOfKey.value(cells[i].parentKey, -1);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        int depth = 0;
        for (int q = parent[i]; q >= 0 && depth < 64; q = parent[std::size_t(q)])
            ++depth;
        rank[i] = depth;
    }
    const DisclosureControl reader(parent, rank);
    for (auto &[column, v] : values) {
        std::vector<double> published = v;
        published.resize(cells.size(), std::nan(""));
        published.push_back(city[column]);
        std::vector<bool> s = secret[column];
        s.resize(cells.size() + 1, false);
        m_withheld += int(std::count(s.begin(), s.end(), true));
        ++m_columns;
        for (const DisclosureControl::Recovery &r : reader.audit(published, s))
            m_findings.push_back({cells[r.cell].table, cells[r.cell].key, column, r.value});
    }
}

} // namespace qw

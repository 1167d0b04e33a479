#include "ValueRepository.h"

#include "Period.h"
#include "Sqlite.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <cmath>

namespace qw {

namespace {

// The columns of a value as the undo table keeps them.
constexpr char kValueColumns[] =
    "area_key, indicator_key, period, value, numerator, denominator, status";

constexpr char kUpsertTail[] =
    "ON CONFLICT (indicator_key, period, area_key) DO UPDATE SET value = excluded.value, "
    "numerator = excluded.numerator, denominator = excluded.denominator, "
    "status = excluded.status, import_id = excluded.import_id, derived = excluded.derived";

// Binds the value columns (kValueColumns) as ?1 .. ?7.
SqliteStatement &bindValue(SqliteStatement &st, const IndicatorValue &v)
{
    return st.bind(1, v.areaKey)
        .bind(2, v.indicatorKey)
        .bind(3, v.period)
        .bind(4, v.value)
        .bind(5, v.numerator)
        .bind(6, v.denominator)
        .bind(7, toCode(v.status));
}

} // namespace

// Both walk the unique index (indicator_key, period, area_key) from one pair to the next
// with a seek each: DISTINCT would read every value row's index entry, 26 million at a
// million areas (minutes from a cold disk), for a few hundred pairs.
QStringList ValueRepository::periods(const QString &indicatorKey)
{
    QStringList result;
    auto st = m_db.prepare(
        QStringLiteral("SELECT period FROM qw_values WHERE indicator_key = ?1 AND period > ?2 "
                       "ORDER BY period LIMIT 1"));
    QString last; // '' sorts before every period
    for (;;) {
        st.bind(1, indicatorKey).bind(2, last);
        if (!st.step())
            break;
        last = st.text(0);
        result << last;
        st.reset();
    }
    sortPeriods(result); // SQLite orders text: "Q1/2024" would come before "Q4/2023"
    return result;
}

QHash<QString, QStringList> ValueRepository::indicatorPeriods()
{
    // Seeks from indicator to indicator, then from period to period. A seek on the pair
    // (indicator_key, period) > (?1, ?2) would not do: SQLite seeks on the indicator and
    // then walks its rows, all million of them past an indicator's last period.
    QHash<QString, QStringList> result;
    auto st =
        m_db.prepare(QStringLiteral("SELECT indicator_key FROM qw_values "
                                    "WHERE indicator_key > ?1 ORDER BY indicator_key LIMIT 1"));
    QString key; // '' sorts before every key
    for (;;) {
        st.bind(1, key);
        if (!st.step())
            break;
        key = st.text(0);
        st.reset();
        result.insert(key, periods(key));
    }
    return result;
}

void ValueRepository::forEachRow(const QString &indicatorKey, const QString &period,
                                 const std::function<void(const Row &row)> &take)
{
    // The columns are those of the covering index qw_values_read: no table row is read.
    auto st = m_db.prepare(
        period.isEmpty()
            ? QStringLiteral("SELECT period, area_key, value, numerator, denominator, status "
                             "FROM qw_values WHERE indicator_key = ?1 ORDER BY period")
            : QStringLiteral("SELECT period, area_key, value, numerator, denominator, status "
                             "FROM qw_values WHERE indicator_key = ?1 AND period = ?2"));
    st.bind(1, indicatorKey);
    if (!period.isEmpty())
        st.bind(2, period);
    const auto bytes = [&st](int column) {
        int size = 0;
        const char *data = st.blob(column, &size);
        return QByteArrayView(data ? data : "", size);
    };
    const auto number = [&st](int column) {
        return st.isNull(column) ? std::nan("") : st.real(column);
    };
    while (st.step())
        take(Row {bytes(0), bytes(1), bytes(5), number(2), number(3), number(4)});
}

std::vector<IndicatorValue> ValueRepository::values(const QString &indicatorKey,
                                                    const QString &period)
{
    std::vector<IndicatorValue> result;
    const auto optional = [](double v) {
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    };
    forEachRow(indicatorKey, period, [&](const Row &row) {
        IndicatorValue v;
        v.areaKey = QString::fromUtf8(row.areaKey);
        v.indicatorKey = indicatorKey;
        v.period = QString::fromUtf8(row.period);
        v.value = optional(row.value);
        v.numerator = optional(row.numerator);
        v.denominator = optional(row.denominator);
        const QString code = QString::fromUtf8(row.status);
        const auto status = valueStatusFromCode(code);
        if (!status)
            throw StoreError(StoreErrorKind::InvalidContent,
                             QCoreApplication::translate("qw::Store",
                                                         "%1: value of %2 / %3 / %4 has unknown "
                                                         "status \"%5\".")
                                 .arg(m_db.path(), v.areaKey, v.indicatorKey, v.period, code));
        v.status = *status;
        result.push_back(std::move(v));
    });
    return result;
}

void ValueRepository::upsert(const std::vector<IndicatorValue> &values, std::int64_t importId)
{
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO qw_values (%1, import_id, derived) VALUES (?1, ?2, ?3, ?4, "
                       "?5, ?6, ?7, ?8, 0) %2")
            .arg(QLatin1String(kValueColumns), QLatin1String(kUpsertTail)));
    for (const auto &v : values) {
        bindValue(st, v);
        const std::int64_t id = importId > 0 ? importId : v.importId;
        if (id > 0)
            st.bind(8, id);
        else
            st.bindNull(8);
        st.run();
    }
}

bool ValueRepository::stage(const std::vector<IndicatorValue> &values,
                            const std::vector<IndicatorValue> &cityValues,
                            const std::function<bool(double)> &progress)
{
    m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS qw_incoming (area_key TEXT, "
                             "indicator_key TEXT, period TEXT, value DOUBLE, numerator DOUBLE, "
                             "denominator DOUBLE, status TEXT)"));
    m_db.exec(QStringLiteral("DELETE FROM temp.qw_incoming"));
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO temp.qw_incoming VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    // The city rows' official figures go in with the area key "" (see Project::cityFigure).
    const std::size_t count = values.size() + cityValues.size();
    const double total = std::max<double>(1, double(count));
    for (std::size_t n = 0; n < count; ++n) {
        const IndicatorValue &v = n < values.size() ? values[n] : cityValues[n - values.size()];
        bindValue(st, v).run();
        if ((n & 0xFFF) == 0xFFF && progress && !progress(double(n) / total))
            return false;
    }
    return true;
}

void ValueRepository::keepOverwrittenForUndo(std::int64_t importId)
{
    auto keep = m_db.prepare(
        QStringLiteral(
            "INSERT INTO qw_import_undo (import_id, %1, previous_import_id) "
            "SELECT ?1, v.area_key, v.indicator_key, v.period, v.value, v.numerator, "
            "v.denominator, v.status, v.import_id FROM qw_values v JOIN temp.qw_incoming i ON "
            "i.indicator_key = v.indicator_key AND i.period = v.period AND i.area_key = v.area_key")
            .arg(QLatin1String(kValueColumns)));
    keep.bind(1, importId).run();
}

void ValueRepository::writeStaged(std::int64_t importId)
{
    auto write = m_db.prepare(
        QStringLiteral("INSERT INTO qw_values (%1, import_id, derived) SELECT *, ?1, 0 FROM "
                       "temp.qw_incoming WHERE true %2")
            .arg(QLatin1String(kValueColumns), QLatin1String(kUpsertTail)));
    write.bind(1, importId).run();
    m_db.exec(QStringLiteral("DELETE FROM temp.qw_incoming"));
}

void ValueRepository::replaceSource(std::int64_t importId, const QString &source)
{
    const QString earlier = QStringLiteral(
        "SELECT fid FROM qw_imports WHERE source = ?2 AND kind = 'values' AND undone = 0 "
        "AND fid <> ?1");
    auto keep = m_db.prepare(QStringLiteral("INSERT INTO qw_import_undo (import_id, %1, "
                                            "previous_import_id) SELECT ?1, %1, import_id FROM "
                                            "qw_values WHERE import_id IN (%2)")
                                 .arg(QLatin1String(kValueColumns), earlier));
    keep.bind(1, importId).bind(2, source).run();
    auto drop =
        m_db.prepare(QStringLiteral("DELETE FROM qw_values WHERE import_id IN (%1)").arg(earlier));
    drop.bind(1, importId).bind(2, source).run();
}

void ValueRepository::restore(std::int64_t importId)
{
    const auto run = [&](const QString &sql) {
        m_db.prepare(sql).bind(1, importId).run();
    };
    run(QStringLiteral("DELETE FROM qw_values WHERE import_id = ?1"));
    run(QStringLiteral("INSERT INTO qw_values (%1, import_id) SELECT %1, previous_import_id "
                       "FROM qw_import_undo WHERE import_id = ?1 ORDER BY fid")
            .arg(QLatin1String(kValueColumns)));
    run(QStringLiteral("DELETE FROM qw_import_undo WHERE import_id = ?1"));
}

void ValueRepository::replaceDerived(const QString &indicatorKey,
                                     const std::vector<IndicatorValue> &values)
{
    m_db.prepare(QStringLiteral("DELETE FROM qw_values WHERE indicator_key = ?1"))
        .bind(1, indicatorKey)
        .run();
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO qw_values (%1, import_id, derived) VALUES (?1, ?2, ?3, ?4, "
                       "?5, ?6, ?7, NULL, 1)")
            .arg(QLatin1String(kValueColumns)));
    for (IndicatorValue v : values) {
        v.indicatorKey = indicatorKey;
        bindValue(st, v).run();
    }
}

std::int64_t ValueRepository::count(const QString &indicatorKey)
{
    auto st =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM qw_values WHERE indicator_key = ?1"));
    st.bind(1, indicatorKey);
    return st.step() ? st.integer(0) : 0;
}

} // namespace qw

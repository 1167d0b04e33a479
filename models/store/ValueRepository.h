#pragma once

#include "ProjectTypes.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace qw {

class SqliteDatabase;

// The one home of qw_values, "the value of an indicator for an area in a period": every
// read and write of values in the program goes through here. Borrows the connection of
// the ProjectStore it comes from (ProjectStore::valueRepository()); use it from that
// store's thread, inside the caller's transaction where it writes.
class ValueRepository
{
public:
    explicit ValueRepository(SqliteDatabase &db) : m_db(db) { }

    // Periods with at least one value for the indicator, in the order of periods
    // (qw::sortPeriods: school years and quarters as such, not as text).
    QStringList periods(const QString &indicatorKey);
    // The periods of every indicator with values, each list in order.
    QHash<QString, QStringList> indicatorPeriods();

    // One stored row as SQLite holds it: the byte views are valid during the call only.
    // Missing numbers are NaN. The city row of an import has an empty area key.
    struct Row
    {
        QByteArrayView period;
        QByteArrayView areaKey;
        QByteArrayView status; // the stored code, see toCode(ValueStatus)
        double value, numerator, denominator;
    };
    // Streams the rows of one indicator in one period, or (period empty) in every period,
    // ordered by period: one query along the covering index, keys as UTF-8 bytes, so a
    // million areas are read without decoding a string per row.
    void forEachRow(const QString &indicatorKey, const QString &period,
                    const std::function<void(const Row &row)> &take);
    // The same rows decoded (for exports and tools; the map reads with forEachRow).
    // Throws StoreError for a row with an unknown status.
    std::vector<IndicatorValue> values(const QString &indicatorKey, const QString &period);

    // Inserts or replaces (same area, indicator and period); importId 0: not imported.
    void upsert(const std::vector<IndicatorValue> &values, std::int64_t importId = 0);

    // An import in three steps, inside the caller's transaction: stage the incoming rows
    // (progress(share) may return false to stop: the caller rolls back), keep what they
    // overwrite for undo, then write them.
    bool stage(const std::vector<IndicatorValue> &values,
               const std::vector<IndicatorValue> &cityValues,
               const std::function<bool(double)> &progress);
    void keepOverwrittenForUndo(std::int64_t importId);
    void writeStaged(std::int64_t importId);
    // Re-importing a source replaces what its earlier imports wrote: keeps those rows for
    // the undo of importId, then removes them.
    void replaceSource(std::int64_t importId, const QString &source);
    // Undoes an import's values: removes what it wrote and puts back what it replaced.
    void restore(std::int64_t importId);

    // A derived indicator's values, computed anew: replaces all its rows (marked derived).
    void replaceDerived(const QString &indicatorKey, const std::vector<IndicatorValue> &values);
    // The number of stored rows of the indicator.
    std::int64_t count(const QString &indicatorKey);

private:
    SqliteDatabase &m_db;
};

} // namespace qw

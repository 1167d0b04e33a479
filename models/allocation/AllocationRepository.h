#pragma once

#include "AllocationRule.h"
#include "Allocator.h"

#include <QStringList>

#include <cstdint>

#include <optional>
#include <vector>

namespace qw {

class SqliteDatabase;
struct Allocation;

// One area's line of a saved allocation, as decided.
struct StoredAmount
{
    QString areaKey;
    double value = 0; // the indicator's value then (NaN: none)
    double basis = 0; // NaN: left out
    double share = 0;
    double amount = 0; // NaN: left out
    AllocationLimit limit = AllocationLimit::Key;
};

// A saved allocation: its rule and the amounts as they were decided. The amounts are kept,
// not recomputed: a later import changes the indicator, never what the committee decided,
// and the next year's allocation shows its change against them.
struct StoredAllocation
{
    QString name;
    AllocationRule rule;
    QString description; // the rule in words, in the language of the program that saved it
    std::vector<StoredAmount> amounts; // in the order of the level's areas then
    std::int64_t id = 0; // its row, which gives the order of names (0: not read from a file)
};

// Saved allocations in the project (qw_allocations, one row per allocation with the rule's
// canonical text; qw_allocation_amounts, one row per area, which QGIS joins to the areas by
// area_key). Borrows its store's connection (like CatalogueRepository); write() and
// remove() run in a transaction of their own, so an allocation is saved whole or not at all.
class AllocationRepository
{
    Q_DECLARE_TR_FUNCTIONS(qw::AllocationRepository)

public:
    explicit AllocationRepository(SqliteDatabase &db) : m_db(db) { }

    // Names in the order they were first saved.
    QStringList names();
    // Nothing when there is none of that name. A damaged row (a rule that does not parse,
    // a newer rule version, an amount that is no number, an unknown limit) throws
    // StoreError(InvalidContent) naming the allocation: stored data are never trusted.
    std::optional<StoredAllocation> read(const QString &name);
    // Saves under name, replacing an allocation of that name. Throws StoreError.
    void write(const QString &name, const Allocation &allocation, const QString &description);
    // Puts an allocation back as read() gave it, in its old row when it has one (for undo:
    // the list of names keeps its order); replaces an allocation of the same name or row.
    // Throws StoreError.
    void restore(const StoredAllocation &allocation);
    // False when there is none of that name.
    bool remove(const QString &name);

    // Stable words for the limits in the file.
    static QString toCode(AllocationLimit limit);
    static std::optional<AllocationLimit> limitFromCode(const QString &code);

private:
    SqliteDatabase &m_db;
};

} // namespace qw

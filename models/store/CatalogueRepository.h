#pragma once

#include "ProjectTypes.h"

#include <cstdint>
#include <vector>

namespace qw {

class SqliteDatabase;

// The indicator catalogue (qw_indicators): names, units, kinds, polarity, disclosure
// control, and the formulas of derived indicators. Borrows its store's connection
// (ProjectStore::catalogue()); writes run inside the caller's transaction.
class CatalogueRepository
{
public:
    explicit CatalogueRepository(SqliteDatabase &db) : m_db(db) { }

    // In catalogue order, with their labels. Throws StoreError for an entry of unknown kind or polarity.
    std::vector<Indicator> indicators();
    // Inserts or updates by key; importId marks indicators an import created (undo
    // deletes them).
    void write(const std::vector<Indicator> &indicators, std::int64_t importId = 0);
    // Replaces the labels of one indicator: its codes' names and what "not computed" means
    // for it (Indicator::valueLabels, notComputedDe/En). write() leaves labels alone.
    void writeLabels(const Indicator &indicator);
    // Removes the entry with its labels.
    void remove(const QString &indicatorKey);
    // Removes the indicators an import created that have no values left (its undo).
    void removeUnusedOf(std::int64_t importId);

private:
    SqliteDatabase &m_db;
};

} // namespace qw

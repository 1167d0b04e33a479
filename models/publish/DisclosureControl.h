#pragma once

#include <cstddef>
#include <vector>

namespace qw {

// Secondary (complementary) suppression over the level hierarchy. A published total and
// its published parts form a sum: Stadtbezirk = its Sozialräume, city = its Stadtbezirke,
// city = its Sozialräume, and so on for every level below a total. When all members of
// such a sum but one are published, the hidden one follows by difference (or, for the
// total, by addition), and so on in chains: a value recovered from one sum helps to
// recover one in the next. protect() withholds further values until no chain recovers a
// suppressed one; audit() is that chain, run by a reader of the published values.
//
// The rule (documented in README.md): while a sum has exactly one hidden member that is
// suppressed (or recovered and suppressed), the smallest other published part of that
// sum is withheld too; a total with a single part is withheld with it. The city's figure is
// always published and never withheld.
//
// Cells are the project's areas, then the city (cell areaCount()). Holds no values.
class DisclosureControl
{
public:
    // Per area: the index of its parent (-1 for none) and its level's rank (coarsest 0).
    DisclosureControl(const std::vector<int> &parent, const std::vector<int> &rank);

    std::size_t areaCount() const { return m_areaCount; }
    std::size_t cityCell() const { return m_areaCount; }

    struct Recovery
    {
        std::size_t cell = 0; // the withheld cell computed back
        std::size_t total = 0; // the total of the sum that gave it away
        double value = 0; // its value, as far as the published values are additive
    };

    // published: a value per cell, NaN where nothing is published (suppressed, missing).
    // secret: per cell, true where the value was withheld on purpose (a missing value has
    // nothing to give away). Returns every secret cell the sums recover, in order found.
    std::vector<Recovery> audit(const std::vector<double> &published,
                                const std::vector<bool> &secret) const;

    // Withholds complementary cells: sets their published value to NaN and secret to true,
    // until audit() recovers nothing. Returns the cells withheld, ascending. values are
    // what would be published (only their order matters: the smallest part goes first).
    std::vector<std::size_t> protect(std::vector<double> &published,
                                     std::vector<bool> &secret) const;

private:
    // Sum k: total m_total[k] = the cells m_parts[m_partStart[k] .. m_partStart[k + 1]).
    std::vector<std::size_t> m_total;
    std::vector<std::size_t> m_partStart;
    std::vector<std::size_t> m_parts;
    // The sums each cell is in (as total or part): m_sumsOf[m_sumsStart[c] ..).
    std::vector<std::size_t> m_sumsStart;
    std::vector<std::size_t> m_sumsOf;
    std::size_t m_areaCount = 0;
};

} // namespace qw

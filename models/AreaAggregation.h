#pragma once

#include "ProjectTypes.h"

#include <vector>

namespace qw {

// Values of coarser areas (Stadtbezirke) computed from the areas inside them
// (Sozialräume) when the file has none of their own: counts are summed, shares and
// rates are recomputed from the summed numerators and denominators (never averaged);
// means and indices cannot be aggregated honestly and stay missing. A parent with a
// missing child stays missing; one with a suppressed child is suppressed.
class AreaAggregation
{
public:
    // Per area of the project: the index of its parent (-1 for none) and its level's rank
    // (coarsest lowest).
    AreaAggregation(const std::vector<int> &parent, const std::vector<int> &rank);

    bool isEmpty() const { return m_order.empty(); }

    // Fills the slots of parents without an own value, finest level first; the vectors
    // are aligned with areas.
    void fill(const Indicator &indicator, std::vector<double> &value,
              std::vector<double> &numerator, std::vector<double> &denominator,
              std::vector<ValueStatus> &status) const;

private:
    // The children of parent m_order[k] are m_children[m_childStart[k] ..
    // m_childStart[k + 1]) (flat arrays: a million areas are a third of a million parents).
    std::vector<int> m_order; // parents, children's levels before their parents'
    std::vector<int> m_childStart;
    std::vector<int> m_children;
};

} // namespace qw

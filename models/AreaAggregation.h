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
    // areas: every area of the project, linked by parentKey; levels by rank.
    AreaAggregation(const std::vector<AreaInfo> &areas, const std::vector<AreaLevel> &levels);

    bool isEmpty() const { return m_order.empty(); }

    // Fills the slots of parents without an own value, finest level first; the vectors
    // are aligned with areas.
    void fill(const Indicator &indicator, std::vector<double> &value,
              std::vector<double> &numerator, std::vector<double> &denominator,
              std::vector<ValueStatus> &status) const;

private:
    std::vector<std::vector<int>> m_children; // by area index
    std::vector<int> m_order; // parents, children's levels before their parents'
};

} // namespace qw

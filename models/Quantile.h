#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace qw {

// The p-quantile (0 <= p <= 1) of ascending values, R's type 7 (its and numpy's default):
// h = (n - 1) p, interpolated between the values around it. NaN for no values. The one
// definition for the trend's quartile band and an index's quantile classes (the map's
// quantile classification, in maps/, selects instead of sorting but computes the same).
inline double sortedQuantile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const double h = (double(sorted.size()) - 1) * p;
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace qw

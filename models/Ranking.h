#pragma once

#include <span>
#include <vector>

namespace qw::Ranking {

// The one ranking of the program, shared by the area table, the comparison, the map's
// tooltip and the profile: 1 = highest value, ties share the better rank ("1, 2, 2, 4"),
// and only values that are shown (not NaN) are ranked.

// The rank of every value, 0 for NaN.
std::vector<int> ranks(std::span<const double> values);

// The rank value would have among values (0 when it is NaN), and in *ranked how many of
// values have a rank. Linear, for a single area.
int rankOf(double value, std::span<const double> values, int *ranked = nullptr);

} // namespace qw::Ranking

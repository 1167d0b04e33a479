#pragma once

#include <vector>

namespace qw::AxisTicks {

// Round ticks from below lo to above hi (hi > lo), 1, 2, 2.5 or 5 x 10^k apart, about
// count of them: the one scale of every chart's value axis (comparison bars, trends).
std::vector<double> round(double lo, double hi, int count);

} // namespace qw::AxisTicks

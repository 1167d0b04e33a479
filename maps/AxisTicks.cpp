#include "AxisTicks.h"

#include <algorithm>
#include <cmath>

namespace qw::AxisTicks {

std::vector<double> round(double lo, double hi, int count)
{
    const double raw = (hi - lo) / std::max(1, count - 1);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * mag;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * mag >= raw) {
            step = f * mag;
            break;
        }
    std::vector<double> ticks;
    const double first = std::floor(lo / step + 1e-9) * step;
    // Zero exactly, not 1e-17 after a run of additions.
    for (double t = first; t < hi + step - 1e-9 * step; t += step)
        ticks.push_back(std::abs(t) < 1e-9 * step ? 0.0 : t);
    if (ticks.size() < 2)
        ticks.push_back(first + step);
    return ticks;
}

} // namespace qw::AxisTicks

#pragma once

#include "ProjectTypes.h"

#include <cmath>
#include <vector>

namespace qw {

// The stored values of one indicator in one period, aligned with the project's areas
// (after coarser levels were filled from the areas inside): NaN and Missing where there
// is none. Raw: suppression by case count is not applied yet (Project::values does that).
struct ValueSeries
{
    std::vector<double> value, numerator, denominator;
    std::vector<ValueStatus> status;

    explicit ValueSeries(std::size_t n = 0)
        : value(n, std::nan(""))
        , numerator(n, std::nan(""))
        , denominator(n, std::nan(""))
        , status(n, ValueStatus::Missing)
    { }
    std::size_t size() const { return value.size(); }
};

} // namespace qw

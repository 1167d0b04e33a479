#include "Ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qw::Ranking {

std::vector<int> ranks(std::span<const double> values)
{
    std::vector<int> order;
    order.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            order.push_back(int(i));
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return values[size_t(a)] > values[size_t(b)]; });
    std::vector<int> result(values.size(), 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const bool tie = i > 0 && values[size_t(order[i])] == values[size_t(order[i - 1])];
        result[size_t(order[i])] = tie ? result[size_t(order[i - 1])] : int(i + 1);
    }
    return result;
}

int rankOf(double value, std::span<const double> values, int *ranked)
{
    int higher = 0, count = 0;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        ++count;
        if (v > value)
            ++higher;
    }
    if (ranked)
        *ranked = count;
    return std::isnan(value) ? 0 : higher + 1;
}

} // namespace qw::Ranking

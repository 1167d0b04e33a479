#include "AreaAggregation.h"

#include <algorithm>
#include <cmath>

namespace qw {

AreaAggregation::AreaAggregation(const std::vector<int> &parent, const std::vector<int> &rank)
{
    const std::size_t n = parent.size();
    std::vector<int> childCount(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        if (parent[i] >= 0 && std::size_t(parent[i]) != i)
            ++childCount[std::size_t(parent[i])];
    for (std::size_t i = 0; i < n; ++i)
        if (childCount[i] > 0)
            m_order.push_back(int(i));
    // Finer levels (higher rank) first, so a middle level is complete before its parent.
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return rank[std::size_t(a)] > rank[std::size_t(b)]; });
    // Where each parent's children go, in the order of m_order.
    std::vector<int> next(n, 0);
    m_childStart.reserve(m_order.size() + 1);
    int at = 0;
    for (int p : m_order) {
        m_childStart.push_back(at);
        next[std::size_t(p)] = at;
        at += childCount[std::size_t(p)];
    }
    m_childStart.push_back(at);
    m_children.resize(std::size_t(at));
    for (std::size_t i = 0; i < n; ++i)
        if (parent[i] >= 0 && std::size_t(parent[i]) != i)
            m_children[std::size_t(next[std::size_t(parent[i])]++)] = int(i);
}

void AreaAggregation::fill(const Indicator &indicator, std::vector<double> &value,
                           std::vector<double> &numerator, std::vector<double> &denominator,
                           std::vector<ValueStatus> &status) const
{
    const bool count = indicator.kind == IndicatorKind::Count;
    const bool ratio =
        indicator.kind == IndicatorKind::Share || indicator.kind == IndicatorKind::Rate;
    if (!count && !ratio)
        return;
    for (std::size_t k = 0; k < m_order.size(); ++k) {
        const int p = m_order[k];
        if (!std::isnan(value[size_t(p)]) || status[size_t(p)] == ValueStatus::Suppressed)
            continue; // the file's own value wins
        double sum = 0, num = 0, den = 0, scale = 0;
        bool missing = false, suppressed = false, estimated = false;
        for (int j = m_childStart[k]; j < m_childStart[k + 1]; ++j) {
            const int c = m_children[std::size_t(j)];
            const auto s = status[size_t(c)];
            suppressed = suppressed || s == ValueStatus::Suppressed;
            estimated = estimated || s == ValueStatus::Estimated;
            if (count) {
                if (std::isnan(value[size_t(c)]))
                    missing = true;
                else
                    sum += value[size_t(c)];
            } else if (std::isnan(numerator[size_t(c)]) || std::isnan(denominator[size_t(c)])) {
                missing = true;
            } else {
                num += numerator[size_t(c)];
                den += denominator[size_t(c)];
                // The unit's scale (100 for %, 1000 per mille) as the children show it.
                if (scale == 0 && numerator[size_t(c)] > 0 && !std::isnan(value[size_t(c)]))
                    scale = value[size_t(c)] / (numerator[size_t(c)] / denominator[size_t(c)]);
            }
        }
        if (suppressed) {
            status[size_t(p)] = ValueStatus::Suppressed;
            continue;
        }
        if (missing || (ratio && den <= 0))
            continue;
        if (count) {
            value[size_t(p)] = sum;
        } else {
            numerator[size_t(p)] = num;
            denominator[size_t(p)] = den;
            value[size_t(p)] = num / den * (scale > 0 ? std::round(scale) : 100.0);
        }
        status[size_t(p)] = estimated ? ValueStatus::Estimated : ValueStatus::Ok;
    }
}

} // namespace qw

#include "AreaAggregation.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace qw {

AreaAggregation::AreaAggregation(const std::vector<AreaInfo> &areas,
                                 const std::vector<AreaLevel> &levels)
    : m_children(areas.size())
{
    QHash<QString, int> index;
    for (int i = 0; i < int(areas.size()); ++i)
        index.insert(areas[i].key, i);
    QHash<QString, int> rank;
    for (const AreaLevel &l : levels)
        rank.insert(l.key, l.rank);
    for (int i = 0; i < int(areas.size()); ++i) {
        const int parent = areas[i].parentKey.isEmpty() ? -1 : index.value(areas[i].parentKey, -1);
        if (parent >= 0 && parent != i)
            m_children[size_t(parent)].push_back(i);
    }
    for (int i = 0; i < int(areas.size()); ++i)
        if (!m_children[size_t(i)].empty())
            m_order.push_back(i);
    // Finer levels (higher rank) first, so a middle level is complete before its parent.
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        return rank.value(areas[size_t(a)].level) > rank.value(areas[size_t(b)].level);
    });
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
    for (int p : m_order) {
        if (!std::isnan(value[size_t(p)]) || status[size_t(p)] == ValueStatus::Suppressed)
            continue; // the file's own value wins
        double sum = 0, num = 0, den = 0, scale = 0;
        bool missing = false, suppressed = false, estimated = false;
        for (int c : m_children[size_t(p)]) {
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

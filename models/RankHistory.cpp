#include "RankHistory.h"

#include "Project.h"
#include "Ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qw {

int RankHistory::Line::firstRank() const
{
    for (int r : ranks)
        if (r > 0)
            return r;
    return 0;
}

int RankHistory::Line::lastRank() const
{
    for (auto it = ranks.rbegin(); it != ranks.rend(); ++it)
        if (*it > 0)
            return *it;
    return 0;
}

int RankHistory::maxRanked() const
{
    return m_ranked.empty() ? 0 : *std::max_element(m_ranked.begin(), m_ranked.end());
}

RankHistory RankHistory::make(const QStringList &periods, const QStringList &keys,
                              const QStringList &names,
                              const std::vector<std::vector<double>> &values, int count)
{
    RankHistory h;
    h.m_periods = periods;
    const std::size_t areas = std::size_t(keys.size());
    std::vector<std::vector<int>> ranks;
    for (const std::vector<double> &v : values) {
        ranks.push_back(Ranking::ranks(v));
        h.m_ranked.push_back(
            int(std::count_if(v.begin(), v.end(), [](double x) { return !std::isnan(x); })));
    }
    if (ranks.empty())
        return h;
    // The areas ranked in the latest period, best first (ties in the order given).
    const std::vector<int> &last = ranks.back();
    std::vector<int> order;
    for (std::size_t a = 0; a < areas && a < last.size(); ++a)
        if (last[a] > 0)
            order.push_back(int(a));
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return last[size_t(a)] < last[size_t(b)]; });
    const int n = int(order.size());
    const bool all = n <= 2 * count;
    for (int i = 0; i < n; ++i) {
        if (!all && i >= count && i < n - count)
            continue;
        Line line;
        line.area = order[size_t(i)];
        line.key = keys[line.area];
        line.name = names.value(line.area);
        for (const std::vector<int> &r : ranks)
            line.ranks.push_back(r[size_t(line.area)]);
        line.top = all ? i < (n + 1) / 2 : i < count;
        h.m_lines.push_back(std::move(line));
    }
    return h;
}

RankHistory RankHistory::of(Project &project, const QString &indicatorKey, const QString &levelKey,
                            int count)
{
    const std::vector<int> &areas = project.areasOfLevel(levelKey);
    QStringList keys, names;
    for (int a : areas) {
        keys << project.areas()[size_t(a)].key;
        names << project.areas()[size_t(a)].name;
    }
    const QStringList periods = project.periods(indicatorKey);
    std::vector<std::vector<double>> values;
    for (const QString &p : periods) {
        // Only shown values: a suppressed one has no rank, as in the area table.
        const auto shown = project.values(indicatorKey, p);
        std::vector<double> v;
        v.reserve(areas.size());
        for (int a : areas)
            v.push_back(shown->isShown(size_t(a)) ? shown->values[size_t(a)] : std::nan(""));
        values.push_back(std::move(v));
    }
    return make(periods, keys, names, values, count);
}

} // namespace qw

#include "DisclosureControl.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace qw {

namespace {

// A parent chain longer than this is a loop in damaged data, not a hierarchy.
constexpr std::size_t kMaxDepth = 64;

struct Propagation
{
    std::vector<DisclosureControl::Recovery> recoveries;
    std::vector<std::size_t> sums; // the sum that gave each recovery away
};

} // namespace

DisclosureControl::DisclosureControl(const std::vector<int> &parent, const std::vector<int> &rank)
    : m_areaCount(parent.size())
{
    const std::size_t n = parent.size();
    // Sum (total, rank of its parts): every area is a part of the sum of each ancestor
    // at its own rank, and of the city's at its rank.
    std::unordered_map<std::uint64_t, std::size_t> sumIndex;
    std::vector<std::vector<std::size_t>> parts;
    auto add = [&](std::size_t total, int partRank, std::size_t part) {
        const std::uint64_t key = std::uint64_t(total) * 256 + std::uint64_t(partRank & 0xff);
        auto [it, fresh] = sumIndex.try_emplace(key, m_total.size());
        if (fresh) {
            m_total.push_back(total);
            parts.emplace_back();
        }
        parts[it->second].push_back(part);
    };
    std::vector<std::size_t> chain;
    for (std::size_t a = 0; a < n; ++a) {
        chain.assign(1, a);
        for (int q = parent[a]; q >= 0 && std::size_t(q) < n && chain.size() <= kMaxDepth
             && std::find(chain.begin(), chain.end(), std::size_t(q)) == chain.end();
             q = parent[std::size_t(q)]) {
            chain.push_back(std::size_t(q));
            add(std::size_t(q), rank[a], a);
        }
        add(n, rank[a], a);
    }
    m_partStart.reserve(m_total.size() + 1);
    std::vector<std::size_t> memberships(n + 1, 0);
    for (std::size_t k = 0; k < m_total.size(); ++k) {
        m_partStart.push_back(m_parts.size());
        m_parts.insert(m_parts.end(), parts[k].begin(), parts[k].end());
        ++memberships[m_total[k]];
        for (std::size_t p : parts[k])
            ++memberships[p];
    }
    m_partStart.push_back(m_parts.size());
    m_sumsStart.assign(n + 2, 0);
    for (std::size_t c = 0; c <= n; ++c)
        m_sumsStart[c + 1] = m_sumsStart[c] + memberships[c];
    m_sumsOf.resize(m_sumsStart[n + 1]);
    std::vector<std::size_t> next(m_sumsStart.begin(), m_sumsStart.end() - 1);
    for (std::size_t k = 0; k < m_total.size(); ++k) {
        m_sumsOf[next[m_total[k]]++] = k;
        for (std::size_t i = m_partStart[k]; i < m_partStart[k + 1]; ++i)
            m_sumsOf[next[m_parts[i]]++] = k;
    }
}

namespace {

// The reader's chain: every sum with one unknown member gives it away, which may leave
// another sum with one unknown.
template<class Sums>
Propagation propagate(const Sums &s, const std::vector<double> &published,
                      const std::vector<bool> &secret)
{
    const std::size_t cells = published.size();
    std::vector<double> value = published;
    std::vector<int> unknown(s.total.size(), 0);
    std::vector<std::size_t> queue;
    auto isUnknown = [&](std::size_t c) {
        return std::isnan(value[c]);
    };
    for (std::size_t k = 0; k < s.total.size(); ++k) {
        int u = isUnknown(s.total[k]) ? 1 : 0;
        for (std::size_t i = s.partStart[k]; i < s.partStart[k + 1]; ++i)
            u += isUnknown(s.parts[i]) ? 1 : 0;
        unknown[k] = u;
        if (u == 1)
            queue.push_back(k);
    }
    Propagation out;
    while (!queue.empty()) {
        const std::size_t k = queue.back();
        queue.pop_back();
        if (unknown[k] != 1)
            continue;
        std::size_t hidden = s.total[k];
        double partsSum = 0;
        for (std::size_t i = s.partStart[k]; i < s.partStart[k + 1]; ++i) {
            const std::size_t p = s.parts[i];
            if (isUnknown(p))
                hidden = p;
            else
                partsSum += value[p];
        }
        value[hidden] = hidden == s.total[k] ? partsSum : value[s.total[k]] - partsSum;
        if (hidden < cells && secret[hidden]) {
            out.recoveries.push_back({hidden, s.total[k], value[hidden]});
            out.sums.push_back(k);
        }
        for (std::size_t j = s.sumsStart[hidden]; j < s.sumsStart[hidden + 1]; ++j)
            if (--unknown[s.sumsOf[j]] == 1)
                queue.push_back(s.sumsOf[j]);
    }
    return out;
}

template<class T> struct SumsView
{
    const T &total, &partStart, &parts, &sumsStart, &sumsOf;
};

} // namespace

std::vector<DisclosureControl::Recovery>
DisclosureControl::audit(const std::vector<double> &published,
                         const std::vector<bool> &secret) const
{
    const SumsView<std::vector<std::size_t>> s {m_total, m_partStart, m_parts, m_sumsStart,
                                                m_sumsOf};
    return propagate(s, published, secret).recoveries;
}

std::vector<std::size_t> DisclosureControl::protect(std::vector<double> &published,
                                                    std::vector<bool> &secret) const
{
    const SumsView<std::vector<std::size_t>> s {m_total, m_partStart, m_parts, m_sumsStart,
                                                m_sumsOf};
    const std::size_t city = cityCell();
    std::vector<std::size_t> withheld;
    std::vector<int> touchedInRound(m_total.size(), -1);
    for (int round = 0;; ++round) {
        const Propagation found = propagate(s, published, secret);
        bool changed = false;
        for (std::size_t r = 0; r < found.recoveries.size(); ++r) {
            const std::size_t k = found.sums[r];
            // A sum changed earlier in this round may be safe now; the next round sees.
            if (touchedInRound[k] == round)
                continue;
            const std::size_t hidden = found.recoveries[r].cell;
            std::size_t pick = std::numeric_limits<std::size_t>::max();
            for (std::size_t i = m_partStart[k]; i < m_partStart[k + 1]; ++i) {
                const std::size_t p = m_parts[i];
                if (p == hidden || std::isnan(published[p]))
                    continue;
                if (pick == std::numeric_limits<std::size_t>::max()
                    || published[p] < published[pick]
                    || (published[p] == published[pick] && p < pick))
                    pick = p;
            }
            if (pick == std::numeric_limits<std::size_t>::max() && m_total[k] != city
                && !std::isnan(published[m_total[k]]))
                pick = m_total[k]; // a total of one part is that part
            if (pick == std::numeric_limits<std::size_t>::max())
                continue; // nothing left to withhold in this sum (only the city): see audit
            published[pick] = std::nan("");
            secret[pick] = true;
            withheld.push_back(pick);
            changed = true;
            for (std::size_t j = m_sumsStart[pick]; j < m_sumsStart[pick + 1]; ++j)
                touchedInRound[m_sumsOf[j]] = round;
        }
        if (!changed)
            break;
    }
    std::sort(withheld.begin(), withheld.end());
    return withheld;
}

} // namespace qw

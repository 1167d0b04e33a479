#include "CompositeIndex.h"

#include "Quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace qw::CompositeIndex {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Ranks 1..n of the non-NaN values, ties getting the mean of their ranks (NaN stays NaN).
void ranks(std::span<const double> in, std::span<double> out)
{
    std::vector<std::size_t> order;
    order.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i)
        if (!std::isnan(in[i]))
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return in[a] < in[b]; });
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = kNaN;
    for (std::size_t start = 0; start < order.size();) {
        std::size_t end = start + 1;
        while (end < order.size() && in[order[end]] == in[order[start]])
            ++end;
        const double mean = (double(start + 1) + double(end)) / 2.0;
        for (std::size_t k = start; k < end; ++k)
            out[order[k]] = mean;
        start = end;
    }
}

} // namespace

Moments moments(std::span<const double> values)
{
    // Two passes: the deviation of z-scores must not lose digits to a large mean.
    Moments m;
    double sum = 0;
    for (double v : values)
        if (!std::isnan(v)) {
            sum += v;
            ++m.count;
        }
    if (m.count == 0)
        return m;
    m.mean = sum / m.count;
    double squares = 0;
    for (double v : values)
        if (!std::isnan(v))
            squares += (v - m.mean) * (v - m.mean);
    m.sd = std::sqrt(squares / m.count);
    return m;
}

bool standardise(std::span<const double> in, Standardisation kind, std::span<double> out)
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : in)
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!(hi > lo)) { // no kept value, or all the same
        std::fill(out.begin(), out.end(), kNaN);
        return false;
    }
    switch (kind) {
    case Standardisation::ZScore: {
        const Moments m = moments(in);
        for (std::size_t i = 0; i < in.size(); ++i)
            out[i] = (in[i] - m.mean) / m.sd;
        return true;
    }
    case Standardisation::MinMax:
        for (std::size_t i = 0; i < in.size(); ++i)
            out[i] = (in[i] - lo) / (hi - lo);
        return true;
    case Standardisation::Rank:
    case Standardisation::Percentile: {
        ranks(in, out);
        if (kind == Standardisation::Rank)
            return true;
        std::size_t n = 0;
        for (double v : in)
            n += !std::isnan(v);
        for (double &v : out)
            v = 100.0 * (v - 1.0) / double(n - 1); // n >= 2: the values differ
        return true;
    }
    }
    return false;
}

Result compute(const std::vector<Column> &columns, Standardisation kind, bool restandardise)
{
    Result r;
    const std::size_t n = columns.empty() ? 0 : columns.front().values.size();
    // The areas kept in every input: standardised over the same areas, as MSS does.
    std::vector<char> kept(n, 1);
    for (const Column &c : columns)
        for (std::size_t i = 0; i < n; ++i)
            if (std::isnan(c.values[i]))
                kept[i] = 0;
    r.kept = int(std::count(kept.begin(), kept.end(), 1));
    r.index.assign(n, kNaN);
    double weights = 0;
    for (const Column &c : columns)
        weights += c.weight;
    r.zeroWeights = !(weights > 0);
    if (r.kept == 0 || r.zeroWeights)
        return r;
    std::vector<double> in(n);
    r.standardised.resize(columns.size());
    std::fill(r.index.begin(), r.index.end(), 0.0);
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const Column &c = columns[k];
        for (std::size_t i = 0; i < n; ++i)
            in[i] = kept[i] ? c.values[i] : kNaN;
        std::vector<double> &s = r.standardised[k];
        s.resize(n);
        if (!standardise(in, kind, s)) {
            r.constantColumn = int(k);
            std::fill(r.index.begin(), r.index.end(), kNaN);
            return r;
        }
        const double w = c.weight / weights;
        const double d = c.direction < 0 ? -1.0 : 1.0;
        for (std::size_t i = 0; i < n; ++i) {
            s[i] *= d;
            r.index[i] += w * s[i];
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!kept[i])
            r.index[i] = kNaN;
    if (restandardise) {
        const Moments m = moments(r.index);
        // Relative to the spread of the inputs: rounding noise of a mean of opposites is
        // no variation.
        if (!(m.sd > 1e-12)) {
            r.constantIndex = true;
            std::fill(r.index.begin(), r.index.end(), kNaN);
            return r;
        }
        for (double &v : r.index)
            v = (v - m.mean) / m.sd;
    }
    return r;
}

std::vector<double> thresholds(std::span<const double> values, const ClassRule &rule)
{
    switch (rule.scheme) {
    case ClassScheme::StandardDeviations: {
        const Moments m = moments(values);
        std::vector<double> out;
        for (double t : rule.thresholds)
            out.push_back(m.mean + t * m.sd);
        return out;
    }
    case ClassScheme::Manual:
        return rule.thresholds;
    case ClassScheme::Quantiles: {
        std::vector<double> sorted;
        for (double v : values)
            if (!std::isnan(v))
                sorted.push_back(v);
        std::sort(sorted.begin(), sorted.end());
        std::vector<double> out;
        if (sorted.empty())
            return out;
        for (int k = 1; k < rule.quantiles; ++k) {
            out.push_back(sortedQuantile(sorted, double(k) / rule.quantiles)); // R's type 7
        }
        return out;
    }
    }
    return {};
}

std::vector<int> classify(std::span<const double> values, const ClassRule &rule)
{
    const std::vector<double> t = thresholds(values, rule);
    std::vector<int> out(values.size(), 0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v))
            continue;
        int c = 1;
        for (std::size_t k = 0; k < t.size(); ++k) {
            // On a threshold below the mean a value leans to the middle (see ClassRule).
            const bool towardsMiddle =
                rule.scheme == ClassScheme::StandardDeviations && rule.thresholds[k] < 0;
            if (towardsMiddle ? v >= t[k] : v > t[k])
                c = int(k) + 2;
        }
        out[i] = c;
    }
    return out;
}

} // namespace qw::CompositeIndex

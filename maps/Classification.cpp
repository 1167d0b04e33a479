#include "Classification.h"

#include "ScratchBuffers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qw {

namespace {

// Count, extremes, mean and standard deviation of the finite values in one pass (Welford):
// the methods that need no order need no sort.
struct Summary
{
    std::size_t count = 0;
    double min = 0, max = 0, mean = 0, m2 = 0;

    explicit Summary(std::span<const double> values)
    {
        for (double x : values) {
            if (!std::isfinite(x))
                continue;
            if (count == 0 || x < min)
                min = x;
            if (count == 0 || x > max)
                max = x;
            ++count;
            const double d = x - mean;
            mean += d / double(count);
            m2 += d * (x - mean);
        }
    }
    double sd() const { return count > 0 ? std::sqrt(m2 / double(count)) : 0; }
};

// The finite values in a buffer kept between calls: a million values are 8 MB, whose first
// touch cost more page faults than the quantiles themselves took.
void finite(std::span<const double> values, std::vector<double> &v)
{
    v.clear();
    v.reserve(values.size());
    for (double x : values)
        if (std::isfinite(x))
            v.push_back(x);
}

std::vector<double> sortedFinite(std::span<const double> values)
{
    std::vector<double> v;
    finite(values, v);
    std::sort(v.begin(), v.end());
    return v;
}

// Drops repeated edges, which would make classes that no value can fall into. A repeat of
// the first edge stays: the first class is closed, so [v, v] holds the values equal to the
// minimum (many tied minimums, or all values equal).
std::vector<double> uniqueEdges(std::vector<double> edges)
{
    const bool firstClassSingleValue = edges.size() > 1 && edges[0] == edges[1];
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    if (firstClassSingleValue || edges.size() == 1)
        edges.insert(edges.begin(), edges.front());
    return edges;
}

// R's pretty() (R 4.2, src/appl/pretty.c R_pretty() with the defaults of pretty.default:
// shrink.sml = 0.75, high.u.bias = 1.5, u5.bias = .5 + 1.5 * 1.5, f.min = 2^-20,
// eps.correct = 0, bounds = TRUE), kept step by step so planners get the breaks they know
// from R and classInt (style = "pretty"); a "simpler" rule picked other units.
struct PrettyRange
{
    double lo, up; // first and last break
    int ndiv; // number of classes
};

PrettyRange rPretty(double lo, double up, int ndiv, int minN)
{
    constexpr double h = 1.5, h5 = .5 + 1.5 * h, fMin = 0x1p-20, shrinkSml = 0.75;
    constexpr double roundingEps = 1e-10, maxF = 1.25;
    constexpr double eps = std::numeric_limits<double>::epsilon();
    const double dx = up - lo;
    double cell;
    bool small;
    if (dx == 0 && up == 0) {
        cell = 1;
        small = true;
    } else {
        // A range this small relative to the values is rounding noise: treat it as one value.
        cell = std::max(std::abs(lo), std::abs(up));
        double u = 1 + ((h5 >= 1.5 * h + .5) ? 1 / (1 + h) : 1.5 / (1 + h5));
        u *= std::max(1, ndiv) * eps;
        small = dx < cell * u * 3;
    }
    if (small) {
        if (cell > 10)
            cell = 9 + cell / 10;
        cell *= shrinkSml;
        if (minN > 1)
            cell /= minN;
    } else {
        cell = dx;
        if (!std::isfinite(dx) && ndiv >= 2)
            cell = up / ndiv - lo / ndiv; // the range overflows, its parts do not
        else if (ndiv > 1)
            cell /= ndiv;
    }
    const double subsmall = fMin * std::numeric_limits<double>::min() != 0
        ? fMin * std::numeric_limits<double>::min()
        : std::numeric_limits<double>::min();
    cell = std::clamp(cell, subsmall, std::numeric_limits<double>::max() / maxF);

    // The unit among 1, 2, 5, 10 times base closest to the cell, biased towards the larger.
    const double base = std::pow(10.0, std::floor(std::log10(cell)));
    double unit = base;
    if (2 * base - cell < h * (cell - unit)) {
        unit = 2 * base;
        if (5 * base - cell < h5 * (cell - unit)) {
            unit = 5 * base;
            if (10 * base - cell < h * (cell - unit))
                unit = 10 * base;
        }
    }
    double ns = std::floor(lo / unit + roundingEps);
    double nu = std::ceil(up / unit - roundingEps);
    while (ns * unit > lo + roundingEps * unit)
        --ns;
    while (!std::isfinite(ns * unit))
        ++ns;
    while (nu * unit < up - roundingEps * unit)
        ++nu;
    while (!std::isfinite(nu * unit))
        --nu;

    int k = int(0.5 + nu - ns);
    if (k < minN) {
        k = minN - k;
        if (ns >= 0) {
            nu += k / 2;
            ns -= k / 2 + k % 2;
        } else {
            ns -= k / 2;
            nu += k / 2 + k % 2;
        }
        ndiv = minN;
    } else {
        ndiv = k;
    }
    // bounds = TRUE: the breaks cover the data's range.
    return {std::min(lo, ns * unit), std::max(up, nu * unit), ndiv};
}

// R's seq.int(from, to, length.out = count): inner values as from + i * by, which decides
// the last bits of the inner breaks (0.30000000000000004 where R has it too).
std::vector<double> rSequence(double from, double to, int count)
{
    std::vector<double> s(std::size_t(std::max(count, 0)));
    if (count > 0)
        s.front() = from;
    if (count > 1)
        s.back() = to;
    double by = count > 2 ? (to - from) / (count - 1) : 0;
    if (!std::isfinite(by))
        by = to / (count - 1) - from / (count - 1); // the range overflows, its parts do not
    for (int i = 1; i < count - 1; ++i)
        s[i] = from + i * by;
    return s;
}

} // namespace

int classIndex(const std::vector<double> &edges, double v)
{
    if (edges.size() < 2 || std::isnan(v))
        return -1;
    const int classes = int(edges.size()) - 1;
    // First edge strictly greater or equal to v, among the upper bounds.
    const auto it = std::lower_bound(edges.begin() + 1, edges.end(), v);
    const int i = int(it - (edges.begin() + 1));
    return std::clamp(i, 0, classes - 1);
}

QString QuantileClassification::name() const
{
    return QCoreApplication::translate("qw::Classification", "Quantiles");
}
QString EqualIntervalClassification::name() const
{
    return QCoreApplication::translate("qw::Classification", "Equal intervals");
}
QString NaturalBreaksClassification::name() const
{
    return QCoreApplication::translate("qw::Classification", "Natural breaks (Jenks)");
}
QString StandardDeviationClassification::name() const
{
    return QCoreApplication::translate("qw::Classification",
                                       "Standard deviation around the mean of the areas");
}
QString PrettyClassification::name() const
{
    return QCoreApplication::translate("qw::Classification", "Pretty breaks");
}
QString ManualClassification::name() const
{
    return QCoreApplication::translate("qw::Classification", "Manual breaks");
}

std::vector<double> QuantileClassification::calculateBreaks(const Input &in) const
{
    // Selection instead of a full sort: each quantile needs only the values at two ranks,
    // and each selection runs on what lies above the previous one.
    ScratchVector<double> buffer;
    std::vector<double> &v = *buffer;
    finite(in.values, v);
    const int n = in.classes;
    std::vector<double> edges {in.min};
    const double top = in.max;
    auto first = v.begin();
    for (int i = 1; i < n; ++i) {
        // Type-7 quantile (linear interpolation), as R's and numpy's default.
        const double h = (v.size() - 1) * double(i) / n;
        const auto lo = std::size_t(std::floor(h));
        const auto nth = v.begin() + std::ptrdiff_t(lo);
        std::nth_element(first, nth, v.end());
        const double below = *nth;
        const double above = lo + 1 < v.size() ? *std::min_element(nth + 1, v.end()) : below;
        edges.push_back(below + (h - lo) * (above - below));
        first = nth;
    }
    edges.push_back(top);
    return uniqueEdges(edges);
}

std::vector<double> EqualIntervalClassification::calculateBreaks(const Input &in) const
{
    const int n = in.classes;
    const double lo = in.min, hi = in.max;
    std::vector<double> edges;
    for (int i = 0; i <= n; ++i)
        edges.push_back(i == n ? hi : lo + (hi - lo) * i / n);
    return uniqueEdges(edges);
}

std::vector<double> NaturalBreaksClassification::calculateBreaks(const Input &in) const
{
    const auto v = sortedFinite(in.values);
    const int n = in.classes;
    // Distinct values bound the number of classes.
    std::size_t distinct = 1;
    for (std::size_t i = 1; i < v.size(); ++i)
        distinct += v[i] != v[i - 1];
    const int k = int(std::min<std::size_t>(std::size_t(n), distinct));
    const std::size_t m = v.size();
    // Prefix sums of values shifted by the median for numerical stability.
    const double shift = v[m / 2];
    std::vector<double> s1(m + 1, 0.0), s2(m + 1, 0.0);
    for (std::size_t i = 0; i < m; ++i) {
        const double x = v[i] - shift;
        s1[i + 1] = s1[i] + x;
        s2[i + 1] = s2[i] + x * x;
    }
    // Sum of squared deviations of v[j..i] (inclusive).
    auto ssq = [&](std::size_t j, std::size_t i) {
        const double cnt = double(i - j + 1);
        const double sum = s1[i + 1] - s1[j];
        return std::max(0.0, s2[i + 1] - s2[j] - sum * sum / cnt);
    };
    std::vector<double> prev(m), cur(m);
    std::vector<std::vector<std::uint32_t>> split(k, std::vector<std::uint32_t>(m, 0));
    for (std::size_t i = 0; i < m; ++i)
        prev[i] = ssq(0, i);
    for (int c = 1; c < k; ++c) {
        // cur[i] = min over j in [c, i] of prev[j-1] + ssq(j, i); the best j is monotone in
        // i, so solve the middle i and recurse on both halves with narrowed j ranges.
        struct Task
        {
            std::size_t lo, hi, jlo, jhi;
        };
        std::vector<Task> stack {{std::size_t(c), m - 1, std::size_t(c), m - 1}};
        while (!stack.empty()) {
            const Task t = stack.back();
            stack.pop_back();
            if (t.lo > t.hi)
                continue;
            const std::size_t mid = (t.lo + t.hi) / 2;
            double best = std::numeric_limits<double>::infinity();
            std::size_t bestJ = t.jlo;
            for (std::size_t j = t.jlo; j <= std::min(mid, t.jhi); ++j) {
                const double cost = prev[j - 1] + ssq(j, mid);
                if (cost < best) {
                    best = cost;
                    bestJ = j;
                }
            }
            cur[mid] = best;
            split[c][mid] = std::uint32_t(bestJ);
            if (mid > t.lo)
                stack.push_back({t.lo, mid - 1, t.jlo, bestJ});
            stack.push_back({mid + 1, t.hi, bestJ, t.jhi});
        }
        std::swap(prev, cur);
    }
    // Walk the splits back from the last value.
    std::vector<double> edges(k + 1);
    edges[k] = v.back();
    std::size_t end = m - 1;
    for (int c = k - 1; c >= 1; --c) {
        const std::size_t start = split[c][end];
        edges[c] = v[start - 1]; // upper bound of the class below
        end = start - 1;
    }
    edges[0] = v.front();
    return uniqueEdges(edges);
}

std::vector<double> StandardDeviationClassification::calculateBreaks(const Input &in) const
{
    const int n = in.classes;
    const double mean = in.mean, sd = in.sd;
    // n classes of one sd centred on the unweighted mean of the values (each area counts
    // once; the city value would weight them by population): odd n puts a class around the
    // mean, even n puts a break on it. The outer classes reach to the data's extremes.
    std::vector<double> edges {in.min};
    for (int i = 1; i < n; ++i) {
        const double e = mean + (i - n / 2.0) * sd;
        if (e > in.min && e < in.max)
            edges.push_back(e);
    }
    edges.push_back(in.max);
    return uniqueEdges(edges);
}

namespace {
std::vector<double> prettyBreaks(double min, double max, int n)
{
    // pretty.default(x, n): min.n = n %/% 3, then seq.int(l, u, length.out = n + 1) with
    // values within 1e-14 cells of zero set to zero, as R does for seq()'s rounding noise.
    const PrettyRange r = rPretty(min, max, n, n / 3);
    std::vector<double> edges = rSequence(r.lo, r.up, r.ndiv + 1);
    if (r.ndiv > 0) {
        const double delta = r.up / r.ndiv - r.lo / r.ndiv;
        for (double &e : edges)
            if (std::abs(e) < 1e-14 * delta)
                e = 0;
    }
    return uniqueEdges(edges);
}
} // namespace

std::vector<double> PrettyClassification::calculateBreaks(const Input &in) const
{
    // R's n is "about n classes", not a count to cap by the values.
    return prettyBreaks(in.min, in.max, in.requested);
}

std::vector<double> PrettyClassification::equalValuesBreaks(const Input &in) const
{
    return prettyBreaks(in.min, in.max, in.requested);
}

std::vector<double> ManualClassification::calculateBreaks(const Input &in) const
{
    std::vector<double> edges {in.min};
    for (double b : m_breaks)
        if (b > edges.back() && b < in.max)
            edges.push_back(b);
    edges.push_back(in.max);
    return uniqueEdges(edges);
}

std::vector<double> ClassificationMethod::classes(std::span<const double> values, int n) const
{
    const Summary sum(values);
    if (sum.count == 0 || (n < 1 && takesClassCount()))
        return {};
    n = std::max(n, 1);
    Input in;
    in.values = values;
    in.count = sum.count;
    in.min = sum.min;
    in.max = sum.max;
    in.mean = sum.mean;
    in.sd = sum.sd();
    in.requested = n;
    if (sum.min == sum.max)
        return equalValuesBreaks(in);
    // More classes than values would only make empty classes.
    in.classes = int(std::min<std::size_t>(std::size_t(n), sum.count));
    return calculateBreaks(in);
}

bool ClassificationMethod::wholeNumbers(std::span<const double> values)
{
    bool any = false;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        if (v != std::round(v))
            return false;
        any = true;
    }
    return any;
}

std::vector<double> ClassificationMethod::wholeNumberClasses(std::span<const double> values,
                                                             int n) const
{
    std::vector<double> edges = classes(values, n);
    if (edges.size() < 2)
        return edges;
    // A whole number v lies above a break b exactly when it lies above floor(b): the classes
    // hold the same values. The first edge closes its class from below, the last from above.
    edges.front() = std::floor(edges.front());
    edges.back() = std::ceil(edges.back());
    for (std::size_t i = 1; i + 1 < edges.size(); ++i)
        edges[i] = std::floor(edges[i]);
    edges = uniqueEdges(edges);
    if (keepsEmptyClasses() || edges.size() < 3)
        return edges;
    std::vector<int> counts(edges.size() - 1, 0);
    for (double v : values)
        if (std::isfinite(v))
            ++counts[std::size_t(classIndex(edges, v))];
    // An empty class gives its range to the class above (dropping its upper break); an
    // empty last class to the one below.
    std::vector<double> kept {edges.front()};
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] > 0)
            kept.push_back(edges[c + 1]);
    if (kept.size() < 2)
        return edges;
    kept.back() = edges.back();
    return kept;
}

std::vector<double> ClassificationMethod::equalValuesBreaks(const Input &in) const
{
    return {in.min, in.min};
}

ClassificationRegistry::ClassificationRegistry()
{
    m_methods.push_back(std::make_unique<QuantileClassification>());
    m_methods.push_back(std::make_unique<EqualIntervalClassification>());
    m_methods.push_back(std::make_unique<NaturalBreaksClassification>());
    m_methods.push_back(std::make_unique<StandardDeviationClassification>());
    m_methods.push_back(std::make_unique<PrettyClassification>());
    // Without breaks: one class; the renderer makes the view's (ManualBreaks has the rules).
    m_methods.push_back(std::make_unique<ManualClassification>());
}

const ClassificationRegistry &ClassificationRegistry::instance()
{
    static const ClassificationRegistry registry;
    return registry;
}

const ClassificationMethod *ClassificationRegistry::method(const QString &id) const
{
    for (const auto &m : m_methods)
        if (m->id() == id)
            return m.get();
    return nullptr;
}

const ClassificationMethod *ClassificationRegistry::method(ClassificationKind kind) const
{
    for (const auto &m : m_methods)
        if (m->kind() == kind)
            return m.get();
    return nullptr;
}

std::vector<const ClassificationMethod *> ClassificationRegistry::methods() const
{
    std::vector<const ClassificationMethod *> result;
    for (const auto &m : m_methods)
        result.push_back(m.get());
    return result;
}

} // namespace qw

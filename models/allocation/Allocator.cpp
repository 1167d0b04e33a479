#include "Allocator.h"

#include "NumberFormat.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qw {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Sums of money compared after floating-point arithmetic: a cent in a billion.
double tolerance(double budget)
{
    return 1e-9 * std::max(1.0, std::abs(budget));
}

QString areaName(const AllocationInput &in, std::size_t i)
{
    return i < in.keys.size() ? in.keys[i] : QStringLiteral("#%1").arg(i + 1);
}

// The need of each area with a value, from the indicator; NaN where it has none.
QString needs(const AllocationRule &rule, const AllocationInput &in, AllocationResult &r)
{
    const std::size_t n = in.values.size();
    r.need.assign(n, kNaN);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : in.values)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (!(lo <= hi))
        return Allocator::tr("No area has a value of %1 in %2: there is nothing to split the "
                             "budget by.")
            .arg(rule.indicatorKey, rule.period);
    r.lowest = lo;
    r.highest = hi;
    if (rule.basis == BasisKind::Shift) {
        const double extra = rule.offset * (hi - lo);
        for (std::size_t i = 0; i < n; ++i)
            if (std::isfinite(in.values[i]))
                r.need[i] = (rule.need == NeedDirection::HigherValue ? in.values[i] - lo
                                                                     : hi - in.values[i])
                    + extra;
        return {};
    }
    const double classes = double(rule.points.size());
    for (std::size_t i = 0; i < n; ++i) {
        const double v = in.values[i];
        if (!std::isfinite(v))
            continue;
        if (v != std::floor(v) || v < 1 || v > classes)
            return Allocator::tr("Area %1 has the value %2 of %3, not a class from 1 to %4: "
                                 "points per class need a class indicator (such as KEY_class).")
                .arg(areaName(in, i), QLocale().toString(v), rule.indicatorKey)
                .arg(rule.points.size());
        r.need[i] = rule.points[std::size_t(v) - 1];
    }
    return {};
}

// Splits money over the areas in free by basis within [floor, cap], redistributing what
// the limits take or free until stable (see the class comment). Returns the rounds.
int split(const AllocationRule &rule, double money, std::vector<std::size_t> free,
          AllocationResult &r)
{
    const double floor = rule.floor, cap = rule.cap;
    int rounds = 0;
    std::vector<std::size_t> below, above, keep;
    while (!free.empty()) {
        ++rounds;
        double sum = 0;
        for (std::size_t i : free)
            sum += r.basis[i];
        if (sum <= 0) { // only areas of zero basis left: they get the floor
            for (std::size_t i : free) {
                r.amount[i] = floor;
                r.limit[i] = AllocationLimit::Floor;
            }
            break;
        }
        const double lambda = money / sum;
        double lacking = 0, exceeding = 0;
        below.clear();
        above.clear();
        keep.clear();
        for (std::size_t i : free) {
            const double x = lambda * r.basis[i];
            if (x < floor) {
                lacking += floor - x;
                below.push_back(i);
            } else if (x > cap) {
                exceeding += x - cap;
                above.push_back(i);
            } else {
                keep.push_back(i);
            }
        }
        if (below.empty() && above.empty()) {
            for (std::size_t i : free) {
                r.amount[i] = lambda * r.basis[i];
                r.limit[i] = AllocationLimit::Key;
            }
            break;
        }
        // The heavier side stays beyond its limit in the final split; the other side may
        // come back within once the heavier one is fixed, so it stays free this round.
        const bool fixFloors = lacking >= exceeding;
        const bool fixCaps = exceeding >= lacking;
        for (std::size_t i : below) {
            if (fixFloors) {
                r.amount[i] = floor;
                r.limit[i] = AllocationLimit::Floor;
                money -= floor;
            } else {
                keep.push_back(i);
            }
        }
        for (std::size_t i : above) {
            if (fixCaps) {
                r.amount[i] = cap;
                r.limit[i] = AllocationLimit::Cap;
                money -= cap;
            } else {
                keep.push_back(i);
            }
        }
        free.swap(keep);
    }
    return rounds;
}

// Whole units: amounts rounded down, the units left over by largest remainder.
void roundWhole(const AllocationRule &rule, AllocationResult &r)
{
    const std::size_t n = r.amount.size();
    std::vector<std::size_t> candidates;
    double given = 0;
    std::vector<double> remainder(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double a = r.amount[i];
        if (!std::isfinite(a))
            continue;
        // 2.9999999996 from the arithmetic is 3, not 2 with a remainder of 0.9999999996.
        const double down = std::floor(a + 1e-9 * std::max(1.0, a));
        remainder[i] = std::max(0.0, a - down);
        r.amount[i] = down;
        given += down;
        if (r.limit[i] != AllocationLimit::Pinned && down < rule.cap)
            candidates.push_back(i);
    }
    const auto left = std::size_t(std::max(0.0, std::round(rule.budget - given)));
    const std::size_t units = std::min(left, candidates.size());
    const auto before = [&](std::size_t a, std::size_t b) {
        if (remainder[a] != remainder[b])
            return remainder[a] > remainder[b];
        if (r.basis[a] != r.basis[b])
            return r.basis[a] > r.basis[b];
        return a < b;
    };
    if (units > 0 && units < candidates.size())
        std::nth_element(candidates.begin(), candidates.begin() + std::ptrdiff_t(units - 1),
                         candidates.end(), before);
    for (std::size_t k = 0; k < units; ++k) {
        r.amount[candidates[k]] += 1;
        if (r.limit[candidates[k]] == AllocationLimit::Floor
            && r.amount[candidates[k]] > rule.floor)
            r.limit[candidates[k]] = AllocationLimit::Key;
    }
    r.roundedUp = int(units);
}

} // namespace

QString Allocator::compute(const AllocationRule &rule, const AllocationInput &in,
                           AllocationResult *out)
{
    if (const QString problem = rule.check(); !problem.isEmpty())
        return problem;
    const std::size_t n = in.values.size();
    if ((!in.population.empty() && in.population.size() != n)
        || (!in.previous.empty() && in.previous.size() != n)
        || (!in.keys.empty() && in.keys.size() != n))
        return tr("The allocation's inputs have different numbers of areas.");
    const QLocale locale;
    const auto amount = [&](double v) {
        return AllocationRule::formatAmount(v, rule.unit, rule.wholeUnits ? 0 : 2, locale);
    };
    AllocationResult r;
    if (QString problem = needs(rule, in, r); !problem.isEmpty())
        return problem;

    r.basis.assign(n, kNaN);
    r.amount.assign(n, kNaN);
    r.limit.assign(n, AllocationLimit::NoValue);
    for (std::size_t i = 0; i < n; ++i) {
        double b = r.need[i];
        if (!in.population.empty() && std::isfinite(b)) {
            const double p = in.population[i];
            if (std::isfinite(p) && p < 0)
                return tr("Area %1 has a negative %2 (%3): the basis would be negative.")
                    .arg(areaName(in, i), rule.populationKey, locale.toString(p));
            b = std::isfinite(p) ? b * p : kNaN;
        }
        r.basis[i] = b;
    }

    // Pinned areas first: they get their amount whether they have a value or not. The
    // keys are looked up in the few pins, not the pins in a hash of every key.
    if (!rule.pins.empty()) {
        QHash<QString, double> pinned;
        for (const AllocationPin &pin : rule.pins)
            pinned.insert(pin.areaKey, pin.amount);
        int found = 0;
        for (std::size_t i = 0; i < in.keys.size(); ++i) {
            const auto it = pinned.constFind(in.keys[i]);
            if (it == pinned.constEnd())
                continue;
            r.amount[i] = *it;
            r.limit[i] = AllocationLimit::Pinned;
            ++found;
        }
        if (found < int(pinned.size()))
            for (const AllocationPin &pin : rule.pins)
                if (std::find(in.keys.begin(), in.keys.end(), pin.areaKey) == in.keys.end())
                    return tr("Area %1 has a fixed amount but is not one of the areas split over.")
                        .arg(pin.areaKey);
    }
    std::vector<std::size_t> free;
    double basisTotal = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (r.limit[i] == AllocationLimit::Pinned)
            continue;
        if (!std::isfinite(r.basis[i])) {
            ++r.withoutValue;
            continue;
        }
        free.push_back(i);
        basisTotal += r.basis[i];
    }
    r.basisTotal = basisTotal;
    const double money = rule.budget - rule.pinnedTotal();
    const double eps = tolerance(rule.budget);
    const double k = double(free.size());
    if (free.empty()) {
        if (money > eps)
            return tr("No area without a fixed amount has a value to take the remaining %1.")
                .arg(amount(money));
    } else {
        if (rule.floor * k > money + eps)
            return rule.pins.empty()
                ? tr("The budget of %1 is smaller than the floors of the %2 areas (%2 x %3 = "
                     "%4).")
                      .arg(amount(rule.budget))
                      .arg(free.size())
                      .arg(amount(rule.floor), amount(rule.floor * k))
                : tr("After the fixed amounts %1 remain, less than the floors of the other %2 "
                     "areas (%2 x %3 = %4).")
                      .arg(amount(money))
                      .arg(free.size())
                      .arg(amount(rule.floor), amount(rule.floor * k));
        if (basisTotal <= 0)
            return tr("Every area's basis is zero (by %1 in %2): there is no key to split the "
                      "budget by.")
                .arg(rule.indicatorKey, rule.period);
        double most = 0;
        for (std::size_t i : free)
            most += r.basis[i] > 0 ? rule.cap : rule.floor;
        if (most < money - eps)
            return tr("Under the cap of %1 the %2 areas can take at most %3, less than the %4 "
                      "to split: raise the cap or lower the budget.")
                .arg(amount(rule.cap))
                .arg(free.size())
                .arg(amount(most), amount(money));
        r.rounds = split(rule, money, std::move(free), r);
    }
    if (rule.wholeUnits)
        roundWhole(rule, r);

    r.share.assign(n, kNaN);
    r.basisShare.assign(n, kNaN);
    r.change.assign(n, kNaN);
    for (std::size_t i = 0; i < n; ++i) {
        if (r.limit[i] != AllocationLimit::Pinned && std::isfinite(r.basis[i]) && r.basisTotal > 0)
            r.basisShare[i] = r.basis[i] / r.basisTotal;
        if (!std::isfinite(r.amount[i]))
            continue;
        r.share[i] = r.amount[i] / rule.budget;
        if (!in.previous.empty() && std::isfinite(in.previous[i]))
            r.change[i] = r.amount[i] - in.previous[i];
    }
    *out = std::move(r);
    return {};
}

} // namespace qw

#pragma once

#include "AllocationRule.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace qw {

// What the data of one level give the allocation, one entry per area (all vectors of the
// same length, or empty where said).
struct AllocationInput
{
    std::vector<double> values; // the indicator's shown value, NaN where there is none
    std::vector<double> population; // empty without AllocationRule::populationKey; NaN: none
    std::vector<double> previous; // empty, or a previous allocation's amount (NaN: none)
    std::vector<QString> keys; // empty, or the area keys, for messages and pins
};

// Why an area got what it got.
enum class AllocationLimit {
    Key, // its share by the key
    Floor, // raised to the floor
    Cap, // lowered to the cap
    Pinned, // a fixed amount
    NoValue, // left out: no value of the indicator (or the population)
};

// The allocation of one rule over one level, aligned with AllocationInput.
struct AllocationResult
{
    std::vector<double> need; // from the indicator (shifted, or the class's points); NaN: none
    std::vector<double> basis; // need x population (or the need); NaN: left out
    std::vector<double> amount; // NaN for areas left out
    std::vector<double> share; // amount / budget: the amount's share, after limits and rounding
    // basis / basisTotal: the share the key alone gives, before floor, cap and rounding;
    // NaN for pinned areas and those left out
    std::vector<double> basisShare;
    std::vector<double> change; // amount - previous; NaN where one of them is missing
    std::vector<AllocationLimit> limit;
    double basisTotal = 0; // over the areas split by the key (not pinned, not left out)
    double lowest = 0, highest = 0; // of the indicator's values (Shift)
    int withoutValue = 0; // areas left out
    int rounds = 0; // redistributions until no area was beyond a limit
    int roundedUp = 0; // whole units: areas given one unit more by their remainder
};

// Splits a budget by a rule: pure computation on vectors, no project, no Qt beyond
// strings (100,000 areas in a few milliseconds, see the benchmark).
//
// Pinned areas get their fixed amount; the rest of the budget goes to the other areas with a
// value in proportion to their basis. An area that would get less than the floor is raised
// to it, one that would get more than the cap lowered to it; what that takes or frees is
// shared out over the remaining areas by the same key, round after round, until no area is
// beyond a limit. Each round fixes the areas beyond the limit that outweighs the other side
// (all below the floor when they lack more than those above the cap exceed it, else all
// above the cap): those stay beyond it in the final split, so the rounds end in the unique
// split where every area gets clamp(lambda x basis, floor, cap) for one lambda.
// Whole units then round every amount down and give the units left over, one each, to the
// areas with the largest remainders (ties: larger basis, then area order), so the parts add
// up to the budget exactly and stay within floor and cap.
class Allocator
{
    Q_DECLARE_TR_FUNCTIONS(qw::Allocator)

public:
    // Returns a message naming what is wrong (nothing is computed then), or an empty
    // string and fills *result.
    static QString compute(const AllocationRule &rule, const AllocationInput &input,
                           AllocationResult *result);
};

} // namespace qw

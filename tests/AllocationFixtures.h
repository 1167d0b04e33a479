#pragma once

#include "AllocationRule.h"

namespace qw::test {

// The demo city's rule of the README: half a million euros by the social index per young
// person (10 to 18), at least 5,000 and at most 40,000 an area, in whole euros.
inline AllocationRule demoAllocationRule()
{
    AllocationRule r;
    r.indicatorKey = QStringLiteral("social_index");
    r.budget = 500000;
    r.floor = 5000;
    r.cap = 40000;
    r.populationKey = QStringLiteral("pop_10_18");
    r.wholeUnits = true;
    return r;
}

} // namespace qw::test

#pragma once

namespace qw::bench {

class Table;

// Splitting a budget over 100,000 areas (target 50 ms): by a shifted z-value alone, and
// times a population with floor, cap, 100 pinned areas and whole units, where floor and cap
// bind and the redistribution takes several rounds.
void allocationBenchmark(Table &table, int runs);

} // namespace qw::bench

#pragma once

namespace qw::bench {

class Table;

// A composite index of 5 inputs over 100,000 areas recomputed after a weight change:
// z-scores, the weighted mean, re-standardisation and the MSS classes (target 50 ms).
void indexBenchmark(Table &table, int runs);

} // namespace qw::bench

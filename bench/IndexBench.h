#pragma once

namespace qw::bench {

class Table;

// A composite index of 5 inputs over 100,000 areas recomputed after a weight change:
// z-scores, the weighted mean, re-standardisation and the MSS classes (target 50 ms).
void indexBenchmark(Table &table, int runs);

// The sensitivity of an MSS-like index of 3 inputs to its weights: 1,000 draws at 542 areas
// (target 1 s) and at 10,000 areas (target 10 s), with a progress callback.
void sensitivityBenchmark(Table &table, int runs);

} // namespace qw::bench

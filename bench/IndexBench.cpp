#include "IndexBench.h"

#include "BenchTable.h"
#include "CompositeIndex.h"
#include "Random.h"

#include <QLocale>

#include <cmath>

namespace qw::bench {

void indexBenchmark(Table &table, int runs)
{
    constexpr int kAreas = 100000;
    constexpr int kInputs = 5;
    Random rng(7);
    // Skewed rates like those of small areas, a few without a value or left out (NaN).
    std::vector<std::vector<double>> inputs(kInputs, std::vector<double>(kAreas));
    for (auto &column : inputs)
        for (double &x : column)
            x = rng.uniform() < 0.01 ? std::nan("") : std::exp(rng.normal(2, 0.7));
    std::vector<CompositeIndex::Column> columns;
    for (const auto &column : inputs)
        columns.push_back({column, 1, 1.0});
    const ClassRule mss; // -1, 1, 1.5 standard deviations
    int step = 0;
    std::size_t classified = 0;
    const Timing t = measure(runs, [&] {
        // The planner moved one weight: everything is computed again.
        columns[std::size_t(step % kInputs)].weight = 1.0 + 0.1 * (++step % 7);
        const auto result = CompositeIndex::compute(columns, Standardisation::ZScore, true);
        classified += CompositeIndex::classify(result.index, mss).size();
    });
    table.add(QLocale(QLocale::English).toString(kAreas) + QStringLiteral(" areas"),
              QStringLiteral("composite index of %1 inputs after a weight change (z-scores, "
                             "re-standardised, classes)")
                  .arg(kInputs),
              t, 50);
    if (classified == 0)
        table.addNote(QStringLiteral("index"), QStringLiteral("no areas classified"), {});
}

} // namespace qw::bench

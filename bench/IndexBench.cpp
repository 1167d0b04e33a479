#include "IndexBench.h"

#include "BenchTable.h"
#include "CompositeIndex.h"
#include "Random.h"
#include "Sensitivity.h"

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

void sensitivityBenchmark(Table &table, int runs)
{
    // Berlin's MSS shape: three status inputs, z-scores, classes at -1, 1, 1.5 SD.
    IndexRecipe recipe;
    recipe.inputs = {{QStringLiteral("s1"), 1, 1.0},
                     {QStringLiteral("s3"), 1, 1.0},
                     {QStringLiteral("s4"), 1, 1.0}};
    for (const int areas : {542, 10000}) {
        Random rng(11);
        std::vector<std::vector<double>> columns(recipe.inputs.size(), std::vector<double>(areas));
        for (auto &column : columns)
            for (double &x : column)
                x = rng.uniform() < 0.01 ? std::nan("") : std::exp(rng.normal(2, 0.7));
        SensitivityOptions options; // 1,000 draws, +-20 %
        int reports = 0;
        std::size_t stable = 0;
        const Timing t = measure(areas > 1000 ? std::min(runs, 3) : runs, [&] {
            // With a progress callback, as the window runs it (every 1 % of the draws).
            const auto result = Sensitivity::compute(
                columns, recipe, options,
                [&](int, int) {
                    ++reports;
                    return true;
                },
                nullptr);
            stable += result ? std::size_t(result->stableCount()) : 0;
        });
        table.add(QLocale(QLocale::English).toString(areas) + QStringLiteral(" areas"),
                  QStringLiteral("sensitivity, 1,000 draws (3 inputs re-weighted, ranks, MSS "
                                 "classes, percentiles)"),
                  t, areas > 1000 ? 10000 : 1000);
        if (stable == 0 || reports == 0)
            table.addNote(QStringLiteral("sensitivity"), QStringLiteral("no result"), {});
    }
}

} // namespace qw::bench

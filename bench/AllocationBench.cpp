#include "AllocationBench.h"

#include "Allocator.h"
#include "BenchTable.h"
#include "Random.h"

#include <QLocale>

#include <cstdio>

namespace qw::bench {

void allocationBenchmark(Table &table, int runs)
{
    constexpr int kAreas = 100000;
    Random rng(23);
    AllocationInput in;
    for (int i = 0; i < kAreas; ++i) {
        in.values.push_back(rng.normal(0, 1)); // a z-standardised index
        in.population.push_back(std::round(rng.uniform(100, 3000)));
        in.keys.push_back(QString::number(1000000 + i));
    }
    const QString size = QLocale(QLocale::English).toString(kAreas) + QStringLiteral(" areas");

    AllocationRule plain;
    plain.indicatorKey = QStringLiteral("index");
    plain.period = QStringLiteral("2024");
    plain.levelKey = QStringLiteral("area");
    plain.budget = 100e6;
    AllocationInput alone = in;
    alone.population.clear();
    AllocationResult result;
    QString error;
    table.add(size, QStringLiteral("allocation by the shifted index"),
              measure(runs, [&] { error = Allocator::compute(plain, alone, &result); }), 50);
    if (!error.isEmpty())
        std::fprintf(stderr, "allocation failed: %s\n", qPrintable(error));

    // The average area gets 1,000; the floor of 400 and the cap of 2,500 both bind.
    AllocationRule limited = plain;
    limited.populationKey = QStringLiteral("population");
    limited.floor = 400;
    limited.cap = 2500;
    limited.wholeUnits = true;
    for (int i = 0; i < 100; ++i)
        limited.pins.push_back({in.keys[std::size_t(i) * 997], 1000});
    const Timing t = measure(runs, [&] { error = Allocator::compute(limited, in, &result); });
    int floors = 0, caps = 0;
    for (AllocationLimit l : result.limit) {
        floors += l == AllocationLimit::Floor;
        caps += l == AllocationLimit::Cap;
    }
    table.add(size,
              QStringLiteral("allocation x population, floor, cap, 100 pins, whole units "
                             "(%1 at the floor, %2 at the cap, %3 rounds)")
                  .arg(floors)
                  .arg(caps)
                  .arg(result.rounds),
              t, 50);
    if (!error.isEmpty())
        std::fprintf(stderr, "allocation failed: %s\n", qPrintable(error));
}

} // namespace qw::bench

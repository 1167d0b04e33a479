#pragma once

#include "Project.h"
#include "ProjectStore.h"

#include <memory>

namespace qw::test {

// Squares of level "sr" in a row, 100 wide and 100 apart, one per key ("A" at x 0, "B" at
// 200, ...), named "Gebiet A".
inline std::vector<Area> squareAreas(std::initializer_list<const char *> keys)
{
    std::vector<Area> areas;
    for (const char *key : keys) {
        Area a;
        a.key = QString::fromLatin1(key);
        a.name = QStringLiteral("Gebiet ") + a.key;
        a.level = QStringLiteral("sr");
        const double x = (key[0] - 'A') * 200.0;
        a.geometry.addPolygon({{x, 0, x + 100, 0, x + 100, 100, x, 100, x, 0}});
        areas.push_back(a);
    }
    return areas;
}

// Five areas A-E of level "sr" and a "higher is worse" rate "poverty" (Kinderarmut, at
// least 3 cases) in 2022-2024, values worked out by hand in the tests:
//   2022: A 10/100, B 20/100, C 30/100, D 40/100, E 50/100
//   2023: A 2/20 (suppressed), B 18/80, C 30/100, D 50/100, E none
//   2024: A 20/100, B 10/100, C 40/100, D 30/100, E 60/100
inline std::shared_ptr<Project> writeTrendFixture(const QString &path)
{
    ProjectStore::create(path, ProjectMetadata {}, [](ProjectStore &s) {
        s.writeAreas(squareAreas({"A", "B", "C", "D", "E"}));
        Indicator rate;
        rate.key = QStringLiteral("poverty");
        rate.nameDe = QStringLiteral("Kinderarmut");
        rate.unit = QStringLiteral("%");
        rate.kind = IndicatorKind::Rate;
        rate.polarity = Polarity::HigherIsWorse;
        rate.minCases = 3;
        rate.decimals = 1;
        s.writeIndicators({rate});
        std::vector<IndicatorValue> v;
        const auto add = [&](const char *area, const char *period, double num, double den) {
            v.push_back({QString::fromLatin1(area), rate.key, QString::fromLatin1(period),
                         num / den * 100, num, den, ValueStatus::Ok, 0});
        };
        add("A", "2022", 10, 100);
        add("B", "2022", 20, 100);
        add("C", "2022", 30, 100);
        add("D", "2022", 40, 100);
        add("E", "2022", 50, 100);
        add("A", "2023", 2, 20);
        add("B", "2023", 18, 80);
        add("C", "2023", 30, 100);
        add("D", "2023", 50, 100);
        add("A", "2024", 20, 100);
        add("B", "2024", 10, 100);
        add("C", "2024", 40, 100);
        add("D", "2024", 30, 100);
        add("E", "2024", 60, 100);
        s.valueRepository().upsert(v);
    });
    return Project::open(path);
}

} // namespace qw::test

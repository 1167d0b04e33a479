#pragma once

#include "ProjectTypes.h"

#include <cstdint>
#include <vector>

namespace qw {

// Generates "Musterstadt", a fictional but realistic city for demonstration, tests and
// the benchmark: areas on two levels, ~26 education-monitoring indicators over 10
// periods driven by one spatially smooth social gradient (so that child poverty, SGB II,
// language-support need and school results correlate as they do in real cities), a few
// missing and small-count values, and schools, Kitas and youth centres as points.
// Deterministic: the same options give the same city on every platform.
class DemoCityGenerator
{
public:
    struct Options
    {
        int areaCount = 39;
        int districtCount = 12;
        int periodCount = 10;
        int firstYear = 2015;
        int verticesPerArea = 100;
        int population = 600000;
        int facilityCount = 250;
        std::uint64_t seed = 20261122;
    };

    struct City
    {
        ProjectMetadata metadata;
        std::vector<AreaLevel> levels;
        std::vector<Area> areas; // districts first, then small areas
        std::vector<Indicator> indicators;
        std::vector<IndicatorValue> values;
        std::vector<Facility> facilities;
        std::vector<Landmark> landmarks;
    };

    // Bump when the generated content changes, so stored demo projects are regenerated.
    static constexpr int kVersion = 4;

    explicit DemoCityGenerator(Options options);
    City generate() const;
    // Generates and writes a project file (atomically).
    void writeProject(const QString &path) const;

    static QString generatorTag();

private:
    Options m_options;
};

} // namespace qw

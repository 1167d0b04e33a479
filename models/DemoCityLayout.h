#pragma once

#include "Geometry.h"

#include <cstdint>
#include <vector>

namespace qw {

// The geometry of a generated city: N small areas that tile an irregular city outline
// without gaps or overlaps, grouped into districts, with a river. Borders are Voronoi
// edges, densified and bent by one smooth warp of the plane, so neighbours keep
// identical shared borders (a clean coverage that dissolves exactly) while looking
// natural rather than like a grid.
struct DemoCityLayout
{
    struct Options
    {
        int areaCount = 39;
        int districtCount = 12;
        int verticesPerArea = 100;
        double totalAreaKm2 = 280.0;
        Point centre {392000.0, 5710000.0}; // ETRS89 / UTM 32N
        std::uint64_t seed = 1;
    };

    static DemoCityLayout build(const Options &options);

    std::vector<Point> seeds; // one per small area, in area order
    std::vector<MultiPolygon> areas; // one per small area
    std::vector<int> districtOfArea; // district index per small area
    std::vector<MultiPolygon> districts;
    std::vector<Point> districtCentres;
    MultiPolygon outline;
    MultiPolygon river;
    Point centre;
    double radius = 0; // mean radius of the outline
};

} // namespace qw

#include "DemoCityLayout.h"

#include "Geos.h"
#include "Random.h"

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <tuple>
#include <unordered_map>

namespace qw {

namespace {

struct Warp
{
    NoiseField nx, ny, fx, fy;
    double amplitude;
    double scale;

    Warp(std::uint64_t seed, double spacing)
        : nx(seed ^ 0x11)
        , ny(seed ^ 0x22)
        , fx(seed ^ 0x33)
        , fy(seed ^ 0x44)
        , amplitude(0.2 * spacing)
        , scale(spacing)
    { }

    // Bounded displacement with gradient < 1: the warp is one-to-one, so a valid
    // coverage stays valid.
    Point operator()(double x, double y) const
    {
        const double u = x / scale, v = y / scale;
        const double dx = amplitude * (nx.at(u, v) + 0.2 * fx.at(3 * u, 3 * v));
        const double dy = amplitude * (ny.at(u, v) + 0.2 * fy.at(3 * u, 3 * v));
        return {x + dx, y + dy};
    }
};

MultiPolygon densifyAndWarp(const MultiPolygon &in, double step, const Warp &warp)
{
    MultiPolygon out;
    for (int p = 0; p < in.polygonCount(); ++p) {
        std::vector<std::vector<double>> rings;
        for (int r = in.firstRing(p); r < in.ringEnd(p); ++r) {
            const auto c = in.ring(r);
            std::vector<double> ring;
            const std::size_t n = c.size() / 2;
            for (std::size_t i = 0; i + 1 < n; ++i) {
                Point a {c[2 * i], c[2 * i + 1]}, b {c[2 * i + 2], c[2 * i + 3]};
                // Compute intermediate points from the lexicographically smaller end so
                // both neighbours of a shared edge get bit-identical coordinates.
                const bool swap = std::tie(b.x, b.y) < std::tie(a.x, a.y);
                const Point s = swap ? b : a, e = swap ? a : b;
                const double len = std::hypot(e.x - s.x, e.y - s.y);
                const int k = std::max(1, int(std::floor(len / step)));
                std::vector<Point> pts;
                for (int j = 0; j < k; ++j) {
                    const double t = double(j) / k;
                    pts.push_back({s.x + (e.x - s.x) * t, s.y + (e.y - s.y) * t});
                }
                pts.push_back(e);
                if (swap)
                    std::reverse(pts.begin(), pts.end());
                for (std::size_t j = 0; j + 1 < pts.size(); ++j) {
                    const Point w = warp(pts[j].x, pts[j].y);
                    ring.push_back(w.x);
                    ring.push_back(w.y);
                }
            }
            ring.push_back(ring[0]);
            ring.push_back(ring[1]);
            rings.push_back(std::move(ring));
        }
        out.addPolygon(rings);
    }
    return out;
}

double outlineRadius(double theta, const double phase[3])
{
    return 1.0 + 0.10 * std::sin(2 * theta + phase[0]) + 0.07 * std::sin(3 * theta + phase[1])
        + 0.04 * std::sin(5 * theta + phase[2]);
}

std::vector<Point> placeSeeds(const DemoCityLayout::Options &o, double radius,
                              const double phase[3], Random &rng)
{
    const double cityArea = o.totalAreaKm2 * 1e6;
    double spacing = std::sqrt(cityArea / (o.areaCount * 1.15));
    std::vector<Point> pts;
    for (int attempt = 0; attempt < 60; ++attempt) {
        pts.clear();
        const int cells = int(std::ceil(2.6 * radius / spacing));
        for (int gy = -cells / 2; gy <= cells / 2; ++gy) {
            for (int gx = -cells / 2; gx <= cells / 2; ++gx) {
                const double jx = rng.uniform(-0.4, 0.4), jy = rng.uniform(-0.4, 0.4);
                // Hexagonal offset gives rounder cells than a square lattice.
                const double x = (gx + jx + (gy & 1 ? 0.5 : 0.0)) * spacing;
                const double y = (gy + jy) * spacing * 0.866;
                const double r = std::hypot(x, y);
                const double theta = std::atan2(y, x);
                // Inner-city areas are smaller: pull points towards the centre.
                const double rr = r / radius;
                if (rr < 0.93 * outlineRadius(theta, phase)) {
                    const double pulled = radius * std::pow(rr, 1.15);
                    pts.push_back({o.centre.x + pulled * std::cos(theta),
                                   o.centre.y + pulled * std::sin(theta)});
                }
            }
        }
        if (int(pts.size()) >= o.areaCount)
            break;
        spacing *= 0.96;
    }
    // Drop the surplus: for small cities the most crowded points (keeps even spacing),
    // for large ones at random.
    while (int(pts.size()) > o.areaCount) {
        std::size_t drop = 0;
        if (pts.size() <= 800) {
            double best = std::numeric_limits<double>::infinity();
            for (std::size_t i = 0; i < pts.size(); ++i) {
                for (std::size_t j = i + 1; j < pts.size(); ++j) {
                    const double d = std::hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y);
                    if (d < best) {
                        best = d;
                        drop = rng.uniform() < 0.5 ? i : j;
                    }
                }
            }
        } else {
            drop = std::size_t(rng.below(int(pts.size())));
        }
        pts[drop] = pts.back();
        pts.pop_back();
    }
    return pts;
}

// Many districts (national-scale benchmark projects): square cells of about the right
// size, in linear time. Gives about k districts; empty cells are dropped.
std::vector<int> groupByGrid(const std::vector<Point> &pts, int k, std::vector<Point> &centres)
{
    Bounds b;
    for (const Point &p : pts)
        b.include(p.x, p.y);
    const double cell = std::sqrt(std::max(1.0, b.width() * b.height()) / k);
    const int cols = std::max(1, int(std::ceil(b.width() / cell)) + 1);
    std::unordered_map<std::int64_t, int> districtOfCell;
    std::vector<int> assign(pts.size());
    std::vector<Point> sum;
    std::vector<int> count;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const std::int64_t key = std::int64_t((pts[i].y - b.minY) / cell) * cols
            + std::int64_t((pts[i].x - b.minX) / cell);
        auto [it, added] = districtOfCell.emplace(key, int(sum.size()));
        if (added) {
            sum.push_back({});
            count.push_back(0);
        }
        assign[i] = it->second;
        sum[it->second].x += pts[i].x;
        sum[it->second].y += pts[i].y;
        ++count[it->second];
    }
    centres.clear();
    for (std::size_t d = 0; d < sum.size(); ++d)
        centres.push_back({sum[d].x / count[d], sum[d].y / count[d]});
    return assign;
}

// Plain k-means with deterministic farthest-point initialisation: compact, contiguous
// districts for a city. O(n k), so many districts go to groupByGrid instead.
std::vector<int> groupIntoDistricts(const std::vector<Point> &pts, int k, Point centre,
                                    std::vector<Point> &centres)
{
    k = std::max(1, std::min<int>(k, int(pts.size())));
    if (k > 64)
        return groupByGrid(pts, k, centres);
    centres.clear();
    std::size_t first = 0;
    double far = -1;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const double d = std::hypot(pts[i].x - centre.x, pts[i].y - centre.y);
        if (d < far || far < 0) {
            far = d;
            first = i;
        }
    }
    centres.push_back(pts[first]);
    std::vector<double> dist(pts.size(), std::numeric_limits<double>::infinity());
    while (int(centres.size()) < k) {
        std::size_t best = 0;
        double bestD = -1;
        for (std::size_t i = 0; i < pts.size(); ++i) {
            const Point &c = centres.back();
            dist[i] = std::min(dist[i], std::hypot(pts[i].x - c.x, pts[i].y - c.y));
            if (dist[i] > bestD) {
                bestD = dist[i];
                best = i;
            }
        }
        centres.push_back(pts[best]);
    }
    std::vector<int> assign(pts.size(), 0);
    for (int iter = 0; iter < 15; ++iter) {
        for (std::size_t i = 0; i < pts.size(); ++i) {
            double best = std::numeric_limits<double>::infinity();
            for (int c = 0; c < k; ++c) {
                const double d = std::hypot(pts[i].x - centres[c].x, pts[i].y - centres[c].y);
                if (d < best) {
                    best = d;
                    assign[i] = c;
                }
            }
        }
        std::vector<Point> sum(k);
        std::vector<int> count(k, 0);
        for (std::size_t i = 0; i < pts.size(); ++i) {
            sum[assign[i]].x += pts[i].x;
            sum[assign[i]].y += pts[i].y;
            ++count[assign[i]];
        }
        for (int c = 0; c < k; ++c)
            if (count[c] > 0)
                centres[c] = {sum[c].x / count[c], sum[c].y / count[c]};
    }
    return assign;
}

} // namespace

DemoCityLayout DemoCityLayout::build(const Options &o)
{
    Random rng(o.seed);
    Geos geos;
    GEOSContextHandle_t ctx = geos.handle();
    DemoCityLayout city;
    city.centre = o.centre;
    city.radius = std::sqrt(o.totalAreaKm2 * 1e6 / std::numbers::pi);
    const double phase[3] = {rng.uniform(0, 6.283), rng.uniform(0, 6.283), rng.uniform(0, 6.283)};
    const double spacing = std::sqrt(o.totalAreaKm2 * 1e6 / o.areaCount);
    const double step = 3.6 * spacing / std::max(8, o.verticesPerArea);

    // The outline, sampled finely enough that clipped cells keep smooth edges.
    std::vector<double> ring;
    const int outlinePoints = std::max(360, int(2 * std::numbers::pi * city.radius / step));
    for (int i = 0; i < outlinePoints; ++i) {
        const double theta = 2 * std::numbers::pi * i / outlinePoints;
        const double r = city.radius * outlineRadius(theta, phase);
        ring.push_back(o.centre.x + r * std::cos(theta));
        ring.push_back(o.centre.y + r * std::sin(theta));
    }
    ring.push_back(ring[0]);
    ring.push_back(ring[1]);
    MultiPolygon outline;
    outline.addPolygon({ring});
    auto outlineGeom = geos.toGeos(outline);
    const GEOSPreparedGeometry *prepared = GEOSPrepare_r(ctx, outlineGeom.get());

    city.seeds = placeSeeds(o, city.radius, phase, rng);

    // Voronoi cells; GEOS returns them in its own order, so match each to its seed.
    auto sites = geos.toGeos(city.seeds);
    auto envelope = geos.toGeos(outline);
    auto cells = geos.wrap(GEOSVoronoiDiagram_r(ctx, sites.get(), envelope.get(), 0.0, 0));
    const int cellCount = GEOSGetNumGeometries_r(ctx, cells.get());
    std::vector<const GEOSGeometry *> cellOfSeed(city.seeds.size(), nullptr);
    {
        // Grid lookup of seeds by position keeps matching linear for large N.
        const double cell = spacing;
        std::unordered_multimap<std::int64_t, std::size_t> grid;
        auto keyOf = [&](double x, double y) {
            return (std::int64_t(std::floor(x / cell)) << 32)
                ^ std::int64_t(std::floor(y / cell) + 1e6);
        };
        for (std::size_t i = 0; i < city.seeds.size(); ++i)
            grid.emplace(keyOf(city.seeds[i].x, city.seeds[i].y), i);
        for (int c = 0; c < cellCount; ++c) {
            const GEOSGeometry *g = GEOSGetGeometryN_r(ctx, cells.get(), c);
            double minX, minY, maxX, maxY;
            GEOSGeom_getXMin_r(ctx, g, &minX);
            GEOSGeom_getYMin_r(ctx, g, &minY);
            GEOSGeom_getXMax_r(ctx, g, &maxX);
            GEOSGeom_getYMax_r(ctx, g, &maxY);
            const GEOSPreparedGeometry *pg = GEOSPrepare_r(ctx, g);
            for (double gx = std::floor(minX / cell); gx <= std::floor(maxX / cell); ++gx) {
                for (double gy = std::floor(minY / cell); gy <= std::floor(maxY / cell); ++gy) {
                    auto range =
                        grid.equal_range((std::int64_t(gx) << 32) ^ std::int64_t(gy + 1e6));
                    for (auto it = range.first; it != range.second; ++it) {
                        const Point &s = city.seeds[it->second];
                        if (cellOfSeed[it->second] != nullptr)
                            continue;
                        auto point = geos.wrap(GEOSGeom_createPointFromXY_r(ctx, s.x, s.y));
                        if (GEOSPreparedContains_r(ctx, pg, point.get()) == 1)
                            cellOfSeed[it->second] = g;
                    }
                }
            }
            GEOSPreparedGeom_destroy_r(ctx, pg);
        }
    }

    const Warp warp(o.seed * 7919 + 13, spacing);
    city.areas.reserve(city.seeds.size());
    for (std::size_t i = 0; i < city.seeds.size(); ++i) {
        const GEOSGeometry *cell = cellOfSeed[i];
        MultiPolygon clipped;
        if (cell && GEOSPreparedContainsProperly_r(ctx, prepared, cell) == 1) {
            clipped = geos.toMultiPolygon(cell);
        } else if (cell) {
            auto part = geos.wrap(GEOSIntersection_r(ctx, cell, outlineGeom.get()));
            clipped = geos.toMultiPolygon(part.get());
        }
        city.areas.push_back(densifyAndWarp(clipped, step, warp));
    }
    city.outline = densifyAndWarp(outline, step, warp);
    GEOSPreparedGeom_destroy_r(ctx, prepared);

    city.districtOfArea =
        groupIntoDistricts(city.seeds, o.districtCount, o.centre, city.districtCentres);
    const int districtCount = int(city.districtCentres.size());
    std::vector<std::vector<const MultiPolygon *>> members(districtCount);
    for (std::size_t i = 0; i < city.areas.size(); ++i)
        members[city.districtOfArea[i]].push_back(&city.areas[i]);
    for (int d = 0; d < districtCount; ++d)
        city.districts.push_back(geos.coverageUnion(members[d]));

    // A meandering river from west to east, south of the centre, clipped to the city.
    std::vector<double> line;
    const double amp = 0.12 * city.radius;
    for (int i = 0; i <= 200; ++i) {
        const double t = -1.4 + 2.8 * i / 200.0;
        const double x = o.centre.x + t * city.radius;
        const double y = o.centre.y - 0.18 * city.radius + amp * std::sin(2.3 * t + phase[0])
            + 0.4 * amp * std::sin(5.1 * t + phase[1]);
        const Point w = warp(x, y);
        line.push_back(w.x);
        line.push_back(w.y);
    }
    GEOSCoordSequence *seq = GEOSCoordSeq_copyFromBuffer_r(ctx, line.data(), line.size() / 2, 0, 0);
    auto riverLine = geos.wrap(GEOSGeom_createLineString_r(ctx, seq));
    auto riverPoly = geos.wrap(GEOSBuffer_r(ctx, riverLine.get(), 0.004 * city.radius + 25, 8));
    auto cityGeom = geos.toGeos(city.outline);
    auto riverInCity = geos.wrap(GEOSIntersection_r(ctx, riverPoly.get(), cityGeom.get()));
    city.river = geos.toMultiPolygon(riverInCity.get());
    return city;
}

} // namespace qw

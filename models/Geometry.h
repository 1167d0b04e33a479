#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace qw {

struct Bounds
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return !(minX <= maxX && minY <= maxY); }
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    void include(double x, double y)
    {
        if (x < minX)
            minX = x;
        if (x > maxX)
            maxX = x;
        if (y < minY)
            minY = y;
        if (y > maxY)
            maxY = y;
    }
    void include(const Bounds &other)
    {
        if (other.isEmpty())
            return;
        include(other.minX, other.minY);
        include(other.maxX, other.maxY);
    }
    bool intersects(const Bounds &o) const
    {
        return !(o.minX > maxX || o.maxX < minX || o.minY > maxY || o.maxY < minY);
    }
    bool contains(double x, double y) const
    {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
    friend bool operator==(const Bounds &, const Bounds &) = default;
};

struct Point
{
    double x = 0;
    double y = 0;
    friend bool operator==(const Point &, const Point &) = default;
};

// A multipolygon stored compactly: one flat coordinate array and the end offsets of
// rings and polygons. Rings are closed (first point repeated last), the first ring of
// each polygon is its exterior, the others are holes. A plain polygon is a
// multipolygon with one part.
class MultiPolygon
{
public:
    // Appends one polygon; rings[0] is the exterior. Each ring is x0,y0,x1,y1,...
    void addPolygon(const std::vector<std::vector<double>> &rings);

    // Gives back the spare capacity growth left behind (up to half the memory of a
    // geometry read ring by ring); call once a geometry is complete.
    void shrinkToFit()
    {
        m_xy.shrink_to_fit();
        m_ringEnds.shrink_to_fit();
        m_polygonEnds.shrink_to_fit();
    }

    int polygonCount() const { return int(m_polygonEnds.size()); }
    int ringCount() const { return int(m_ringEnds.size()); }
    int pointCount() const { return int(m_xy.size() / 2); }
    // Rings of polygon p: [firstRing(p), firstRing(p+1)).
    int firstRing(int polygon) const { return polygon == 0 ? 0 : int(m_polygonEnds[polygon - 1]); }
    int ringEnd(int polygon) const { return int(m_polygonEnds[polygon]); }
    // The coordinates of ring r as x0,y0,x1,y1,...
    std::span<const double> ring(int r) const;
    // Point by point: points k of ring r are [pointBegin(r), pointEnd(r)).
    int pointBegin(int r) const { return r == 0 ? 0 : int(m_ringEnds[std::size_t(r) - 1]); }
    int pointEnd(int r) const { return int(m_ringEnds[std::size_t(r)]); }
    double x(int k) const { return m_xy[2 * std::size_t(k)]; }
    double y(int k) const { return m_xy[2 * std::size_t(k) + 1]; }

    const Bounds &bounds() const { return m_bounds; }
    bool isEmpty() const { return m_xy.empty(); }
    // Even-odd test over all rings: correct for holes and for disjoint parts.
    bool contains(double x, double y) const;
    // Planar area (exteriors minus holes), in squared CRS units.
    double area() const;
    // A point inside the largest part, for labels.
    Point labelPoint() const;

    friend bool operator==(const MultiPolygon &, const MultiPolygon &) = default;

private:
    std::vector<double> m_xy;
    std::vector<std::uint32_t> m_ringEnds; // end (in points) of each ring
    std::vector<std::uint32_t> m_polygonEnds; // end (in rings) of each polygon
    Bounds m_bounds;
};

// Even-odd crossing test over the rings of anything with MultiPolygon's point accessors
// (ringCount, pointBegin, pointEnd, x, y): correct for holes and disjoint parts.
template<class Rings> bool evenOddContains(const Rings &g, double x, double y)
{
    bool inside = false;
    for (int r = 0; r < g.ringCount(); ++r)
        for (int i = g.pointBegin(r), j = g.pointEnd(r) - 1; i < g.pointEnd(r); j = i++) {
            const double xi = g.x(i), yi = g.y(i), xj = g.x(j), yj = g.y(j);
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                inside = !inside;
        }
    return inside;
}

} // namespace qw

#include "Geometry.h"

#include <algorithm>
#include <cmath>

namespace qw {

void MultiPolygon::addPolygon(const std::vector<std::vector<double>> &rings)
{
    if (rings.empty() || rings.front().size() < 6)
        return;
    for (const auto &ring : rings) {
        if (ring.size() < 6)
            continue;
        m_xy.insert(m_xy.end(), ring.begin(), ring.end());
        const std::size_t n = ring.size();
        if (ring[0] != ring[n - 2] || ring[1] != ring[n - 1]) {
            m_xy.push_back(ring[0]);
            m_xy.push_back(ring[1]);
        }
        m_ringEnds.push_back(std::uint32_t(m_xy.size() / 2));
        for (std::size_t i = 0; i + 1 < n; i += 2)
            m_bounds.include(ring[i], ring[i + 1]);
    }
    m_polygonEnds.push_back(std::uint32_t(m_ringEnds.size()));
}

std::span<const double> MultiPolygon::ring(int r) const
{
    const std::size_t begin = r == 0 ? 0 : m_ringEnds[r - 1];
    const std::size_t end = m_ringEnds[r];
    return {m_xy.data() + 2 * begin, 2 * (end - begin)};
}

bool MultiPolygon::contains(double x, double y) const
{
    return m_bounds.contains(x, y) && evenOddContains(*this, x, y);
}

static double ringArea(std::span<const double> c)
{
    double sum = 0;
    const std::size_t n = c.size() / 2;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++)
        sum += (c[2 * j] - c[2 * i]) * (c[2 * j + 1] + c[2 * i + 1]);
    return std::abs(sum) / 2.0;
}

double MultiPolygon::area() const
{
    double total = 0;
    for (int p = 0; p < polygonCount(); ++p) {
        for (int r = firstRing(p); r < ringEnd(p); ++r)
            total += (r == firstRing(p) ? 1.0 : -1.0) * ringArea(ring(r));
    }
    return total;
}

Point MultiPolygon::labelPoint() const
{
    if (isEmpty())
        return {};
    // Largest part by exterior area.
    int best = 0;
    double bestArea = -1;
    for (int p = 0; p < polygonCount(); ++p) {
        const double a = ringArea(ring(firstRing(p)));
        if (a > bestArea) {
            bestArea = a;
            best = p;
        }
    }
    // Scan a few horizontal lines through the part and take the midpoint of the widest
    // inside span: stays inside concave shapes where the centroid would not.
    Bounds b;
    const auto ext = ring(firstRing(best));
    for (std::size_t i = 0; i + 1 < ext.size(); i += 2)
        b.include(ext[i], ext[i + 1]);
    Point bestPoint {(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2};
    double bestWidth = -1;
    constexpr int lines = 15;
    for (int l = 1; l <= lines; ++l) {
        const double y = b.minY + b.height() * l / (lines + 1);
        std::vector<double> xs;
        for (int r = firstRing(best); r < ringEnd(best); ++r) {
            const auto c = ring(r);
            const std::size_t n = c.size() / 2;
            for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
                const double yi = c[2 * i + 1], yj = c[2 * j + 1];
                if ((yi > y) != (yj > y))
                    xs.push_back(c[2 * i] + (c[2 * j] - c[2 * i]) * (y - yi) / (yj - yi));
            }
        }
        std::sort(xs.begin(), xs.end());
        // Weight central lines a little higher so labels sit near the middle.
        const double weight = 1.0 - 0.3 * std::abs(double(l) / (lines + 1) - 0.5);
        for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
            const double w = (xs[i + 1] - xs[i]) * weight;
            if (w > bestWidth) {
                bestWidth = w;
                bestPoint = {(xs[i] + xs[i + 1]) / 2, y};
            }
        }
    }
    return bestPoint;
}

} // namespace qw

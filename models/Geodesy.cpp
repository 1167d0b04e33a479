#include "Geodesy.h"

#include <geodesic.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace qw {

Geodesy Geodesy::planar(double metresPerUnit)
{
    Geodesy g;
    g.m_unit = metresPerUnit > 0 ? metresPerUnit : 1.0;
    return g;
}

Geodesy Geodesy::ellipsoidal(double semiMajor, double inverseFlattening)
{
    Geodesy g;
    g.m_semiMajor = semiMajor;
    g.m_flattening = inverseFlattening > 0 ? 1.0 / inverseFlattening : 0.0;
    return g;
}

Geodesy Geodesy::forCrs(int epsg)
{
    if (epsg <= 0)
        return planar();
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    Geodesy g = planar();
    if (OSRImportFromEPSG(srs, epsg) == OGRERR_NONE) {
        if (OSRIsGeographic(srs)) {
            OGRErr error = OGRERR_NONE;
            const double a = OSRGetSemiMajor(srs, &error);
            const double invF = OSRGetInvFlattening(srs, &error);
            if (error == OGRERR_NONE && a > 0) {
                g = ellipsoidal(a, invF);
                // Radians per unit; degrees for nearly every CRS, grads for a few.
                const double radians = OSRGetAngularUnits(srs, nullptr);
                if (radians > 0)
                    g.m_unit = radians * 180.0 / std::numbers::pi;
            }
        } else {
            g = planar(OSRGetLinearUnits(srs, nullptr));
        }
    }
    OSRDestroySpatialReference(srs);
    return g;
}

double Geodesy::distance(Point a, Point b) const
{
    if (!isGeographic())
        return std::hypot(b.x - a.x, b.y - a.y) * m_unit;
    geod_geodesic g;
    geod_init(&g, m_semiMajor, m_flattening);
    double metres = 0;
    geod_inverse(&g, a.y * m_unit, a.x * m_unit, b.y * m_unit, b.x * m_unit, &metres, nullptr,
                 nullptr);
    return metres;
}

double Geodesy::area(const MultiPolygon &mp) const
{
    if (!isGeographic())
        return mp.area() * m_unit * m_unit;
    geod_geodesic g;
    geod_init(&g, m_semiMajor, m_flattening);
    std::vector<double> lats, lons;
    double total = 0;
    for (int p = 0; p < mp.polygonCount(); ++p)
        for (int r = mp.firstRing(p); r < mp.ringEnd(p); ++r) {
            int end = mp.pointEnd(r);
            const int begin = mp.pointBegin(r);
            // Rings are closed; PROJ closes them itself.
            if (end - begin > 1 && mp.x(end - 1) == mp.x(begin) && mp.y(end - 1) == mp.y(begin))
                --end;
            if (end - begin < 3)
                continue;
            lats.clear();
            lons.clear();
            for (int k = begin; k < end; ++k) {
                lats.push_back(mp.y(k) * m_unit);
                lons.push_back(mp.x(k) * m_unit);
            }
            double ringArea = 0;
            geod_polygonarea(&g, lats.data(), lons.data(), int(lats.size()), &ringArea, nullptr);
            // The first ring of a polygon is its exterior, the others are holes.
            total += r == mp.firstRing(p) ? std::abs(ringArea) : -std::abs(ringArea);
        }
    return total;
}

double Geodesy::xScale(double y) const
{
    if (!isGeographic())
        return 1.0;
    // The radius of the parallel over the meridian's radius of curvature:
    // N cos(phi) / M = cos(phi) (1 - e^2 sin^2 phi) / (1 - e^2).
    const double phi = y * m_unit * std::numbers::pi / 180.0;
    const double e2 = m_flattening * (2 - m_flattening);
    const double s = std::sin(phi);
    const double ratio = std::cos(phi) * (1 - e2 * s * s) / (1 - e2);
    // Near the poles a degree of longitude shrinks to nothing; a hundredth keeps the
    // transform invertible (no municipality lies beyond 89 degrees).
    return std::max(ratio, 0.01);
}

} // namespace qw

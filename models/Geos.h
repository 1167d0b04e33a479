#pragma once

#include "Geometry.h"

#include <QString>

#include <memory>
#include <vector>

typedef struct GEOSContextHandle_HS *GEOSContextHandle_t;
typedef struct GEOSGeom_t GEOSGeometry;

namespace qw {

// A GEOS context and conversions between our MultiPolygon and GEOS geometries.
// One context per thread; GEOS errors become exceptions, never aborts.
class Geos
{
public:
    struct Deleter
    {
        GEOSContextHandle_t ctx;
        void operator()(GEOSGeometry *g) const;
    };
    using GeometryPtr = std::unique_ptr<GEOSGeometry, Deleter>;

    Geos();
    ~Geos();
    Geos(const Geos &) = delete;
    Geos &operator=(const Geos &) = delete;

    GEOSContextHandle_t handle() const { return m_ctx; }
    GeometryPtr wrap(GEOSGeometry *g) const;

    GeometryPtr toGeos(const MultiPolygon &geometry) const;
    GeometryPtr toGeos(const std::vector<Point> &points) const; // a MultiPoint
    // Collects every polygon in g (Polygon, MultiPolygon or a collection).
    MultiPolygon toMultiPolygon(const GEOSGeometry *g) const;

    // Empty string when valid, else GEOS's reason ("Self-intersection[x y]").
    QString invalidReason(const MultiPolygon &geometry) const;
    // GEOS MakeValid, keeping only the polygonal parts.
    MultiPolygon makeValid(const MultiPolygon &geometry) const;
    // Dissolves polygons that share edges exactly (a coverage), as for districts.
    MultiPolygon coverageUnion(const std::vector<const MultiPolygon *> &parts) const;

private:
    GEOSContextHandle_t m_ctx;
};

} // namespace qw

#include "Geos.h"

#include "StoreError.h"

#include <QCoreApplication>

#include <geos_c.h>

namespace qw {

namespace {

void geosMessage(const char *message, void *userdata)
{
    // Keep the last error so a failing call can report it.
    *static_cast<QString *>(userdata) = QString::fromUtf8(message);
}

thread_local QString t_lastGeosError;

[[noreturn]] void geosFail(const char *what)
{
    throw StoreError(StoreErrorKind::InvalidContent,
                     QCoreApplication::translate("qw::Store", "Geometry operation %1 failed: %2")
                         .arg(QString::fromLatin1(what), t_lastGeosError));
}

} // namespace

void Geos::Deleter::operator()(GEOSGeometry *g) const
{
    if (g)
        GEOSGeom_destroy_r(ctx, g);
}

Geos::Geos() : m_ctx(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_ctx, geosMessage, &t_lastGeosError);
}

Geos::~Geos()
{
    GEOS_finish_r(m_ctx);
}

Geos::GeometryPtr Geos::wrap(GEOSGeometry *g) const
{
    return GeometryPtr(g, Deleter {m_ctx});
}

Geos::GeometryPtr Geos::toGeos(const MultiPolygon &geometry) const
{
    std::vector<GEOSGeometry *> polygons;
    for (int p = 0; p < geometry.polygonCount(); ++p) {
        std::vector<GEOSGeometry *> rings;
        for (int r = geometry.firstRing(p); r < geometry.ringEnd(p); ++r) {
            const auto c = geometry.ring(r);
            GEOSCoordSequence *seq =
                GEOSCoordSeq_copyFromBuffer_r(m_ctx, c.data(), c.size() / 2, 0, 0);
            rings.push_back(GEOSGeom_createLinearRing_r(m_ctx, seq));
        }
        polygons.push_back(GEOSGeom_createPolygon_r(m_ctx, rings[0], rings.data() + 1,
                                                    unsigned(rings.size() - 1)));
    }
    GEOSGeometry *result = GEOSGeom_createCollection_r(m_ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                                       unsigned(polygons.size()));
    if (!result)
        geosFail("createCollection");
    return wrap(result);
}

Geos::GeometryPtr Geos::toGeos(const std::vector<Point> &points) const
{
    std::vector<GEOSGeometry *> geoms;
    geoms.reserve(points.size());
    for (const auto &p : points)
        geoms.push_back(GEOSGeom_createPointFromXY_r(m_ctx, p.x, p.y));
    return wrap(
        GEOSGeom_createCollection_r(m_ctx, GEOS_MULTIPOINT, geoms.data(), unsigned(geoms.size())));
}

static void appendPolygon(GEOSContextHandle_t ctx, const GEOSGeometry *poly, MultiPolygon &out)
{
    if (GEOSisEmpty_r(ctx, poly))
        return;
    std::vector<std::vector<double>> rings;
    auto readRing = [&](const GEOSGeometry *ring) {
        const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
        unsigned n = 0;
        GEOSCoordSeq_getSize_r(ctx, seq, &n);
        std::vector<double> xy(std::size_t(n) * 2);
        GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data(), 0, 0);
        rings.push_back(std::move(xy));
    };
    readRing(GEOSGetExteriorRing_r(ctx, poly));
    const int holes = GEOSGetNumInteriorRings_r(ctx, poly);
    for (int i = 0; i < holes; ++i)
        readRing(GEOSGetInteriorRingN_r(ctx, poly, i));
    out.addPolygon(rings);
}

MultiPolygon Geos::toMultiPolygon(const GEOSGeometry *g) const
{
    MultiPolygon out;
    if (!g)
        return out;
    const int type = GEOSGeomTypeId_r(m_ctx, g);
    if (type == GEOS_POLYGON) {
        appendPolygon(m_ctx, g, out);
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(m_ctx, g);
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry *part = GEOSGetGeometryN_r(m_ctx, g, i);
            const int partType = GEOSGeomTypeId_r(m_ctx, part);
            if (partType == GEOS_POLYGON) {
                appendPolygon(m_ctx, part, out);
            } else if (partType == GEOS_MULTIPOLYGON) {
                for (int j = 0; j < GEOSGetNumGeometries_r(m_ctx, part); ++j)
                    appendPolygon(m_ctx, GEOSGetGeometryN_r(m_ctx, part, j), out);
            }
        }
    }
    return out;
}

QString Geos::invalidReason(const MultiPolygon &geometry) const
{
    auto g = toGeos(geometry);
    if (GEOSisValid_r(m_ctx, g.get()) == 1)
        return {};
    char *reason = GEOSisValidReason_r(m_ctx, g.get());
    QString text = reason ? QString::fromUtf8(reason) : QStringLiteral("invalid");
    GEOSFree_r(m_ctx, reason);
    return text;
}

MultiPolygon Geos::makeValid(const MultiPolygon &geometry) const
{
    auto g = toGeos(geometry);
    auto valid = wrap(GEOSMakeValid_r(m_ctx, g.get()));
    if (!valid)
        geosFail("MakeValid");
    return toMultiPolygon(valid.get());
}

MultiPolygon Geos::coverageUnion(const std::vector<const MultiPolygon *> &parts) const
{
    std::vector<GEOSGeometry *> polygons;
    for (const MultiPolygon *part : parts) {
        auto g = toGeos(*part);
        const int n = GEOSGetNumGeometries_r(m_ctx, g.get());
        for (int i = 0; i < n; ++i)
            polygons.push_back(GEOSGeom_clone_r(m_ctx, GEOSGetGeometryN_r(m_ctx, g.get(), i)));
    }
    auto collection = wrap(GEOSGeom_createCollection_r(m_ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                                       unsigned(polygons.size())));
    auto merged = wrap(GEOSCoverageUnion_r(m_ctx, collection.get()));
    if (!merged) // not a clean coverage: fall back to the general (slower) union
        merged = wrap(GEOSUnaryUnion_r(m_ctx, collection.get()));
    if (!merged)
        geosFail("union");
    return toMultiPolygon(merged.get());
}

} // namespace qw

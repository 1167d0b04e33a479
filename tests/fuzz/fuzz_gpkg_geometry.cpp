// Fuzz target: the GeoPackage geometry decoder (GPKG header + WKB blobs of a project's
// area and facility tables). Bad blobs must throw StoreError; a polygon that decodes must
// survive the compact outline form the map draws from (AreaShapes) and its stored chunks.

#include "AreaShapes.h"
#include "FuzzCheck.h"
#include "GpkgGeometry.h"
#include "StoreError.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > std::size_t(std::numeric_limits<int>::max()))
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data);
    try {
        (void)qw::GpkgGeometry::decodePoint(bytes, int(size));
    } catch (const qw::StoreError &) { }
    qw::MultiPolygon geometry;
    try {
        geometry = qw::GpkgGeometry::decodeMultiPolygon(bytes, int(size));
    } catch (const qw::StoreError &) {
        return 0;
    }
    (void)geometry.bounds();
    qw::AreaShapes shapes;
    shapes.append(geometry);
    shapes.finish();
    const qw::Bounds &b = shapes.bounds(0);
    (void)shapes.contains(0, (b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2);
    (void)shapes.geometry(0);
    // What the project stores of these outlines must read back.
    qw::AreaShapes stored;
    bool readsBack = true;
    shapes.writeChunks([&](int, QByteArray &&chunk) {
        readsBack = readsBack && stored.appendChunk(QByteArrayView(chunk));
    });
    QW_FUZZ_CHECK(readsBack);
    QW_FUZZ_CHECK(stored.count() == 1);
    return 0;
}

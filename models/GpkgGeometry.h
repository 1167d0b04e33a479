#pragma once

#include "Geometry.h"

#include <QByteArray>

namespace qw {

// Encodes and decodes GeoPackage geometry blobs (GPKG header + ISO WKB), so that the
// project file holds standard geometries that QGIS, GDAL and ArcGIS read unchanged.
namespace GpkgGeometry {

QByteArray encode(const MultiPolygon &geometry, int srsId);
QByteArray encode(const Point &point, int srsId);

// Accept Polygon and MultiPolygon (any byte order, with or without envelope).
// Throw StoreError(InvalidContent) on anything else or on truncated data.
MultiPolygon decodeMultiPolygon(const char *data, int size);
Point decodePoint(const char *data, int size);

} // namespace GpkgGeometry
} // namespace qw

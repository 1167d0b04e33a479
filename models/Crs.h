#pragma once

#include <QString>

namespace qw::Crs {

// The CRS's OGC WKT as PROJ knows it, or an empty string for an unknown code.
QString wkt(int epsg);
// A readable name, e.g. "ETRS89 / UTM zone 32N"; "EPSG:N" when unknown.
QString name(int epsg);
// "EPSG:25832" or "25832" -> 25832; 0 when not an EPSG code.
int parseEpsg(const QString &text);

} // namespace qw::Crs

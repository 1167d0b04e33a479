#pragma once

#include "Geometry.h"

namespace qw {

// Lengths and areas of a project's coordinates in metres: on the ellipsoid when the project
// is stored in a geographic CRS (longitude and latitude), planar when it is projected. A
// small value type that the map, its scale bar and the reports each keep a copy of; the CRS
// is asked about once (forCrs), not per drawing.
class Geodesy
{
public:
    // Planar coordinates of metresPerUnit metres each (a projected CRS).
    static Geodesy planar(double metresPerUnit = 1.0);
    // Longitude (x) and latitude (y) in degrees on the ellipsoid with semi-major axis
    // semiMajor (metres) and inverse flattening inverseFlattening (0 for a sphere).
    static Geodesy ellipsoidal(double semiMajor, double inverseFlattening);
    static Geodesy wgs84() { return ellipsoidal(6378137.0, 298.257223563); }
    static Geodesy grs80() { return ellipsoidal(6378137.0, 298.257222101); }
    // The CRS with this EPSG code as GDAL/PROJ describe it: geographic ones with their
    // ellipsoid and angular unit, projected ones with their linear unit. An unknown code
    // counts as planar metres, which is how the map has always drawn it.
    static Geodesy forCrs(int epsg);

    bool isGeographic() const { return m_semiMajor > 0; }
    double semiMajor() const { return m_semiMajor; }
    double flattening() const { return m_flattening; }

    // Metres between two points (along the geodesic for geographic coordinates).
    double distance(Point a, Point b) const;
    // Square metres inside g: exteriors minus holes, every ring on its own (geodesic
    // edges for geographic coordinates), so the rings' orientation does not matter.
    double area(const MultiPolygon &g) const;
    // How much longer on the ground one unit of x is than one unit of y at latitude y:
    // a map of longitude and latitude scales x by this to show true shapes there
    // (about cos(latitude)); exactly 1 for planar coordinates.
    double xScale(double y) const;

private:
    Geodesy() = default;

    double m_semiMajor = 0; // 0: planar
    double m_flattening = 0;
    double m_unit = 1; // planar: metres per unit; geographic: degrees per unit
};

} // namespace qw

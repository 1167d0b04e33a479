#pragma once

#include <QPointF>
#include <QString>

#include <optional>

// Coordinate systems by EPSG code and the choice of a new project's coordinate system.
// Coordinate systems are passed as WKT (any dialect PROJ reads: WKT2, WKT1, ESRI .prj) so
// that no GDAL type leaks into the callers.
namespace qw::Crs {

// The CRS's OGC WKT as PROJ knows it, or an empty string for an unknown code.
QString wkt(int epsg);
// A readable name, e.g. "ETRS89 / UTM zone 32N"; "EPSG:N" when unknown.
QString name(int epsg);
// "EPSG:25832" or "25832" -> 25832; 0 when not an EPSG code.
int parseEpsg(const QString &text);

// PROJ's identification is taken only from this confidence on (percent). Below it a
// candidate differs in a parameter that matters (false easting, datum), and taking its code
// would move every area by that difference.
inline constexpr int kMinConfidence = 90;

struct Identification
{
    int epsg = 0; // the EPSG code, 0 when there is none with enough confidence
    int confidence = 0; // percent; 100 when the WKT carries the code itself
    bool named = false; // the WKT carries its EPSG code (no identification needed)
    int bestEpsg = 0; // the best EPSG candidate, also below kMinConfidence (for messages)
    int bestConfidence = 0;
};

// The EPSG code of a CRS: its own ID when it has one, else PROJ's best match
// (OSRFindMatches) at kMinConfidence or more. An unreadable WKT gives no code.
Identification identify(const QString &wkt);

// The UTM zone for a point in lon/lat: EPSG:25832 west of 12° E and 25833 east of it inside
// Germany's extent (the zones German surveying uses), ETRS89 / UTM 258NN for zones 28 to 38
// in Europe, WGS 84 / UTM 326NN (north) or 327NN (south) elsewhere.
int utmFor(double lon, double lat);

// True when PROJ reads the WKT.
bool readable(const QString &wkt);
// True for a geographic (lon/lat) CRS.
bool isGeographic(const QString &wkt);
// The point (x, y) of the CRS in lon/lat (WGS 84), or nothing when it cannot be converted.
std::optional<QPointF> toLonLat(const QString &wkt, double x, double y);

// The reason a new project has its coordinate system.
enum class Reason {
    Requested, // the user gave it (--crs, the New Project dialog)
    Named, // the file names its EPSG code
    Identified, // PROJ matched the file's definition to an EPSG code
    Geographic, // the file is in lon/lat: the UTM zone of the data's centre
    Unidentified, // no confident match: the UTM zone of the data's centre
    Unknown, // the file has no coordinate system and none was given
};

// Which coordinate system a project made from a layer gets, and why.
struct Decision
{
    int epsg = 0; // the project's CRS; 0 with Reason::Unknown
    Reason reason = Reason::Unknown;
    Identification source; // the file's CRS identified
    QString sourceWkt; // the file's CRS as read (empty when it has none)
    QString sourceName; // its name, e.g. "ETRS_1989_UTM_Zone_33N"
    QPointF centre; // the data's centre in lon/lat (Geographic and Unidentified)
    // The coordinates are converted from the file's own definition (sourceWkt).
    bool reproject = false;

    // One sentence for the user: the chosen CRS, why, and whether the areas are reprojected.
    QString explanation() const;
};

// Decides the project CRS for data in sourceWkt (empty when the file has none) whose centre
// is (centreX, centreY) in the file's coordinates. requestedEpsg > 0 overrides.
Decision decide(const QString &sourceWkt, double centreX, double centreY, int requestedEpsg = 0);

} // namespace qw::Crs

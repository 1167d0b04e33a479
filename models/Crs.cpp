#include "Crs.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <cmath>

namespace qw::Crs {

namespace {

// The translation context of the messages below (lupdate reads it from the macro).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(qw::Crs)
};

// An OGRSpatialReferenceH that is destroyed with its scope.
struct Srs
{
    Srs() : h(OSRNewSpatialReference(nullptr)) { }
    explicit Srs(int epsg) : Srs() { ok = OSRImportFromEPSG(h, epsg) == OGRERR_NONE; }
    explicit Srs(const QString &wkt) : Srs()
    {
        const QByteArray bytes = wkt.toUtf8();
        // PROJ's parser reads every WKT dialect: WKT2, WKT1 and ESRI's (.prj files).
        char *text = const_cast<char *>(bytes.constData());
        ok = !wkt.trimmed().isEmpty() && OSRImportFromWkt(h, &text) == OGRERR_NONE;
        // A compound CRS (e.g. UTM + DHHN2016 height from a GML) is identified and used by
        // its horizontal part: project areas are two-dimensional.
        if (ok && OSRIsCompound(h))
            OSRStripVertical(h);
    }
    ~Srs() { OSRDestroySpatialReference(h); }
    Srs(const Srs &) = delete;
    Srs &operator=(const Srs &) = delete;
    OGRSpatialReferenceH h;
    bool ok = false;
};

QString degrees(double value, const char *positive, const char *negative)
{
    return QStringLiteral("%1° %2")
        .arg(std::abs(value), 0, 'f', 2)
        .arg(QLatin1String(value < 0 ? negative : positive));
}

QString sourceLabel(const Decision &d)
{
    return d.sourceName.isEmpty() ? Text::tr("without a name")
                                  : QStringLiteral("\"%1\"").arg(d.sourceName);
}

} // namespace

QString wkt(int epsg)
{
    Srs srs(epsg);
    if (!srs.ok)
        return {};
    char *text = nullptr;
    const char *options[] = {"FORMAT=WKT1_GDAL", nullptr};
    if (OSRExportToWktEx(srs.h, &text, options) != OGRERR_NONE)
        return {};
    QString result = QString::fromUtf8(text);
    CPLFree(text);
    return result;
}

QString name(int epsg)
{
    Srs srs(epsg);
    const char *n = srs.ok ? OSRGetName(srs.h) : nullptr;
    return n ? QString::fromUtf8(n) : QStringLiteral("EPSG:%1").arg(epsg);
}

int parseEpsg(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
        t = t.mid(5);
    bool ok = false;
    const int code = t.toInt(&ok);
    return ok && code > 0 ? code : 0;
}

Identification identify(const QString &wktText)
{
    Identification result;
    Srs srs(wktText);
    if (!srs.ok)
        return result;
    const char *auth = OSRGetAuthorityName(srs.h, nullptr);
    const char *code = OSRGetAuthorityCode(srs.h, nullptr);
    if (auth && code && QByteArray(auth) == "EPSG" && QByteArray(code).toInt() > 0) {
        result.epsg = result.bestEpsg = QByteArray(code).toInt();
        result.confidence = result.bestConfidence = 100;
        result.named = true;
        return result;
    }
    int count = 0;
    int *confidences = nullptr;
    OGRSpatialReferenceH *matches = OSRFindMatches(srs.h, nullptr, &count, &confidences);
    // The matches come best first; only EPSG codes can name a project's CRS.
    for (int i = 0; i < count; ++i) {
        const char *a = OSRGetAuthorityName(matches[i], nullptr);
        const char *c = OSRGetAuthorityCode(matches[i], nullptr);
        if (a && c && QByteArray(a) == "EPSG") {
            result.bestEpsg = QByteArray(c).toInt();
            result.bestConfidence = confidences[i];
            break;
        }
    }
    if (matches)
        OSRFreeSRSArray(matches);
    CPLFree(confidences);
    if (result.bestConfidence >= kMinConfidence) {
        result.epsg = result.bestEpsg;
        result.confidence = result.bestConfidence;
    }
    return result;
}

int utmFor(double lon, double lat)
{
    // Germany's extent (with a margin): the Länder use zone 32 west of 12° E and zone 33
    // east of it, also for the few places west of 6° E that lie in zone 31.
    if (lon >= 5.5 && lon <= 15.5 && lat >= 47.0 && lat <= 55.5)
        return lon < 12.0 ? 25832 : 25833;
    const int zone = std::clamp(int(std::floor((lon + 180.0) / 6.0)) + 1, 1, 60);
    if (zone >= 28 && zone <= 38 && lat >= 34.0 && lat <= 84.0)
        return 25800 + zone; // ETRS89 / UTM zone NN (Europe)
    return (lat >= 0 ? 32600 : 32700) + zone; // WGS 84 / UTM zone NN north or south
}

bool readable(const QString &wktText)
{
    return Srs(wktText).ok;
}

bool isGeographic(const QString &wktText)
{
    Srs srs(wktText);
    return srs.ok && OSRIsGeographic(srs.h);
}

std::optional<QPointF> toLonLat(const QString &wktText, double x, double y)
{
    Srs source(wktText);
    Srs wgs84(4326);
    if (!source.ok || !wgs84.ok)
        return std::nullopt;
    OSRSetAxisMappingStrategy(source.h, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(wgs84.h, OAMS_TRADITIONAL_GIS_ORDER);
    CPLPushErrorHandler(CPLQuietErrorHandler); // a failure is the answer, not a warning
    OGRCoordinateTransformationH transform = OCTNewCoordinateTransformation(source.h, wgs84.h);
    CPLPopErrorHandler();
    if (!transform)
        return std::nullopt;
    const bool ok =
        OCTTransform(transform, 1, &x, &y, nullptr) && std::isfinite(x) && std::isfinite(y);
    OCTDestroyCoordinateTransformation(transform);
    return ok ? std::optional<QPointF>(QPointF(x, y)) : std::nullopt;
}

Decision decide(const QString &sourceWkt, double centreX, double centreY, int requestedEpsg)
{
    Decision d;
    d.sourceWkt = sourceWkt;
    const Srs srs(sourceWkt);
    if (srs.ok) {
        d.source = identify(sourceWkt);
        if (const char *n = OSRGetName(srs.h))
            d.sourceName = QString::fromUtf8(n);
    }
    if (requestedEpsg > 0) {
        d.epsg = requestedEpsg;
        d.reason = Reason::Requested;
        d.reproject = srs.ok && d.source.epsg != requestedEpsg;
        return d;
    }
    if (!srs.ok)
        return d; // Unknown: the caller asks for a CRS
    if (!OSRIsGeographic(srs.h) && d.source.epsg > 0) {
        d.epsg = d.source.epsg;
        d.reason = d.source.named ? Reason::Named : Reason::Identified;
        return d;
    }
    // Lon/lat, or a projection without a confident EPSG code: the UTM zone of the data's
    // centre keeps distances and areas true enough for a city, and a project needs a code.
    const auto centre = toLonLat(sourceWkt, centreX, centreY);
    if (!centre)
        return d; // Unknown: no way from this CRS to the earth
    d.centre = *centre;
    d.epsg = utmFor(centre->x(), centre->y());
    d.reason = OSRIsGeographic(srs.h) ? Reason::Geographic : Reason::Unidentified;
    d.reproject = true;
    return d;
}

QString Decision::explanation() const
{
    if (epsg <= 0) {
        if (!sourceWkt.isEmpty())
            return Text::tr("The file's coordinate system %1 cannot be converted to "
                            "longitude/latitude; choose the project's coordinate system, e.g. "
                            "EPSG:25832.")
                .arg(sourceLabel(*this));
        return Text::tr("The file names no coordinate system (no .prj file or no CRS in it); "
                        "choose the project's coordinate system, e.g. EPSG:25832.");
    }
    const QString chosen = QStringLiteral("EPSG:%1 (%2)").arg(epsg).arg(name(epsg));
    const QString centreText =
        QStringLiteral("%1, %2").arg(degrees(centre.x(), "E", "W"), degrees(centre.y(), "N", "S"));
    switch (reason) {
    case Reason::Requested:
        if (sourceWkt.isEmpty())
            return Text::tr(
                       "%1 as requested; the file names no coordinate system, so its coordinates "
                       "are taken to be in it.")
                .arg(chosen);
        return reproject
            ? Text::tr(
                  "%1 as requested; the areas are reprojected from the file's coordinate system "
                  "%2.")
                  .arg(chosen, sourceLabel(*this))
            : Text::tr("%1 as requested, the file's own coordinate system.").arg(chosen);
    case Reason::Named:
        return Text::tr("%1, the file's own coordinate system.").arg(chosen);
    case Reason::Identified:
        return Text::tr(
                   "%1: the file's coordinate system %2 carries no EPSG code; PROJ identifies it "
                   "as EPSG:%3 with %4 % confidence.")
            .arg(chosen, sourceLabel(*this))
            .arg(epsg)
            .arg(source.confidence);
    case Reason::Geographic:
        return Text::tr(
                   "%1: the file is in longitude/latitude (%2), so the project takes the UTM zone "
                   "of the data's centre (%3) and the areas are reprojected.")
            .arg(chosen, sourceLabel(*this), centreText);
    case Reason::Unidentified: {
        const QString best = source.bestEpsg > 0
            ? Text::tr("the nearest, EPSG:%1, matches with %2 % confidence only")
                  .arg(source.bestEpsg)
                  .arg(source.bestConfidence)
            : Text::tr("there is no candidate");
        return Text::tr(
                   "%1: PROJ finds no EPSG code for the file's coordinate system %2 (%3), so the "
                   "project takes the UTM zone of the data's centre (%4) and the areas are "
                   "reprojected from the file's own definition.")
            .arg(chosen, sourceLabel(*this), best, centreText);
    }
    case Reason::Unknown:
        break;
    }
    return chosen;
}

} // namespace qw::Crs

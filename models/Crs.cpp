#include "Crs.h"

#include <cpl_conv.h>
#include <ogr_srs_api.h>

namespace qw::Crs {

namespace {

struct SrsHandle
{
    explicit SrsHandle(int epsg) : h(OSRNewSpatialReference(nullptr))
    {
        ok = OSRImportFromEPSG(h, epsg) == OGRERR_NONE;
    }
    ~SrsHandle() { OSRDestroySpatialReference(h); }
    OGRSpatialReferenceH h;
    bool ok = false;
};

} // namespace

QString wkt(int epsg)
{
    SrsHandle srs(epsg);
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
    SrsHandle srs(epsg);
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

} // namespace qw::Crs

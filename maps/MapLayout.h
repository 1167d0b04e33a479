#pragma once

#include "Geometry.h"
#include "MapSnapshot.h"

#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace qw {

// A printable map page (A4 landscape): title and subtitle, the map, its legend, scale
// bar, north arrow and source line. The same painting goes to PNG, SVG and PDF, so the
// exports look alike and like the screen.
class MapLayout
{
public:
    enum class Format { Png, Svg, Pdf };
    static constexpr QSizeF kPageSize {842, 595}; // A4 landscape in points

    // Paints the page into page (in painter units); extent is the part of the map shown.
    static void paint(QPainter &painter, const QRectF &page, const MapSnapshot &snapshot,
                      const Bounds &extent, const QLocale &locale);

    // The map alone, fitted to extent inside mapRect, with a scale bar in the painter's
    // font and (arrowSize > 0) a north arrow: shared by the map page and the comparison page.
    static void paintMap(QPainter &painter, const QRectF &mapRect, const MapSnapshot &snapshot,
                         const Bounds &extent, const QLocale &locale, double arrowSize);
    // The pages' font, sized in painter units.
    static QFont font(double pixelSize, bool bold = false);

    static std::optional<Format> formatForPath(const QString &path);

    // Writes the page to path (format by suffix, PNG at dpi). The file is written under a
    // temporary name and renamed, so a failure leaves no half-written file. Returns an
    // error message, or an empty string on success.
    static QString exportFile(const QString &path, const MapSnapshot &snapshot,
                              const Bounds &extent, const QLocale &locale, int dpi = 150);
    // The same for the maps of a map comparison (2 to 4 panes, one extent) on one page
    // (MapPanesLayout); a single map gives the map page above.
    static QString exportFile(const QString &path, const std::vector<MapSnapshot> &maps,
                              const Bounds &extent, const QLocale &locale, int dpi = 150);
    // Any one page painted by paintPage into an A4 landscape rectangle, written to path as
    // above (title and description go into the file's metadata).
    static QString exportPage(const QString &path, const QString &title,
                              const QString &description,
                              const std::function<void(QPainter &, const QRectF &)> &paintPage,
                              int dpi = 150);
};

} // namespace qw

#pragma once

#include "MapSnapshot.h"
#include "MapTransform.h"

#include <QImage>

#include <atomic>
#include <memory>

class QPainter;

namespace qw {

class AreaRaster;

// Draws a snapshot onto any paint device (QImage, QSvgGenerator, QPdfWriter, a printer):
// background, areas with their borders (thinned to the view's resolution), water and
// parks, circles of a second indicator, facilities, labels. Draws in the view's
// coordinates on top of the painter's transform, so a page layout can place and scale
// the map. Checks the cancel flag per feature and returns false when it was cancelled.
class MapRenderer
{
public:
    static bool render(QPainter &painter, const MapSnapshot &snapshot,
                       const MapTransform &transform, const std::atomic_bool *cancel = nullptr);

    // Renders onto a new image of transform.size() logical pixels at the given device
    // pixel ratio. Returns a null image when cancelled. The areas (all but hatched ones)
    // go through PolygonRaster on two threads, several times faster than QPainter at
    // thousands of areas; render() keeps QPainter for vector devices and page layouts.
    static QImage renderImage(const MapSnapshot &snapshot, const MapTransform &transform,
                              qreal devicePixelRatio, const std::atomic_bool *cancel = nullptr);

    // A film frame (the time slider playing): as renderImage, but where raster holds this
    // view's areas (AreaRaster::fits) they are recoloured from it instead of rasterised;
    // else they are rasterised and traced, and raster becomes the new trace. Everything
    // drawn on the areas (hatching, water, circles, facilities, labels) is drawn as in
    // renderImage. A still frame takes renderImage: exact in every pixel.
    static QImage renderFrame(const MapSnapshot &snapshot, const MapTransform &transform,
                              qreal devicePixelRatio, std::shared_ptr<const AreaRaster> &raster,
                              const std::atomic_bool *cancel = nullptr);

    static QColor facilityColor(FacilityKind kind);
    // The drawn facility nearest to a view position within tolerance (view units), as an
    // index into snapshot.facilities, or -1. Hidden kinds are not found.
    static int facilityAt(const MapSnapshot &snapshot, const MapTransform &transform, QPointF pos,
                          double tolerance = 6);
};

} // namespace qw

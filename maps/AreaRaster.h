#pragma once

#include "MapTransform.h"
#include "PolygonRaster.h"

#include <QImage>

#include <atomic>
#include <memory>
#include <vector>

namespace qw {

class AreaGeometrySet;

// The solid areas of one view as PolygonRaster drew them, without their colours: per
// device pixel which areas were composited onto it with what coverage, and the border's
// (PolygonRaster::Trace). A film frame shows another period in the same view: the same
// areas in other colours. Recolouring the trace is one pass over the pixels instead of
// rasterising every polygon again, and gives the full render's pixels to the bit except
// where three areas meet in one pixel (the oldest of them is lost there, a few levels of
// difference). Areas hatched when traced are traced too (QPainter draws them), so a frame
// in which they have a colour fills them; only the borders around an area that is hatched
// in one frame and not in the other are the traced frame's. Immutable once traced, so
// render jobs on other threads share it.
class AreaRaster
{
public:
    // For the areas drawn at transform (logical pixels) on a device of pixels.
    AreaRaster(std::shared_ptr<const AreaGeometrySet> areas, const MapTransform &transform,
               qreal devicePixelRatio, QSize pixels);

    // Whether a frame draws the same pixels in other colours: the same areas, view and
    // device pixel ratio.
    bool fits(const AreaGeometrySet *areas, const MapTransform &transform,
              qreal devicePixelRatio) const;

    // For rasterAreas while tracing: one trace per device pixel, row after row.
    PolygonRaster::Trace *traces() { return m_traces.data(); }

    // Writes every pixel of image (the traced size): the background, the areas in their
    // colours (premultiplied, indexed by row + 1; [0] is the background; transparent for
    // an area not to fill, one QPainter hatches) and the borders
    // in theirs, on two bands of rows in parallel. False when cancelled.
    bool paint(QImage &image, const std::vector<QRgb> &colours, QRgb border,
               const std::atomic_bool *cancel = nullptr) const;

private:
    std::shared_ptr<const AreaGeometrySet> m_areas; // held: its address is the key
    MapTransform m_transform;
    qreal m_dpr;
    QSize m_pixels;
    std::vector<PolygonRaster::Trace> m_traces;
};

} // namespace qw

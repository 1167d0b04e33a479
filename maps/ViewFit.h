#pragma once

#include "MapTransform.h"

#include <QRectF>
#include <QSize>

#include <functional>

namespace qw {

// Fits areas into a view that has a box drawn over it (the legend in its top-left corner),
// so that the areas stay clear of the box: beside it, below it, or over the whole view
// where the areas' shape leaves the corner free, whichever shows them largest.
namespace ViewFit {

// Whether anything is drawn inside a world rectangle (e.g. whether an area's bounding box
// meets it). Without it only the bounds' rectangle counts.
using Occupied = std::function<bool(const Bounds &world)>;

// bounds: the world bounds to show; view: the view's size; obstacle: the box in view
// pixels (empty: none); margin: pixels kept free along the view's edges and around the box.
// With occupied, the bounds may also reach under the box where nothing is drawn there (a
// round city leaves the corner free): the largest scale at which the bounds, centred or
// pushed away from the box, leave the box empty wins when it beats the strips beside and
// below the box. Only when the view is too small to show anything beside or below the box
// (smaller than the box itself) do the bounds fill the whole view.
// bottom: pixels kept free along the bottom edge besides the margin (the scale bar and the
// source line).
MapTransform clearOf(const Bounds &bounds, QSize view, const QRectF &obstacle, double margin,
                     double xScale = 1.0, const Occupied &occupied = {}, double bottom = 0);

// The screen rectangle bounds take under transform.
QRectF screenRect(const MapTransform &transform, const Bounds &bounds);

} // namespace ViewFit
} // namespace qw

#pragma once

#include "MapTransform.h"

#include <QRectF>
#include <QSize>

namespace qw {

// Fits areas into a view that has a box drawn over it (the legend in its top-left corner),
// so that the areas' bounds stay clear of the box: beside it, below it, or over the whole
// view where the areas' shape leaves the corner free anyway, whichever shows them largest.
namespace ViewFit {

// bounds: the world bounds to show; view: the view's size; obstacle: the box in view
// pixels (empty: none); margin: pixels kept free along the view's edges and around the box.
// Only when the view is too small to show anything beside or below the box (smaller than
// the box itself) do the bounds fill the whole view.
MapTransform clearOf(const Bounds &bounds, QSize view, const QRectF &obstacle, double margin,
                     double xScale = 1.0);

// The screen rectangle bounds take under transform.
QRectF screenRect(const MapTransform &transform, const Bounds &bounds);

} // namespace ViewFit
} // namespace qw

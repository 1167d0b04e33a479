#include "ViewFit.h"

namespace qw::ViewFit {

QRectF screenRect(const MapTransform &t, const Bounds &b)
{
    return QRectF(t.toScreen(b.minX, b.maxY), t.toScreen(b.maxX, b.minY)).normalized();
}

MapTransform clearOf(const Bounds &bounds, QSize view, const QRectF &obstacle, double margin,
                     double xScale)
{
    const QRectF whole = QRectF(QPointF(0, 0), QSizeF(view)).adjusted(margin, margin, -margin,
                                                                       -margin);
    const MapTransform full = MapTransform::fit(bounds, view, whole, xScale);
    if (obstacle.isEmpty() || !full.isValid())
        return full;
    // The whole view where the fitted bounds miss the box; else the strip right of it or
    // the strip below it.
    const MapTransform candidates[] = {
        full,
        MapTransform::fit(bounds, view, QRectF(QPointF(obstacle.right() + margin, whole.top()),
                                               whole.bottomRight()),
                          xScale),
        MapTransform::fit(bounds, view, QRectF(QPointF(whole.left(), obstacle.bottom() + margin),
                                               whole.bottomRight()),
                          xScale),
    };
    MapTransform best;
    for (const MapTransform &t : candidates) {
        if (!t.isValid() || screenRect(t, bounds).intersects(obstacle))
            continue;
        if (!best.isValid() || t.unitsPerPixel() < best.unitsPerPixel())
            best = t;
    }
    return best.isValid() ? best : full;
}

} // namespace qw::ViewFit

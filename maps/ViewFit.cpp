#include "ViewFit.h"

#include <cmath>

namespace qw::ViewFit {

QRectF screenRect(const MapTransform &t, const Bounds &b)
{
    return QRectF(t.toScreen(b.minX, b.maxY), t.toScreen(b.maxX, b.minY)).normalized();
}

namespace {

Bounds worldRect(const MapTransform &t, const QRectF &screen)
{
    Bounds b;
    const QPointF a = t.toWorld(screen.topLeft());
    const QPointF c = t.toWorld(screen.bottomRight());
    b.include(a.x(), a.y());
    b.include(c.x(), c.y());
    return b;
}

// The largest scale between the whole view's (fullUpp) and the strips' (stripUpp) at which
// the bounds, placed centred or pushed right and down (away from a top-left box), leave the
// box empty; invalid if none does.
MapTransform shapeFit(const Bounds &bounds, QSize view, const QRectF &whole, const QRectF &obstacle,
                      double margin, double xScale, double fullUpp, double stripUpp,
                      const Occupied &occupied)
{
    constexpr int kSteps = 16;
    const QRectF keepFree = obstacle.adjusted(-margin / 2, -margin / 2, margin / 2, margin / 2);
    const double ratio = std::pow(stripUpp / fullUpp, 1.0 / kSteps);
    for (int k = 0; k < kSteps; ++k) {
        const double upp = fullUpp * std::pow(ratio, k);
        const QSizeF size(bounds.width() * xScale / upp, bounds.height() / upp);
        const double cx = whole.center().x() - size.width() / 2;
        const double cy = whole.center().y() - size.height() / 2;
        const double rx = whole.right() - size.width();
        const double by = whole.bottom() - size.height();
        // Centred first: it looks calmest where it is free anyway.
        const QPointF placements[] = {{cx, cy}, {rx, cy}, {cx, by}, {rx, by}};
        for (const QPointF &topLeft : placements) {
            const MapTransform t = MapTransform::fit(bounds, view, QRectF(topLeft, size), xScale);
            if (t.isValid() && !occupied(worldRect(t, keepFree)))
                return t;
        }
    }
    return {};
}

} // namespace

MapTransform clearOf(const Bounds &bounds, QSize view, const QRectF &obstacle, double margin,
                     double xScale, const Occupied &occupied, double bottom)
{
    const QRectF whole =
        QRectF(QPointF(0, 0), QSizeF(view)).adjusted(margin, margin, -margin, -margin - bottom);
    const MapTransform full = MapTransform::fit(bounds, view, whole, xScale);
    if (obstacle.isEmpty() || !full.isValid())
        return full;
    // The whole view where the fitted bounds miss the box; else the strip right of it or
    // the strip below it.
    const MapTransform candidates[] = {
        full,
        MapTransform::fit(
            bounds, view,
            QRectF(QPointF(obstacle.right() + margin, whole.top()), whole.bottomRight()), xScale),
        MapTransform::fit(
            bounds, view,
            QRectF(QPointF(whole.left(), obstacle.bottom() + margin), whole.bottomRight()), xScale),
    };
    MapTransform best;
    for (const MapTransform &t : candidates) {
        if (!t.isValid() || screenRect(t, bounds).intersects(obstacle))
            continue;
        if (!best.isValid() || t.unitsPerPixel() < best.unitsPerPixel())
            best = t;
    }
    if (occupied && best != full) {
        const double stripUpp = best.isValid() ? best.unitsPerPixel() : full.unitsPerPixel() * 4;
        const MapTransform shaped = shapeFit(bounds, view, whole, obstacle, margin, xScale,
                                             full.unitsPerPixel(), stripUpp, occupied);
        if (shaped.isValid() && (!best.isValid() || shaped.unitsPerPixel() < best.unitsPerPixel()))
            best = shaped;
    }
    return best.isValid() ? best : full;
}

} // namespace qw::ViewFit

#include "MapTransform.h"

#include "Geodesy.h"

#include <algorithm>

namespace qw {

MapTransform MapTransform::fit(const Bounds &bounds, QSize size, int margin, double xScale)
{
    if (bounds.isEmpty() || size.isEmpty())
        return {};
    const double w = std::max(1, size.width() - 2 * margin);
    const double h = std::max(1, size.height() - 2 * margin);
    const double upp = std::max({bounds.width() * xScale / w, bounds.height() / h, 1e-9});
    return {QPointF((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2), upp, size,
            xScale};
}

MapTransform MapTransform::fit(const Bounds &bounds, QSize size, const QRectF &target,
                               double xScale)
{
    if (bounds.isEmpty() || size.isEmpty() || target.isEmpty())
        return {};
    const double upp = std::max(
        {bounds.width() * xScale / target.width(), bounds.height() / target.height(), 1e-9});
    const QPointF c((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2);
    // Put the bounds' centre on the target's centre.
    const QPointF centre(c.x() - (target.center().x() - size.width() / 2.0) * upp / xScale,
                         c.y() + (target.center().y() - size.height() / 2.0) * upp);
    return {centre, upp, size, xScale};
}

QTransform MapTransform::worldToScreen() const
{
    const double s = 1.0 / m_unitsPerPixel;
    const double sx = s * m_xScale;
    return QTransform(sx, 0, 0, -s, m_size.width() / 2.0 - m_centre.x() * sx,
                      m_size.height() / 2.0 + m_centre.y() * s);
}

Bounds MapTransform::visibleBounds() const
{
    Bounds b;
    const QPointF a = toWorld(QPointF(0, 0));
    const QPointF c = toWorld(QPointF(m_size.width(), m_size.height()));
    b.include(a.x(), a.y());
    b.include(c.x(), c.y());
    return b;
}

double MapTransform::metresPerPixel(const Geodesy &geodesy) const
{
    if (!geodesy.isGeographic())
        return geodesy.distance({0, 0}, {m_unitsPerPixel, 0});
    // A hundred pixels either side of the centre: long enough for a precise geodesic,
    // short enough that the view's curvature does not matter.
    const double half = std::min(100.0, std::max(1.0, m_size.width() / 2.0));
    const QPointF mid(m_size.width() / 2.0, m_size.height() / 2.0);
    const QPointF a = toWorld(mid - QPointF(half, 0));
    const QPointF b = toWorld(mid + QPointF(half, 0));
    return geodesy.distance({a.x(), a.y()}, {b.x(), b.y()}) / (2 * half);
}

MapTransform MapTransform::zoomedAt(QPointF screen, double factor) const
{
    const QPointF world = toWorld(screen);
    MapTransform t = *this;
    t.m_unitsPerPixel = m_unitsPerPixel / factor;
    // Keep world under the cursor: solve centre from toScreen(world) == screen.
    t.m_centre =
        QPointF(world.x() - (screen.x() - m_size.width() / 2.0) * t.m_unitsPerPixel / m_xScale,
                world.y() + (screen.y() - m_size.height() / 2.0) * t.m_unitsPerPixel);
    return t;
}

MapTransform MapTransform::panned(QPointF d) const
{
    MapTransform t = *this;
    t.m_centre = QPointF(m_centre.x() - d.x() * m_unitsPerPixel / m_xScale,
                         m_centre.y() + d.y() * m_unitsPerPixel);
    return t;
}

} // namespace qw

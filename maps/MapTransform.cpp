#include "MapTransform.h"

#include <algorithm>

namespace qw {

MapTransform MapTransform::fit(const Bounds &bounds, QSize size, int margin)
{
    if (bounds.isEmpty() || size.isEmpty())
        return {};
    const double w = std::max(1, size.width() - 2 * margin);
    const double h = std::max(1, size.height() - 2 * margin);
    const double upp = std::max({bounds.width() / w, bounds.height() / h, 1e-9});
    return {QPointF((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2), upp, size};
}

MapTransform MapTransform::fit(const Bounds &bounds, QSize size, const QRectF &target)
{
    if (bounds.isEmpty() || size.isEmpty() || target.isEmpty())
        return {};
    const double upp =
        std::max({bounds.width() / target.width(), bounds.height() / target.height(), 1e-9});
    const QPointF c((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2);
    // Put the bounds' centre on the target's centre.
    const QPointF centre(c.x() - (target.center().x() - size.width() / 2.0) * upp,
                         c.y() + (target.center().y() - size.height() / 2.0) * upp);
    return {centre, upp, size};
}

QTransform MapTransform::worldToScreen() const
{
    const double s = 1.0 / m_unitsPerPixel;
    return QTransform(s, 0, 0, -s, m_size.width() / 2.0 - m_centre.x() * s,
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

MapTransform MapTransform::zoomedAt(QPointF screen, double factor) const
{
    const QPointF world = toWorld(screen);
    MapTransform t = *this;
    t.m_unitsPerPixel = m_unitsPerPixel / factor;
    // Keep world under the cursor: solve centre from toScreen(world) == screen.
    t.m_centre = QPointF(world.x() - (screen.x() - m_size.width() / 2.0) * t.m_unitsPerPixel,
                         world.y() + (screen.y() - m_size.height() / 2.0) * t.m_unitsPerPixel);
    return t;
}

MapTransform MapTransform::panned(QPointF d) const
{
    MapTransform t = *this;
    t.m_centre =
        QPointF(m_centre.x() - d.x() * m_unitsPerPixel, m_centre.y() + d.y() * m_unitsPerPixel);
    return t;
}

} // namespace qw

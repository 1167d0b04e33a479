#pragma once

#include "Geometry.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace qw {

// Maps world coordinates (project CRS, y up) to logical pixels (y down) of a view of a
// given size. A value type: render jobs get their own copy.
class MapTransform
{
public:
    MapTransform() = default;
    MapTransform(QPointF centre, double unitsPerPixel, QSize size)
        : m_centre(centre), m_unitsPerPixel(unitsPerPixel), m_size(size)
    { }

    // The transform that shows bounds whole in size, with a margin in pixels.
    static MapTransform fit(const Bounds &bounds, QSize size, int margin = 16);
    // The transform that shows bounds whole inside target, a part of a view of size.
    static MapTransform fit(const Bounds &bounds, QSize size, const QRectF &target);

    QPointF centre() const { return m_centre; }
    double unitsPerPixel() const { return m_unitsPerPixel; }
    QSize size() const { return m_size; }
    bool isValid() const { return m_unitsPerPixel > 0 && !m_size.isEmpty(); }

    QPointF toScreen(double x, double y) const
    {
        return {(x - m_centre.x()) / m_unitsPerPixel + m_size.width() / 2.0,
                (m_centre.y() - y) / m_unitsPerPixel + m_size.height() / 2.0};
    }
    QPointF toWorld(QPointF p) const
    {
        return {m_centre.x() + (p.x() - m_size.width() / 2.0) * m_unitsPerPixel,
                m_centre.y() - (p.y() - m_size.height() / 2.0) * m_unitsPerPixel};
    }
    // World to screen as a QTransform, for painting paths built in world units.
    QTransform worldToScreen() const;
    Bounds visibleBounds() const;

    MapTransform resized(QSize size) const { return {m_centre, m_unitsPerPixel, size}; }
    // Zooms by factor (>1 zooms in) keeping the world point under screen point fixed.
    MapTransform zoomedAt(QPointF screen, double factor) const;
    MapTransform panned(QPointF screenDelta) const;

    friend bool operator==(const MapTransform &, const MapTransform &) = default;

private:
    QPointF m_centre;
    double m_unitsPerPixel = 0;
    QSize m_size;
};

} // namespace qw

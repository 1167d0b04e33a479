#pragma once

#include "Geometry.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace qw {

class Geodesy;

// Maps world coordinates (project CRS, y up) to logical pixels (y down) of a view of a
// given size. A value type: render jobs get their own copy.
//
// x is stretched by xScale before the uniform scale: a project stored in longitude and
// latitude draws with xScale about cos(latitude) (AreaGeometrySet::xScale), so its areas
// keep their shape on the ground; for projected coordinates it is exactly 1 and every
// formula gives the same numbers as without it. unitsPerPixel counts units of y.
class MapTransform
{
public:
    MapTransform() = default;
    MapTransform(QPointF centre, double unitsPerPixel, QSize size, double xScale = 1.0)
        : m_centre(centre), m_unitsPerPixel(unitsPerPixel), m_xScale(xScale), m_size(size)
    { }

    // The transform that shows bounds whole in size, with a margin in pixels.
    static MapTransform fit(const Bounds &bounds, QSize size, int margin = 16, double xScale = 1.0);
    // The transform that shows bounds whole inside target, a part of a view of size.
    static MapTransform fit(const Bounds &bounds, QSize size, const QRectF &target,
                            double xScale = 1.0);

    QPointF centre() const { return m_centre; }
    double unitsPerPixel() const { return m_unitsPerPixel; }
    double xScale() const { return m_xScale; }
    QSize size() const { return m_size; }
    bool isValid() const { return m_unitsPerPixel > 0 && m_xScale > 0 && !m_size.isEmpty(); }

    QPointF toScreen(double x, double y) const
    {
        return {(x - m_centre.x()) * m_xScale / m_unitsPerPixel + m_size.width() / 2.0,
                (m_centre.y() - y) / m_unitsPerPixel + m_size.height() / 2.0};
    }
    QPointF toWorld(QPointF p) const
    {
        return {m_centre.x() + (p.x() - m_size.width() / 2.0) * m_unitsPerPixel / m_xScale,
                m_centre.y() - (p.y() - m_size.height() / 2.0) * m_unitsPerPixel};
    }
    // World to screen as a QTransform, for painting paths built in world units.
    QTransform worldToScreen() const;
    Bounds visibleBounds() const;
    // Metres on the ground per pixel along the horizontal through the view's centre, for
    // the scale bar: geodesic at the centre's latitude for geographic coordinates, else
    // unitsPerPixel in metres.
    double metresPerPixel(const Geodesy &geodesy) const;

    MapTransform resized(QSize size) const { return {m_centre, m_unitsPerPixel, size, m_xScale}; }
    // Zooms by factor (>1 zooms in) keeping the world point under screen point fixed.
    MapTransform zoomedAt(QPointF screen, double factor) const;
    MapTransform panned(QPointF screenDelta) const;

    friend bool operator==(const MapTransform &, const MapTransform &) = default;

private:
    QPointF m_centre;
    double m_unitsPerPixel = 0;
    double m_xScale = 1.0;
    QSize m_size;
};

} // namespace qw

#include "MapRenderer.h"

#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace qw {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

QColor MapRenderer::facilityColor(FacilityKind kind)
{
    switch (kind) {
    case FacilityKind::School:
        return QColor(0x1f, 0x4e, 0x9c);
    case FacilityKind::Kita:
        return QColor(0x1b, 0x9e, 0x77);
    case FacilityKind::YouthCentre:
        return QColor(0x75, 0x30, 0x9a);
    case FacilityKind::Other:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

bool MapRenderer::render(QPainter &painter, const MapSnapshot &s, const MapTransform &t,
                         const std::atomic_bool *cancel)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(t.size())), s.background);
    if (!s.areas || !t.isValid()) {
        painter.restore();
        return true;
    }
    // Everything below is in the view's coordinates on top of whatever transform the
    // caller set (a page layout places and scales the map); line widths follow its scale.
    const QTransform base = painter.transform();
    const double scale = std::sqrt(std::abs(base.determinant()));
    const QTransform w2s = t.worldToScreen();
    const Bounds visible = t.visibleBounds();
    const std::vector<int> rows = s.areas->query(visible);

    painter.setTransform(w2s, true);
    painter.setPen(Qt::NoPen);
    const QBrush plain(QColor(0xe8, 0xe4, 0xda));
    for (int row : rows) {
        if (cancelled(cancel)) {
            painter.restore();
            return false;
        }
        const QBrush &brush = s.choropleth ? s.choropleth->brush(row) : plain;
        if (brush.style() != Qt::SolidPattern) {
            // Hatched brushes need a ground, or the background shows through.
            painter.setBrush(QColor(0xf2, 0xf2, 0xf2));
            painter.drawPath(s.areas->path(row));
        }
        painter.setBrush(brush);
        painter.drawPath(s.areas->path(row));
    }

    if (s.landmarks) {
        for (const Landmark &l : *s.landmarks) {
            if (!l.geometry.bounds().intersects(visible))
                continue;
            painter.setBrush(l.kind == LandmarkKind::Water ? QColor(0x9e, 0xc9, 0xe8, 230)
                                                           : QColor(0xb8, 0xd9, 0xa0, 200));
            painter.drawPath(worldPath(l.geometry));
        }
    }

    // Borders in device-independent widths: cosmetic pens ignore the world transform.
    QPen border(QColor(255, 255, 255, 235), 1.1 * scale);
    border.setCosmetic(true);
    border.setJoinStyle(Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(border);
    for (int row : rows) {
        if (cancelled(cancel)) {
            painter.restore();
            return false;
        }
        painter.drawPath(s.areas->path(row));
    }
    painter.setTransform(base);

    if (s.showFacilities && s.facilities) {
        const double radius = 3.2;
        painter.setPen(QPen(Qt::white, 1.0));
        for (const Facility &f : *s.facilities) {
            if (cancelled(cancel)) {
                painter.restore();
                return false;
            }
            if (!visible.contains(f.position.x, f.position.y))
                continue;
            const QPointF p = t.toScreen(f.position.x, f.position.y);
            painter.setBrush(facilityColor(f.kind));
            switch (f.kind) {
            case FacilityKind::School:
                painter.drawRect(QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius));
                break;
            case FacilityKind::YouthCentre: {
                const QPointF tri[3] = {p + QPointF(0, -radius * 1.3),
                                        p + QPointF(radius * 1.2, radius),
                                        p + QPointF(-radius * 1.2, radius)};
                painter.drawPolygon(tri, 3);
                break;
            }
            default:
                painter.drawEllipse(p, radius, radius);
            }
        }
    }
    painter.restore();
    return true;
}

QImage MapRenderer::renderImage(const MapSnapshot &snapshot, const MapTransform &transform,
                                qreal devicePixelRatio, const std::atomic_bool *cancel)
{
    const QSize px = (QSizeF(transform.size()) * devicePixelRatio).toSize();
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    const bool done = render(painter, snapshot, transform, cancel);
    painter.end();
    return done ? image : QImage();
}

} // namespace qw

#include "MapDecorations.h"

#include "MapRenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace qw::MapDecorations {

ScaleBar scaleBar(double metresPerPainterUnit, double targetLength, const QLocale &locale)
{
    if (!(metresPerPainterUnit > 0) || !(targetLength > 0))
        return {};
    const double target = targetLength * metresPerPainterUnit;
    const double mag = std::pow(10.0, std::floor(std::log10(target)));
    double nice = mag;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * mag <= target)
            nice = f * mag;
    const QString label = nice >= 1000
        ? QStringLiteral("%1 km").arg(locale.toString(nice / 1000, 'g', 3))
        : QStringLiteral("%1 m").arg(locale.toString(nice, 'g', 4));
    return {nice / metresPerPainterUnit, label};
}

void paintScaleBar(QPainter &p, QPointF origin, double metresPerPainterUnit, double targetLength,
                   const QLocale &locale)
{
    const ScaleBar bar = scaleBar(metresPerPainterUnit, targetLength, locale);
    if (bar.length <= 0)
        return;
    const double length = bar.length;
    const double tick = targetLength / 20;
    p.save();
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), targetLength / 60));
    p.drawLine(origin, origin + QPointF(length, 0));
    p.drawLine(origin, origin + QPointF(0, -tick));
    p.drawLine(origin + QPointF(length, 0), origin + QPointF(length, -tick));
    const QFontMetricsF fm(p.font());
    p.drawText(QPointF(origin.x(), origin.y() + fm.ascent() + tick / 2), bar.label);
    p.restore();
}

void paintNorthArrow(QPainter &p, QPointF tip, double size)
{
    p.save();
    const QPointF poly[3] = {tip, tip + QPointF(size * 0.35, size),
                             tip + QPointF(-size * 0.35, size)};
    // A white rim keeps the arrow visible over dark classes.
    p.setPen(QPen(QColor(255, 255, 255, 220), std::max(1.0, size / 14)));
    p.setBrush(QColor(0x33, 0x33, 0x33));
    p.drawPolygon(poly, 3);
    p.setPen(QColor(0x33, 0x33, 0x33));
    const QFontMetricsF fm(p.font());
    p.drawText(QRectF(tip.x() - size, tip.y() + size, 2 * size, fm.height()), Qt::AlignCenter,
               QStringLiteral("N"));
    p.restore();
}

void paintFacilitySymbol(QPainter &p, QPointF c, FacilityKind kind, double radius)
{
    p.setBrush(MapRenderer::facilityColor(kind));
    switch (kind) {
    case FacilityKind::School:
        p.drawRect(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius));
        break;
    case FacilityKind::YouthCentre: {
        const QPointF tri[3] = {c + QPointF(0, -radius * 1.3), c + QPointF(radius * 1.2, radius),
                                c + QPointF(-radius * 1.2, radius)};
        p.drawPolygon(tri, 3);
        break;
    }
    case FacilityKind::Kita:
    case FacilityKind::Other:
        p.drawEllipse(c, radius, radius);
        break;
    }
}

} // namespace qw::MapDecorations

#pragma once

#include "ProjectTypes.h"

#include <QLocale>
#include <QPointF>
#include <QString>

class QPainter;

namespace qw {

// Scale bar, north arrow and facility symbols, drawn in the painter's current coordinates, for the
// screen and for exports alike.
namespace MapDecorations {

struct ScaleBar
{
    double length = 0; // in painter units
    QString label; // e.g. "500 m", "2 km"
};

// The bar of a round length (1, 2 or 5 x 10^k metres) at most targetLength painter units
// long and its label; metresPerPainterUnit: ground metres per painter unit (for a map,
// MapTransform::metresPerPixel). A zero length when there is no scale.
ScaleBar scaleBar(double metresPerPainterUnit, double targetLength, const QLocale &locale);

// A bar of a round length (1, 2 or 5 x 10^k metres) about targetLength painter units long,
// its left end at bottomLeft. metresPerPainterUnit: ground metres per painter unit.
void paintScaleBar(QPainter &painter, QPointF bottomLeft, double metresPerPainterUnit,
                   double targetLength, const QLocale &locale);
void paintNorthArrow(QPainter &painter, QPointF tip, double size);
// A facility's symbol centred at centre, in its kind's colour (MapRenderer::facilityColor)
// with the painter's pen: a square for schools, a triangle for youth centres, a circle for
// Kitas and others. The map and its legend draw the same symbol.
void paintFacilitySymbol(QPainter &painter, QPointF centre, FacilityKind kind, double radius);

} // namespace MapDecorations
} // namespace qw

#pragma once

#include <QLocale>
#include <QPointF>

class QPainter;

namespace qw {

// Scale bar and north arrow, drawn in the painter's current coordinates, for the screen
// and for exports alike.
namespace MapDecorations {

// A bar of a round length (1, 2 or 5 x 10^k metres) about targetLength painter units long,
// its left end at bottomLeft. unitsPerPainterUnit: map metres per painter unit.
void paintScaleBar(QPainter &painter, QPointF bottomLeft, double unitsPerPainterUnit,
                   double targetLength, const QLocale &locale);
void paintNorthArrow(QPainter &painter, QPointF tip, double size);

} // namespace MapDecorations
} // namespace qw

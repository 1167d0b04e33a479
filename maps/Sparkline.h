#pragma once

#include <QColor>
#include <QVariantList>

class QPainter;
class QRectF;

namespace qw {

// A small line of an indicator over its last periods (NaN gaps break the line), with the
// last value as a dot. Used in the comparison table and in the printed profile.
void paintSparkline(QPainter &painter, const QRectF &rect, const QVariantList &values,
                    const QColor &colour = QColor(0x44, 0x55, 0x66));

} // namespace qw

#pragma once

// Shared by QgisStyle.cpp (QML) and QgisStyleSld.cpp: the hatching and the number and
// colour forms QGIS writes.

#include <QColor>
#include <QLocale>
#include <QString>

namespace qw::QgisStyleParts {

// The app's suppressed hatching (ChoroplethRenderer::suppressedBrush and MapRenderer's
// ground): dark grey lines rising to the right on a light grey ground.
inline const QColor kHatchGround(0xf2, 0xf2, 0xf2);
inline const QColor kHatchLine(0x73, 0x73, 0x73);
inline constexpr double kHatchDistanceMm = 2.0;
inline constexpr double kHatchLineWidthMm = 0.26;

// QgsSymbolLayerUtils::encodeColor: "r,g,b,a".
inline QString colorText(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

// The shortest text that reads back as the same double: the filter is the app's rule exactly.
inline QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace qw::QgisStyleParts

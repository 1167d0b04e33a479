#pragma once

#include <QBrush>

namespace qw {

// How the areas are filled, row by row of an AreaGeometrySet: by one indicator's classes
// (ChoroplethRenderer) or by two at once (BivariateRenderer).
class AreaStyle
{
public:
    virtual ~AreaStyle() = default;
    virtual const QBrush &brush(int row) const = 0;
};

} // namespace qw

#pragma once

#include "ProjectTypes.h"

#include <memory>
#include <vector>

namespace qw {

class AreaGeometrySet;
struct AreaValues;

// A second indicator as circles at the areas' label points, area-true: a circle's area,
// not its radius, is proportional to the value. Suppressed, missing and negative values
// get no circle. Immutable.
class ProportionalSymbols
{
public:
    ProportionalSymbols(const Indicator &indicator, const AreaValues &values,
                        const AreaGeometrySet &areas, double maxRadius = 28);

    const Indicator &indicator() const { return m_indicator; }
    const QString &period() const { return m_period; }
    double maxValue() const { return m_max; }
    double maxRadius() const { return m_maxRadius; }
    // Radius in painter units, 0 for none.
    double radius(int row) const;
    double radiusFor(double value) const;
    double value(int row) const { return m_values[row]; }
    // Rows ordered largest circle first, so small circles are drawn on top.
    const std::vector<int> &drawOrder() const { return m_order; }
    // Two or three round reference values for the legend, largest first.
    std::vector<double> legendValues() const;

private:
    Indicator m_indicator;
    QString m_period;
    std::vector<double> m_values; // per row, NaN for none
    std::vector<int> m_order;
    double m_max = 0;
    double m_maxRadius;
};

} // namespace qw

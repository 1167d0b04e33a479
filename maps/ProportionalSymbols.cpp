#include "ProportionalSymbols.h"

#include "AreaGeometrySet.h"
#include "Project.h"

#include <algorithm>
#include <cmath>

namespace qw {

ProportionalSymbols::ProportionalSymbols(const Indicator &indicator, const AreaValues &values,
                                         const AreaGeometrySet &areas, double maxRadius)
    : m_indicator(indicator), m_period(values.period), m_maxRadius(maxRadius)
{
    m_values.resize(std::size_t(areas.count()));
    for (int row = 0; row < areas.count(); ++row) {
        const double v = values.values[areas.projectIndex(row)];
        m_values[row] = std::isnan(v) || v < 0 ? std::nan("") : v;
        if (!std::isnan(m_values[row])) {
            m_max = std::max(m_max, v);
            m_order.push_back(row);
        }
    }
    std::sort(m_order.begin(), m_order.end(),
              [this](int a, int b) { return m_values[a] > m_values[b]; });
}

double ProportionalSymbols::radiusFor(double value) const
{
    if (!(m_max > 0) || !(value > 0))
        return 0;
    return m_maxRadius * std::sqrt(value / m_max);
}

double ProportionalSymbols::radius(int row) const
{
    return radiusFor(m_values[row]);
}

std::vector<double> ProportionalSymbols::legendValues() const
{
    if (!(m_max > 0))
        return {};
    // The largest round number not above the maximum, then a half and a tenth of it.
    const double mag = std::pow(10.0, std::floor(std::log10(m_max)));
    double top = mag;
    for (double f : {1.0, 2.0, 2.5, 5.0})
        if (f * mag <= m_max)
            top = f * mag;
    return {top, top / 2, top / 10};
}

} // namespace qw

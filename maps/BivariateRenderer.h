#pragma once

#include "AreaStyle.h"
#include "LegendEntry.h"
#include "ProjectTypes.h"

#include <QColor>

#include <array>
#include <vector>

namespace qw {

class AreaGeometrySet;
struct AreaValues;

// Two indicators at once in a 3x3 choropleth: each is cut into terciles (low, middle,
// high) and the pair picks one of nine colours (Stevens' blue-pink scheme, readable for
// most colour-vision deficiencies). Areas lacking either value are grey; suppressed ones
// hatched. Immutable.
class BivariateRenderer : public AreaStyle
{
public:
    BivariateRenderer(const Indicator &first, const AreaValues &firstValues,
                      const Indicator &second, const AreaValues &secondValues,
                      const AreaGeometrySet &areas);

    const QBrush &brush(int row) const override;
    const Indicator &first() const { return m_first; }
    const Indicator &second() const { return m_second; }
    // Tercile edges (4 numbers each) of both indicators.
    const std::vector<double> &firstEdges() const { return m_firstEdges; }
    const std::vector<double> &secondEdges() const { return m_secondEdges; }
    // Class of a row: 0..2 per indicator, or -1 when it has no shown value.
    int firstClass(int row) const { return m_classes[row].first; }
    int secondClass(int row) const { return m_classes[row].second; }
    // The rows under the grid: "no data" (grey) and the hatching of areas suppressed in
    // either indicator, each where some area has it.
    std::vector<LegendEntry> statusLegend() const;
    // Colour of the cell (i, j): i the first indicator's tercile, j the second's.
    static QColor color(int i, int j);

private:
    Indicator m_first, m_second;
    std::vector<double> m_firstEdges, m_secondEdges;
    std::vector<std::pair<int, int>> m_classes;
    std::vector<int> m_suppressed;
    std::array<QBrush, 9> m_brushes;
    QBrush m_missing, m_hatched;
};

} // namespace qw

#pragma once

#include <QRectF>

#include <vector>

namespace qw {

// Greedy collision avoidance for map labels: offer boxes in priority order; a box is
// accepted when it lies inside the view and overlaps no box accepted before. A grid of
// cells keeps each test local, so thousands of labels stay fast.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &view, double cellSize = 64);
    bool tryPlace(const QRectF &box);
    int placedCount() const { return m_placed; }

private:
    QRectF m_view;
    double m_cell;
    int m_cols, m_rows;
    std::vector<std::vector<QRectF>> m_cells;
    int m_placed = 0;
};

} // namespace qw

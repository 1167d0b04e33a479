#include "LabelPlacer.h"

#include <algorithm>
#include <cmath>

namespace qw {

LabelPlacer::LabelPlacer(const QRectF &view, double cellSize)
    : m_view(view)
    , m_cell(cellSize)
    , m_cols(std::max(1, int(std::ceil(view.width() / cellSize))))
    , m_rows(std::max(1, int(std::ceil(view.height() / cellSize))))
    , m_cells(std::size_t(m_cols) * m_rows)
{ }

bool LabelPlacer::tryPlace(const QRectF &box)
{
    if (!m_view.contains(box))
        return false;
    const int x0 = std::clamp(int((box.left() - m_view.left()) / m_cell), 0, m_cols - 1);
    const int x1 = std::clamp(int((box.right() - m_view.left()) / m_cell), 0, m_cols - 1);
    const int y0 = std::clamp(int((box.top() - m_view.top()) / m_cell), 0, m_rows - 1);
    const int y1 = std::clamp(int((box.bottom() - m_view.top()) / m_cell), 0, m_rows - 1);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (const QRectF &other : m_cells[std::size_t(y) * m_cols + x])
                if (other.intersects(box))
                    return false;
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            m_cells[std::size_t(y) * m_cols + x].push_back(box);
    ++m_placed;
    return true;
}

} // namespace qw

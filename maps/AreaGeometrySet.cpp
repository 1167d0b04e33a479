#include "AreaGeometrySet.h"

#include "Project.h"

#include <algorithm>
#include <cmath>

namespace qw {

QPainterPath worldPath(const MultiPolygon &g)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int r = 0; r < g.ringCount(); ++r) {
        const auto c = g.ring(r);
        QPolygonF poly;
        poly.reserve(int(c.size() / 2));
        for (std::size_t k = 0; k + 1 < c.size(); k += 2)
            poly << QPointF(c[k], c[k + 1]);
        path.addPolygon(poly);
        path.closeSubpath();
    }
    return path;
}

namespace {

// Beyond any city in any projected coordinate system (Web Mercator ends at 2e7 m): a
// damaged file's vertex at -1e30 gave a grid of 1e30 cells and wrote out of bounds.
constexpr double kFarthest = 1e8;

bool isSane(const Bounds &b)
{
    return !b.isEmpty() && std::isfinite(b.minX) && std::isfinite(b.maxX) && std::isfinite(b.minY)
        && std::isfinite(b.maxY) && b.minX >= -kFarthest && b.maxX <= kFarthest
        && b.minY >= -kFarthest && b.maxY <= kFarthest;
}

} // namespace

AreaGeometrySet::AreaGeometrySet(std::shared_ptr<const Project> projectPtr, const QString &levelKey)
    : m_level(levelKey)
    , m_projectIndex(projectPtr->areasOfLevel(levelKey))
    , m_project(std::move(projectPtr))
    , m_shapes(&m_project->shapes(levelKey))
    , m_geodesy(Geodesy::forCrs(m_project->metadata().srsId))
{
    // An area with a coordinate no city has is left out of the map's extent and index (it
    // is neither drawn nor found), rather than stretch both to astronomic sizes.
    for (int row = 0; row < count(); ++row) {
        if (isSane(bounds(row)))
            m_bounds.include(bounds(row));
        else
            m_outlandish.push_back(row);
    }
    // One latitude for the whole map, not the view's: panning then never changes shapes,
    // and across a city the ratio varies by well under a percent.
    if (!m_bounds.isEmpty())
        m_xScale = m_geodesy.xScale((m_bounds.minY + m_bounds.maxY) / 2);
    buildIndex();
}

const QString &AreaGeometrySet::name(int row) const
{
    return m_project->areas()[std::size_t(projectIndex(row))].name;
}

QPointF AreaGeometrySet::labelPoint(int row) const
{
    // All at once on the first call: finding a point inside every area is the dearest
    // part of building the set, and only labels and circles need it.
    std::call_once(m_labelsOnce, [this] {
        m_labels.reserve(m_projectIndex.size());
        for (int row = 0; row < count(); ++row) {
            const Point p = geometry(row).labelPoint();
            m_labels.emplace_back(p.x, p.y);
        }
    });
    return m_labels[std::size_t(row)];
}

int AreaGeometrySet::rowOfProjectIndex(int projectIndex) const
{
    const auto it = std::lower_bound(m_projectIndex.begin(), m_projectIndex.end(), projectIndex);
    return it != m_projectIndex.end() && *it == projectIndex ? int(it - m_projectIndex.begin())
                                                             : -1;
}

void AreaGeometrySet::buildIndex()
{
    if (m_bounds.isEmpty())
        return;
    // About one area per cell on average; never more cells along a side than four per area,
    // so that a long thin city (or a stray far vertex) cannot make a grid of millions.
    const double area = std::max(1e-9, m_bounds.width() * m_bounds.height());
    const double sideCells = std::max(16, 4 * count());
    m_cellSize = std::max({1e-9, std::sqrt(area / std::max(1, count())),
                           std::max(m_bounds.width(), m_bounds.height()) / sideCells});
    m_cols = std::max(1, int(std::ceil(m_bounds.width() / m_cellSize)) + 1);
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / m_cellSize)) + 1);
    // Two passes over the rows: count per cell, then place (a counting sort).
    m_cellStart.assign(std::size_t(m_cols) * m_rows + 1, 0);
    const auto eachCell = [this](int row, const auto &visit) {
        const Bounds &b = bounds(row);
        if (!isSane(b))
            return;
        const auto cell = [this](double offset, int cells) {
            return std::clamp(int(offset / m_cellSize), 0, cells - 1);
        };
        const int x0 = cell(b.minX - m_bounds.minX, m_cols);
        const int x1 = cell(b.maxX - m_bounds.minX, m_cols);
        const int y0 = cell(b.minY - m_bounds.minY, m_rows);
        const int y1 = cell(b.maxY - m_bounds.minY, m_rows);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                visit(std::size_t(y) * m_cols + x);
    };
    for (int row = 0; row < count(); ++row)
        eachCell(row, [this](std::size_t cell) { ++m_cellStart[cell + 1]; });
    for (std::size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_cellRows.resize(m_cellStart.back());
    std::vector<std::uint32_t> next(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int row = 0; row < count(); ++row)
        eachCell(row, [&](std::size_t cell) { m_cellRows[next[cell]++] = row; });
}

std::vector<int> AreaGeometrySet::query(const Bounds &area) const
{
    std::vector<int> result;
    if (m_cellRows.empty() || !area.intersects(m_bounds))
        return result;
    const int x0 = std::clamp(int((area.minX - m_bounds.minX) / m_cellSize), 0, m_cols - 1);
    const int x1 = std::clamp(int((area.maxX - m_bounds.minX) / m_cellSize), 0, m_cols - 1);
    const int y0 = std::clamp(int((area.minY - m_bounds.minY) / m_cellSize), 0, m_rows - 1);
    const int y1 = std::clamp(int((area.maxY - m_bounds.minY) / m_cellSize), 0, m_rows - 1);
    std::vector<char> seen(std::size_t(count()), 0);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
            const std::size_t cell = std::size_t(y) * m_cols + x;
            for (std::uint32_t k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                const int row = m_cellRows[k];
                if (!seen[row] && bounds(row).intersects(area)) {
                    seen[row] = 1;
                    result.push_back(row);
                }
            }
        }
    return result;
}

int AreaGeometrySet::hitTest(double x, double y) const
{
    if (m_cellRows.empty() || !m_bounds.contains(x, y))
        return -1;
    const int cx = std::clamp(int((x - m_bounds.minX) / m_cellSize), 0, m_cols - 1);
    const int cy = std::clamp(int((y - m_bounds.minY) / m_cellSize), 0, m_rows - 1);
    const std::size_t cell = std::size_t(cy) * m_cols + cx;
    for (std::uint32_t k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k)
        if (m_shapes->contains(m_cellRows[k], x, y))
            return m_cellRows[k];
    return -1;
}

} // namespace qw

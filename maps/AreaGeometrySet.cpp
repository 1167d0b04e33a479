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

// Keeps the vertices at least tolerance from the last kept one (and every ring's
// closing point); rings that collapse below a triangle are left out, and a polygon
// whose exterior collapses with them.
MultiPolygon thinned(const MultiPolygon &g, double tolerance)
{
    MultiPolygon out;
    const double tol2 = tolerance * tolerance;
    std::vector<std::vector<double>> rings;
    for (int p = 0; p < g.polygonCount(); ++p) {
        rings.clear();
        for (int r = g.firstRing(p); r < g.ringEnd(p); ++r) {
            const auto c = g.ring(r);
            std::vector<double> ring {c[0], c[1]};
            double lx = c[0], ly = c[1];
            for (std::size_t k = 2; k + 1 < c.size(); k += 2) {
                const double dx = c[k] - lx, dy = c[k + 1] - ly;
                if (dx * dx + dy * dy >= tol2 || k + 2 >= c.size()) {
                    ring.push_back(c[k]);
                    ring.push_back(c[k + 1]);
                    lx = c[k];
                    ly = c[k + 1];
                }
            }
            if (ring.size() >= 8)
                rings.push_back(std::move(ring));
            else if (r == g.firstRing(p))
                break;
        }
        if (!rings.empty())
            out.addPolygon(rings);
    }
    out.shrinkToFit();
    return out;
}

} // namespace

AreaGeometrySet::AreaGeometrySet(std::shared_ptr<const Project> projectPtr, const QString &levelKey)
    : m_level(levelKey)
    , m_projectIndex(projectPtr->areasOfLevel(levelKey))
    , m_project(std::move(projectPtr))
{
    const Project &project = *m_project;
    m_geometry.reserve(m_projectIndex.size());
    m_coarse.reserve(m_projectIndex.size());
    for (int i : m_projectIndex) {
        const MultiPolygon &g = project.areas()[i].geometry;
        m_geometry.push_back(&g);
        const Bounds &b = g.bounds();
        m_coarse.push_back(thinned(g, std::max(b.width(), b.height()) / kCoarseSteps));
        m_names.push_back(project.areas()[i].name);
        m_bounds.include(g.bounds());
    }
    buildIndex();
}

QPointF AreaGeometrySet::labelPoint(int row) const
{
    // All at once on the first call: finding a point inside every area is the dearest
    // part of building the set, and only labels and circles need it.
    std::call_once(m_labelsOnce, [this] {
        m_labels.reserve(m_geometry.size());
        for (const MultiPolygon *g : m_geometry) {
            const Point p = g->labelPoint();
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
    // About one area per cell on average.
    const double area = std::max(1e-9, m_bounds.width() * m_bounds.height());
    m_cellSize = std::max(1e-9, std::sqrt(area / std::max(1, count())));
    m_cols = std::max(1, int(std::ceil(m_bounds.width() / m_cellSize)) + 1);
    m_rows = std::max(1, int(std::ceil(m_bounds.height() / m_cellSize)) + 1);
    m_cells.assign(std::size_t(m_cols) * m_rows, {});
    for (int row = 0; row < count(); ++row) {
        const Bounds &b = m_geometry[row]->bounds();
        if (b.isEmpty())
            continue;
        const int x0 = int((b.minX - m_bounds.minX) / m_cellSize);
        const int x1 = int((b.maxX - m_bounds.minX) / m_cellSize);
        const int y0 = int((b.minY - m_bounds.minY) / m_cellSize);
        const int y1 = int((b.maxY - m_bounds.minY) / m_cellSize);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_cells[std::size_t(y) * m_cols + x].push_back(row);
    }
}

std::vector<int> AreaGeometrySet::query(const Bounds &area) const
{
    std::vector<int> result;
    if (m_cells.empty() || !area.intersects(m_bounds))
        return result;
    const int x0 = std::clamp(int((area.minX - m_bounds.minX) / m_cellSize), 0, m_cols - 1);
    const int x1 = std::clamp(int((area.maxX - m_bounds.minX) / m_cellSize), 0, m_cols - 1);
    const int y0 = std::clamp(int((area.minY - m_bounds.minY) / m_cellSize), 0, m_rows - 1);
    const int y1 = std::clamp(int((area.maxY - m_bounds.minY) / m_cellSize), 0, m_rows - 1);
    std::vector<char> seen(std::size_t(count()), 0);
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            for (int row : m_cells[std::size_t(y) * m_cols + x])
                if (!seen[row] && m_geometry[row]->bounds().intersects(area)) {
                    seen[row] = 1;
                    result.push_back(row);
                }
    return result;
}

int AreaGeometrySet::hitTest(double x, double y) const
{
    if (m_cells.empty() || !m_bounds.contains(x, y))
        return -1;
    const int cx = std::clamp(int((x - m_bounds.minX) / m_cellSize), 0, m_cols - 1);
    const int cy = std::clamp(int((y - m_bounds.minY) / m_cellSize), 0, m_rows - 1);
    for (int row : m_cells[std::size_t(cy) * m_cols + cx])
        if (m_geometry[row]->contains(x, y))
            return row;
    return -1;
}

} // namespace qw

#pragma once

#include "AreaShapes.h"
#include "Geodesy.h"

#include <QPainterPath>
#include <QPointF>

#include <memory>
#include <mutex>
#include <vector>

namespace qw {

class Project;

// A multipolygon as a path in world coordinates (odd-even fill, so holes stay holes).
QPainterPath worldPath(const MultiPolygon &geometry);

// The areas of one level, ready to draw and to hit-test: geometry, names, label points,
// and a uniform grid over their bounding boxes. Immutable after construction (label
// points are filled once, under std::call_once), so render jobs on worker threads share
// it without locks. Row i is the i-th area of the level in project order (the same rows
// as AreaTableModel).
class AreaGeometrySet
{
public:
    // Shares the project: the outlines stay in the project (read-only after opening, so
    // worker threads may read them), this set only adds the index.
    AreaGeometrySet(std::shared_ptr<const Project> project, const QString &levelKey);

    int count() const { return int(m_projectIndex.size()); }
    int projectIndex(int row) const { return m_projectIndex[std::size_t(row)]; }
    int rowOfProjectIndex(int projectIndex) const;
    const Bounds &bounds(int row) const { return m_shapes->bounds(row); }
    // The outline as the map draws it, and its coarse form for areas at most
    // kCoarseSteps pixels wide (see AreaShapes).
    static constexpr double kCoarseSteps = AreaShapes::kCoarseSteps;
    AreaShapes::Outline outline(int row) const { return m_shapes->outline(row); }
    AreaShapes::Outline coarseOutline(int row) const { return m_shapes->coarseOutline(row); }
    // The outline as a MultiPolygon and as a world-coordinate path, built on demand (for the
    // few areas the view highlights; the renderer draws from the outline directly).
    MultiPolygon geometry(int row) const { return m_shapes->geometry(row); }
    QPainterPath path(int row) const { return worldPath(geometry(row)); }
    // A point inside the area for its label (computed for all areas on first use;
    // thread-safe).
    QPointF labelPoint(int row) const;
    const QString &name(int row) const;
    const Bounds &bounds() const { return m_bounds; }
    // The rows whose outline has a coordinate no city has (not finite, or beyond 1e8 m):
    // left out of bounds() and the index, so neither drawn nor found.
    const std::vector<int> &outlandishRows() const { return m_outlandish; }
    const QString &levelKey() const { return m_level; }
    // How the project's coordinates measure on the ground (its CRS asked of GDAL/PROJ once,
    // here), and the x scale its maps draw with (MapTransform): for a geographic CRS the
    // ground ratio of a degree of longitude to one of latitude at the middle of the level,
    // so areas keep their shape; exactly 1 for a projected CRS.
    const Geodesy &geodesy() const { return m_geodesy; }
    double xScale() const { return m_xScale; }

    // Rows whose bounding boxes meet the given bounds (unsorted, no duplicates).
    std::vector<int> query(const Bounds &area) const;
    // The row containing the world point, or -1. Holes and multipolygons are respected.
    int hitTest(double x, double y) const;

private:
    void buildIndex();

    QString m_level;
    std::vector<int> m_projectIndex;
    std::shared_ptr<const Project> m_project;
    const AreaShapes *m_shapes; // the project's, of this level (row = index)
    mutable std::once_flag m_labelsOnce;
    mutable std::vector<QPointF> m_labels;
    Bounds m_bounds;
    std::vector<int> m_outlandish;
    Geodesy m_geodesy;
    double m_xScale = 1.0;
    // Grid index: the rows of cell c are m_cellRows[m_cellStart[c] .. m_cellStart[c + 1]);
    // cells of m_cellSize world units from m_bounds' corner. Two flat arrays, where a vector
    // per cell would cost a million allocations at a million areas.
    int m_cols = 1, m_rows = 1;
    double m_cellSize = 1;
    std::vector<std::uint32_t> m_cellStart;
    std::vector<int> m_cellRows;
};

} // namespace qw

#pragma once

#include "Geometry.h"

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
    // Shares the project: the geometry stays in the project (read-only after opening, so
    // worker threads may read it), this set only adds the index.
    AreaGeometrySet(std::shared_ptr<const Project> project, const QString &levelKey);

    int count() const { return int(m_projectIndex.size()); }
    int projectIndex(int row) const { return m_projectIndex[row]; }
    int rowOfProjectIndex(int projectIndex) const;
    const MultiPolygon &geometry(int row) const { return *m_geometry[row]; }
    // The geometry thinned (radial distance) to vertices at least 1/kCoarseSteps of its
    // larger side apart: all a view shows of an area at most kCoarseSteps pixels wide
    // (the error stays under a pixel), at a fraction of the vertices: about 4 x
    // kCoarseSteps around the outline instead of a hundred or more.
    static constexpr double kCoarseSteps = 16;
    const MultiPolygon &coarseGeometry(int row) const { return m_coarse[row]; }
    // The outline as a world-coordinate path, built on demand (for the few areas the view
    // highlights; the renderer draws from the geometry directly).
    QPainterPath path(int row) const { return worldPath(*m_geometry[row]); }
    // A point inside the area for its label (computed for all areas on first use;
    // thread-safe).
    QPointF labelPoint(int row) const;
    const QString &name(int row) const { return m_names[row]; }
    const Bounds &bounds() const { return m_bounds; }
    const QString &levelKey() const { return m_level; }

    // Rows whose bounding boxes meet the given bounds (unsorted, no duplicates).
    std::vector<int> query(const Bounds &area) const;
    // The row containing the world point, or -1. Holes and multipolygons are respected.
    int hitTest(double x, double y) const;

private:
    void buildIndex();

    QString m_level;
    std::vector<int> m_projectIndex;
    std::shared_ptr<const Project> m_project;
    std::vector<const MultiPolygon *> m_geometry;
    std::vector<MultiPolygon> m_coarse;
    mutable std::once_flag m_labelsOnce;
    mutable std::vector<QPointF> m_labels;
    std::vector<QString> m_names;
    Bounds m_bounds;
    // Grid index: cell -> rows; cells of m_cellSize world units from m_bounds' corner.
    int m_cols = 1, m_rows = 1;
    double m_cellSize = 1;
    std::vector<std::vector<int>> m_cells;
};

} // namespace qw

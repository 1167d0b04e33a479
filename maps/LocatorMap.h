#pragma once

#include "AreaGeometrySet.h"

#include <QImage>
#include <QRectF>

#include <map>
#include <memory>
#include <mutex>
#include <utility>

class QPainter;

namespace qw {

class Project;

// The small map of a profile that shows where the area lies: every area of the level in
// grey, the area in red. The grey level is drawn once per size into an image and reused,
// so an atlas of 542 profiles paints (and its PDF holds) the 542 outlines once, not once
// per page; only the marked area is drawn as a path. Thread-safe; the geometry is the
// project's (read-only once loaded).
class LocatorMap
{
public:
    LocatorMap(std::shared_ptr<const Project> project, const QString &levelKey);

    // Draws the level into r with the area of projectIndex marked (-1: none).
    void paint(QPainter &painter, const QRectF &r, int projectIndex) const;
    // Every area drawn as a path (one map, e.g. on a cover page), the outlines of the
    // level above (coarser areas) darker where there is one.
    void paintVector(QPainter &painter, const QRectF &r,
                     const std::shared_ptr<const Project> &project) const;

    const AreaGeometrySet &areas() const { return m_set; }

private:
    QImage background(const QSizeF &size) const;

    AreaGeometrySet m_set;
    mutable std::mutex m_mutex;
    mutable std::map<std::pair<int, int>, QImage> m_images; // by size in tenths of a point
};

} // namespace qw

#pragma once

#include "LegendRenderer.h"

#include <QBrush>
#include <QCoreApplication>
#include <QLocale>
#include <QPainterPath>
#include <QRectF>

#include <memory>
#include <vector>

class QPainter;

namespace qw {

class AreaGeometrySet;
class Project;
struct Allocation;

// The amounts of an allocation as a map: round class breaks (R's pretty), a sequential
// ramp, the areas left out in the grey of "no data", and the legend beside the map that
// counts the areas of each class. Drawn into the PDF (AllocationReport) and the window's
// allocation panel. Immutable once made; shares the project for the outlines.
class AllocationMap
{
    Q_DECLARE_TR_FUNCTIONS(qw::AllocationMap)

public:
    // The allocation must be of the project's areas (its level, in project order).
    AllocationMap(const std::shared_ptr<const Project> &project, const Allocation &allocation,
                  const QLocale &locale, const QFont &legendFont);

    // Draws map and legend into r: the legend at the right, the map in the rest. Areas
    // whose row is marked in selected (the allocation's rows; may be empty) are outlined.
    void paint(QPainter &p, const QRectF &r, const std::vector<bool> &selected = {}) const;
    // The legend beside the map: a row per class with its range and count.
    const LegendRenderer &legend() const { return *m_legend; }
    // The row (area of the allocation) at a point of r as paint() draws it, or -1.
    int rowAt(const QRectF &r, QPointF point) const;

private:
    QRectF mapRect(const QRectF &r) const;

    std::shared_ptr<const AreaGeometrySet> m_set;
    std::vector<QBrush> m_fills; // per area, in the set's rows (the allocation's order)
    std::vector<QPainterPath> m_paths; // in world units, built once (the panel repaints often)
    std::shared_ptr<LegendRenderer> m_legend;
};

} // namespace qw

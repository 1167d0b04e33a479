#pragma once

#include "Geometry.h"
#include "MapSnapshot.h"
#include "ProjectMap.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace qw {

class Project;

// One page of small multiples (A4 landscape): a map per period of one indicator in a grid,
// each headed by its period, one legend for all (the classes are pooled over the periods,
// so a colour means the same value on every map), and the city's value over the periods
// as a line underneath. The "film" of a development on paper.
class SeriesLayout
{
    Q_DECLARE_TR_FUNCTIONS(qw::SeriesLayout)
public:
    // One map per period, in order; city: the city's value in each period (NaN: none).
    struct Series
    {
        std::vector<MapSnapshot> maps;
        std::vector<double> city;
    };

    // Every period of view's indicator as map (classes pooled over them; facilities left out:
    // at that size their symbols would hide the colours), with the city's value in each.
    static Series collect(const ProjectMap &map, Project &project, ProjectMap::View view,
                          const QLocale &locale);

    static void paint(QPainter &painter, const QRectF &page, const Series &series,
                      const Bounds &extent, const QLocale &locale);
    // Writes the page to path (PDF, PNG or SVG by suffix, as MapLayout::exportPage);
    // returns an error message or an empty string.
    static QString exportFile(const QString &path, const Series &series, const Bounds &extent,
                              const QLocale &locale, int dpi = 150);
    // Columns of the grid for n maps of the given width-to-height ratio in a box of that
    // size: the count that shows the maps largest.
    static int columnsFor(int n, double mapAspect, QSizeF box);
};

} // namespace qw

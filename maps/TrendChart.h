#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QRectF>

#include <vector>

class QPainter;

namespace qw {

class TrendModel;

// The trend of one indicator, painted from a TrendModel onto any QPainter (the panel
// beside the map and the printed profile draw the same picture): the level's band in
// grey, the city as a thick dark line, each area as a coloured line with a dot per period,
// a gap where a value is not shown (never a line across it) with a mark at the foot of the
// chart, the value axis with round ticks and the unit, the periods below, and a legend of
// the lines. Stateless; owns nothing.
class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(qw::TrendChart)

public:
    struct Options
    {
        QFont font;
        QLocale locale; // of the axis labels
        bool legend = true; // the key under the chart (the profile has one for all charts)
        bool unitLabel = true; // the unit over the value axis (not where a title says it)
        int shownColumn = -1; // the period on the map, shaded; -1: none
        int hoverColumn = -1; // the period under the mouse, a vertical rule; -1: none
        int maxTicks = 5; // of the value axis (fewer in small charts)
        double lineWidth = 1.6; // of the areas' lines, in the painter's units
    };
    // Where the parts of the chart lie in rect (for painting and for hit tests).
    struct Geometry
    {
        QRectF plot; // the lines' area
        QRectF legend; // empty without one
        std::vector<double> ticks; // of the value axis, ascending
        int columns = 0;
        // The x of a period's column, and the column nearest an x inside the plot (-1 outside).
        double x(int column) const;
        int columnAt(double x) const;
        double y(double value) const;
    };

    // Okabe-Ito colours of the areas, as the comparison's; the city is dark grey.
    static QColor areaColour(int row);
    static QColor cityColour();
    // The band's name in the legend ("Range of the level", "Middle half of the level": the
    // band switch and the guide say how each is bounded).
    static QString bandName(const TrendModel &model);
    static Geometry geometry(const TrendModel &model, const QRectF &rect, const Options &options);
    // Draws nothing but a short notice when the model has no periods.
    static void paint(QPainter &painter, const QRectF &rect, const TrendModel &model,
                      const Options &options);
    // The legend on its own, one entry after the other, wrapped to rect's width; returns
    // the height it takes (the profile puts one over its charts).
    static double paintLegend(QPainter &painter, const QRectF &rect, const TrendModel &model,
                              const QFont &font);
    static double legendHeight(const TrendModel &model, double width, const QFont &font);
};

} // namespace qw

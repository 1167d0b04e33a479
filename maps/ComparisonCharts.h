#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;
class QRectF;

namespace qw {

class ComparisonModel;

// The charts of a comparison, computed from a ComparisonModel and painted onto any
// QPainter, so the window and the printed comparison draw the same pictures: bars of one
// indicator for the chosen areas against the city line, and a spine chart that places
// each area between the worst and the best area of the level with the city in the middle.
class ComparisonCharts
{
    Q_DECLARE_TR_FUNCTIONS(qw::ComparisonCharts)

public:
    // Up to six areas told apart (Okabe-Ito, colour-blind safe); cycles beyond.
    static QColor areaColour(int area);
    // The areas' names, as the model's column headers.
    static QStringList areaNames(const ComparisonModel &model);

    struct Bars
    {
        QString title; // indicator name, period
        QStringList names; // the areas
        QStringList labels; // the formatted values ("." suppressed, "–" missing)
        std::vector<double> values; // NaN: no bar
        double city = 0; // NaN: no city line
        QString unit; // of the value axis, e.g. "%"; empty for counts
        int decimals = 0; // the indicator's
        QLocale locale; // of the axis labels
    };
    // Round ticks of a value axis that holds lo..hi (and 0): 1, 2, 2.5 or 5 x 10^k apart,
    // the first at or below lo, the last at or above hi; about targetCount of them.
    static std::vector<double> axisTicks(double lo, double hi, int targetCount = 5);
    // The bars of one indicator; none when the comparison has no row for it.
    static std::optional<Bars> bars(const ComparisonModel &model, const QString &indicatorKey);
    // The bars on a value axis with round ticks (below zero too), the city as a dashed line,
    // under each bar its value and the area's name (on two lines where it needs them).
    static void paintBars(QPainter &p, const QRectF &rect, const Bars &bars, const QFont &font);

    struct SpineRow
    {
        QString label; // the indicator's name
        bool neutral = false; // no better or worse: right = highest
        std::vector<double> positions; // per area, 0 = worst, 0.5 = city, 1 = best; NaN
    };
    // One row per indicator that has a city value on the areas' scale (no counts) and a
    // spread among the areas of the level.
    static std::vector<SpineRow> spineRows(const ComparisonModel &model);
    // A row: the label in labelWidth, then the track with the city line and the dots.
    static void paintSpineRow(QPainter &p, const QRectF &rect, const SpineRow &row,
                              double labelWidth, const QFont &font);
    // The key above a spine chart: a dot and a name per area.
    static void paintAreaKey(QPainter &p, const QRectF &rect, const QStringList &names,
                             const QFont &font);
};

} // namespace qw

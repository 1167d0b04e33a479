#pragma once

#include <QLocale>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace qw {

// What is wrong with a list of manual class breaks: the position of the first bad break
// (-1 for the list as a whole) and a message naming its value. Empty message: nothing.
struct BreakProblem
{
    int index = -1;
    QString message;
    bool isEmpty() const { return message.isEmpty(); }
};

// The rules for the planner's own class breaks, shared by the breaks dialog, the command
// line (--breaks) and saved views, so each refuses the same lists with the same words.
// Breaks are the inner edges: ascending, each strictly between the smallest and the largest
// value the classes are computed from, 1 to 8 of them (2 to 9 classes, as the other methods).
class ManualBreaks
{
public:
    static constexpr int kMinBreaks = 1;
    static constexpr int kMaxBreaks = 8;

    // A number as a planner types it: in the locale's format ("12,5" under German), else
    // with a decimal point; nullopt for anything else, infinities and NaN.
    static std::optional<double> parseNumber(const QString &text, const QLocale &locale);
    // The --breaks list "10,20,30.5": commas separate, decimal point. On a bad entry returns
    // nothing and says which in problem (the list is not checked against any data here).
    static std::vector<double> parseList(const QString &text, BreakProblem *problem);

    // Why these breaks cannot classify values from min to max; empty when they can. A
    // break shows as typed (shortest form in locale), the range with decimals.
    static BreakProblem check(std::span<const double> breaks, double min, double max,
                              const QLocale &locale, int decimals);
    // The same without data: count, finite, ascending, no repeats.
    static BreakProblem checkOrder(std::span<const double> breaks, const QLocale &locale);

    // Breaks to start editing from: the inner edges of a classification rounded to the
    // indicator's decimals, those that remain inside (min, max) and ascending; when none
    // does, the middle of the range (none at all when min == max).
    static std::vector<double> startingBreaks(const std::vector<double> &edges, double min,
                                              double max, int decimals);

    // The edges the breaks give: min, the breaks, max.
    static std::vector<double> edges(std::span<const double> breaks, double min, double max);
    // How many of the finite values fall in each class of edges (classIndex's rule).
    static std::vector<int> counts(std::span<const double> values,
                                   const std::vector<double> &edges);
    // How many of the finite values fall into each of bins equal bins from min to max
    // (values outside go to the first or last bin).
    static std::vector<int> histogram(std::span<const double> values, double min, double max,
                                      int bins);

    // A break as the planner typed it: shortest form, the locale's decimal sign.
    static QString format(double value, const QLocale &locale);
};

} // namespace qw

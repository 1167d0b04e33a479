#pragma once

#include "ProjectTypes.h"
#include "Recipe.h"
#include "ValueSeries.h"

#include <functional>
#include <optional>
#include <vector>

namespace qw {

// Computes a derived indicator from its inputs, area by area and period by period.
// Status travels through the formula: a suppressed input (stored as suppressed, or below
// its indicator's minimum case count) makes the output suppressed, a missing one missing,
// an estimated one estimated; a division by zero gives missing, never infinity.
// Coarser levels are computed from their own (aggregated) inputs, so a rate of a
// Stadtbezirk is its summed numerator over its summed denominator, never a mean of rates.
class DerivedCalculator
{
    Q_DECLARE_TR_FUNCTIONS(qw::DerivedCalculator)
public:
    struct Input
    {
        Indicator indicator;
        QStringList periods; // with values, ascending
    };

    // Checks the recipe against its inputs (aligned with recipe.inputs): kinds that fit
    // the formula, periods of one kind (school years with school years), at least one
    // period to compute. Nothing, with the reason in *error, when it does not fit.
    static std::optional<DerivedCalculator> make(const Recipe &recipe, std::vector<Input> inputs,
                                                 QString *error);

    // The output's catalogue entry: kind, unit, polarity, decimals and minimum case count
    // come from the inputs; the description is the formula in words.
    Indicator outputIndicator(const QString &key, const QString &nameDe,
                              const QString &nameEn) const;
    // The periods the output has, ascending.
    const QStringList &periods() const { return m_periods; }
    // The input periods one output period is computed from: (input index, period).
    std::vector<std::pair<int, QString>> sources(const QString &period) const;

    // One input's series in one of its periods (all areas of the project).
    using SeriesOf = std::function<const ValueSeries &(int input, const QString &period)>;
    // One input's city value in one of its periods (official figure, else from the areas).
    using CityOf = std::function<std::optional<double>(int input, const QString &period)>;

    struct Output
    {
        ValueSeries series;
        std::optional<double> city;
    };
    // groups: for rank_change(), the group of each area (its level), areas being ranked
    // among their group only; null ranks all areas together.
    Output compute(const QString &period, const SeriesOf &series, const CityOf &city,
                   const std::vector<int> *groups = nullptr) const;

private:
    DerivedCalculator(const Recipe &recipe, std::vector<Input> inputs)
        : m_recipe(recipe), m_inputs(std::move(inputs))
    { }
    // The value of one area (or the city, with area -1) from the inputs' values.
    std::optional<double> combine(const std::vector<double> &in) const;
    // rank_change(): the places each area climbed between the two series (now, then).
    static void rankChanges(const ValueSeries &now, const ValueSeries &then,
                            const std::vector<ValueStatus> &status, const std::vector<int> *groups,
                            ValueSeries &out);

    Recipe m_recipe;
    std::vector<Input> m_inputs;
    QStringList m_periods;
};

} // namespace qw

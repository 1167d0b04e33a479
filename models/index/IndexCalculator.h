#pragma once

#include "IndexRecipe.h"
#include "ProjectTypes.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <vector>

namespace qw {

class Project;

// Computes a composite index and its parts (class, dynamics, dynamics class, status x
// dynamics group) for one project, on the recipe's level, in every period the recipe
// covers. The standardisation runs over the areas kept: those at or above the population
// threshold with a value of every input. Areas under the threshold get the status
// NotComputed in every part; areas without a value of an input get none (missing), or
// suppressed where an input is suppressed. Reads through the project; writes nothing.
class IndexCalculator
{
    Q_DECLARE_TR_FUNCTIONS(qw::IndexCalculator)
public:
    struct Output
    {
        // The rows of each part, by the part's key (missing values have no row).
        std::map<QString, std::vector<IndicatorValue>> values;
        QStringList periods; // the periods the index has
        int kept = 0; // areas in the index in the latest period
        int excluded = 0; // areas left out by the population rule in the latest period
    };

    // recipe: with every direction resolved (+1 or -1). Nothing, with a message naming the
    // indicator, period or level in *error, when an input is unknown or has no values in a
    // period, every area is left out, an input does not vary, or the weights sum to zero.
    static std::optional<Output> compute(Project &project, const QString &key,
                                         const IndexRecipe &recipe, QString *error);

    // The status inputs of one period (empty: the latest the index has) as the index reads
    // them, one column per recipe input over the level's areas (rows: project area indices),
    // NaN where an area has no value or is under the population threshold; for analyses
    // that re-weight the inputs (Sensitivity). Nothing, with the reason, when the index
    // does not compute or has no values in the period.
    struct Inputs
    {
        QString level;
        QString levelName;
        QString period;
        std::vector<int> rows;
        std::vector<std::vector<double>> columns;
        int excluded = 0; // areas under the population threshold
    };
    static std::optional<Inputs> inputs(Project &project, const QString &key,
                                        const IndexRecipe &recipe, const QString &period,
                                        QString *error);

private:
    IndexCalculator(Project &project, const QString &key, const IndexRecipe &recipe);
    bool run(QString *error);
    // One period's part of the output; false with *error.
    bool period(const QString &period, QString *error);
    // The values of the level's areas of one input in one period (NaN where not shown),
    // with the worst status of each area merged into status.
    std::vector<double> column(const QString &indicatorKey, const QString &period,
                               std::vector<ValueStatus> &status);
    // The change of an input over recipe.years up to period (NaN where there is none); empty
    // when the input has no value that many years earlier.
    std::vector<double> change(const QString &indicatorKey, const QString &period,
                               std::vector<ValueStatus> &status);
    QString levelName() const;
    // Marks the areas under the population threshold; false with *error when the
    // population has no values or every area is under it.
    bool exclusion(const QString &period, std::vector<char> &excluded, int &excludedCount,
                   QString *error);
    void addRows(IndexPart part, const QString &period, const std::vector<double> &values,
                 const std::vector<ValueStatus> &status, const std::vector<char> &excluded);
    QString nameOf(const QString &key) const;

    Project &m_project;
    QString m_key;
    IndexRecipe m_recipe;
    QString m_level;
    std::vector<int> m_rows; // project area indices of the level
    Output m_out;
};

} // namespace qw

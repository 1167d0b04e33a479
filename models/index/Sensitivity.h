#pragma once

#include "IndexRecipe.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace qw {

class Project;

// How robust the ranks and classes of a composite index are to its weights (the JRC/OECD
// Handbook on Constructing Composite Indicators, "uncertainty and sensitivity analysis").
struct SensitivityOptions
{
    int draws = 1000; // random weight sets, 1 or more
    double spread = 20; // each weight varies by up to +-spread percent (0 ... 100)
    bool leaveOneOut = false; // also each input left out once (extra scenarios)
    std::uint64_t seed = 1; // std::mt19937_64: the same seed gives the same draws
    QString period; // empty: the latest the index has
};

// The outcome for the areas kept in the index (in level order; areas under the population
// threshold or without a value of an input take no part).
//
// Ranks: 1 is the highest index value (the most need); areas with equal values share the
// best rank of their group (1 + the number of areas with a higher value).
// Percentiles of the ranks over the draws, nearest-rank definition: the p-th percentile is
// the ceil(p / 100 * draws)-th smallest rank (with 1,000 draws p5 is the 50th, the median
// the 500th and p95 the 950th); it is always a rank that occurred.
// Stable: the area is in its base class (the class of the index as stored) in at least 90 %
// of the draws (kStableShare).
struct SensitivityResult
{
    static constexpr double kStableShare = 0.9;

    QString indexKey;
    QString indexName; // in the program's language; the key where there is none
    QString level; // level key
    QString levelName;
    QString period;
    IndexRecipe recipe;
    QStringList inputNames; // per recipe input, in the program's language
    SensitivityOptions options;
    int topClass = 0; // the class of highest need (the highest class number)
    int excluded = 0; // areas under the population threshold

    std::vector<int> rows; // project area indices of the areas kept
    QStringList keys;
    QStringList names;
    std::vector<int> baseRank;
    std::vector<int> baseClass;
    std::vector<int> p5, median, p95; // rank percentiles over the draws
    std::vector<double> topShare; // share of draws in the top class, 0 ... 1
    std::vector<double> baseClassShare; // share of draws in the base class, 0 ... 1
    std::vector<char> stable; // baseClassShare >= kStableShare

    // One input left out (its weight 0, the others renormalised), no random draws.
    struct LeftOut
    {
        QString inputKey;
        std::vector<int> rank;
        std::vector<int> cls;
        int changedClass = 0; // areas whose class differs from the base class
        int largestShift = 0; // the largest |rank - base rank|
    };
    std::vector<LeftOut> leftOut; // one per input, with options.leaveOneOut

    std::size_t size() const { return rows.size(); }
    int stableCount() const;
    // The positions of the areas from base rank 1 down (ties in level order).
    std::vector<std::size_t> byBaseRank() const;
    // An input's name (its key when the result has no names, as from compute()).
    QString inputName(const QString &inputKey) const;
    // A class's name by the recipe ("hoch" ... "sehr niedrig"), the number where it has none.
    QString className(int cls, bool german) const;
    // The method in words, for the exports: draws, spread, seed, percentiles, stable rule,
    // leave-one-out.
    QString describe(const QLocale &locale) const;
};

// What a run reads of the project, read once on the thread that owns the project; the run
// itself (Sensitivity::run on it) then needs no project and may go to a worker thread.
struct SensitivityInput
{
    QString indexKey;
    QString indexName;
    IndexRecipe recipe; // as stored, directions resolved
    QStringList inputNames; // per recipe input
    QString level;
    QString levelName;
    QString period;
    int excluded = 0;
    std::vector<int> rows; // project area indices of the level
    QStringList keys; // per row
    QStringList names;
    std::vector<std::vector<double>> columns; // per input, per row; NaN: not kept
};

// Varies the weights of a stored composite index: each input is standardised once as the
// index does it (IndexCalculator's inputs, CompositeIndex::standardise), then every draw
// only re-weights: w_i * (1 + U(-s, s)), renormalised to sum 1, the weighted mean made a
// z-score again when the recipe says so, classified by the recipe's rule and ranked.
// Reads through the project; writes nothing.
class Sensitivity
{
    Q_DECLARE_TR_FUNCTIONS(qw::Sensitivity)
public:
    // Called after draws (done of total); returning false cancels the run.
    using Progress = std::function<bool(int done, int total)>;

    // Nothing with the reason in *error for an unknown key, a key that is no composite
    // index, options out of range or an index that does not compute; nothing with
    // *cancelled set (and no error) when progress returned false.
    // The project's part: the index's recipe and inputs; nothing with the reason for an
    // unknown key, a key that is no composite index, options out of range or an index that
    // does not compute.
    static std::optional<SensitivityInput> prepare(Project &project, const QString &indexKey,
                                                   const SensitivityOptions &options,
                                                   QString *error);
    // The draws on prepared input; touches no project (thread-safe for distinct inputs).
    static std::optional<SensitivityResult> run(const SensitivityInput &input,
                                                const SensitivityOptions &options,
                                                const Progress &progress, QString *error,
                                                bool *cancelled = nullptr);
    // prepare() and run() in one.
    static std::optional<SensitivityResult> run(Project &project, const QString &indexKey,
                                                const SensitivityOptions &options,
                                                const Progress &progress, QString *error,
                                                bool *cancelled = nullptr);
    // The same on plain columns (one per recipe input, NaN where an area is not kept), as
    // IndexCalculator::inputs gives them; rows are positions in the columns, and the
    // project's fields (key, level, period, keys, names) stay empty. For the benchmark.
    static std::optional<SensitivityResult> compute(const std::vector<std::vector<double>> &columns,
                                                    const IndexRecipe &recipe,
                                                    const SensitivityOptions &options,
                                                    const Progress &progress, QString *error,
                                                    bool *cancelled = nullptr);
    // The checks of the options alone (draws, spread), for the command line before any
    // project is read; empty when they are fine.
    static QString checkOptions(const SensitivityOptions &options);
};

} // namespace qw

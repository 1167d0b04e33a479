#include "Sensitivity.h"

#include "CompositeIndex.h"
#include "IndexCalculator.h"
#include "Project.h"
#include "UiLanguage.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace qw {

namespace {

// The standardised inputs of the kept areas, turned by their directions: what each adds to
// the index before weighting. Only the weights change between draws.
struct Standardised
{
    std::vector<std::vector<double>> columns; // per input, per kept area
    std::vector<double> weights; // the recipe's
    std::size_t areas = 0;
};

// The index of one weight set, in the arithmetic of CompositeIndex::compute (weights
// divided by their sum, added in input order, then made a z-score again), so that the
// recipe's own weights give the stored index bit for bit.
void indexOf(const Standardised &s, const std::vector<double> &weights, bool restandardise,
             std::vector<double> &out)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    out.assign(s.areas, 0.0);
    for (std::size_t k = 0; k < s.columns.size(); ++k) {
        const double w = weights[k] / sum;
        const std::vector<double> &c = s.columns[k];
        for (std::size_t i = 0; i < s.areas; ++i)
            out[i] += w * c[i];
    }
    if (!restandardise)
        return;
    const CompositeIndex::Moments m = CompositeIndex::moments(out);
    if (!(m.sd > 1e-12))
        return; // the weights cancel out: every area the same, ranks all tie
    for (double &v : out)
        v = (v - m.mean) / m.sd;
}

// Rank 1 for the highest value; equal values share the best rank of their group.
void ranksOf(const std::vector<double> &index, std::vector<std::size_t> &order,
             std::vector<int> &rank)
{
    order.resize(index.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return index[a] > index[b]; });
    rank.resize(index.size());
    for (std::size_t p = 0; p < order.size(); ++p)
        rank[order[p]] =
            p > 0 && index[order[p]] == index[order[p - 1]] ? rank[order[p - 1]] : int(p) + 1;
}

// The nearest-rank percentile position (0-based) among n sorted values.
std::size_t percentilePosition(int percent, std::size_t n)
{
    const std::size_t position = (std::size_t(percent) * n + 99) / 100;
    return position == 0 ? 0 : position - 1;
}

} // namespace

int SensitivityResult::stableCount() const
{
    return int(std::count(stable.begin(), stable.end(), 1));
}

std::vector<std::size_t> SensitivityResult::byBaseRank() const
{
    std::vector<std::size_t> order(size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return baseRank[a] < baseRank[b]; });
    return order;
}

QString SensitivityResult::inputName(const QString &inputKey) const
{
    for (std::size_t i = 0; i < recipe.inputs.size(); ++i)
        if (recipe.inputs[i].key == inputKey && qsizetype(i) < inputNames.size())
            return inputNames[qsizetype(i)];
    return inputKey;
}

QString SensitivityResult::className(int cls, bool german) const
{
    const QStringList names = recipe.statusNames(german);
    return cls >= 1 && cls <= names.size() ? names[cls - 1] : QString::number(cls);
}

QString SensitivityResult::describe(const QLocale &locale) const
{
    const bool german = locale.language() == QLocale::German;
    const QString top = className(topClass, german);
    QString text =
        Sensitivity::tr("%n random weight set(s): each weight of the index %1 varied by up to "
                        "±%2 % (uniformly, seed %3), the weights renormalised to sum 1; the "
                        "inputs standardised once as the index does, then per draw the index "
                        "re-weighted, standardised again and classified by its rule (%4). "
                        "%5 areas of the level %6 in %7.",
                        nullptr, options.draws)
            .arg(indexName.isEmpty() ? indexKey : indexName,
                 locale.toString(options.spread, 'g', 15))
            .arg(options.seed)
            .arg(recipe.classes.describe())
            .arg(int(size()))
            .arg(levelName, period);
    text += QLatin1Char(' ')
        + Sensitivity::tr("Rank 1 is the highest index value (the most need); the 5th, 50th and "
                          "95th percentiles of an area's rank are nearest-rank percentiles over "
                          "the draws. Top class: %1 (class %2).")
              .arg(top)
              .arg(topClass);
    text += QLatin1Char(' ')
        + Sensitivity::tr("Stable: the area is in its class of the index as computed (the base "
                          "class) in at least %1 % of the draws; otherwise unstable.")
              .arg(int(SensitivityResult::kStableShare * 100));
    if (!leftOut.empty())
        text += QLatin1Char(' ')
            + Sensitivity::tr("Leave-one-out: each input left out once (its weight 0, the "
                              "others renormalised), reported separately.");
    return text;
}

QString Sensitivity::checkOptions(const SensitivityOptions &o)
{
    if (o.draws < 1)
        return tr("the number of draws must be 1 or more, not %1").arg(o.draws);
    if (!(o.spread >= 0 && o.spread <= 100))
        return tr("the spread of the weights is a percentage from 0 to 100, not %1")
            .arg(o.spread, 0, 'g', 15);
    return {};
}

std::optional<SensitivityInput> Sensitivity::prepare(Project &project, const QString &key,
                                                     const SensitivityOptions &options,
                                                     QString *error)
{
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SensitivityInput>();
    };
    if (const QString problem = checkOptions(options); !problem.isEmpty())
        return failed(problem);
    const Indicator *indicator = project.indicator(key);
    if (!indicator)
        return failed(tr("unknown indicator \"%1\" (--list-indicators lists the keys)").arg(key));
    if (!IndexRecipe::isIndex(indicator->recipe))
        return failed(
            tr("\"%1\" is no composite index (its recipe: %2); give the key of an "
               "index made with --index")
                .arg(key,
                     indicator->recipe.isEmpty() ? tr("none, it is imported") : indicator->recipe));
    QString message;
    const auto recipe = IndexRecipe::parse(indicator->recipe, &message);
    if (!recipe)
        return failed(message);
    auto inputs = IndexCalculator::inputs(project, key, *recipe, options.period, &message);
    if (!inputs)
        return failed(message);
    SensitivityInput in;
    in.indexKey = key;
    const bool german = germanUi();
    in.indexName = indicator->name(german);
    in.recipe = *recipe;
    for (const IndexInput &input : recipe->inputs) {
        const Indicator *i = project.indicator(input.key);
        in.inputNames << (i ? i->name(german) : input.key);
    }
    in.level = inputs->level;
    in.levelName = inputs->levelName;
    in.period = inputs->period;
    in.excluded = inputs->excluded;
    in.rows = inputs->rows;
    in.columns = std::move(inputs->columns);
    const auto &areas = project.areas();
    for (int row : in.rows) {
        in.keys << areas[std::size_t(row)].key;
        in.names << areas[std::size_t(row)].name;
    }
    return in;
}

std::optional<SensitivityResult> Sensitivity::run(const SensitivityInput &in,
                                                  const SensitivityOptions &options,
                                                  const Progress &progress, QString *error,
                                                  bool *cancelled)
{
    QString message;
    auto out = compute(in.columns, in.recipe, options, progress, &message, cancelled);
    if (!out) {
        if (!(cancelled && *cancelled) && error)
            *error = tr("\"%1\" in %2: %3").arg(in.indexKey, in.period, message);
        return std::nullopt;
    }
    out->indexKey = in.indexKey;
    out->indexName = in.indexName;
    out->inputNames = in.inputNames;
    out->level = in.level;
    out->levelName = in.levelName;
    out->period = in.period;
    out->excluded = in.excluded;
    for (int &row : out->rows) {
        const auto r = std::size_t(row);
        out->keys << in.keys[qsizetype(r)];
        out->names << in.names[qsizetype(r)];
        row = in.rows[r];
    }
    return out;
}

std::optional<SensitivityResult> Sensitivity::run(Project &project, const QString &key,
                                                  const SensitivityOptions &options,
                                                  const Progress &progress, QString *error,
                                                  bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    const auto in = prepare(project, key, options, error);
    if (!in)
        return std::nullopt;
    return run(*in, options, progress, error, cancelled);
}

std::optional<SensitivityResult>
Sensitivity::compute(const std::vector<std::vector<double>> &inputColumns,
                     const IndexRecipe &recipe, const SensitivityOptions &options,
                     const Progress &progress, QString *error, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    const auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SensitivityResult>();
    };
    if (const QString problem = checkOptions(options); !problem.isEmpty())
        return failed(problem);
    if (options.leaveOneOut && recipe.inputs.size() < 2)
        return failed(tr("the index has a single input: there is none to leave out"));
    SensitivityResult out;
    out.recipe = recipe;
    out.options = options;
    out.topClass = recipe.classes.classCount();

    // The areas kept in every input, standardised once over those areas as the index is.
    const std::size_t all = inputColumns.empty() ? 0 : inputColumns.front().size();
    std::vector<CompositeIndex::Column> columns;
    for (std::size_t k = 0; k < recipe.inputs.size(); ++k)
        columns.push_back({inputColumns[k], recipe.inputs[k].direction, recipe.inputs[k].weight});
    const CompositeIndex::Result base =
        CompositeIndex::compute(columns, recipe.standardisation, recipe.restandardise);
    if (!base.ok())
        return failed(tr("the index does not compute"));
    Standardised s;
    for (std::size_t r = 0; r < all; ++r)
        if (!std::isnan(base.index[r]))
            out.rows.push_back(int(r));
    s.areas = out.rows.size();
    for (std::size_t k = 0; k < recipe.inputs.size(); ++k) {
        std::vector<double> c(s.areas);
        for (std::size_t i = 0; i < s.areas; ++i)
            c[i] = base.standardised[k][std::size_t(out.rows[i])];
        s.columns.push_back(std::move(c));
        s.weights.push_back(recipe.inputs[k].weight);
    }
    const IndexRecipe *const r = &recipe;

    const std::size_t n = s.areas;
    std::vector<double> index;
    std::vector<std::size_t> order;
    indexOf(s, s.weights, r->restandardise, index);
    out.baseClass = CompositeIndex::classify(index, r->classes);
    ranksOf(index, order, out.baseRank);

    // Every draw's rank of every area, by area: the percentiles need them all.
    const std::size_t draws = std::size_t(options.draws);
    std::vector<int> ranks(n * draws);
    std::vector<int> top(n, 0), same(n, 0);
    std::mt19937_64 engine(options.seed);
    const double spread = options.spread / 100.0;
    std::uniform_real_distribution<double> factor(-spread, spread);
    std::vector<double> weights(s.weights.size());
    std::vector<int> rank;
    const int every = std::max(1, options.draws / 100);
    for (std::size_t d = 0; d < draws; ++d) {
        double sum = 0;
        for (std::size_t k = 0; k < weights.size(); ++k) {
            // Drawn even for spread 0, so that a seed gives the same draws at any spread.
            const double u = factor(engine);
            weights[k] = s.weights[k] * (1.0 + u);
            sum += weights[k];
        }
        if (!(sum > 0))
            weights = s.weights; // every factor drawn at exactly -100 %: keep the recipe's
        indexOf(s, weights, r->restandardise, index);
        const std::vector<int> cls = CompositeIndex::classify(index, r->classes);
        ranksOf(index, order, rank);
        for (std::size_t i = 0; i < n; ++i) {
            ranks[i * draws + d] = rank[i];
            top[i] += cls[i] == out.topClass;
            same[i] += cls[i] == out.baseClass[i];
        }
        if (progress && (int(d + 1) % every == 0 || d + 1 == draws)
            && !progress(int(d + 1), options.draws)) {
            if (cancelled)
                *cancelled = true;
            return std::nullopt;
        }
    }

    out.p5.resize(n);
    out.median.resize(n);
    out.p95.resize(n);
    out.topShare.resize(n);
    out.baseClassShare.resize(n);
    out.stable.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto first = ranks.begin() + std::ptrdiff_t(i * draws);
        const auto last = first + std::ptrdiff_t(draws);
        const auto at = [&](int percent) {
            const auto it = first + std::ptrdiff_t(percentilePosition(percent, draws));
            std::nth_element(first, it, last);
            return *it;
        };
        out.p5[i] = at(5);
        out.median[i] = at(50);
        out.p95[i] = at(95);
        out.topShare[i] = double(top[i]) / double(draws);
        out.baseClassShare[i] = double(same[i]) / double(draws);
        out.stable[i] = out.baseClassShare[i] >= SensitivityResult::kStableShare;
    }

    if (options.leaveOneOut) {
        for (std::size_t j = 0; j < s.weights.size(); ++j) {
            weights = s.weights;
            weights[j] = 0;
            if (!(std::accumulate(weights.begin(), weights.end(), 0.0) > 0))
                return failed(tr("leaving out %1 leaves the other inputs without weight")
                                  .arg(r->inputs[j].key));
            SensitivityResult::LeftOut l;
            l.inputKey = r->inputs[j].key;
            indexOf(s, weights, r->restandardise, index);
            l.cls = CompositeIndex::classify(index, r->classes);
            ranksOf(index, order, l.rank);
            for (std::size_t i = 0; i < n; ++i) {
                l.changedClass += l.cls[i] != out.baseClass[i];
                l.largestShift = std::max(l.largestShift, std::abs(l.rank[i] - out.baseRank[i]));
            }
            out.leftOut.push_back(std::move(l));
        }
    }
    return out;
}

} // namespace qw

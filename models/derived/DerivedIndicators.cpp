#include "DerivedIndicators.h"

#include "DerivedCalculator.h"
#include "IndexIndicators.h"
#include "Project.h"
#include "ProjectStore.h"
#include "Sqlite.h"

#include <QRegularExpression>
#include <QSet>

#include <map>

namespace qw {

namespace {

// A path from `from` back to `to` through the formulas, or empty: the cycle a new
// definition would close.
QStringList cycle(const std::vector<Indicator> &catalogue, const QString &from, const QString &to,
                  QSet<QString> &seen)
{
    if (from == to)
        return {to};
    if (seen.contains(from))
        return {};
    seen.insert(from);
    if (const Indicator *i = findIndicator(catalogue, from)) {
        for (const QString &next : DerivedIndicators::inputsOf(i->recipe)) {
            QStringList path = cycle(catalogue, next, to, seen);
            if (!path.isEmpty())
                return QStringList {from} + path;
        }
    }
    return {};
}

// The city's value of an input: the official figure, else from the areas of the finest
// level that has values (an input imported for Stadtbezirke only has none on Sozialräume).
std::optional<double> cityValue(Project &project, const QString &key, const QString &period)
{
    std::vector<AreaLevel> levels = project.levels();
    std::sort(levels.begin(), levels.end(),
              [](const AreaLevel &a, const AreaLevel &b) { return a.rank > b.rank; });
    for (const AreaLevel &level : levels)
        if (const auto v = project.cityValue(key, period, level.key))
            return v;
    return std::nullopt;
}

} // namespace

QStringList DerivedIndicators::inputsOf(const QString &recipe)
{
    if (recipe.isEmpty())
        return {};
    if (IndexRecipe::isIndex(recipe)) {
        const auto index = IndexRecipe::parse(recipe, nullptr);
        return index ? index->inputKeys() : QStringList();
    }
    if (const auto part = IndexParts::parse(recipe))
        return {part->first};
    const auto formula = Recipe::parse(recipe, nullptr);
    return formula ? formula->inputs : QStringList();
}

std::optional<Indicator> DerivedIndicators::check(const QString &key, const QString &nameDe,
                                                  const QString &nameEn, const Recipe &recipe,
                                                  QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Indicator>();
    };
    static const QRegularExpression validKey(QStringLiteral(R"(^[A-Za-z0-9_.\-]+$)"));
    if (!validKey.match(key).hasMatch())
        return fail(tr("\"%1\" is no indicator key: use letters, digits and _ (e.g. "
                       "child_poverty_change)")
                        .arg(key));
    if (nameDe.trimmed().isEmpty())
        return fail(tr("the derived indicator \"%1\" needs a name").arg(key));
    std::vector<Indicator> catalogue = m_store.indicators();
    const Indicator *existing = findIndicator(catalogue, key);
    if (existing && existing->recipe.isEmpty())
        return fail(tr("\"%1\" is an imported indicator (%2): choose another key for the "
                       "derived one")
                        .arg(key, existing->nameDe));
    if (existing && (IndexRecipe::isIndex(existing->recipe) || IndexParts::parse(existing->recipe)))
        return fail(tr("\"%1\" belongs to a composite index: choose another key").arg(key));
    std::vector<DerivedCalculator::Input> inputs;
    ValueRepository values = m_store.valueRepository();
    for (const QString &input : recipe.inputs) {
        if (input == key)
            return fail(tr("\"%1\" cannot be computed from itself").arg(key));
        const Indicator *i = findIndicator(catalogue, input);
        if (!i)
            return fail(tr("unknown indicator \"%1\" in %2 (--list-indicators lists the keys)")
                            .arg(input, recipe.text()));
        QSet<QString> seen;
        const QStringList path = cycle(catalogue, input, key, seen);
        if (!path.isEmpty())
            return fail(tr("the formula would go round in a circle: %1")
                            .arg((QStringList {key} + path).join(QStringLiteral(" → "))));
        inputs.push_back({*i, values.periods(input)});
    }
    const auto calc = DerivedCalculator::make(recipe, std::move(inputs), error);
    if (!calc)
        return std::nullopt;
    return calc->outputIndicator(key, nameDe.trimmed(), nameEn.trimmed());
}

std::vector<IndicatorValue> DerivedIndicators::compute(Project &project, const Indicator &derived,
                                                       QString *error)
{
    const auto recipe = Recipe::parse(derived.recipe, error);
    if (!recipe)
        return {};
    std::vector<DerivedCalculator::Input> inputs;
    for (const QString &key : recipe->inputs) {
        const Indicator *i = project.indicator(key);
        if (!i) {
            if (error)
                *error =
                    tr("%1: its input \"%2\" is no longer in the catalogue").arg(derived.key, key);
            return {};
        }
        inputs.push_back({*i, project.periods(key)});
    }
    const auto calc = DerivedCalculator::make(*recipe, std::move(inputs), error);
    if (!calc)
        return {};
    std::vector<IndicatorValue> out;
    const auto &areas = project.areas();
    // A rank is among the areas of one level: a Stadtbezirk is never ranked among
    // Sozialräume.
    std::vector<int> levelOf(areas.size(), 0);
    QStringList levels;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (!levels.contains(areas[i].level))
            levels << areas[i].level;
        levelOf[i] = int(levels.indexOf(areas[i].level));
    }
    for (const QString &period : calc->periods()) {
        // Copies: reading one input may drop another from the project's cache.
        std::map<std::pair<int, QString>, ValueSeries> series;
        const auto seriesOf = [&](int input, const QString &p) -> const ValueSeries & {
            auto &slot = series[{input, p}];
            if (slot.size() == 0)
                slot = project.series(recipe->inputs[input], p);
            return slot;
        };
        const auto cityOf = [&](int input, const QString &p) {
            return cityValue(project, recipe->inputs[input], p);
        };
        const DerivedCalculator::Output result = calc->compute(period, seriesOf, cityOf, &levelOf);
        const ValueSeries &s = result.series;
        const auto optional = [](double v) {
            return std::isnan(v) ? std::nullopt : std::optional<double>(v);
        };
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s.status[i] == ValueStatus::Missing)
                continue; // no row is a missing value
            IndicatorValue v;
            v.areaKey = areas[i].key;
            v.indicatorKey = derived.key;
            v.period = period;
            v.value = optional(s.value[i]);
            v.numerator = optional(s.numerator[i]);
            v.denominator = optional(s.denominator[i]);
            v.status = s.status[i];
            out.push_back(std::move(v));
        }
        if (result.city) {
            IndicatorValue city;
            city.indicatorKey = derived.key;
            city.period = period;
            city.value = result.city;
            out.push_back(std::move(city));
        }
    }
    return out;
}

int DerivedIndicators::define(const QString &key, const QString &nameDe, const QString &nameEn,
                              const Recipe &recipe, QString *error)
{
    const auto entry = check(key, nameDe, nameEn, recipe, error);
    if (!entry)
        return -1;
    SqliteTransaction tx = m_store.transaction();
    m_store.catalogue().write({*entry});
    const QStringList problems = recomputeAll();
    const int written = int(m_store.valueRepository().count(key));
    if (written == 0) {
        if (error)
            *error = problems.isEmpty()
                ? tr("%1 gives no value: its inputs have none in common").arg(recipe.text())
                : problems.join(QLatin1Char('\n'));
        return -1; // rolls back
    }
    m_store.touchModified();
    tx.commit();
    return written;
}

bool DerivedIndicators::remove(const QString &key, QString *error)
{
    const std::vector<Indicator> catalogue = m_store.indicators();
    const Indicator *derived = findIndicator(catalogue, key);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!derived || derived->recipe.isEmpty())
        return fail(tr("\"%1\" is no derived indicator").arg(key));
    for (const Indicator &other : catalogue)
        if (inputsOf(other.recipe).contains(key))
            return fail(
                tr("\"%1\" is computed from \"%2\": remove that first").arg(other.key, key));
    SqliteTransaction tx = m_store.transaction();
    m_store.valueRepository().replaceDerived(key, {});
    m_store.catalogue().remove(key);
    m_store.touchModified();
    tx.commit();
    return true;
}

QStringList DerivedIndicators::recomputeAll()
{
    std::vector<Indicator> derived;
    for (const Indicator &i : m_store.indicators())
        if (!i.recipe.isEmpty())
            derived.push_back(i);
    if (derived.empty())
        return {};
    // Inputs first: derived indicators of derived ones wait for theirs.
    std::vector<Indicator> ordered;
    QSet<QString> done;
    while (ordered.size() < derived.size()) {
        bool progressed = false;
        for (const Indicator &d : derived) {
            if (done.contains(d.key))
                continue;
            const QStringList in = inputsOf(d.recipe);
            const bool ready = std::all_of(in.begin(), in.end(), [&](const QString &k) {
                return done.contains(k)
                    || !std::any_of(derived.begin(), derived.end(),
                                    [&](const Indicator &o) { return o.key == k; });
            });
            if (ready) {
                ordered.push_back(d);
                done.insert(d.key);
                progressed = true;
            }
        }
        if (!progressed)
            break; // a cycle (written by another program): those stay as they are
    }
    const auto project = Project::borrow(m_store);
    ValueRepository values = m_store.valueRepository();
    QStringList problems;
    for (const Indicator &d : ordered) {
        if (IndexRecipe::isIndex(d.recipe)) {
            // An index computes its parts with it, in the same pass over its inputs.
            if (const QString error = IndexIndicators(m_store).recompute(*project, d);
                !error.isEmpty())
                problems << error;
            continue;
        }
        if (IndexParts::parse(d.recipe))
            continue;
        QString error;
        const std::vector<IndicatorValue> computed = compute(*project, d, &error);
        if (computed.empty() && !error.isEmpty())
            problems << error;
        values.replaceDerived(d.key, computed);
        project->reloadIndicator(d.key);
    }
    return problems;
}

std::vector<DerivedIndicators::PreviewRow>
DerivedIndicators::preview(const QString &key, const Recipe &recipe, int rows, QString *error,
                           std::optional<ShareExcess> *excess)
{
    if (excess)
        excess->reset();
    const auto entry = check(key, key, QString(), recipe, error);
    if (!entry)
        return {};
    const auto project = Project::borrow(m_store);
    const std::vector<IndicatorValue> computed = compute(*project, *entry, error);
    // The latest period first: what a planner will look at.
    QString latest;
    for (const IndicatorValue &v : computed)
        latest = std::max(latest, v.period);
    std::vector<PreviewRow> out;
    const QString finest = project->finestLevel();
    const auto isFinest = [&](const QString &areaKey) {
        const int i = project->areaIndex(areaKey);
        return i >= 0 && project->areas()[i].level == finest;
    };
    if (excess) {
        // The Sozialräume of every period: a swapped share is wrong in all years, and a
        // Stadtbezirk only repeats its Sozialräume.
        std::vector<IndicatorValue> finestValues;
        for (const IndicatorValue &v : computed)
            if (!v.areaKey.isEmpty() && isFinest(v.areaKey))
                finestValues.push_back(v);
        *excess = ShareCheck::excess(recipe, finestValues);
        if (*excess)
            (*excess)->areaName = project->areas()[project->areaIndex((*excess)->areaKey)].name;
    }
    for (const IndicatorValue &v : computed) {
        if (v.period != latest || v.areaKey.isEmpty())
            continue;
        const int i = project->areaIndex(v.areaKey);
        if (i < 0 || project->areas()[i].level != finest)
            continue; // the Sozialräume a planner knows, not the Stadtbezirke first
        out.push_back({v.areaKey, i >= 0 ? project->areas()[i].name : QString(), v.period, v.value,
                       v.status});
        if (int(out.size()) >= rows)
            break;
    }
    return out;
}

} // namespace qw

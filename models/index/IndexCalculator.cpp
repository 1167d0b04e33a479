#include "IndexCalculator.h"

#include "CompositeIndex.h"
#include "DerivedCalculator.h"
#include "Project.h"

#include <QLocale>

#include <cmath>

namespace qw {

namespace {

bool german()
{
    return QLocale().language() == QLocale::German;
}

QString periodList(const QStringList &periods)
{
    return periods.isEmpty() ? IndexCalculator::tr("none") : periods.join(QStringLiteral(", "));
}

} // namespace

IndexCalculator::IndexCalculator(Project &project, const QString &key, const IndexRecipe &recipe)
    : m_project(project), m_key(key), m_recipe(recipe)
{ }

std::optional<IndexCalculator::Output> IndexCalculator::compute(Project &project,
                                                                const QString &key,
                                                                const IndexRecipe &recipe,
                                                                QString *error)
{
    IndexCalculator calc(project, key, recipe);
    QString message;
    if (!calc.run(&message)) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    return std::move(calc.m_out);
}

QString IndexCalculator::nameOf(const QString &key) const
{
    const Indicator *i = m_project.indicator(key);
    return i ? QStringLiteral("\"%1\" (%2)").arg(i->name(german()), key)
             : QStringLiteral("\"%1\"").arg(key);
}

bool IndexCalculator::run(QString *error)
{
    m_level =
        m_recipe.level.isEmpty() ? m_project.finestLevel() : m_project.levelKey(m_recipe.level);
    if (m_level.isEmpty()) {
        QStringList levels;
        for (const AreaLevel &l : m_project.levels())
            levels << l.key;
        *error = tr("unknown level \"%1\" (the project has %2)")
                     .arg(m_recipe.level, levels.join(QStringLiteral(", ")));
        return false;
    }
    m_rows = m_project.areasOfLevel(m_level);
    if (m_recipe.inputs.empty()) {
        *error = tr("the index needs at least one input");
        return false;
    }
    for (const QString &k : m_recipe.inputKeys()) {
        if (!m_project.indicator(k)) {
            *error = tr("unknown indicator \"%1\" (--list-indicators lists the keys)").arg(k);
            return false;
        }
    }
    for (const auto *list : {&m_recipe.inputs, &m_recipe.dynamicsInputs})
        for (const IndexInput &in : *list)
            if (in.direction == 0) {
                *error = tr("%1 has no direction: choose whether a higher value means more "
                            "need or less")
                             .arg(nameOf(in.key));
                return false;
            }

    QStringList periods;
    if (!m_recipe.period.isEmpty()) {
        for (const IndexInput &in : m_recipe.inputs) {
            if (!m_project.periods(in.key).contains(m_recipe.period)) {
                *error = tr("%1 has no values in %2 (it has %3)")
                             .arg(nameOf(in.key), m_recipe.period,
                                  periodList(m_project.periods(in.key)));
                return false;
            }
        }
        periods = {m_recipe.period};
    } else {
        periods = m_project.periods(m_recipe.inputs.front().key);
        for (const IndexInput &in : m_recipe.inputs) {
            const QStringList own = m_project.periods(in.key);
            periods.removeIf([&](const QString &p) { return !own.contains(p); });
        }
        if (periods.isEmpty()) {
            QStringList parts;
            for (const IndexInput &in : m_recipe.inputs)
                parts << QStringLiteral("%1: %2").arg(in.key,
                                                      periodList(m_project.periods(in.key)));
            *error = tr("the inputs have no period in common (%1)")
                         .arg(parts.join(QStringLiteral("; ")));
            return false;
        }
    }
    for (const QString &p : periods)
        if (!period(p, error))
            return false;
    m_out.periods = periods;
    if (m_recipe.dynamics != IndexRecipe::Dynamics::None
        && m_out.values[IndexParts::key(m_key, IndexPart::Dynamics)].empty()) {
        *error = m_recipe.dynamics == IndexRecipe::Dynamics::Change
            ? tr("no period of the index (%1) has values %n year(s) earlier to compute the "
                 "dynamics from",
                 nullptr, m_recipe.years)
                  .arg(periodList(periods))
            : tr("the dynamics inputs have no values in the periods of the index (%1)")
                  .arg(periodList(periods));
        return false;
    }
    return true;
}

std::vector<double> IndexCalculator::column(const QString &indicatorKey, const QString &period,
                                            std::vector<ValueStatus> &status)
{
    const auto values = m_project.values(indicatorKey, period);
    std::vector<double> out(m_rows.size());
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const int i = m_rows[r];
        out[r] = values->values[std::size_t(i)];
        status[r] = worseStatus(status[r], values->status[std::size_t(i)]);
    }
    return out;
}

std::vector<double> IndexCalculator::change(const QString &indicatorKey, const QString &period,
                                            std::vector<ValueStatus> &status)
{
    // The same change() as a derived indicator: school years with school years, the
    // inputs' suppression applied.
    Recipe recipe;
    recipe.kind = RecipeKind::Change;
    recipe.inputs = {indicatorKey};
    recipe.years = m_recipe.years;
    const auto calc = DerivedCalculator::make(
        recipe, {{*m_project.indicator(indicatorKey), m_project.periods(indicatorKey)}}, nullptr);
    if (!calc || calc->sources(period).empty())
        return {};
    std::map<QString, ValueSeries> series; // copies: reading one period drops another
    const auto seriesOf = [&](int, const QString &p) -> const ValueSeries & {
        auto [it, fresh] = series.try_emplace(p);
        if (fresh)
            it->second = m_project.series(indicatorKey, p);
        return it->second;
    };
    const auto result = calc->compute(period, seriesOf,
                                      [](int, const QString &) { return std::optional<double>(); });
    std::vector<double> out(m_rows.size());
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const auto i = std::size_t(m_rows[r]);
        out[r] = result.series.value[i];
        status[r] = worseStatus(status[r], result.series.status[i]);
    }
    return out;
}

QString IndexCalculator::levelName() const
{
    for (const AreaLevel &l : m_project.levels())
        if (l.key == m_level)
            return l.name(german());
    return m_level;
}

bool IndexCalculator::exclusion(const QString &period, std::vector<char> &excluded,
                                int &excludedCount, QString *error)
{
    const std::size_t n = m_rows.size();
    excluded.assign(n, 0);
    excludedCount = 0;
    if (m_recipe.populationKey.isEmpty())
        return true;
    const QString p = m_project.matchingPeriod(m_recipe.populationKey, period);
    if (p.isEmpty()) {
        *error = tr("the population indicator %1 has no values for %2 (it has %3)")
                     .arg(nameOf(m_recipe.populationKey), period,
                          periodList(m_project.periods(m_recipe.populationKey)));
        return false;
    }
    const auto population = m_project.values(m_recipe.populationKey, p);
    for (std::size_t r = 0; r < n; ++r) {
        const double v = population->values[std::size_t(m_rows[r])];
        excluded[r] = v < m_recipe.minPopulation; // false for NaN: no figure, no rule
        excludedCount += excluded[r];
    }
    if (excludedCount == int(n)) {
        *error = tr("every one of the %n area(s) on the level \"%1\" has fewer than %L2 "
                    "inhabitants (%3) in %4: there is nothing to compute",
                    nullptr, int(n))
                     .arg(levelName())
                     .arg(m_recipe.minPopulation, 0, 'g', 15)
                     .arg(nameOf(m_recipe.populationKey), period);
        return false;
    }
    return true;
}

std::optional<IndexCalculator::Inputs> IndexCalculator::inputs(Project &project, const QString &key,
                                                               const IndexRecipe &recipe,
                                                               const QString &period,
                                                               QString *error)
{
    IndexCalculator calc(project, key, recipe);
    QString message;
    // The whole index first: the same checks, so that what computes here computes there.
    if (!calc.run(&message)) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    Inputs out;
    out.period = period.isEmpty() ? calc.m_out.periods.last() : period;
    if (!calc.m_out.periods.contains(out.period)) {
        if (error)
            *error = tr("the index has no values in %1 (it has %2)")
                         .arg(out.period, periodList(calc.m_out.periods));
        return std::nullopt;
    }
    out.level = calc.m_level;
    out.levelName = calc.levelName();
    out.rows = calc.m_rows;
    std::vector<char> excluded;
    if (!calc.exclusion(out.period, excluded, out.excluded, &message)) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    std::vector<ValueStatus> status(calc.m_rows.size(), ValueStatus::Ok);
    for (const IndexInput &in : recipe.inputs) {
        std::vector<double> c = calc.column(in.key, out.period, status);
        for (std::size_t r = 0; r < c.size(); ++r)
            if (excluded[r])
                c[r] = std::nan("");
        out.columns.push_back(std::move(c));
    }
    return out;
}

bool IndexCalculator::period(const QString &period, QString *error)
{
    const std::size_t n = m_rows.size();
    const QString levelName = this->levelName();
    std::vector<char> excluded;
    int excludedCount = 0;
    if (!exclusion(period, excluded, excludedCount, error))
        return false;

    // One pass for the status and one for the dynamics: the same arithmetic and checks.
    const auto build = [&](const std::vector<IndexInput> &inputs,
                           const std::vector<std::vector<double>> &data, const ClassRule &rule,
                           IndexPart indexPart, IndexPart classPart,
                           std::vector<ValueStatus> &status, std::vector<int> *classes) {
        std::vector<std::vector<double>> kept = data;
        std::vector<CompositeIndex::Column> columns;
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            const bool any = std::any_of(kept[k].begin(), kept[k].end(),
                                         [](double v) { return !std::isnan(v); });
            if (!any) {
                *error = tr("%1 has no values on the level \"%2\" in %3")
                             .arg(nameOf(inputs[k].key), levelName, period);
                return false;
            }
            for (std::size_t r = 0; r < n; ++r)
                if (excluded[r])
                    kept[k][r] = std::nan("");
            columns.push_back({kept[k], inputs[k].direction, inputs[k].weight});
        }
        const CompositeIndex::Result result =
            CompositeIndex::compute(columns, m_recipe.standardisation, m_recipe.restandardise);
        if (result.zeroWeights) {
            *error = tr("the weights of the index sum to zero: give at least one input a weight");
            return false;
        }
        if (result.kept == 0) {
            // The population rule can leave out every area that has the inputs (the
            // others have no population figure, so it does not count them): say so.
            *error = excludedCount > 0
                ? tr("no area on the level \"%1\" is left in %2: %n area(s) have fewer than "
                     "%L3 inhabitants (%4), and the others lack a value of an input",
                     nullptr, excludedCount)
                      .arg(levelName, period)
                      .arg(m_recipe.minPopulation, 0, 'g', 15)
                      .arg(nameOf(m_recipe.populationKey))
                : tr("no area on the level \"%1\" has a value of every input in %2")
                      .arg(levelName, period);
            return false;
        }
        if (result.constantColumn >= 0) {
            *error = tr("%1 has the same value in every area kept in %2: it cannot be "
                        "standardised (its standard deviation is zero)")
                         .arg(nameOf(inputs[std::size_t(result.constantColumn)].key), period);
            return false;
        }
        if (result.constantIndex) {
            *error = tr("the weighted inputs cancel out: the index has the same value in every "
                        "area in %1")
                         .arg(period);
            return false;
        }
        *classes = CompositeIndex::classify(result.index, rule);
        std::vector<double> classValues(n, std::nan(""));
        for (std::size_t r = 0; r < n; ++r)
            if ((*classes)[r] > 0)
                classValues[r] = (*classes)[r];
        addRows(indexPart, period, result.index, status, excluded);
        addRows(classPart, period, classValues, status, excluded);
        if (indexPart == IndexPart::Index) {
            m_out.kept = result.kept;
            m_out.excluded = excludedCount;
        }
        return true;
    };

    std::vector<ValueStatus> status(n, ValueStatus::Ok);
    std::vector<std::vector<double>> data;
    for (const IndexInput &in : m_recipe.inputs)
        data.push_back(column(in.key, period, status));
    std::vector<int> classes;
    if (!build(m_recipe.inputs, data, m_recipe.classes, IndexPart::Index, IndexPart::Class, status,
               &classes))
        return false;
    if (m_recipe.dynamics == IndexRecipe::Dynamics::None)
        return true;

    std::vector<ValueStatus> dynStatus(n, ValueStatus::Ok);
    std::vector<std::vector<double>> changes;
    const bool fromChange = m_recipe.dynamics == IndexRecipe::Dynamics::Change;
    std::vector<IndexInput> dynInputs = fromChange ? m_recipe.inputs : m_recipe.dynamicsInputs;
    for (const IndexInput &in : dynInputs) {
        if (fromChange) {
            changes.push_back(change(in.key, period, dynStatus));
        } else {
            const QString p = m_project.matchingPeriod(in.key, period);
            changes.push_back(p.isEmpty() ? std::vector<double>() : column(in.key, p, dynStatus));
        }
        if (changes.back().empty())
            return true; // no dynamics in this period (the first years of a series)
    }
    std::vector<int> dynClasses;
    if (!build(dynInputs, changes, m_recipe.dynamicsClasses, IndexPart::Dynamics,
               IndexPart::DynamicsClass, dynStatus, &dynClasses))
        return false;
    // The matrix group: status class and dynamics class as two digits, as Berlin's SDI_N.
    std::vector<double> group(n, std::nan(""));
    std::vector<ValueStatus> groupStatus(n);
    for (std::size_t r = 0; r < n; ++r) {
        groupStatus[r] = worseStatus(status[r], dynStatus[r]);
        if (classes[r] > 0 && dynClasses[r] > 0)
            group[r] = IndexParts::groupCode(classes[r], dynClasses[r]);
    }
    addRows(IndexPart::Group, period, group, groupStatus, excluded);
    return true;
}

void IndexCalculator::addRows(IndexPart part, const QString &period,
                              const std::vector<double> &values,
                              const std::vector<ValueStatus> &status,
                              const std::vector<char> &excluded)
{
    std::vector<IndicatorValue> &out = m_out.values[IndexParts::key(m_key, part)];
    const auto &areas = m_project.areas();
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        IndicatorValue v;
        v.areaKey = areas[std::size_t(m_rows[r])].key;
        v.indicatorKey = IndexParts::key(m_key, part);
        v.period = period;
        if (excluded[r] || (std::isnan(values[r]) && status[r] == ValueStatus::NotComputed)) {
            v.status = ValueStatus::NotComputed;
        } else if (std::isnan(values[r])) {
            if (status[r] != ValueStatus::Suppressed)
                continue; // missing: no row
            v.status = ValueStatus::Suppressed;
        } else {
            v.value = values[r];
            v.status =
                status[r] == ValueStatus::Estimated ? ValueStatus::Estimated : ValueStatus::Ok;
        }
        out.push_back(std::move(v));
    }
}

} // namespace qw

#include "ProjectAllocation.h"

#include "AllocationRepository.h"
#include "Project.h"

#include <QHash>

#include <cmath>
#include <map>

namespace qw {

namespace {

// The shown values of an indicator in a period for the areas of a level; NaN for
// suppressed and missing ones (never used as a number).
std::vector<double> levelValues(Project &project, const QString &key, const QString &period,
                                const std::vector<int> &areas)
{
    const auto values = project.values(key, period);
    std::vector<double> out(areas.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (values->isShown(std::size_t(areas[i])))
            out[i] = values->values[std::size_t(areas[i])];
    return out;
}

bool anyFinite(const std::vector<double> &values)
{
    for (double v : values)
        if (std::isfinite(v))
            return true;
    return false;
}

} // namespace

QString Allocation::describe(const QLocale &locale) const
{
    QHash<QString, QString> areaNames;
    for (std::size_t i = 0; i < keys.size(); ++i)
        areaNames.insert(keys[i], names[i]);
    AllocationRule::Names n;
    n.indicator = [this](const QString &key) {
        if (key == rule.indicatorKey)
            return indicatorName;
        return key == rule.populationKey ? populationName : key;
    };
    n.area = [areaNames](const QString &key) {
        const QString name = areaNames.value(key);
        return name.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(name, key);
    };
    n.level = levelName;
    n.areas = int(keys.size());
    n.locale = locale;
    return rule.describe(n);
}

std::optional<Allocation> ProjectAllocation::compute(Project &project, AllocationRule rule,
                                                     bool german, QString *error,
                                                     const StoredAllocation *previous)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Allocation>();
    };
    if (const QString problem = rule.check(); !problem.isEmpty())
        return fail(problem);
    const Indicator *indicator = project.indicator(rule.indicatorKey);
    if (!indicator)
        return fail(tr("The project has no indicator \"%1\" (--list-indicators lists them).")
                        .arg(rule.indicatorKey));
    Allocation a;
    a.indicatorName = indicator->name(german);
    a.indicatorDecimals = indicator->decimals;
    const QString named = QStringLiteral("%1 (%2)").arg(a.indicatorName, rule.indicatorKey);

    const QString level =
        rule.levelKey.isEmpty() ? project.finestLevel() : project.levelKey(rule.levelKey);
    if (level.isEmpty())
        return fail(tr("The project has no level \"%1\".").arg(rule.levelKey));
    rule.levelKey = level;
    for (const AreaLevel &l : project.levels())
        if (l.key == level)
            a.levelName = l.name(german);

    const QStringList periods = project.periods(rule.indicatorKey);
    const QString period = rule.period.isEmpty()
        ? (periods.isEmpty() ? QString() : periods.last())
        : project.matchingPeriod(rule.indicatorKey, rule.period);
    if (period.isEmpty())
        return fail(rule.period.isEmpty()
                        ? tr("%1 has no values in any period.").arg(named)
                        : tr("%1 has no values in %2 (it has %3).")
                              .arg(named, rule.period, periods.join(QStringLiteral(", "))));
    rule.period = period;

    const std::vector<int> &areas = project.areasOfLevel(level);
    for (int index : areas) {
        a.keys.push_back(project.areas()[std::size_t(index)].key);
        a.names.push_back(project.areas()[std::size_t(index)].name);
    }
    a.input.keys = a.keys;
    a.input.values = levelValues(project, rule.indicatorKey, period, areas);
    if (!anyFinite(a.input.values))
        return fail(tr("%1 has no values in %2 for the areas of the level %3.")
                        .arg(named, period, a.levelName));

    if (!rule.populationKey.isEmpty()) {
        const Indicator *population = project.indicator(rule.populationKey);
        if (!population)
            return fail(tr("The project has no indicator \"%1\" to multiply the need by.")
                            .arg(rule.populationKey));
        a.populationName = population->name(german);
        const QString popPeriod = project.matchingPeriod(rule.populationKey, period);
        if (!popPeriod.isEmpty())
            a.input.population = levelValues(project, rule.populationKey, popPeriod, areas);
        if (popPeriod.isEmpty() || !anyFinite(a.input.population))
            return fail(tr("%1 (%2) has no values in %3 for the areas of the level %4.")
                            .arg(a.populationName, rule.populationKey, period, a.levelName));
    }

    if (previous) {
        if (previous->rule.levelKey != level)
            return fail(tr("The saved allocation \"%1\" splits over another level (%2): its "
                           "amounts cannot be compared with these.")
                            .arg(previous->name, previous->rule.levelKey));
        if (previous->rule.unit != rule.unit)
            return fail(tr("The saved allocation \"%1\" is counted in %2, this one in %3.")
                            .arg(previous->name, AllocationRule::unitName(previous->rule.unit),
                                 AllocationRule::unitName(rule.unit)));
        QHash<QString, double> before;
        for (const StoredAmount &s : previous->amounts)
            before.insert(s.areaKey, s.amount);
        a.input.previous.reserve(a.keys.size());
        for (const QString &key : a.keys)
            a.input.previous.push_back(before.value(key, std::nan("")));
        a.previousName = previous->name;
    }

    if (const QString problem = Allocator::compute(rule, a.input, &a.result); !problem.isEmpty())
        return fail(problem);
    a.rule = std::move(rule);
    return a;
}

Allocation ProjectAllocation::fromStored(Project &project, const StoredAllocation &stored,
                                         bool german)
{
    Allocation a;
    a.rule = stored.rule;
    if (const Indicator *indicator = project.indicator(a.rule.indicatorKey)) {
        a.indicatorName = indicator->name(german);
        a.indicatorDecimals = indicator->decimals;
    } else {
        a.indicatorName = a.rule.indicatorKey;
    }
    if (!a.rule.populationKey.isEmpty()) {
        const Indicator *population = project.indicator(a.rule.populationKey);
        a.populationName = population ? population->name(german) : a.rule.populationKey;
    }
    a.levelName = a.rule.levelKey;
    for (const AreaLevel &l : project.levels())
        if (l.key == a.rule.levelKey)
            a.levelName = l.name(german);

    QHash<QString, std::size_t> byKey;
    for (std::size_t i = 0; i < stored.amounts.size(); ++i)
        byKey.insert(stored.amounts[i].areaKey, i);
    std::vector<std::size_t> order; // into stored.amounts
    std::vector<int> areaIndexes; // project indexes of the rows (-1: no longer there)
    std::vector<bool> taken(stored.amounts.size(), false);
    for (int index : project.areasOfLevel(a.rule.levelKey)) {
        const auto found = byKey.constFind(project.areas()[std::size_t(index)].key);
        if (found == byKey.constEnd())
            continue;
        order.push_back(*found);
        areaIndexes.push_back(index);
        taken[*found] = true;
    }
    for (std::size_t i = 0; i < stored.amounts.size(); ++i)
        if (!taken[i]) {
            order.push_back(i);
            areaIndexes.push_back(project.areaIndex(stored.amounts[i].areaKey));
        }

    std::vector<double> population;
    if (!a.rule.populationKey.isEmpty() && project.indicator(a.rule.populationKey)) {
        const QString period = project.matchingPeriod(a.rule.populationKey, a.rule.period);
        if (!period.isEmpty()) {
            const auto values = project.values(a.rule.populationKey, period);
            for (int index : areaIndexes)
                population.push_back(index >= 0 && values->isShown(std::size_t(index))
                                         ? values->values[std::size_t(index)]
                                         : std::nan(""));
        }
    }
    a.input.population = population;
    AllocationResult &r = a.result;
    for (std::size_t row = 0; row < order.size(); ++row) {
        const StoredAmount &s = stored.amounts[order[row]];
        const int index = areaIndexes[row];
        a.keys.push_back(s.areaKey);
        a.names.push_back(index >= 0 ? project.areas()[std::size_t(index)].name : s.areaKey);
        a.input.values.push_back(s.value);
        r.need.push_back(std::nan("")); // not kept: the basis is
        r.basis.push_back(s.basis);
        r.amount.push_back(s.amount);
        r.share.push_back(s.share);
        r.change.push_back(std::nan(""));
        r.limit.push_back(s.limit);
        if (s.limit == AllocationLimit::NoValue)
            ++r.withoutValue;
        else if (s.limit != AllocationLimit::Pinned && std::isfinite(s.basis))
            r.basisTotal += s.basis;
    }
    a.input.keys = a.keys;
    return a;
}

QString ProjectAllocation::outdatedNotice(Project &project, const StoredAllocation &stored,
                                          bool german)
{
    QString error;
    const auto now = compute(project, stored.rule, german, &error);
    if (!now)
        return tr("Its rule no longer computes on the project as it is now: %1").arg(error);
    std::map<QString, double> amounts;
    for (std::size_t i = 0; i < now->size(); ++i)
        amounts[now->keys[i]] = now->result.amount[i];
    int differ = 0;
    for (const StoredAmount &saved : stored.amounts) {
        const auto it = amounts.find(saved.areaKey);
        const double today = it == amounts.end() ? std::nan("") : it->second;
        const bool same = std::isnan(saved.amount)
            ? std::isnan(today)
            : !std::isnan(today) && std::abs(today - saved.amount) < 0.005;
        if (!same)
            ++differ;
    }
    if (differ == 0)
        return {};
    return tr("The data have changed since it was saved (an index edited, a new import): by "
              "its rule %n area(s) would get another amount now. The saved amounts stay as "
              "decided; Change… computes it anew.",
              nullptr, differ);
}

} // namespace qw

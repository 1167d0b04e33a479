#include "ProjectAllocation.h"

#include "AllocationTableModel.h"

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

// Class names of a class indicator in the UI language, class 1 first; empty for others.
std::vector<QString> classNamesOf(const Indicator &indicator, bool german)
{
    std::vector<QString> names;
    for (const ValueLabel &l : indicator.valueLabels) {
        if (l.value < 1 || l.value != std::floor(l.value) || l.value > 1000)
            continue;
        const auto c = std::size_t(l.value);
        if (names.size() < c)
            names.resize(c);
        names[c - 1] = l.name(german);
    }
    return names;
}

} // namespace

QString Allocation::className(int cls) const
{
    return cls >= 1 && std::size_t(cls) <= classNames.size() ? classNames[std::size_t(cls) - 1]
                                                             : QString();
}

QString Allocation::populationPeriod() const
{
    return rule.populationPeriod.isEmpty() ? rule.period : rule.populationPeriod;
}

int Allocation::zeroUnits() const
{
    if (!rule.wholeUnits)
        return 0;
    int zero = 0;
    for (std::size_t i = 0; i < result.amount.size(); ++i)
        zero += result.amount[i] == 0 && result.limit[i] != AllocationLimit::Pinned
            && result.limit[i] != AllocationLimit::NoValue;
    return zero;
}

QString Allocation::limitWords(std::size_t i) const
{
    if (i < result.limit.size() && result.limit[i] == AllocationLimit::NoValue && isNotComputed(i))
        return notComputedWords;
    return i < result.limit.size() ? AllocationTableModel::limitText(result.limit[i]) : QString();
}

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
    n.className = [this](int cls) {
        return className(cls);
    };
    for (std::size_t i = 0; i < size(); ++i) {
        const AllocationLimit limit = result.limit[i];
        if (limit == AllocationLimit::NoValue && isNotComputed(i))
            n.notComputed << n.area(keys[i]);
        else if (limit == AllocationLimit::NoValue)
            n.withoutValue << n.area(keys[i]);
        else if (limit != AllocationLimit::Pinned)
            ++n.keyedAreas;
    }
    n.notComputedWords = notComputedWords;
    n.zeroUnits = zeroUnits();
    // The words name the period the population was read for, whichever it was.
    AllocationRule shown = rule;
    if (!shown.populationKey.isEmpty())
        shown.populationPeriod = populationPeriod();
    return shown.describe(n);
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
    a.classNames = classNamesOf(*indicator, german);
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
    {
        const auto values = project.values(rule.indicatorKey, period);
        for (std::size_t i = 0; i < areas.size(); ++i)
            if (values->status[std::size_t(areas[i])] == ValueStatus::NotComputed) {
                a.notComputed.resize(areas.size(), 0);
                a.notComputed[i] = 1;
            }
        if (!a.notComputed.empty())
            a.notComputedWords = indicator->notComputedText(german);
    }
    if (!anyFinite(a.input.values))
        return fail(tr("%1 has no values in %2 for the areas of the level %3.")
                        .arg(named, period, a.levelName));

    if (!rule.populationKey.isEmpty()) {
        const Indicator *population = project.indicator(rule.populationKey);
        if (!population)
            return fail(tr("The project has no indicator \"%1\" to multiply the need by.")
                            .arg(rule.populationKey));
        a.populationName = population->name(german);
        const QString popNamed =
            QStringLiteral("%1 (%2)").arg(a.populationName, rule.populationKey);
        // A code (a class, a status x dynamics group) counts nobody: 3 x "hoch" is no
        // need three times as large.
        if (!population->valueLabels.empty())
            return fail(tr("%1 is a code (classes with names), not a count: the need can only be "
                           "multiplied by a population such as children under 18.")
                            .arg(popNamed));
        const QStringList popPeriods = project.periods(rule.populationKey);
        const QString asked = rule.populationPeriod.isEmpty() ? period : rule.populationPeriod;
        const QString popPeriod = project.matchingPeriod(rule.populationKey, asked);
        if (popPeriod.isEmpty()) {
            const QString has =
                popPeriods.isEmpty() ? tr("none") : popPeriods.join(QStringLiteral(", "));
            return fail(rule.populationPeriod.isEmpty()
                            ? tr("%1 has no values in %2, the period of %3 (it has %4): choose "
                                 "the population's period (--per-period on the command line).")
                                  .arg(popNamed, period, named, has)
                            : tr("%1 has no values in %2 (it has %3).")
                                  .arg(popNamed, rule.populationPeriod, has));
        }
        // Kept only where it is not the indicator's: the rule's text stays as before.
        rule.populationPeriod = popPeriod == period ? QString() : popPeriod;
        a.input.population = levelValues(project, rule.populationKey, popPeriod, areas);
        if (!anyFinite(a.input.population))
            return fail(tr("%1 has no values in %2 for the areas of the level %3.")
                            .arg(popNamed, popPeriod, a.levelName));
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
        a.classNames = classNamesOf(*indicator, german);
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
        const QString period = project.matchingPeriod(a.rule.populationKey, a.populationPeriod());
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
    r.basisShare.assign(r.basis.size(), std::nan(""));
    for (std::size_t i = 0; i < r.basis.size(); ++i)
        if (r.limit[i] != AllocationLimit::Pinned && r.limit[i] != AllocationLimit::NoValue
            && std::isfinite(r.basis[i]) && r.basisTotal > 0)
            r.basisShare[i] = r.basis[i] / r.basisTotal;
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

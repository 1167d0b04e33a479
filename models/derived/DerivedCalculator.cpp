#include "DerivedCalculator.h"

#include "Period.h"
#include "Ranking.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace qw {

namespace {

// The status an input's value is published with: below the indicator's minimum case
// count (a count's value, a rate's numerator) it is suppressed, as Project::values does.
ValueStatus publishedStatus(const Indicator &indicator, const ValueSeries &s, std::size_t i)
{
    const ValueStatus status = s.status[i];
    if (status != ValueStatus::Ok && status != ValueStatus::Estimated)
        return status;
    if (std::isnan(s.value[i]))
        return ValueStatus::Missing;
    const double cases = indicator.kind == IndicatorKind::Count ? s.value[i] : s.numerator[i];
    if (indicator.minCases > 0 && cases > 0 && cases < indicator.minCases) // false for NaN
        return ValueStatus::Suppressed;
    return status;
}

QString kindName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Count:
        return DerivedCalculator::tr("a count");
    case IndicatorKind::Share:
        return DerivedCalculator::tr("a share");
    case IndicatorKind::Rate:
        return DerivedCalculator::tr("a rate");
    case IndicatorKind::Mean:
        return DerivedCalculator::tr("a mean");
    case IndicatorKind::Index:
        return DerivedCalculator::tr("an index");
    }
    return {};
}

QString periodRange(const QStringList &periods)
{
    if (periods.isEmpty())
        return DerivedCalculator::tr("no period");
    return periods.size() == 1 ? periods.first()
                               : periods.first() + QStringLiteral("–") + periods.last();
}

} // namespace

std::optional<DerivedCalculator> DerivedCalculator::make(const Recipe &recipe,
                                                         std::vector<Input> inputs, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<DerivedCalculator>();
    };
    if (inputs.size() != std::size_t(recipe.inputs.size()) || inputs.empty())
        return fail(tr("the formula %1 needs %n input(s)", nullptr, int(recipe.inputs.size()))
                        .arg(recipe.text()));
    const bool countsOnly = recipe.kind == RecipeKind::Rate || recipe.kind == RecipeKind::Sum;
    for (const Input &in : inputs) {
        if (countsOnly && in.indicator.kind != IndicatorKind::Count)
            return fail(tr("%1 works on counts, but \"%2\" (%3) is %4")
                            .arg(recipe.kind == RecipeKind::Rate ? QStringLiteral("rate()")
                                                                 : QStringLiteral("sum()"),
                                 in.indicator.nameDe, in.indicator.key,
                                 kindName(in.indicator.kind)));
    }
    if (recipe.kind == RecipeKind::Diff
        && (inputs[0].indicator.kind != inputs[1].indicator.kind
            || inputs[0].indicator.unit != inputs[1].indicator.unit))
        return fail(tr("diff() subtracts like from like, but \"%1\" (%2) and \"%3\" (%4) "
                       "differ in kind or unit")
                        .arg(inputs[0].indicator.nameDe, inputs[0].indicator.key,
                             inputs[1].indicator.nameDe, inputs[1].indicator.key));

    // School years are matched with school years and calendar years with calendar years:
    // a rate of 2019/20 Kita children over 2019 residents is no figure a planner can defend.
    for (std::size_t a = 0; a < inputs.size(); ++a) {
        for (std::size_t b = a + 1; b < inputs.size(); ++b) {
            const auto kinds = [](const Input &in) {
                int mask = 0;
                for (const QString &p : in.periods)
                    mask |= 1 << int(periodKind(p));
                return mask;
            };
            const int school = 1 << int(PeriodKind::SchoolYear);
            const int calendar = 1 << int(PeriodKind::CalendarYear);
            const int ka = kinds(inputs[a]), kb = kinds(inputs[b]);
            if (((ka & school) && !(ka & calendar) && (kb & calendar) && !(kb & school))
                || ((ka & calendar) && !(ka & school) && (kb & school) && !(kb & calendar)))
                return fail(tr("the formula mixes school years and calendar years: \"%1\" has "
                               "%2, \"%3\" has %4")
                                .arg(inputs[a].indicator.key, periodRange(inputs[a].periods),
                                     inputs[b].indicator.key, periodRange(inputs[b].periods)));
        }
    }

    DerivedCalculator calc(recipe, std::move(inputs));
    const QStringList &first = calc.m_inputs[0].periods;
    if (recipe.comparesPeriods()) {
        for (const QString &p : first)
            if (!calc.sources(p).empty())
                calc.m_periods << p;
        if (calc.m_periods.isEmpty())
            return fail(tr("\"%1\" has values for %2 only: there is no value %n year(s) "
                           "earlier to compare with",
                           nullptr, recipe.years)
                            .arg(calc.m_inputs[0].indicator.key, periodRange(first)));
    } else {
        for (const QString &p : first) {
            const bool everywhere =
                std::all_of(calc.m_inputs.begin(), calc.m_inputs.end(),
                            [&p](const Input &in) { return in.periods.contains(p); });
            if (everywhere)
                calc.m_periods << p;
        }
        if (calc.m_periods.isEmpty()) {
            QStringList parts;
            for (const Input &in : calc.m_inputs)
                parts << QStringLiteral("%1: %2").arg(in.indicator.key, periodRange(in.periods));
            return fail(tr("the inputs have no period in common (%1)")
                            .arg(parts.join(QStringLiteral("; "))));
        }
    }
    return calc;
}

std::vector<std::pair<int, QString>> DerivedCalculator::sources(const QString &period) const
{
    std::vector<std::pair<int, QString>> out;
    if (m_recipe.comparesPeriods()) {
        if (const QString earlier = m_recipe.basePeriod(period, m_inputs[0].periods);
            !earlier.isEmpty())
            out = {{0, period}, {0, earlier}};
        return out;
    }
    for (int i = 0; i < int(m_inputs.size()); ++i)
        out.emplace_back(i, period);
    return out;
}

std::optional<double> DerivedCalculator::combine(const std::vector<double> &in) const
{
    switch (m_recipe.kind) {
    case RecipeKind::Rate:
        if (in[1] == 0)
            return std::nullopt; // no children, no rate: missing, never infinity
        return in[0] / in[1] * m_recipe.per;
    case RecipeKind::Change:
    case RecipeKind::Diff:
        return in[0] - in[1];
    case RecipeKind::PctChange:
        if (in[1] == 0)
            return std::nullopt;
        // Against the magnitude of the base, so that a rise is positive whatever its sign.
        return (in[0] - in[1]) / std::abs(in[1]) * 100.0;
    case RecipeKind::RankChange:
        return std::nullopt; // a rank needs all areas: rankChanges()
    case RecipeKind::Sum: {
        double sum = 0;
        for (double v : in)
            sum += v;
        return sum;
    }
    }
    return std::nullopt;
}

void DerivedCalculator::rankChanges(const ValueSeries &now, const ValueSeries &then,
                                    const std::vector<ValueStatus> &status,
                                    const std::vector<int> *groups, ValueSeries &out)
{
    // Ranked among the areas of a group that have a value in both periods, so that an area
    // appearing (or dropping out) in one year moves nobody else's rank.
    std::map<int, std::vector<std::size_t>> members;
    for (std::size_t i = 0; i < now.size(); ++i)
        if (status[i] == ValueStatus::Ok || status[i] == ValueStatus::Estimated)
            members[groups ? (*groups)[i] : 0].push_back(i);
    for (const auto &[group, areas] : members) {
        std::vector<double> a, b;
        for (std::size_t i : areas) {
            a.push_back(now.value[i]);
            b.push_back(then.value[i]);
        }
        const std::vector<int> rankNow = Ranking::ranks(a);
        const std::vector<int> rankThen = Ranking::ranks(b);
        for (std::size_t k = 0; k < areas.size(); ++k) {
            // Positive = climbed towards rank 1 (the highest value).
            out.value[areas[k]] = double(rankThen[k] - rankNow[k]);
            out.status[areas[k]] = status[areas[k]];
        }
    }
}

DerivedCalculator::Output DerivedCalculator::compute(const QString &period,
                                                     const SeriesOf &seriesOf, const CityOf &cityOf,
                                                     const std::vector<int> *groups) const
{
    const auto src = sources(period);
    Output out;
    if (src.empty())
        return out;
    std::vector<const ValueSeries *> in;
    for (const auto &[input, p] : src)
        in.push_back(&seriesOf(input, p));
    const std::size_t n = in.front()->size();
    out.series = ValueSeries(n);
    std::vector<double> values(src.size());
    const bool ranks = m_recipe.kind == RecipeKind::RankChange;
    std::vector<ValueStatus> rankStatus(ranks ? n : 0, ValueStatus::Missing);
    for (std::size_t i = 0; i < n; ++i) {
        ValueStatus worst = ValueStatus::Ok;
        for (std::size_t k = 0; k < src.size(); ++k) {
            const ValueStatus s = publishedStatus(m_inputs[src[k].first].indicator, *in[k], i);
            worst = worseStatus(worst, s);
            values[k] = in[k]->value[i];
        }
        if (worst == ValueStatus::Missing || worst == ValueStatus::Suppressed
            || worst == ValueStatus::NotComputed) {
            out.series.status[i] = worst;
            continue;
        }
        if (ranks) {
            rankStatus[i] = worst;
            continue;
        }
        const std::optional<double> v = combine(values);
        if (!v || !std::isfinite(*v))
            continue; // stays missing
        out.series.value[i] = *v;
        out.series.status[i] = worst;
        if (m_recipe.kind == RecipeKind::Rate) {
            out.series.numerator[i] = values[0];
            out.series.denominator[i] = values[1];
        }
    }
    if (ranks) {
        rankChanges(*in[0], *in[1], rankStatus, groups, out.series);
        return out; // the city has no rank among its areas
    }
    bool cityKnown = true;
    for (std::size_t k = 0; k < src.size() && cityKnown; ++k) {
        const std::optional<double> c = cityOf(src[k].first, src[k].second);
        cityKnown = c.has_value();
        values[k] = c.value_or(0);
    }
    if (cityKnown)
        if (const std::optional<double> c = combine(values); c && std::isfinite(*c))
            out.city = c;
    return out;
}

Indicator DerivedCalculator::outputIndicator(const QString &key, const QString &nameDe,
                                             const QString &nameEn) const
{
    const Indicator &first = m_inputs[0].indicator;
    Indicator out;
    out.key = key;
    out.nameDe = nameDe;
    out.nameEn = nameEn;
    out.recipe = m_recipe.text();
    out.polarity = first.polarity;
    out.decimals = first.decimals;
    const auto same = [this](auto member) {
        return std::all_of(m_inputs.begin(), m_inputs.end(), [&](const Input &in) {
            return in.indicator.*member == m_inputs[0].indicator.*member;
        });
    };
    out.department = same(&Indicator::department) ? first.department : QString();
    QStringList sources;
    for (const Input &in : m_inputs)
        if (!in.indicator.source.isEmpty() && !sources.contains(in.indicator.source))
            sources << in.indicator.source;
    out.source = sources.join(QStringLiteral("; "));
    int maxMinCases = 0;
    int maxDecimals = 0;
    for (const Input &in : m_inputs) {
        maxMinCases = std::max(maxMinCases, in.indicator.minCases);
        maxDecimals = std::max(maxDecimals, in.indicator.decimals);
    }
    switch (m_recipe.kind) {
    case RecipeKind::Rate:
        out.kind = m_recipe.per <= 100 ? IndicatorKind::Share : IndicatorKind::Rate;
        // Both languages are stored, so that the English window says "per 1,000".
        out.unit = m_recipe.per == 100 ? QStringLiteral("%")
            : m_recipe.per == 1
            ? QString()
            : QStringLiteral("je ") + QLocale(QLocale::German).toString(m_recipe.per, 'f', 0);
        out.unitEn = m_recipe.per == 100 ? QStringLiteral("%")
            : m_recipe.per == 1
            ? QString()
            : QStringLiteral("per ") + QLocale(QLocale::English).toString(m_recipe.per, 'f', 0);
        out.decimals = m_recipe.per == 1 ? 3 : 1;
        out.numeratorKey = m_inputs[0].indicator.key;
        out.denominatorKey = m_inputs[1].indicator.key;
        // Cases are the numerator's: a rate of 2 children in 40 is suppressed where 2
        // children would be.
        out.minCases = maxMinCases;
        break;
    case RecipeKind::Change:
        // A change of a count is a count (it sums to the city's change); a change of a
        // share is in percentage points and sums to nothing.
        out.kind = first.kind == IndicatorKind::Count ? IndicatorKind::Count : IndicatorKind::Index;
        if (first.unit == QLatin1String("%")) {
            out.unit = QStringLiteral("Prozentpunkte");
            out.unitEn = QStringLiteral("percentage points");
        } else {
            out.unit = first.unit;
            out.unitEn = first.unitEn;
        }
        out.minCases = 0; // its inputs were suppressed already; a difference is no case count
        break;
    case RecipeKind::RankChange:
        // Places, whatever the input's unit; the polarity stays the input's, since climbing
        // towards rank 1 means a higher value (worse where higher is worse).
        out.kind = IndicatorKind::Index;
        out.unit = QStringLiteral("Rangplätze");
        out.unitEn = QStringLiteral("places");
        out.decimals = 0;
        out.minCases = 0;
        break;
    case RecipeKind::PctChange:
        out.kind = IndicatorKind::Index;
        out.unit = QStringLiteral("%");
        out.unitEn = QStringLiteral("%");
        out.decimals = 1;
        out.minCases = 0;
        break;
    case RecipeKind::Sum:
        out.kind = IndicatorKind::Count;
        out.unit = same(&Indicator::unit) ? first.unit : QString();
        out.unitEn = same(&Indicator::unit) ? first.unitEn : QString();
        out.polarity = same(&Indicator::polarity) ? first.polarity : Polarity::Neutral;
        out.decimals = maxDecimals;
        out.minCases = maxMinCases;
        break;
    case RecipeKind::Diff:
        out.kind = first.kind == IndicatorKind::Count ? IndicatorKind::Count : IndicatorKind::Index;
        out.unit = first.unit;
        out.unitEn = first.unitEn;
        out.decimals = maxDecimals;
        out.minCases = 0;
        break;
    }
    return out;
}

} // namespace qw

#include "PeriodChange.h"

#include "Period.h"

namespace qw {

std::optional<Recipe> PeriodChange::recipe(RecipeKind kind, const QString &input,
                                           const QString &from, const QString &to,
                                           const QStringList &periods, QString *error,
                                           SchoolYearAs mapping)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<Recipe>();
    };
    Recipe r;
    r.kind = kind;
    r.inputs = {input};
    if (!r.comparesPeriods())
        return fail(tr("%1 is no change between two periods").arg(r.text()));
    const qsizetype a = periods.indexOf(from), b = periods.indexOf(to);
    if (a < 0 || b < 0)
        return fail(tr("\"%1\" has no values for %2").arg(input, a < 0 ? from : to));
    const PeriodKind fromKind = periodKind(from), toKind = periodKind(to);
    if (fromKind != toKind) {
        if (!needsMapping(from, to))
            return fail(tr("%1 and %2 are periods of different kinds: a change compares "
                           "periods of one kind (only school years and calendar years can be "
                           "mapped onto each other)")
                            .arg(periodInWords(from), periodInWords(to)));
        if (mapping == SchoolYearAs::None)
            return fail(tr("%1 and %2 are periods of different kinds: a change between them "
                           "needs a mapping of school years onto calendar years (e.g. school "
                           "year 2019/20 counts as calendar year 2019)")
                            .arg(periodInWords(from), periodInWords(to)));
        r.schoolYearAs = mapping;
        r.years = r.mappedYear(to) - r.mappedYear(from);
        if (r.years < 1)
            return fail(tr("the first period (%1) must come before the second (%2)").arg(from, to)
                        + QStringLiteral(" (%1)").arg(r.mappingWords(from, to)));
        if (r.years > 100)
            return fail(tr("%1 and %2 are more than 100 years apart").arg(from, to));
        // A period of the later one's own kind as far back is taken first.
        if (const QString base = r.basePeriod(to, periods); base != from)
            return fail(tr("%1 is compared with %2 of its own kind, %n year(s) earlier, not "
                           "with %3",
                           nullptr, r.years)
                            .arg(to, base, from));
        return r;
    }
    if (a >= b)
        return fail(tr("the first period (%1) must come before the second (%2)").arg(from, to));
    for (int years = 1; years <= 100; ++years) {
        r.years = years;
        const QString base = r.basePeriod(to, periods);
        if (base == from)
            return r;
    }
    return fail(tr("%1 and %2 are not a whole number of years apart, or are periods of "
                   "different kinds")
                    .arg(from, to));
}

bool PeriodChange::needsMapping(const QString &from, const QString &to)
{
    const PeriodKind a = periodKind(from), b = periodKind(to);
    return (a == PeriodKind::SchoolYear && b == PeriodKind::CalendarYear)
        || (a == PeriodKind::CalendarYear && b == PeriodKind::SchoolYear);
}

const Indicator *PeriodChange::existing(const std::vector<Indicator> &catalogue,
                                        const Recipe &recipe)
{
    const QString text = recipe.text();
    for (const Indicator &i : catalogue) {
        if (i.recipe.isEmpty())
            continue;
        // Compared as recipes, so "change(x,5)" written by hand is found too.
        const auto r = Recipe::parse(i.recipe, nullptr);
        if (r && r->text() == text)
            return &i;
    }
    return nullptr;
}

QString PeriodChange::freeKey(const std::vector<Indicator> &catalogue, const Recipe &recipe)
{
    QString suffix;
    switch (recipe.kind) {
    case RecipeKind::PctChange:
        suffix = QStringLiteral("_pct_change_%1");
        break;
    case RecipeKind::RankChange:
        suffix = QStringLiteral("_rank_change_%1");
        break;
    default:
        suffix = QStringLiteral("_change_%1");
        break;
    }
    const QString base = recipe.inputs.value(0) + suffix.arg(recipe.years);
    QString key = base;
    for (int n = 2; findIndicator(catalogue, key); ++n)
        key = base + QStringLiteral("_%1").arg(n);
    return key;
}

QString PeriodChange::nameDe(const Indicator &input, const Recipe &recipe, const QString &to)
{
    const int k = recipe.years;
    const QString span = periodKind(to) == PeriodKind::Other
        ? (k == 1 ? QStringLiteral("über 1 Zeitpunkt")
                  : QStringLiteral("über %1 Zeitpunkte").arg(k))
        : (k == 1 ? QStringLiteral("über 1 Jahr") : QStringLiteral("über %1 Jahre").arg(k));
    switch (recipe.kind) {
    case RecipeKind::PctChange:
        return QStringLiteral("Veränderung %1 in % %2").arg(input.nameDe, span);
    case RecipeKind::RankChange:
        return QStringLiteral("Rangveränderung %1 %2").arg(input.nameDe, span);
    default:
        return QStringLiteral("Veränderung %1 %2").arg(input.nameDe, span);
    }
}

QString PeriodChange::nameEn(const Indicator &input, const Recipe &recipe, const QString &to)
{
    const int k = recipe.years;
    const QString name = input.name(false);
    const QString span = periodKind(to) == PeriodKind::Other
        ? (k == 1 ? QStringLiteral("over 1 period") : QStringLiteral("over %1 periods").arg(k))
        : (k == 1 ? QStringLiteral("over 1 year") : QStringLiteral("over %1 years").arg(k));
    switch (recipe.kind) {
    case RecipeKind::PctChange:
        return QStringLiteral("Change in %1 in % %2").arg(name, span);
    case RecipeKind::RankChange:
        return QStringLiteral("Change in rank of %1 %2").arg(name, span);
    default:
        return QStringLiteral("Change in %1 %2").arg(name, span);
    }
}

} // namespace qw

#pragma once

#include "ProjectTypes.h"
#include "Recipe.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace qw {

// A change between two chosen periods of an indicator ("Kinderarmut 2019 → 2024") as the
// derived indicator that computes it: change(), pct_change() or rank_change() over the
// distance of the two periods, shown at the later one. Finds one the project already has,
// and names a new one in both languages.
class PeriodChange
{
    Q_DECLARE_TR_FUNCTIONS(qw::PeriodChange)
public:
    // The recipe comparing `to` with `from` among the input's periods (ascending); nothing,
    // with the reason in *error, when `from` is not before `to` or is no whole number of
    // years (of places, for periods that are no years) before it. A school year against a
    // calendar year is refused, naming both, unless `mapping` says which calendar year a
    // school year stands for; periods of other kinds are never compared across.
    static std::optional<Recipe> recipe(RecipeKind kind, const QString &input, const QString &from,
                                        const QString &to, const QStringList &periods,
                                        QString *error, SchoolYearAs mapping = SchoolYearAs::None);
    // Whether the two periods are a school year and a calendar year, which only a mapping
    // compares.
    static bool needsMapping(const QString &from, const QString &to);
    // The derived indicator of the catalogue computed by this recipe; null when none.
    static const Indicator *existing(const std::vector<Indicator> &catalogue, const Recipe &recipe);
    // A key for a new one, "child_poverty_change_5", free in the catalogue.
    static QString freeKey(const std::vector<Indicator> &catalogue, const Recipe &recipe);
    // Its names: "Veränderung Kinderarmut über 5 Jahre", "Change in child poverty over 5
    // years" (stored words of the catalogue, not UI text).
    static QString nameDe(const Indicator &input, const Recipe &recipe, const QString &to);
    static QString nameEn(const Indicator &input, const Recipe &recipe, const QString &to);
};

} // namespace qw

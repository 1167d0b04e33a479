#include "ShareCheck.h"

#include <QSet>

namespace qw {

namespace {

// A share of exactly 100 % (all children of the area) is fine; rounding of stored values
// may put it a hair above.
constexpr double kLimit = 100.0 + 1e-9;

} // namespace

bool ShareCheck::appliesTo(const Recipe &recipe)
{
    return recipe.kind == RecipeKind::Rate && recipe.per == 100.0;
}

std::optional<ShareExcess> ShareCheck::excess(const Recipe &recipe,
                                              const std::vector<IndicatorValue> &values)
{
    if (!appliesTo(recipe))
        return std::nullopt;
    ShareExcess out;
    QSet<QString> areas;
    for (const IndicatorValue &v : values) {
        if (v.areaKey.isEmpty() || !v.value || !(*v.value > kLimit))
            continue;
        areas.insert(v.areaKey);
        if (areas.size() == 1 || *v.value > out.largest) {
            out.largest = *v.value;
            out.areaKey = v.areaKey;
            out.period = v.period;
        }
    }
    if (areas.isEmpty())
        return std::nullopt;
    out.areas = int(areas.size());
    return out;
}

QString ShareCheck::warning(const ShareExcess &excess, const QString &largest)
{
    return tr("Warning: in %n area(s) this share is above 100 % (largest value %1 in %2, %3). "
              "A share cannot exceed 100 %: numerator and denominator may be swapped.",
              nullptr, excess.areas)
        .arg(largest, excess.areaName.isEmpty() ? excess.areaKey : excess.areaName, excess.period);
}

} // namespace qw

#pragma once

#include "ProjectTypes.h"
#include "Recipe.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace qw {

// A share in % (a rate per 100) above 100 in some area: numerator and denominator are
// most likely swapped (children under 3 of all inhabitants, not the other way round).
// Rates per 1,000 or per 1 are no shares in %, and are never checked.
struct ShareExcess
{
    int areas = 0; // areas with a value above 100 in some period
    double largest = 0;
    QString areaKey; // where the largest value is
    QString areaName; // its name, where the caller knows the areas
    QString period;
};

class ShareCheck
{
    Q_DECLARE_TR_FUNCTIONS(qw::ShareCheck)
public:
    // True for rate(a, b, 100).
    static bool appliesTo(const Recipe &recipe);
    // The areas' values (rows with an empty area key, the city, are skipped) that exceed
    // 100; nothing when the recipe is no share in % or no value exceeds 100.
    static std::optional<ShareExcess> excess(const Recipe &recipe,
                                             const std::vector<IndicatorValue> &values);
    // The warning in the UI language: how many areas, the largest value (formatted by the
    // caller, e.g. "3.210,0 %") with its area and period, and the likely cause.
    static QString warning(const ShareExcess &excess, const QString &largest);
};

} // namespace qw

#pragma once

#include <QCoreApplication>

#include "AreaMatcher.h"

#include <QString>

#include <vector>

namespace qw {

struct ImportPlan;

// Rows of a department table that sum other rows: the whole city ("Stadt insgesamt",
// "Berlin insgesamt") or a coarser area the project has no level for ("Stadtbezirk
// Mitte", a key that begins other keys). They are listed as totals, never as errors.
class TotalRows
{
public:
    // True for the name or key of a row that stands for the whole city ("Stadt
    // insgesamt", "Gesamtstadt", "Summe", the city's own name).
    static bool isCityTotal(const QString &text, const QString &cityName);
    // isCityTotal, or one word that names no area followed by "insgesamt" ("Berlin
    // insgesamt").
    static bool namesCity(const QString &text, const AreaMatcher &matcher, const QString &cityName);
    // Words of a total: "insgesamt", "zusammen", "Summe", "Bezirk", ...
    static bool looksLikeTotal(const QString &text);
    // Moves the unmatched keys of the plan that are totals into plan.totals, with their
    // rejections; rejectionsOf holds each unmatched key's rejection indices and is kept in
    // step.
    static void separate(ImportPlan &plan, const AreaMatcher &matcher,
                         std::vector<std::vector<size_t>> &rejectionsOf);
};

} // namespace qw

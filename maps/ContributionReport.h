#pragma once

#include <QCoreApplication>

#include <memory>

namespace qw {

class Project;
class ReportDocument;

// "Beitrag zum Index" in an area's profile: for the project's composite index (the first
// one in the catalogue), the area's index value, rank and class, and one row per input with
// its standardised value, weight and contribution as a bar (red = more need, blue = less).
// Adds nothing when the project has no index or the area is not in it.
class ContributionReport
{
    Q_DECLARE_TR_FUNCTIONS(qw::ContributionReport)
public:
    static void add(ReportDocument &doc, const std::shared_ptr<Project> &project,
                    const QString &areaKey, const QString &period, bool german);
};

} // namespace qw

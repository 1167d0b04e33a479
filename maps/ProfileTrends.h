#pragma once

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace qw {

class Project;
class ReportDocument;

// "Entwicklung" in an area's profile: a small TrendChart per key indicator (those with a
// direction, better or worse, and at least two periods; every indicator with two periods
// where none has a direction), the area's line against the city's and the range of the
// level over the periods up to the profile's (its last, shaded), three to a row under one
// legend. Adds nothing when no indicator has two periods up to it.
class ProfileTrends
{
    Q_DECLARE_TR_FUNCTIONS(qw::ProfileTrends)
public:
    static void add(ReportDocument &doc, const std::shared_ptr<Project> &project,
                    const QString &areaKey, const QString &levelKey, const QString &period,
                    bool german, const QLocale &locale);
};

} // namespace qw

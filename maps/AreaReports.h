#pragma once

#include "ReportDocument.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

#include <memory>

namespace qw {

class LocatorMap;
class Project;

// The printable documents of the comparison issue, built from the same ComparisonModel
// the window shows: a Sozialraum profile (key figures, locator map, every indicator with
// city value, rank and trend, facilities) and a comparison of 2 to 6 areas with the city
// (tinted table, bars of one indicator against the city line, spine chart).
class AreaReports
{
    Q_DECLARE_TR_FUNCTIONS(qw::AreaReports)

public:
    struct Settings
    {
        QString levelKey;
        // The chosen period: each row shows its indicator's matching one (qw::matchingPeriod)
        // or says it has no value for it; empty: each row's latest period.
        QString period;
        bool german = true;
        QLocale locale;
        // The locator map shared by many profiles (an atlas); null: each profile its own.
        std::shared_ptr<const LocatorMap> locator;
    };

    // The footer line of every printed document: program, city, date of printing, and
    // "fictional demo data" for the demo.
    static QString footer(const Project &project, const QLocale &locale);
    // date in the locale's short form, with a four-digit year ("02.12.2026").
    static QString printedDate(const QDate &date, const QLocale &locale);

    static ReportDocument profile(const std::shared_ptr<Project> &project, const QString &areaKey,
                                  const Settings &settings);
    // chartIndicator: the indicator of the bar chart (default: the project's default).
    static ReportDocument comparison(const std::shared_ptr<Project> &project,
                                     const QStringList &areaKeys, const QString &chartIndicator,
                                     const Settings &settings);
};

} // namespace qw

#pragma once

#include "AllocationRule.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "Project.h"

#include <QDir>

#include <functional>

namespace qw::test {

// The demo city's rule of the README: half a million euros by the social index per young
// person (10 to 18), at least 5,000 and at most 40,000 an area, in whole euros.
inline AllocationRule demoAllocationRule()
{
    AllocationRule r;
    r.indicatorKey = QStringLiteral("social_index");
    r.budget = 500000;
    r.floor = 5000;
    r.cap = 40000;
    r.populationKey = QStringLiteral("pop_10_18");
    r.wholeUnits = true;
    return r;
}

// Imports into the project file path (a copy of project) a table with one row per
// Sozialraum: "SR;" + columns, then each area's key and cells(area index), all for period.
// False when nothing was imported.
inline bool importPerSozialraum(const Project &project, const QString &path,
                                const QByteArray &columns,
                                const std::function<QByteArray(int)> &cells, const QString &period)
{
    QByteArray csv = "SR;" + columns + "\n";
    for (int i : project.areasOfLevel(QStringLiteral("sozialraum")))
        csv += project.areas()[std::size_t(i)].key.toUtf8() + ";" + cells(i) + "\n";
    const QString file = QFileInfo(path).dir().filePath(QStringLiteral("per_area.csv"));
    writeBytes(file, csv);
    auto store = ProjectStore::open(path);
    ImportSpec spec;
    spec.source = QStringLiteral("Tabelle je Sozialraum");
    spec.periodValue = period;
    return ImportLog(*store).commit(planFor(*store, file, spec)) > 0;
}

// The key of the indicator of a German name, or empty.
inline QString keyNamed(const Project &project, const QString &nameDe)
{
    for (const Indicator &i : project.indicators())
        if (i.nameDe == nameDe)
            return i.key;
    return {};
}

} // namespace qw::test

#include "ConsoleListing.h"

#include "Project.h"
#include "StoreError.h"

#include <QTextStream>

#include <cstdio>

namespace qw::ConsoleListing {

namespace {

std::shared_ptr<Project> openOrReport(const QString &path)
{
    try {
        return Project::open(path);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(e.message()));
        return nullptr;
    }
}

QString clean(QString s)
{
    return s.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

int listIndicators(const QString &projectPath, bool german)
{
    const auto project = openOrReport(projectPath);
    if (!project)
        return 1;
    QTextStream out(stdout);
    for (const Indicator &i : project->indicators())
        out << clean(i.key) << '\t' << clean(i.name(german)) << '\t' << clean(i.unit) << '\t'
            << project->periods(i.key).join(QLatin1Char(','))
            << (i.recipe.isEmpty() ? QString() : QLatin1Char('\t') + i.recipe) << '\n';
    return 0;
}

int listAreas(const QString &projectPath)
{
    const auto project = openOrReport(projectPath);
    if (!project)
        return 1;
    QTextStream out(stdout);
    for (const AreaInfo &a : project->areas())
        out << clean(a.key) << '\t' << clean(a.name) << '\t' << clean(a.level) << '\n';
    return 0;
}

} // namespace qw::ConsoleListing

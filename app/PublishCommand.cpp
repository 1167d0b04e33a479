#include "PublishCommand.h"

#include "ChoroplethRenderer.h"
#include "CommandLine.h"
#include "LegendEntry.h"
#include "Project.h"
#include "ProjectFile.h"
#include "ProjectMap.h"
#include "PublicationAudit.h"
#include "PublicationWriter.h"
#include "QgisStyle.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
#include <set>

namespace qw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::PublishCommand", text);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(message));
    return 1;
}

// The map's classes of one indicator and period at one level, as the window draws them.
std::optional<QgisStyleSpec> styleOf(const std::shared_ptr<Project> &project,
                                     const PublishedColumn &column, const QLocale &locale)
{
    ProjectMap map(project, column.levelKey);
    ProjectMap::View view;
    view.indicator = column.indicatorKey;
    view.period = column.period;
    if (!map.check(view).isEmpty())
        return std::nullopt;
    const MapSnapshot snapshot = map.snapshot(view, locale);
    if (!snapshot.choropleth)
        return std::nullopt;
    const ChoroplethRenderer &r = *snapshot.choropleth;
    const Indicator &ind = r.indicator();
    QgisStyleSpec spec;
    spec.field = column.column;
    spec.statusField = column.statusColumn;
    spec.title = ind.nameDe + QLatin1Char(' ') + column.period
        + (ind.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ind.unit));
    const std::vector<LegendEntry> legend = r.legend(locale);
    const std::vector<double> &edges = r.edges();
    std::size_t entry = 0;
    for (std::size_t i = 0; i + 1 < edges.size() && i < r.colors().size(); ++i) {
        while (entry < legend.size() && legend[entry].kind != LegendEntry::Kind::Class)
            ++entry;
        const QString label = entry < legend.size() ? legend[entry++].label : QString();
        spec.classes.push_back({edges[i], edges[i + 1], r.colors()[i], label});
    }
    spec.missing = ChoroplethRenderer::missingBrush().color();
    spec.missingLabel = tr("no data");
    spec.suppressedLabel = ind.minCases > 0
        ? tr("withheld (fewer than %1 cases, or to protect such a value)").arg(ind.minCases)
        : tr("withheld");
    return spec;
}

} // namespace

int runPublishCommand(const CommandLine &cl, const QString &projectPath)
{
    std::shared_ptr<Project> project;
    try {
        project = Project::open(projectPath);
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    PublicationChoice choice;
    choice.indicators = cl.indicators;
    choice.periods = cl.periods;
    choice.levels = cl.levelName.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QLocale locale(QLocale::German);
    QString chosen = cl.view.indicator.isEmpty() ? project->defaultIndicator() : cl.view.indicator;
    if (!choice.indicators.isEmpty() && !choice.indicators.contains(chosen))
        chosen = choice.indicators.front();
    int styles = 0, layers = 0;
    try {
        ProjectFile::create(cl.publish, [&](SqliteDatabase &db) {
            PublicationWriter writer(*project, choice);
            writer.write(db, [](int done, int total) {
                std::fprintf(stderr, "\r%d / %d", done, total);
                return true;
            });
            std::fprintf(stderr, "\n");
            // Per layer and indicator one style, at the chosen period (else the latest the
            // layer has); the chosen indicator's is the layer's default.
            std::set<std::pair<QString, QString>> styled;
            std::set<QString> tables;
            const auto &columns = writer.columns();
            for (auto it = columns.rbegin(); it != columns.rend(); ++it) {
                const PublishedColumn &c = *it;
                tables.insert(c.table);
                const QString wantedPeriod = project->periodFor(c.indicatorKey, cl.view.period);
                if (c.period != wantedPeriod && !cl.view.period.isEmpty())
                    continue;
                if (!styled.insert({c.table, c.indicatorKey}).second)
                    continue; // columns run oldest first: reversed, the latest comes first
                const auto spec = styleOf(project, c, locale);
                if (!spec)
                    continue;
                QgisStyle::writeLayerStyle(db, c.table, QStringLiteral("geom"), c.column.left(30),
                                           spec->title, QgisStyle::qml(*spec),
                                           QgisStyle::sld(*spec, c.table),
                                           c.indicatorKey == chosen);
                ++styles;
            }
            layers = int(tables.size());
        });
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
    std::printf("%s\n",
                qPrintable(tr("Published %1: %2 area layers, %3 styles.")
                               .arg(cl.publish)
                               .arg(layers)
                               .arg(styles)));
    return 0;
}

int runCheckDisclosureCommand(const CommandLine &cl)
{
    try {
        const PublicationAudit audit(cl.checkDisclosure);
        for (const PublicationAudit::Finding &f : audit.findings())
            std::printf("%s\t%s\t%s\t%g\n", qPrintable(f.table), qPrintable(f.areaKey),
                        qPrintable(f.column), f.value);
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("%1 withheld values in %2 columns; %3 recovered.")
                                    .arg(audit.withheldCells())
                                    .arg(audit.columnsChecked())
                                    .arg(audit.findings().size())));
        return audit.findings().empty() ? 0 : 1;
    } catch (const StoreError &e) {
        return fail(e.fullText());
    }
}

} // namespace qw

#include "AtlasBench.h"

#include "AreaReports.h"
#include "AtlasDocument.h"
#include "BenchTable.h"
#include "DemoCityGenerator.h"
#include "Project.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace qw::bench {

namespace {

// Opening the project, making every profile and writing the PDF, as --export-atlas does.
Timing atlasTiming(const QString &project, const QString &pdf, int runs, int *pages)
{
    return measure(runs, [&] {
        const auto opened = Project::open(project);
        AreaReports::Settings s;
        s.levelKey = opened->finestLevel();
        s.locale = QLocale(QLocale::German, QLocale::Germany);
        const auto atlas = AtlasDocument::build(opened, s);
        atlas->writePdf(pdf);
        *pages = atlas->pageCount();
    });
}

// Berlin as README.md builds it: the LOR Planungsräume 2021, the MSS 2021, the population.
QString berlinProject(const QString &work, const QString &app, QString *why)
{
    // The build's data folder, or QW_SHARED_DATA_DIR where the data lie elsewhere.
    const QString data =
        qEnvironmentVariable("QW_SHARED_DATA_DIR", QStringLiteral(QW_SHARED_DATA_DIR))
        + QStringLiteral("/berlin-lor-2021");
    const QString path = QDir(work).filePath(QStringLiteral("atlas-berlin.gpkg"));
    if (QFileInfo::exists(path))
        return path;
    if (!QFileInfo::exists(data)) {
        *why = QStringLiteral("not run: %1 absent").arg(data);
        return {};
    }
    const QString building = path + QStringLiteral(".building.gpkg");
    QFile::remove(building);
    const QList<QStringList> steps {
        {QStringLiteral("--new"), building, QStringLiteral("--areas"),
         data + QStringLiteral("/lor_planungsraeume_2021.shp"), QStringLiteral("--level"),
         QStringLiteral("Planungsraum"), QStringLiteral("--city"), QStringLiteral("Berlin")},
        {building, QStringLiteral("--import"),
         data + QStringLiteral("/mss_2021_index_indikatoren.csv")},
        {building, QStringLiteral("--import"),
         data + QStringLiteral("/berlin-lor-population-2024-02-t1-planning-areas.csv")}};
    for (const QStringList &args : steps) {
        QProcess p;
        p.start(app, args);
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            *why = QStringLiteral("not run: building Berlin failed (%1)").arg(args.join(' '));
            return {};
        }
    }
    QFile::rename(building, path);
    return path;
}

} // namespace

void atlasBenchmark(Table &table, const QString &work, const QString &app, int runs)
{
    const QString demo = QDir(work).filePath(QStringLiteral("atlas-demo.gpkg"));
    if (!QFileInfo::exists(demo))
        DemoCityGenerator(DemoCityGenerator::Options {}).writeProject(demo);
    int pages = 0;
    const Timing d =
        atlasTiming(demo, QDir(work).filePath(QStringLiteral("atlas-demo.pdf")), runs, &pages);
    table.add(QStringLiteral("demo, 39 areas"),
              QStringLiteral("atlas demo 39 (%1 pages PDF, open to written)").arg(pages), d, 5000);
    QString why;
    const QString berlin = berlinProject(work, app, &why);
    if (berlin.isEmpty()) {
        table.addNote(QStringLiteral("Berlin, 542 areas"), QStringLiteral("atlas Berlin 542"), why,
                      QStringLiteral("60 s"));
        return;
    }
    const Timing b = atlasTiming(berlin, QDir(work).filePath(QStringLiteral("atlas-berlin.pdf")),
                                 std::min(runs, 3), &pages);
    table.add(QStringLiteral("Berlin, 542 areas"),
              QStringLiteral("atlas Berlin 542 (%1 pages PDF, open to written)").arg(pages), b,
              60000);
}

} // namespace qw::bench

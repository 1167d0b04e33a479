// The benchmark program: speed and memory from one city to national scale.
// Each project size runs in a child process, so its peak memory is its own.
#include "AllocationBench.h"
#include "AreaGeometrySet.h"
#include "AreaRaster.h"
#include "AtlasBench.h"
#include "BenchTable.h"
#include "Classification.h"
#include "ComparisonModel.h"
#include "DemoCityGenerator.h"
#include "ImportBench.h"
#include "IndexBench.h"
#include "MapRenderer.h"
#include "MemoryPolicy.h"
#include "Project.h"
#include "ProjectMap.h"
#include "ProjectStore.h"
#include "Random.h"
#include "SeriesLayout.h"
#include "Sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace qw;
using namespace qw::bench;

namespace {

const QSize kView(1920, 1080);

QString sizeLabel(int n)
{
    return QLocale(QLocale::English).toString(n) + QStringLiteral(" areas");
}

// Values rows grow with areas x indicators x periods; fewer periods keep large projects
// within a run of minutes (the table says how many).
int periodsFor(int areas)
{
    return std::clamp(3000000 / std::max(1, areas * 26), 1, 10);
}

QString ensureProject(const QString &dir, int areas, Table &table)
{
    const QString path = QStringLiteral("%1/bench-%2.gpkg").arg(dir).arg(areas);
    if (QFileInfo::exists(path)) {
        try {
            // Opened for writing, so a project kept from an older version is brought to the
            // current schema (and its outlines stored) here, not inside a timed open.
            if (Project::open(path)->metadata().generator == DemoCityGenerator::generatorTag())
                return path;
        } catch (const std::exception &) { }
    }
    DemoCityGenerator::Options o;
    o.areaCount = areas;
    o.districtCount = std::max(1, areas / 3);
    o.periodCount = periodsFor(areas);
    o.population = int(std::min<long long>(600000LL * areas / 39, 80000000LL));
    QElapsedTimer timer;
    timer.start();
    DemoCityGenerator(o).writeProject(path);
    table.addNote(sizeLabel(areas), QStringLiteral("generate and write project (once)"),
                  formatMs(double(timer.elapsed()))
                      + QStringLiteral(", %1 indicators x %2 periods").arg(26).arg(o.periodCount));
    return path;
}

// What runOne measures: all, or up to the full render (beside QGIS's time), or the full
// render and the film frames.
enum class Only { All, Render, Film };

// All measurements for one project size; rows go to stdout for the parent.
int runOne(int areas, const QString &dir, int runs, Only only)
{
    Table table;
    const QString size = sizeLabel(areas);
    const QString path = QStringLiteral("%1/bench-%2.gpkg").arg(dir).arg(areas);
    const int bigRuns = areas >= 100000 ? std::max(1, runs / 2) : runs;

    ProjectMap::View view;
    view.indicator = QStringLiteral("child_poverty");
    view.showFacilities = false;
    std::shared_ptr<Project> project;
    std::unique_ptr<ProjectMap> map;
    const auto openToFirstMap = [&] {
        project = Project::open(path);
        map = std::make_unique<ProjectMap>(project, project->finestLevel());
        const MapSnapshot s = map->snapshot(view, QLocale());
        MapRenderer::renderImage(s, MapTransform::fit(map->areas()->bounds(), kView), 1.0);
    };
    // The previous run's project is closed first (untimed), as the window closes it: peak
    // memory is that of one open project.
    const auto close = [&] {
        map.reset();
        project.reset();
    };
    const Timing open = measure(bigRuns, openToFirstMap, false, close);
    table.add(size, QStringLiteral("open project to first full map"), open,
              areas <= 39            ? 300
                  : areas <= 10000   ? 1000
                  : areas >= 1000000 ? 5000
                                     : 0);
    // As after another program (QGIS) changed the areas: the stored outlines are gone, so
    // this open decodes every geometry and stores the outlines again.
    const Timing rebuild = measure(bigRuns, openToFirstMap, false, [&] {
        close();
        SqliteDatabase(path, SqliteDatabase::Mode::ReadWrite)
            .exec(QStringLiteral("DELETE FROM qw_area_shapes"));
    });
    table.add(size, QStringLiteral("  open after the areas changed elsewhere (rebuilds outlines)"),
              rebuild, 0);

    MapSnapshot snapshot = map->snapshot(view, QLocale());
    const MapTransform full = MapTransform::fit(map->areas()->bounds(), kView);
    QImage image;
    const Timing render =
        measure(runs, [&] { image = MapRenderer::renderImage(snapshot, full, 1.0); });
    table.add(size, QStringLiteral("full render 1920x1080, 5 quantile classes"), render,
              areas == 10000         ? 30
                  : areas == 100000  ? 150
                  : areas == 1000000 ? 700
                                     : 0);
    if (only == Only::Render) { // for scripts/bench-qgis.sh, beside QGIS's time
        QTextStream(stdout) << table.serialise();
        return 0;
    }

    // Each run a different indicator, so values are read from the file as after a click.
    std::vector<QString> keys;
    for (const Indicator &i : project->indicators())
        if (i.key != view.indicator)
            keys.push_back(i.key);
    std::size_t next = 0;
    if (only == Only::All) {
        const Timing switchIndicator = measure(
            bigRuns,
            [&] {
                ProjectMap::View other = view;
                other.indicator = keys[next++ % keys.size()];
                MapRenderer::renderImage(map->snapshot(other, QLocale()), full, 1.0);
            },
            false);
        table.add(size, QStringLiteral("re-render after switching indicator"), switchIndicator);
    }

    // A film frame as the time slider plays: the next period of the same indicator (classes
    // pooled over the periods, so only the colours change), snapshot and render. While
    // playing, the map widget recolours the areas the last frame traced
    // (MapRenderer::renderFrame; the warm-up run traces them); a still frame (on pause) is
    // the full render.
    const QStringList periods = project->periods(view.indicator);
    std::size_t frameNo = 0;
    const auto nextFrame = [&] {
        ProjectMap::View frameView = view;
        frameView.period = periods[qsizetype(frameNo++ % std::size_t(periods.size()))];
        return map->snapshot(frameView, QLocale());
    };
    std::shared_ptr<const AreaRaster> traced;
    const Timing film =
        measure(runs, [&] { MapRenderer::renderFrame(nextFrame(), full, 1.0, traced); });
    table.add(size, QStringLiteral("film frame: next period, fixed classes, recoloured"), film,
              areas == 10000        ? 16
                  : areas == 100000 ? 50
                                    : 0);
    traced.reset(); // 12 bytes a pixel: not kept beside the rest
    const Timing filmSnapshot = measure(runs, [&] { nextFrame(); });
    table.add(size, QStringLiteral("  of which the next period's snapshot"), filmSnapshot);
    const Timing still = measure(runs, [&] { MapRenderer::renderImage(nextFrame(), full, 1.0); });
    table.add(size, QStringLiteral("still frame: next period, full render"), still);
    if (only == Only::Film) {
        QTextStream(stdout) << table.serialise();
        return 0;
    }
    // Small multiples of ten periods on one PDF page (skipped at a million areas: a vector
    // page of ten million outlines is no handout; and where there is one period only).
    if (areas <= 100000 && periods.size() >= 2) {
        ProjectMap::View seriesView = view;
        SeriesLayout::Series series = SeriesLayout::collect(*map, *project, seriesView, QLocale());
        series.maps.resize(std::min<std::size_t>(series.maps.size(), 10));
        series.city.resize(series.maps.size());
        const QString pdf = QStringLiteral("%1/bench-series-%2.pdf").arg(dir).arg(areas);
        const Timing page = measure(std::max(1, runs / 3), [&] {
            SeriesLayout::exportFile(pdf, series, map->areas()->bounds(), QLocale());
        });
        table.add(size, QStringLiteral("small multiples PDF, %1 maps").arg(series.maps.size()),
                  page, areas == 10000 ? 5000 : 0);
        QFile::remove(pdf);
    }

    const Bounds &b = map->areas()->bounds();
    Bounds tenth;
    const double cx = (b.minX + b.maxX) / 2, cy = (b.minY + b.maxY) / 2;
    tenth.include(cx - b.width() / 20, cy - b.height() / 20);
    tenth.include(cx + b.width() / 20, cy + b.height() / 20);
    const MapTransform zoomed = MapTransform::fit(tenth, kView);
    const Timing zoom = measure(runs, [&] { MapRenderer::renderImage(snapshot, zoomed, 1.0); });
    table.add(size, QStringLiteral("render zoomed to a tenth of the width"), zoom);

    // A pan frame as the map widget paints it while dragging: the last image, moved.
    QImage frame(kView, QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    const Timing pan = measure(runs * 4, [&] {
        QPainter p(&frame);
        p.fillRect(frame.rect(), snapshot.background);
        ++step;
        p.drawImage(QPointF(step % 40, step % 25), image);
    });
    table.add(size, QStringLiteral("pan frame (moved last image)"), pan, 16);

    Random rng(7);
    std::vector<QPointF> points(10000);
    for (QPointF &pt : points)
        pt = QPointF(rng.uniform(b.minX, b.maxX), rng.uniform(b.minY, b.maxY));
    int hits = 0;
    const Timing hit = measure(runs, [&] {
        for (const QPointF &pt : points)
            hits += map->areas()->hitTest(pt.x(), pt.y()) >= 0;
    });
    Timing perQuery = hit;
    perQuery.median /= points.size();
    perQuery.min /= points.size();
    perQuery.max /= points.size();
    table.add(size, QStringLiteral("hover hit-test per query"), perQuery, 0.1);

    const auto values = project->values(view.indicator, project->periods(view.indicator).last());
    std::vector<double> v;
    for (int row = 0; row < map->areas()->count(); ++row)
        v.push_back(values->values[map->areas()->projectIndex(row)]);
    for (const ClassificationMethod *m : ClassificationRegistry::instance().methods()) {
        const Timing t = measure(runs, [&] { m->classes(v, 5); });
        table.add(size, QStringLiteral("classification %1 (%2 values)").arg(m->id()).arg(v.size()),
                  t);
    }
    // The comparison of six areas over every indicator; each run a fresh project so values
    // are read from the file as when a planner opens it.
    QStringList six;
    for (int row = 0; row < std::min(6, map->areas()->count()); ++row)
        six << project->areas()[map->areas()->projectIndex(row)].key;
    // Closed before (the snapshot shares it too), so the fresh projects below are the only
    // ones open.
    snapshot = MapSnapshot();
    map.reset();
    project.reset();
    const Timing compare = measure(
        bigRuns,
        [&] {
            auto fresh = Project::open(path);
            ComparisonModel model;
            model.setComparison(fresh, fresh->finestLevel(), six, QString(), true, QLocale());
        },
        false);
    table.add(size, QStringLiteral("comparison of 6 areas over all indicators (incl. reading)"),
              compare);
    table.addBytes(size, QStringLiteral("peak resident memory"), peakResidentBytes(),
                   areas >= 1000000 ? 1.5 * 1024 * 1024 * 1024 : 0);
    QTextStream(stdout) << table.serialise();
    return 0;
}

void classificationAtScale(Table &table, int runs)
{
    for (int n : {100000, 1000000}) {
        Random rng(11);
        std::vector<double> v(static_cast<std::size_t>(n));
        for (double &x : v)
            x = std::exp(rng.normal(3, 0.6)); // skewed like rates of small areas
        const QString size = QLocale(QLocale::English).toString(n) + QStringLiteral(" values");
        for (const ClassificationMethod *m : ClassificationRegistry::instance().methods()) {
            const bool slow = m->kind() == ClassificationKind::NaturalBreaks;
            const Timing t = measure(
                slow ? 1 : runs, [&] { m->classes(v, 5); }, !slow);
            double target = 0;
            if (n == 1000000 && !slow && m->kind() != ClassificationKind::Pretty)
                target = 50;
            if (n == 100000 && slow)
                target = 1000;
            table.add(size, QStringLiteral("classification %1, 5 classes").arg(m->id()), t, target);
        }
    }
}

void coldStart(Table &table, const QString &app, int runs)
{
    if (!QFileInfo::exists(app)) {
        table.addNote(QStringLiteral("demo"), QStringLiteral("cold start to first painted window"),
                      QStringLiteral("not run: %1 not found").arg(app));
        return;
    }
    const QString shot = QDir::temp().filePath(QStringLiteral("qw-bench-start.png"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess warm;
    warm.setProcessEnvironment(env);
    warm.start(app, {QStringLiteral("--demo"), QStringLiteral("--list-areas")}); // makes the demo
    warm.waitForFinished(120000);
    const Timing t = measure(
        runs,
        [&] {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(app, {QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
            p.waitForFinished(60000);
        },
        false);
    table.add(QStringLiteral("demo"),
              QStringLiteral("start to first painted window (incl. saving a screenshot)"), t, 1000);
}

} // namespace

int main(int argc, char **argv)
{
    applyMemoryPolicy(); // as the application does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Quartierswerkstatt benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("quick"), QStringLiteral("Stop at 10,000 areas (about a minute).")},
        {QStringLiteral("sizes"), QStringLiteral("Comma-separated area counts."),
         QStringLiteral("N,N")},
        {QStringLiteral("runs"), QStringLiteral("Runs per measure (default 5)."),
         QStringLiteral("N")},
        {QStringLiteral("csv"), QStringLiteral("Write the table as CSV."), QStringLiteral("FILE")},
        {QStringLiteral("work"), QStringLiteral("Folder for generated projects."),
         QStringLiteral("DIR")},
        {QStringLiteral("app"), QStringLiteral("The quartierswerkstatt executable."),
         QStringLiteral("PATH")},
        {QStringLiteral("one"), QStringLiteral("Internal: measure one size."), QStringLiteral("N")},
        {QStringLiteral("render-only"),
         QStringLiteral("Measure only the full render of the generated project of N areas."),
         QStringLiteral("N")},
        {QStringLiteral("film-only"),
         QStringLiteral("Measure only the full render and the film frames of the generated "
                        "project of N areas."),
         QStringLiteral("N")},
        {QStringLiteral("generate"), QStringLiteral("Internal: make the project of one size."),
         QStringLiteral("N")},
        {QStringLiteral("import-only"), QStringLiteral("Internal: measure the CSV import.")},
        {QStringLiteral("no-import"), QStringLiteral("Skip the 1,000,000-row import.")},
        {QStringLiteral("index-only"),
         QStringLiteral("Measure only the composite index of 5 inputs at 100,000 areas.")},
        {QStringLiteral("sensitivity-only"),
         QStringLiteral("Measure only the sensitivity of an index (1,000 draws, 542 and 10,000 "
                        "areas).")},
        {QStringLiteral("atlas-only"),
         QStringLiteral("Measure only the atlas PDF of the demo (39 areas) and of Berlin (542).")},
        {QStringLiteral("allocation-only"),
         QStringLiteral("Measure only the allocation of a budget over 100,000 areas.")},
    });
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt() ?: 5);
    const QString work = parser.isSet(QStringLiteral("work"))
        ? parser.value(QStringLiteral("work"))
        : QDir::temp().filePath(QStringLiteral("qw-bench"));
    QDir().mkpath(work);
    if (parser.isSet(QStringLiteral("one")))
        return runOne(parser.value(QStringLiteral("one")).toInt(), work, runs, Only::All);
    if (parser.isSet(QStringLiteral("render-only")))
        return runOne(parser.value(QStringLiteral("render-only")).toInt(), work, runs,
                      Only::Render);
    if (parser.isSet(QStringLiteral("film-only")))
        return runOne(parser.value(QStringLiteral("film-only")).toInt(), work, runs, Only::Film);
    if (parser.isSet(QStringLiteral("import-only"))) {
        Table table;
        importBenchmark(table, work, std::min(runs, 3));
        sheetBenchmark(table, work, std::min(runs, 3));
        QTextStream(stdout) << table.serialise();
        return 0;
    }
    if (parser.isSet(QStringLiteral("index-only"))
        || parser.isSet(QStringLiteral("sensitivity-only"))
        || parser.isSet(QStringLiteral("allocation-only"))) {
        Table table;
        if (parser.isSet(QStringLiteral("index-only")))
            indexBenchmark(table, runs);
        if (parser.isSet(QStringLiteral("sensitivity-only")))
            sensitivityBenchmark(table, runs);
        if (parser.isSet(QStringLiteral("allocation-only")))
            allocationBenchmark(table, runs);
        QTextStream(stdout) << table.markdown();
        return 0;
    }
    const QString appPath = parser.isSet(QStringLiteral("app"))
        ? parser.value(QStringLiteral("app"))
        : QCoreApplication::applicationDirPath() + QStringLiteral("/../app/quartierswerkstatt");
    if (parser.isSet(QStringLiteral("atlas-only"))) {
        Table table;
        atlasBenchmark(table, work, appPath, runs);
        QTextStream(stdout) << table.markdown();
        return 0;
    }
    if (parser.isSet(QStringLiteral("generate"))) {
        Table table;
        ensureProject(work, parser.value(QStringLiteral("generate")).toInt(), table);
        QTextStream(stdout) << table.serialise();
        return 0;
    }

    // 1,000,000 areas only on request: generating (11.4 minutes, 11.6 GiB; once, the project
    // is kept in --work) and measuring it (about 3 minutes) would bring the first full run
    // to about 20 minutes (see BENCHMARKS.md).
    std::vector<int> sizes {39, 542, 10000, 100000};
    if (parser.isSet(QStringLiteral("quick")))
        sizes = {39, 542, 10000};
    if (parser.isSet(QStringLiteral("sizes"))) {
        sizes.clear();
        for (const QString &s : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
            sizes.push_back(s.toInt());
    }
    Table table;
    // Generating runs in a process of its own, so the measured process's peak memory is
    // that of opening and drawing, not of building the city.
    const auto child = [&](const char *mode, int n, Table &into) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(),
                      {QString::fromLatin1(mode), QString::number(n), QStringLiteral("--runs"),
                       QString::number(runs), QStringLiteral("--work"), work});
        const bool finished = process.waitForFinished(20 * 60 * 1000);
        const std::vector<Row> rows =
            Table::deserialise(QString::fromUtf8(process.readAllStandardOutput()));
        if (!finished || process.exitCode() != 0) {
            process.kill();
            into.addNote(sizeLabel(n), QString::fromLatin1(mode).mid(2),
                         finished ? QStringLiteral("failed (exit %1)").arg(process.exitCode())
                                  : QStringLiteral("not finished within 20 minutes"));
            return false;
        }
        into.append(rows);
        return true;
    };
    for (int n : sizes) {
        std::fprintf(stderr, "generating %d areas ...\n", n);
        if (!child("--generate", n, table))
            continue;
        std::fprintf(stderr, "measuring %d areas ...\n", n);
        child("--one", n, table);
    }
    if (std::find(sizes.begin(), sizes.end(), 1000000) == sizes.end())
        table.addNote(sizeLabel(1000000), QStringLiteral("all measures"),
                      QStringLiteral("not run by default (about 14 minutes and 12 GiB more the "
                                     "first time, 3 minutes once generated; "
                                     "--sizes 39,542,10000,100000,1000000)"));
    std::fprintf(stderr, "measuring classification at scale ...\n");
    classificationAtScale(table, runs);
    std::fprintf(stderr, "measuring the composite index ...\n");
    indexBenchmark(table, runs);
    std::fprintf(stderr, "measuring the sensitivity of the index ...\n");
    sensitivityBenchmark(table, runs);
    std::fprintf(stderr, "measuring the allocation of a budget ...\n");
    allocationBenchmark(table, runs);
    std::fprintf(stderr, "measuring the atlas ...\n");
    atlasBenchmark(table, work, appPath, runs);
    coldStart(table, appPath, 3);
    if (!parser.isSet(QStringLiteral("no-import"))) {
        std::fprintf(stderr, "measuring the import of 1,000,000 CSV rows ...\n");
        child("--import-only", 0, table);
    }

    QTextStream(stdout) << table.markdown();
    if (parser.isSet(QStringLiteral("csv"))
        && !table.writeCsv(parser.value(QStringLiteral("csv")))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(QStringLiteral("csv"))));
        return 1;
    }
    return 0;
}

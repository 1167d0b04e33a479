#include "ImportBench.h"

#include "BenchTable.h"
#include "DemoCityGenerator.h"
#include "ImportLog.h"
#include "ProjectStore.h"
#include "Random.h"
#include "StoreError.h"
#include "TableImport.h"
#include "TableSource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace qw::bench {

namespace {

constexpr int kAreas = 10000;
constexpr int kIndicators = 20;
constexpr int kPeriods = 5;

QString baseProject(const QString &dir)
{
    const QString path = dir + QStringLiteral("/import-base-10000.gpkg");
    if (QFileInfo::exists(path)) {
        try {
            ProjectStore::open(path); // brings one kept from an older version up to date
            return path;
        } catch (const StoreError &) {
            QFile::remove(path); // made again below
        }
    }
    DemoCityGenerator::Options o;
    o.areaCount = kAreas;
    o.districtCount = kAreas / 3;
    o.periodCount = 1;
    o.verticesPerArea = 16; // geometry does not matter for importing values
    o.facilityCount = 0;
    DemoCityGenerator(o).writeProject(path);
    return path;
}

QString writeCsv(const QString &dir, const std::vector<Area> &areas)
{
    const QString path = dir + QStringLiteral("/import-1000000.csv");
    if (QFileInfo(path).size() > 0)
        return path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&file);
    out << "Sozialraum;Indikator;Jahr;Wert\n";
    Random rng(7);
    for (int p = 0; p < kPeriods; ++p)
        for (int i = 0; i < kIndicators; ++i)
            for (const Area &a : areas)
                out << a.key << ";Indikator " << (i + 1) << ';' << (2019 + p) << ';'
                    << QString::number(rng.uniform() * 100, 'f', 2)
                           .replace(QLatin1Char('.'), QLatin1Char(','))
                    << '\n';
    return path;
}

} // namespace

void importBenchmark(Table &table, const QString &dir, int runs)
{
    const QString size = QStringLiteral("1,000,000 rows");
    const QString base = baseProject(dir);
    std::vector<Area> areas;
    {
        auto store = ProjectStore::open(base, ProjectStore::Access::ReadOnly);
        for (Area &a : store->areas())
            if (a.level == QLatin1String("sozialraum"))
                areas.push_back(std::move(a));
    }
    const QString csv = writeCsv(dir, areas);
    const QString target = dir + QStringLiteral("/import-target.gpkg");
    double readMs = 0, writeMs = 0;
    qint64 values = 0, rejected = 0;
    const Timing t = measure(
        runs,
        [&] {
            QFile::remove(target);
            QFile::copy(base, target);
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            QElapsedTimer timer;
            timer.start();
            auto store = ProjectStore::open(target);
            const auto projectAreas = store->areas();
            auto source = TableSource::open(csv);
            ImportSpec spec;
            spec.source = QStringLiteral("bench");
            spec = TableImport::completeSpec(*source, spec, projectAreas);
            const ImportPlan plan =
                TableImport::analyse(*source, spec, projectAreas, store->indicators());
            readMs = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            ImportLog(*store).commit(plan);
            writeMs = double(timer.nsecsElapsed()) / 1e6;
            values = qint64(plan.values.size());
            rejected = plan.rowsRejected;
        },
        false);
    table.add(size, QStringLiteral("import of a long CSV (read, match, write; one transaction)"), t,
              10000);
    table.addNote(size, QStringLiteral("  of which reading and matching / writing (last run)"),
                  formatMs(readMs) + QStringLiteral(" / ") + formatMs(writeMs)
                      + QStringLiteral(", %1 values, %2 rows rejected").arg(values).arg(rejected));
    table.addBytes(size, QStringLiteral("peak resident memory of the import"), peakResidentBytes(),
                   0);
}

} // namespace qw::bench

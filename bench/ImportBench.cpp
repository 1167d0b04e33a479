#include "ImportBench.h"

#include "BenchTable.h"
#include "DemoCityGenerator.h"
#include "ImportLog.h"
#include "ProjectStore.h"
#include "Random.h"
#include "StoreError.h"
#include "TableImport.h"
#include "TableSource.h"
#include "XlsxWriter.h"

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

// The Sozialräume of the base project.
std::vector<Area> baseAreas(const QString &base)
{
    std::vector<Area> areas;
    auto store = ProjectStore::open(base, ProjectStore::Access::ReadOnly);
    for (Area &a : store->areas())
        if (a.level == QLatin1String("sozialraum"))
            areas.push_back(std::move(a));
    return areas;
}

// A writable copy of the base project for one import run.
void freshCopy(const QString &base, const QString &target)
{
    QFile::remove(target);
    QFile::copy(base, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

// One import as a planner runs it, into a fresh copy of the base project: open, guess the
// spec, read and match, write in one transaction.
struct ImportRun
{
    double readMs = 0;
    double writeMs = 0;
    qint64 values = 0;
    qint64 rejected = 0;
};

ImportRun importOnce(const QString &base, const QString &target, const QString &file,
                     const QString &sourceName)
{
    freshCopy(base, target);
    ImportRun run;
    QElapsedTimer timer;
    timer.start();
    auto store = ProjectStore::open(target);
    const auto projectAreas = store->areas();
    auto source = TableSource::open(file);
    ImportSpec spec;
    spec.source = sourceName;
    spec = TableImport::completeSpec(*source, spec, projectAreas);
    const ImportPlan plan = TableImport::analyse(*source, spec, projectAreas, store->indicators());
    run.readMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    ImportLog(*store).commit(plan);
    run.writeMs = double(timer.nsecsElapsed()) / 1e6;
    run.values = qint64(plan.values.size());
    run.rejected = plan.rowsRejected;
    return run;
}

// A statistics office's workbook in long layout: a title, a blank row, the header, then
// one row per area, indicator and period.
QString writeLongWorkbook(const QString &dir, const std::vector<Area> &areas, int rows)
{
    const QString path = dir + QStringLiteral("/import-%1.xlsx").arg(rows);
    if (QFileInfo(path).size() > 0)
        return path;
    XlsxWriter w;
    w.addSheet(QStringLiteral("Daten"));
    w.setText(1, 0, QStringLiteral("Indikatoren nach Sozialräumen"));
    const QStringList header {"Sozialraum", "Indikator", "Jahr", "Wert"};
    for (int c = 0; c < header.size(); ++c)
        w.setText(3, c, header[c]);
    Random rng(11);
    for (int r = 0; r < rows; ++r) {
        const Area &a = areas[size_t(r) % areas.size()];
        const int slot = r / int(areas.size());
        w.setText(4 + r, 0, a.key);
        w.setText(4 + r, 1, QStringLiteral("Indikator %1").arg(slot % kIndicators + 1));
        w.setNumber(4 + r, 2, 2019 + slot / kIndicators);
        w.setNumber(4 + r, 3, std::round(rng.uniform() * 10000) / 100);
    }
    return w.save(path).isEmpty() ? path : QString();
}

// A wide sheet of 70 columns under a title and a two-row header, for header detection.
QString writeWideWorkbook(const QString &dir, int rows, int columns)
{
    const QString path = dir + QStringLiteral("/wide-%1x%2.xlsx").arg(rows).arg(columns);
    if (QFileInfo(path).size() > 0)
        return path;
    XlsxWriter w;
    w.setText(1, 0, QStringLiteral("Tabelle 1: Strukturdaten"));
    w.setText(3, 0, QStringLiteral("Gebiet"));
    Random rng(13);
    for (int c = 1; c < columns; ++c) {
        if (c % 5 == 1) {
            w.setText(3, c, QStringLiteral("Gruppe %1 31.12.2013").arg(c / 5 + 1));
            w.merge(3, c, 1, 5);
        }
        w.setText(4, c, QStringLiteral("Merkmal %1 in %").arg(c));
    }
    for (int r = 0; r < rows; ++r) {
        w.setText(5 + r, 0, QStringLiteral("%1").arg(r + 1, 5, 10, QLatin1Char('0')));
        for (int c = 1; c < columns; ++c)
            w.setNumber(5 + r, c, std::round(rng.uniform() * 1000) / 10);
    }
    return w.save(path).isEmpty() ? path : QString();
}

} // namespace

void sheetBenchmark(Table &table, const QString &dir, int runs)
{
    const QString base = baseProject(dir);
    const std::vector<Area> areas = baseAreas(base);
    const QString wide = writeWideWorkbook(dir, 10000, 70);
    QStringList names;
    const Timing detect = measure(
        runs, [&] { names = TableSource::open(wide)->header(); }, false);
    table.add(QStringLiteral("10,000 x 70 sheet"),
              QStringLiteral("XLSX opened, header rows and data found (%1 columns)").arg(names.size()),
              detect, 1000);
    const QString xlsx = writeLongWorkbook(dir, areas, 100000);
    const QString target = dir + QStringLiteral("/import-target-xlsx.gpkg");
    ImportRun last;
    const Timing t = measure(
        runs, [&] { last = importOnce(base, target, xlsx, QStringLiteral("bench-xlsx")); }, false);
    const qint64 values = last.values;
    table.add(QStringLiteral("100,000 rows"),
              QStringLiteral("import of a long XLSX (read, match, write; %1 values)").arg(values), t,
              10000);
}

void importBenchmark(Table &table, const QString &dir, int runs)
{
    const QString size = QStringLiteral("1,000,000 rows");
    const QString base = baseProject(dir);
    const std::vector<Area> areas = baseAreas(base);
    const QString csv = writeCsv(dir, areas);
    const QString target = dir + QStringLiteral("/import-target.gpkg");
    ImportRun last;
    const Timing t = measure(
        runs, [&] { last = importOnce(base, target, csv, QStringLiteral("bench")); }, false);
    const double readMs = last.readMs, writeMs = last.writeMs;
    const qint64 values = last.values, rejected = last.rejected;
    table.add(size, QStringLiteral("import of a long CSV (read, match, write; one transaction)"), t,
              10000);
    table.addNote(size, QStringLiteral("  of which reading and matching / writing (last run)"),
                  formatMs(readMs) + QStringLiteral(" / ") + formatMs(writeMs)
                      + QStringLiteral(", %1 values, %2 rows rejected").arg(values).arg(rejected));
    table.addBytes(size, QStringLiteral("peak resident memory of the import"), peakResidentBytes(),
                   0);
}

} // namespace qw::bench

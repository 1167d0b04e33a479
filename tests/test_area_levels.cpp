// A second level of areas: parents by overlap or by key, and values of coarser areas
// aggregated from the areas inside (sums and recomputed rates, never averages).
#include "AreaLevelImport.h"
#include "ImportFixtures.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace qw;
using namespace qw::test;

namespace {

// Two blocks inside Innenstadt-West, naming their parent.
const char *const kBlocks = R"({"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[
{"type":"Feature","properties":{"id":"01-1","sr":"01"},"geometry":{"type":"Polygon","coordinates":[[[390000,5700000],[390500,5700000],[390500,5701000],[390000,5701000],[390000,5700000]]]}},
{"type":"Feature","properties":{"id":"01-2","sr":"%PARENT%"},"geometry":{"type":"Polygon","coordinates":[[[390500,5700000],[391000,5700000],[391000,5701000],[390500,5701000],[390500,5700000]]]}}
]})";

void addLevel(const QString &project, const QString &file, const AreaLevelImport::Options &o)
{
    auto store = ProjectStore::open(project);
    const LevelPlan plan =
        AreaLevelImport::plan(file, o, store->areas(), store->levels(), store->metadata().srsId);
    AreaLevelImport::commit(*store, plan);
}

} // namespace

class TestAreaLevels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void coarserLevelAggregatesCountsAndRecomputesRates()
    {
        // Given three Sozialräume with counts, a share and a mean
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("agg.gpkg"));
        {
            auto store = ProjectStore::open(project);
            Indicator count {QStringLiteral("kinder"), QStringLiteral("Kinder")};
            Indicator share {QStringLiteral("quote"), QStringLiteral("Quote")};
            share.kind = IndicatorKind::Share;
            share.unit = QStringLiteral("%");
            Indicator mean {QStringLiteral("alter"), QStringLiteral("Alter")};
            mean.kind = IndicatorKind::Mean;
            store->writeIndicators({count, share, mean});
            auto v = [](const char *area, const char *ind, std::optional<double> value,
                        std::optional<double> num = {}, std::optional<double> den = {},
                        ValueStatus status = ValueStatus::Ok) {
                IndicatorValue x;
                x.areaKey = QString::fromLatin1(area);
                x.indicatorKey = QString::fromLatin1(ind);
                x.period = QStringLiteral("2024");
                x.value = value;
                x.numerator = num;
                x.denominator = den;
                x.status = status;
                return x;
            };
            store->valueRepository().upsert({v("01", "kinder", 100), v("02", "kinder", 50),
                                             v("05", "kinder", {}, {}, {}, ValueStatus::Missing),
                                             v("01", "quote", 10, 10, 100),
                                             v("02", "quote", 50, 150, 300),
                                             v("05", "quote", {}, {}, {}, ValueStatus::Suppressed),
                                             v("01", "alter", 40), v("02", "alter", 30)});
        }
        // When districts are added from a layer whose borders do not match exactly
        const QString districts = m_dir.filePath(QStringLiteral("bezirke.geojson"));
        writeBytes(districts, kDistricts);
        addLevel(project, districts,
                 {{},
                  QStringLiteral("bez"),
                  QStringLiteral("name"),
                  QStringLiteral("Stadtbezirk"),
                  {},
                  false});
        // Then every Sozialraum has the district with the largest overlap as parent
        auto p = Project::open(project);
        QCOMPARE(p->levels().size(), std::size_t(2));
        QCOMPARE(p->finestLevel(), QStringLiteral("sozialraum"));
        QCOMPARE(p->levelKey(QStringLiteral("stadtbezirk")), QStringLiteral("stadtbezirk"));
        QCOMPARE(p->areas()[p->areaIndex("01")].parentKey, QStringLiteral("N"));
        QCOMPARE(p->areas()[p->areaIndex("02")].parentKey, QStringLiteral("N"));
        QCOMPARE(p->areas()[p->areaIndex("05")].parentKey, QStringLiteral("S"));
        const int n = p->areaIndex("N"), s = p->areaIndex("S");
        // Counts are summed; a district with a missing Sozialraum has no value
        const auto kinder = p->values(QStringLiteral("kinder"), QStringLiteral("2024"));
        QCOMPARE(kinder->values[n], 150.0);
        QVERIFY(std::isnan(kinder->values[s]));
        // Rates are (10 + 150) / (100 + 300) = 40 %, not the mean of 10 % and 50 % (30 %)
        // (as stored, before disclosure control: with three areas, N and the city would give
        // the suppressed 05 away, so nothing of quote is shown; see test_disclosure_control)
        const ValueSeries &quote = p->series(QStringLiteral("quote"), QStringLiteral("2024"));
        QCOMPARE(quote.value[n], 40.0);
        QCOMPARE(quote.status[s], ValueStatus::Suppressed);
        const auto shown = p->values(QStringLiteral("quote"), QStringLiteral("2024"));
        QVERIFY(shown->isComplementary(std::size_t(n)));
        QVERIFY(std::isnan(shown->values[n]));
        // Means cannot be aggregated honestly
        const auto alter = p->values(QStringLiteral("alter"), QStringLiteral("2024"));
        QVERIFY(std::isnan(alter->values[n]));
    }

    void finerLevelTakesItsParentFromAField()
    {
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("fine.gpkg"));
        const QString blocks = m_dir.filePath(QStringLiteral("blocks.geojson"));
        writeBytes(blocks, QByteArray(kBlocks).replace("%PARENT%", "01"));
        addLevel(project, blocks,
                 {{},
                  QStringLiteral("id"),
                  QStringLiteral("id"),
                  QStringLiteral("Block"),
                  QStringLiteral("sr"),
                  false});
        auto p = Project::open(project);
        QCOMPARE(p->finestLevel(), QStringLiteral("block"));
        QCOMPARE(p->areas()[p->areaIndex("01-2")].parentKey, QStringLiteral("01"));
        // A parent key that names no area is an error naming both
        const QString bad = m_dir.filePath(QStringLiteral("bad.geojson"));
        writeBytes(bad, QByteArray(kBlocks).replace("%PARENT%", "7").replace("01-", "07-"));
        const QString fresh = makeThreeAreaProject(m_dir.path(), QStringLiteral("fine2.gpkg"));
        try {
            addLevel(fresh, bad,
                     {{},
                      QStringLiteral("id"),
                      QStringLiteral("id"),
                      QStringLiteral("Block2"),
                      QStringLiteral("sr"),
                      false});
            QFAIL("an unknown parent was accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("07-2")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("\"7\"")));
        }
    }

    void berlinDistrictsFromPlanningAreasByDissolving()
    {
        const QString data = sharedDataDir();
        if (data.isEmpty())
            QSKIP("../shared/data is absent (a user's clone); CI runs this with the Berlin data");
        const QString shp = data + QStringLiteral("/berlin-lor-2021/lor_planungsraeume_2021.shp");
        const QString project = m_dir.filePath(QStringLiteral("berlin-levels.gpkg"));
        createProjectFromLayer(project, shp, {}, QStringLiteral("PLR_ID"),
                               QStringLiteral("PLR_NAME"), QStringLiteral("Planungsraum"));
        // When the 12 Bezirke are made by dissolving the Planungsräume by BEZ
        addLevel(project, shp, {{}, QStringLiteral("BEZ"), {}, QStringLiteral("Bezirk"), {}, true});
        auto p = Project::open(project);
        const auto bezirke = p->areasOfLevel(QStringLiteral("bezirk"));
        QCOMPARE(bezirke.size(), std::size_t(12));
        double total = 0;
        const std::vector<Area> exact = p->store().areas(); // from the file, as imports read
        for (int i : bezirke)
            total += exact[std::size_t(i)].geometry.area();
        // The coarser level's outlines are read on first use, in the level's order
        const AreaShapes &outlines = p->shapes(QStringLiteral("bezirk"));
        QCOMPARE(outlines.count(), int(bezirke.size()));
        for (std::size_t row = 0; row < bezirke.size(); ++row)
            QVERIFY(outlines.bounds(int(row))
                    == exact[std::size_t(bezirke[row])].geometry.bounds());
        QCOMPARE(&p->shapes(QStringLiteral("bezirk")), &outlines);
        QVERIFY(std::abs(total / 1e6 - 890.67) < 0.5); // km², as the SOURCE.txt says
        // Then each Planungsraum lies in the Bezirk its key starts with
        for (int i : p->areasOfLevel(QStringLiteral("planungsraum")))
            QCOMPARE(p->areas()[i].parentKey, p->areas()[i].key.left(2));
    }
};

QTEST_GUILESS_MAIN(TestAreaLevels)
#include "test_area_levels.moc"

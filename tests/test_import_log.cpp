// Writing imports: one transaction, re-import replaces, undo, remembered settings,
// schema migration, facilities, and the real Berlin open data.
#include "FacilityImport.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "ImportSession.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"
#include "TableImport.h"
#include "TableSource.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qw;
using namespace qw::test;

namespace {

// Every value row as text, in a stable order: two dumps are equal iff the values are.
QStringList dumpValues(const QString &project)
{
    // Read with a connection of its own, as another program would.
    SqliteDatabase file(project, SqliteDatabase::Mode::ReadOnly);
    auto st = file.prepare(QStringLiteral(
        "SELECT area_key, indicator_key, period, value, numerator, denominator, status, "
        "import_id FROM qw_values ORDER BY indicator_key, period, area_key"));
    QStringList rows;
    while (st.step()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells << (st.isNull(i) ? QStringLiteral("NULL") : st.text(i));
        rows << cells.join(QLatin1Char('|'));
    }
    auto ind = file.prepare(
        QStringLiteral("SELECT indicator_key FROM qw_indicators ORDER BY indicator_key"));
    while (ind.step())
        rows << QStringLiteral("indicator ") + ind.text(0);
    return rows;
}

} // namespace

class TestImportLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        writeBytes(path, bytes);
        return path;
    }

private Q_SLOTS:
    void reimportReplacesAndUndoRestores()
    {
        // Given a project with one import of the Jugendamt's Kita table
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("undo.gpkg"));
        const QString first = file("kita_2023.csv", "SR;Kita-Quote U3\n01;40,5\n02;30\n05;22\n");
        ImportSpec spec;
        spec.source = QStringLiteral("Jugendamt Kita");
        spec.department = QStringLiteral("Jugendamt");
        {
            auto store = ProjectStore::open(project);
            const ImportPlan plan = planFor(*store, first, spec);
            QVERIFY(ImportLog(*store).commit(plan) > 0);
        }
        const QStringList afterFirst = dumpValues(project);
        QCOMPARE(afterFirst.filter(QStringLiteral("kita_quote_u3|2023")).size(), 3);

        // When the corrected delivery of the same source is imported
        const QString second = file("kita_2023_korrigiert.csv", "SR;Kita-Quote U3\n01;41\n02;30\n");
        {
            auto store = ProjectStore::open(project);
            const auto remembered = ImportLog(*store).rememberedSpec(spec.source);
            QVERIFY(remembered);
            QCOMPARE(remembered->keyColumn, QStringLiteral("SR"));
            QCOMPARE(remembered->periodValue, QStringLiteral("2023"));
            ImportSpec again = *remembered;
            const ImportPlan plan = planFor(*store, second, again);
            QVERIFY(ImportLog(*store).commit(plan) > 0);
        }
        // Then its values replace the first ones, with no duplicates and no leftovers
        const QStringList afterSecond = dumpValues(project);
        QCOMPARE(afterSecond.filter(QStringLiteral("kita_quote_u3|2023")).size(), 2);
        QVERIFY(afterSecond.filter(QStringLiteral("01|kita_quote_u3|2023|41")).size() == 1);
        // And the log names both files with their SHA-256
        {
            auto store = ProjectStore::open(project);
            // (the first entry is the project's creation from its areas)
            const auto history = ImportLog(*store).history();
            QCOMPARE(history.size(), std::size_t(3));
            QCOMPARE(history[0].kind, QStringLiteral("areas"));
            QCOMPARE(history[2].fileName, QStringLiteral("kita_2023_korrigiert.csv"));
            QCOMPARE(history[2].sha256, ImportLog::sha256(second));
            QCOMPARE(history[2].sha256.size(), 64);
            QCOMPARE(history[2].rowsRead, qint64(2));
            QCOMPARE(history[2].department, QStringLiteral("Jugendamt"));
            // When the last import is undone, the first import's values are back exactly
            QVERIFY(ImportLog(*store).undoLast());
        }
        QCOMPARE(dumpValues(project), afterFirst);
        // And undoing the first import leaves the project without the indicator
        {
            auto store = ProjectStore::open(project);
            QVERIFY(ImportLog(*store).undoLast());
            QVERIFY(!ImportLog(*store).undoLast());
            QVERIFY(ImportLog(*store).history().back().undone);
        }
        QVERIFY(dumpValues(project).isEmpty());
    }

    void aSessionReadsTheProjectOnceAndWritesOnlyOnCommit()
    {
        // Given a project with one import, as the window's wizard starts a second one
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("session.gpkg"));
        const QString first = file("session_2023.csv", "SR;Kita-Quote U3\n01;40,5\n02;30\n05;22\n");
        ImportSpec spec;
        spec.source = QStringLiteral("Jugendamt Kita");
        {
            auto store = ProjectStore::open(project);
            QVERIFY(ImportLog(*store).commit(planFor(*store, first, spec)) > 0);
        }
        const QString second = file("session_2024.csv", "SR;Kita-Quote U3\n01;41\n02;31\n");
        // When a session is opened on it
        ImportSession session = ImportSession::open(project, second);
        // Then it holds the project's areas with their names, its indicators and sources
        QCOMPARE(session.areas.size(), std::size_t(3));
        QCOMPARE(session.areaNames.value(QStringLiteral("05")), QStringLiteral("Hafen"));
        QCOMPARE(session.indicators.size(), std::size_t(1));
        QCOMPARE(session.rememberedSources, QStringList {spec.source});
        QVERIFY(!session.rememberedSpec(QStringLiteral("Schulamt")));
        const auto remembered = session.rememberedSpec(spec.source);
        QVERIFY(remembered);
        QCOMPARE(remembered->keyColumn, QStringLiteral("SR"));
        // and its analysis reads the file but writes nothing
        ImportSpec again = *remembered;
        again.periodValue = QStringLiteral("2024");
        session.plan = session.analyse(again, {});
        QCOMPARE(session.plan.rowsMatched, qint64(2));
        const QStringList before = dumpValues(project);
        QCOMPARE(before.filter(QStringLiteral("|2024|")).size(), 0);
        // and a cancelled commit leaves the project as it was
        QCOMPARE(session.commit([](double) { return false; }), qint64(0));
        QCOMPARE(dumpValues(project), before);
        // and the commit writes the plan and keeps the import's id
        const qint64 id = session.commit({});
        QVERIFY(id > 0);
        QCOMPARE(session.importId, id);
        QCOMPARE(dumpValues(project).filter(QStringLiteral("|2024|")).size(), 2);
    }

    void overwrittenValuesOfOtherSourcesComeBackOnUndo()
    {
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("other.gpkg"));
        ImportSpec a;
        a.source = QStringLiteral("Statistikamt");
        ImportSpec b;
        b.source = QStringLiteral("Schulamt");
        {
            auto store = ProjectStore::open(project);
            ImportLog(*store).commit(
                planFor(*store, file("a_2022.csv", "SR;Einwohner\n01;100\n"), a));
        }
        const QStringList before = dumpValues(project);
        {
            auto store = ProjectStore::open(project);
            ImportLog(*store).commit(
                planFor(*store, file("b_2022.csv", "SR;Einwohner\n01;120\n"), b));
            QCOMPARE(store->valueRepository()
                         .values(QStringLiteral("einwohner"), QStringLiteral("2022"))
                         .at(0)
                         .value,
                     120.0);
            QVERIFY(ImportLog(*store).undoLast());
        }
        QCOMPARE(dumpValues(project), before);
    }

    void cancelledOrFailedImportLeavesTheProjectAsItWas()
    {
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("cancel.gpkg"));
        QByteArray big("SR;Jahr;Wert\n");
        for (int year = 1000; year < 9000; ++year)
            big += "01;" + QByteArray::number(year) + ";1\n";
        const QString path = file("big.csv", big);
        {
            auto store = ProjectStore::open(project);
            const ImportPlan plan = planFor(*store, path, {});
            QCOMPARE(plan.values.size(), std::size_t(8000));
            // When the user cancels half-way through writing
            int calls = 0;
            const qint64 id = ImportLog(*store).commit(plan, [&](double) { return ++calls < 2; });
            QCOMPARE(id, qint64(0));
            QCOMPARE(ImportLog(*store).history().size(), std::size_t(1)); // the creation only
        }
        // Then nothing of it is in the file
        QVERIFY(dumpValues(project).isEmpty());
        // And a cancel while reading reports it
        auto store = ProjectStore::open(project);
        auto source = TableSource::open(path);
        ImportSpec spec = TableImport::completeSpec(*source, {}, store->areas());
        const ImportPlan cancelled =
            TableImport::analyse(*source, spec, store->areas(), {}, [](double) { return false; });
        QVERIFY(cancelled.cancelled);
    }

    void migratesVersionOneProjects()
    {
        // Given a project written by schema version 1 (kept as test data)
        const QString path = m_dir.filePath(QStringLiteral("v1.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(QW_TEST_DATA_DIR "/project_schema_v1.gpkg"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // When it is opened
        auto store = ProjectStore::open(path);
        // Then it is the current version with its data intact and the new tables registered
        QCOMPARE(store->metadata().schemaVersion, ProjectSchema::kCurrentVersion);
        QCOMPARE(store->areas().size(), std::size_t(3));
        const auto values =
            store->valueRepository().values(QStringLiteral("kita_quote"), QStringLiteral("2023"));
        QCOMPARE(values.size(), std::size_t(2));
        QCOMPARE(*values[0].value, 40.0);
        QVERIFY(store->indicators().front().recipe.isEmpty());
        // (the file read on its own, as QGIS reads it, once the store let go of it)
        store.reset();
        {
            SqliteDatabase file(path, SqliteDatabase::Mode::ReadOnly);
            for (const QString &table : ProjectSchema::requiredTables())
                QVERIFY2(file.tableExists(table), qPrintable(table));
            auto st = file.prepare(QStringLiteral(
                "SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'qw_import%'"));
            QVERIFY(st.step());
            QCOMPARE(st.integer(0), std::int64_t(4));
            // and values of one indicator and period are read from the covering index alone
            auto plan = file.prepare(QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT period, area_key, value, numerator, denominator, status "
                "FROM qw_values WHERE indicator_key = 'kita_quote' AND period = '2023'"));
            QVERIFY(plan.step());
            QVERIFY2(plan.text(3).contains(QLatin1String("COVERING INDEX qw_values_read")),
                     qPrintable(plan.text(3)));
            // and the stored outlines are registered, with the triggers that clear them
            auto shapes = file.prepare(QStringLiteral(
                "SELECT (SELECT count(*) FROM gpkg_contents WHERE table_name = 'qw_area_shapes'), "
                "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'areas' AND name LIKE 'qw_area_shapes_%')"));
            QVERIFY(shapes.step());
            QCOMPARE(shapes.integer(0), std::int64_t(1));
            QCOMPARE(shapes.integer(1), std::int64_t(3));
            // and values carry no index by area alone any more (version 5)
            auto byArea =
                file.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                            "'index' AND name = 'qw_values_area'"));
            QVERIFY(byArea.step());
            QCOMPARE(byArea.integer(0), std::int64_t(0));
            // and its catalogue and values have the columns of derived indicators (version 6),
            // none of them derived
            auto derived =
                file.prepare(QStringLiteral("SELECT count(*), sum(derived) FROM qw_values"));
            QVERIFY(derived.step());
            QVERIFY(derived.integer(0) > 0);
            QCOMPARE(derived.integer(1), std::int64_t(0));
            // and its catalogue has the English unit and department (version 7), empty until
            // given, so the German ones are shown
            auto columns = file.prepare(
                QStringLiteral("SELECT count(*) FROM pragma_table_info('qw_indicators') "
                               "WHERE name IN ('unit_en', 'department_en')"));
            QVERIFY(columns.step());
            QCOMPARE(columns.integer(0), std::int64_t(2));
        }
        store = ProjectStore::open(path);
        std::vector<Indicator> catalogue = store->indicators();
        QVERIFY(!catalogue.empty());
        QVERIFY(catalogue.front().unitEn.isEmpty());
        QCOMPARE(catalogue.front().unitName(false), catalogue.front().unit);
        catalogue.front().unitEn = QStringLiteral("per 1,000");
        catalogue.front().departmentEn = QStringLiteral("Youth welfare office");
        store->writeIndicators({catalogue.front()});
        QCOMPARE(store->indicators().front().unitName(false), QStringLiteral("per 1,000"));
        QCOMPARE(store->indicators().front().departmentName(false),
                 QStringLiteral("Youth welfare office"));
        QCOMPARE(store->indicators().front().unitName(true), catalogue.front().unit);
        // And its old import can be undone like a new one
        QCOMPARE(ImportLog(*store).history().size(), std::size_t(1));
    }

    void firstOpenOfAMigratedProjectStoresItsOutlines()
    {
        // Given a project of schema version 1, which had no stored outlines
        const QString path = m_dir.filePath(QStringLiteral("v1-outlines.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(QW_TEST_DATA_DIR "/project_schema_v1.gpkg"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // When it is opened as the window opens it
        const auto project = Project::open(path);
        QCOMPARE(project->shapes(project->finestLevel()).count(), 3);
        // Then the outlines of its areas are stored for the next open
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
        auto stored = db.prepare(QStringLiteral("SELECT sum(area_count) FROM qw_area_shapes"));
        QVERIFY(stored.step());
        QCOMPARE(stored.integer(0), std::int64_t(3));
    }

    void swappedLonLatIsFoundAndTakenSwapped()
    {
        // Given a Kita list whose lat column holds the longitudes and lon the latitudes
        // (issue 19: all 902 Berlin schools were "outside every area")
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("swap.gpkg"));
        const QString path = file("vertauscht.csv",
                                  "Nr;Name;lat;lon\n"
                                  "K1;Kita Sonnenschein;7,42433;51,44509\n"
                                  "K2;Kita Hafen;7,43841;51,45427\n");
        auto store = ProjectStore::open(project);
        FacilitySpec spec;
        spec.path = path;
        spec.kind = FacilityKind::Kita;
        // When it is read, then both points are placed, and a note says they were swapped
        const FacilityPlan plan = FacilityImport::read(spec, store->areas(), 25832);
        QCOMPARE(plan.facilities.size(), std::size_t(2));
        QCOMPARE(plan.facilities[0].areaKey, QStringLiteral("01"));
        QVERIFY2(plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("swapped")),
                 qPrintable(plan.notes.join(QLatin1Char('\n'))));
        // Given one point right as given among them, then nothing is swapped
        const QString mixed = file("gemischt.csv",
                                   "Nr;Name;lat;lon\n"
                                   "K1;Kita Sonnenschein;51,44509;7,42433\n"
                                   "K2;Kita Hafen;7,43841;51,45427\n");
        spec.path = mixed;
        const FacilityPlan kept = FacilityImport::read(spec, store->areas(), 25832);
        QCOMPARE(kept.facilities.size(), std::size_t(1));
        QCOMPARE(kept.rejections.size(), std::size_t(1));
    }

    void importsFacilitiesFromATableWithLonLat()
    {
        // Given a Kita list with WGS84 coordinates (one outside the city, one duplicate)
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("fac.gpkg"));
        // EPSG:25832 (390500, 5700500) is 7.42433 E, 51.44509 N (gdaltransform).
        const QString path = file("kitas.csv",
                                  "Nr;Name;Art;lat;lon\n"
                                  "K1;Kita Sonnenschein;Kita;51,44509;7,42433\n"
                                  "K2;Kita Hafen;Kita;51,45427;7,43841\n"
                                  "K3;Kita Irgendwo;Kita;48,1;11,5\n"
                                  "K1;Doppelt;Kita;51,44509;7,42433\n");
        auto store = ProjectStore::open(project);
        FacilitySpec spec;
        spec.path = path;
        const FacilityPlan plan = FacilityImport::read(spec, store->areas(), 25832);
        // Then kind, CRS and fields are guessed and each point finds its area
        QCOMPARE(plan.spec.kind, std::optional(FacilityKind::Kita));
        QCOMPARE(plan.spec.keyField, QStringLiteral("Nr"));
        QCOMPARE(plan.spec.sourceEpsg, 4326);
        QCOMPARE(plan.facilities.size(), std::size_t(2));
        QCOMPARE(plan.facilities[0].areaKey, QStringLiteral("01"));
        QCOMPARE(plan.facilities[1].areaKey, QStringLiteral("05"));
        QCOMPARE(plan.rejections.size(), std::size_t(2));
        QVERIFY(plan.rejections[0].reason.contains(QStringLiteral("outside")));
        QVERIFY(plan.rejections[1].reason.contains(QStringLiteral("line 2")));
        // When written and undone
        QVERIFY(FacilityImport::commit(*store, plan) > 0);
        QCOMPARE(store->facilities().size(), std::size_t(2));
        QVERIFY(ImportLog(*store).undoLast());
        QCOMPARE(store->facilities().size(), std::size_t(0));
    }

    void berlinOpenDataImportsAsANewUserWould()
    {
        const QString data = sharedDataDir();
        if (data.isEmpty())
            QSKIP("../shared/data is absent (a user's clone); CI runs this with the Berlin data");
        const QString lor = data + QStringLiteral("/berlin-lor-2021/");
        const QString project = m_dir.filePath(QStringLiteral("berlin.gpkg"));
        createProjectFromLayer(project, lor + QStringLiteral("lor_planungsraeume_2021.shp"), {},
                               QStringLiteral("PLR_ID"), QStringLiteral("PLR_NAME"),
                               QStringLiteral("Planungsraum"));
        auto store = ProjectStore::open(project);
        // Every MSS and population file matches 542 of 542 areas, with nothing rejected
        for (const char *name : {"mss_2021_indizes.csv", "mss_2021_index_indikatoren.csv",
                                 "mss_2021_kontext_indikatoren.csv",
                                 "berlin-lor-population-2024-02-t1-planning-areas.csv",
                                 "berlin-lor-population-2024-02-t2-planning-areas.csv"}) {
            ImportSpec spec;
            spec.source = QString::fromLatin1(name);
            if (QByteArray(name).contains("t2"))
                spec.rates.push_back({QStringLiteral("Anteil unter 6 Jahren"),
                                      QStringLiteral("inhabitants_age_below_6"),
                                      QStringLiteral("inhabitants")});
            const ImportPlan plan = planFor(*store, lor + QString::fromLatin1(name), spec);
            QCOMPARE(plan.rowsRead, qint64(542));
            QCOMPARE(plan.rowsMatched, qint64(542));
            QCOMPARE(plan.rowsRejected, qint64(0));
            QVERIFY2(plan.rejections.empty(), qPrintable(ImportLog::reportText(plan, 5)));
            QVERIFY(plan.areasWithoutValue.isEmpty());
            QVERIFY(ImportLog(*store).commit(plan) > 0);
        }
        // The -9999 sentinels are missing values, never numbers
        const auto s4 =
            store->valueRepository().values(QStringLiteral("s4"), QStringLiteral("202012"));
        QCOMPARE(s4.size(), std::size_t(542));
        int missing = 0;
        for (const auto &v : s4) {
            if (v.status == ValueStatus::Missing) {
                ++missing;
                QVERIFY(!v.value);
            } else {
                QVERIFY(*v.value >= 0);
            }
        }
        QCOMPARE(missing, 6);
        // The share of under-6s is computed from the counts; the two empty areas have none
        const auto share = store->valueRepository().values(QStringLiteral("anteil_unter_6_jahren"),
                                                           QStringLiteral("2024"));
        int without = 0;
        double children = 0, inhabitants = 0;
        for (const auto &v : share) {
            without += !v.value;
            children += v.numerator.value_or(0);
            inhabitants += v.denominator.value_or(0);
        }
        QCOMPARE(without, 2);
        QCOMPARE(children, 208938.0);
        QCOMPARE(inhabitants, 3897145.0);
        // Keys stay text with their leading zero
        QCOMPARE(share.front().areaKey.size(), 8);
        QVERIFY(share.front().areaKey.startsWith(u'0'));

        // Schools and Kitas land in their Planungsraum by point-in-polygon
        const QString points = data + QStringLiteral("/berlin-schools-kitas/");
        for (const auto &[name, count] : {std::pair {"schulen.geojson", 902},
                                          std::pair {"kindertagesstaetten.geojson", 2880}}) {
            FacilitySpec spec;
            spec.path = points + QString::fromLatin1(name);
            const FacilityPlan plan = FacilityImport::read(spec, store->areas(), 25833);
            QCOMPARE(int(plan.facilities.size()), count);
            QVERIFY(plan.rejections.empty());
            QVERIFY(FacilityImport::commit(*store, plan) > 0);
        }
        const auto facilities = store->facilities();
        QCOMPARE(facilities.size(), std::size_t(902 + 2880));
        for (const auto &f : facilities)
            QVERIFY(!f.areaKey.isEmpty());
        // And the project opens with the imported indicators
        store.reset();
        auto opened = Project::open(project);
        QVERIFY(opened->indicator(QStringLiteral("anteil_unter_6_jahren")));
    }
};

QTEST_GUILESS_MAIN(TestImportLog)
#include "test_import_log.moc"

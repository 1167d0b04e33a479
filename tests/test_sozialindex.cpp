// Composite indices in a project (models/index/IndexIndicators): defined with their parts
// and class names, computed over the areas kept, recomputed after an import and its undo,
// refused with a clear message for bad input, and checked against Berlin's published
// Monitoring Soziale Stadtentwicklung 2021 (status and dynamics classes of 536 areas).
// The small figures are worked out beside them (z-scores with the population standard
// deviation, as CompositeIndex computes them; checked with Python's statistics.pstdev).
#include "AreaTableModel.h"
#include "ComparisonModel.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "IndexContributions.h"
#include "IndexIndicators.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>

using namespace qw;
using namespace qw::test;

namespace {

// Every catalogue entry, label and value, to show that a refused index writes nothing.
QStringList dump(const QString &project)
{
    auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
    QStringList rows;
    for (const Indicator &i : store->indicators()) {
        rows << i.key + QLatin1Char('=') + i.recipe + QString::number(i.valueLabels.size());
        for (const QString &p : store->valueRepository().periods(i.key))
            for (const IndicatorValue &v : store->valueRepository().values(i.key, p))
                rows << QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(v.areaKey, i.key, p, toCode(v.status))
                            .arg(v.value.value_or(-1));
    }
    return rows;
}

IndexRecipe recipe(const char *text)
{
    QString error;
    const auto r = IndexRecipe::parse(QString::fromUtf8(text), &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

bool close(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestSozialindex : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        writeBytes(path, bytes);
        return path;
    }

    void import(const char *name, const QByteArray &bytes, const QString &source)
    {
        auto store = ProjectStore::open(m_project);
        ImportSpec spec;
        spec.source = source;
        if (const auto remembered = ImportLog(*store).rememberedSpec(source))
            spec = *remembered;
        QVERIFY(ImportLog(*store).commit(planFor(*store, file(name, bytes), spec)) > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Given three Sozialräume ("02" with 250 inhabitants only) and the social report's
        // figures for 2022 and 2024; "gleich" is the same everywhere
        m_project = makeThreeAreaProject(m_dir.path(), QStringLiteral("index.gpkg"));
        import(
            "sozial_2022.csv",
            "SR;EW;Arbeitslose;Kinderarmut;Gleich\n01;1000;5;20;7\n02;250;8;30;7\n05;2000;2;10;7\n",
            QStringLiteral("Sozialbericht 2022"));
        import(
            "sozial_2024.csv",
            "SR;EW;Arbeitslose;Kinderarmut;Gleich\n01;1000;6;22;7\n02;250;8;26;7\n05;2000;2;10;7\n",
            QStringLiteral("Sozialbericht 2024"));
        auto store = ProjectStore::open(m_project);
        QCOMPARE(store->valueRepository().periods(QStringLiteral("kinderarmut")),
                 (QStringList {"2022", "2024"}));
    }

    void anIndexIsComputedAndStoredWithItsClasses()
    {
        // When the planner defines an index of unemployment and child poverty for 2022
        QString error;
        {
            auto store = ProjectStore::open(m_project);
            const auto defined = IndexIndicators(*store).define(
                QStringLiteral("si"), QStringLiteral("Sozialindex"), QStringLiteral("Social index"),
                recipe("index(+arbeitslose, +kinderarmut; period=2022)"), &error);
            QVERIFY2(defined, qPrintable(error));
            QCOMPARE(defined->kept, 3);
            QCOMPARE(defined->indicators.size(), std::size_t(2));
        }
        auto p = Project::open(m_project);
        // Then arbeitslose 5, 8, 2 (mean 5, sd sqrt(6)) and kinderarmut 20, 30, 10 (mean
        // 20, sd sqrt(200/3)) both give z = 0, 1.2247, -1.2247; so does their mean,
        // standardised again
        const auto si = p->values(QStringLiteral("si"), QStringLiteral("2022"));
        QVERIFY(close(si->values[p->areaIndex("01")], 0.0));
        QVERIFY(close(si->values[p->areaIndex("02")], 1.2247448714));
        QVERIFY(close(si->values[p->areaIndex("05")], -1.2247448714));
        // and the classes count from the lowest value up: 05 hoch, 01 mittel, 02 niedrig
        const auto cls = p->values(QStringLiteral("si_class"), QStringLiteral("2022"));
        QCOMPARE(cls->values[p->areaIndex("05")], 1.0);
        QCOMPARE(cls->values[p->areaIndex("01")], 2.0);
        QCOMPARE(cls->values[p->areaIndex("02")], 3.0);
        // The catalogue keeps the recipe, its parts, and the class names in both languages
        const Indicator *index = p->indicator(QStringLiteral("si"));
        QVERIFY(index);
        QCOMPARE(index->recipe,
                 QStringLiteral("index(+arbeitslose, +kinderarmut; weights=1,1; period=2022; "
                                "standardise=z; restandardise=yes; classes=sd:-1,1,1.5)"));
        QCOMPARE(index->polarity, Polarity::HigherIsWorse);
        const Indicator *c = p->indicator(QStringLiteral("si_class"));
        QVERIFY(c);
        QCOMPARE(c->recipe, QStringLiteral("index_class(si)"));
        QCOMPARE(c->nameDe, QStringLiteral("Sozialindex – Klasse"));
        QCOMPARE(c->valueLabels.size(), std::size_t(4));
        QCOMPARE(c->label(3)->name(true), QStringLiteral("niedrig"));
        QCOMPARE(c->label(4)->name(false), QStringLiteral("very low"));
        QVERIFY(!c->label(5));
        QVERIFY(c->description.contains(QStringLiteral("z-scores")));
        // The values are marked derived for QGIS users
        SqliteDatabase file(p->store().path(), SqliteDatabase::Mode::ReadOnly);
        auto st = file.prepare(QStringLiteral(
            "SELECT count(*), min(derived) FROM qw_values WHERE indicator_key = 'si_class'"));
        QVERIFY(st.step());
        QCOMPARE(st.integer(0), std::int64_t(3));
        QCOMPARE(st.integer(1), std::int64_t(1));
    }

    void areasUnderThePopulationThresholdAreNotComputed()
    {
        // When areas under 300 inhabitants are left out (every period)
        QString error;
        {
            auto store = ProjectStore::open(m_project);
            const auto defined = IndexIndicators(*store).define(
                QStringLiteral("si300"), QStringLiteral("Sozialindex ab 300 EW"), {},
                recipe("index(+arbeitslose, +kinderarmut; exclude=ew<300)"), &error);
            QVERIFY2(defined, qPrintable(error));
            QCOMPARE(defined->periods, (QStringList {"2022", "2024"}));
            QCOMPARE(defined->kept, 2);
            QCOMPARE(defined->excluded, 1);
        }
        auto p = Project::open(m_project);
        for (const QString period : {"2022", "2024"}) {
            const auto v = p->values(QStringLiteral("si300_class"), period);
            // Then 02 (250) is "not computed", which is no missing value
            QCOMPARE(v->status[p->areaIndex("02")], ValueStatus::NotComputed);
            QVERIFY(std::isnan(v->values[p->areaIndex("02")]));
            // and the two others are standardised between themselves: z = +1 and -1,
            // both "mittel", since a value on a threshold leans to the middle
            const auto index = p->values(QStringLiteral("si300"), period);
            QVERIFY(close(index->values[p->areaIndex("01")], 1.0));
            QVERIFY(close(index->values[p->areaIndex("05")], -1.0));
            QCOMPARE(v->values[p->areaIndex("01")], 2.0);
            QCOMPARE(v->values[p->areaIndex("05")], 2.0);
        }
        // And the catalogue says why, in both languages
        const Indicator *c = p->indicator(QStringLiteral("si300_class"));
        QCOMPARE(c->notComputedText(true), QStringLiteral("nicht berechnet (unter 300 EW)"));
        QCOMPARE(c->notComputedText(false), QStringLiteral("not computed (under 300 inhabitants)"));
        // and the contributions of 02 say the same, not that it is missing from the index
        IndexContributions contributions;
        QVERIFY(!contributions.compute(*p, QStringLiteral("si300"), QStringLiteral("2024"),
                                       QStringLiteral("02"), true, &error));
        QCOMPARE(error, QStringLiteral("nicht berechnet (unter 300 EW)"));
    }

    void tablesShowClassNamesAndWhyAnAreaIsLeftOut()
    {
        // Given the index with areas under 300 inhabitants left out, in a German table
        auto p = Project::open(m_project);
        AreaTableModel table;
        QAbstractItemModelTester tester(&table);
        table.setLocale(QLocale(QLocale::German));
        table.setAreas(p, p->finestLevel());
        table.setValues(*p->indicator(QStringLiteral("si300_class")),
                        p->values(QStringLiteral("si300_class"), QStringLiteral("2022")));
        const auto cell = [&](const char *key, int role) {
            const int row = table.rowOfProjectIndex(p->areaIndex(QString::fromLatin1(key)));
            return table.index(row, AreaTableModel::ValueColumn).data(role).toString();
        };
        // Then a class reads as its name, and the left-out area says why, not "–"
        QCOMPARE(cell("01", Qt::DisplayRole), QStringLiteral("mittel"));
        QCOMPARE(cell("02", Qt::DisplayRole), QStringLiteral("nicht berechnet (unter 300 EW)"));
        QCOMPARE(cell("02", Qt::ToolTipRole), QStringLiteral("nicht berechnet (unter 300 EW)"));
        // And the comparison (and so the profile) shows the same
        ComparisonModel comparison;
        QAbstractItemModelTester comparisonTester(&comparison);
        comparison.setComparison(p, p->finestLevel(), {QStringLiteral("01"), QStringLiteral("02")},
                                 QStringLiteral("2022"), false, QLocale(QLocale::English));
        bool seen = false;
        for (int d = 0; d < comparison.rowCount(); ++d) {
            const QModelIndex dept = comparison.index(d, 0);
            for (int r = 0; r < comparison.rowCount(dept); ++r) {
                const QModelIndex row = comparison.index(r, 0, dept);
                if (row.data(ComparisonModel::IndicatorKeyRole).toString() != "si300_class")
                    continue;
                seen = true;
                QCOMPARE(row.siblingAtColumn(ComparisonModel::FirstAreaColumn).data().toString(),
                         QStringLiteral("medium"));
                QCOMPARE(
                    row.siblingAtColumn(ComparisonModel::FirstAreaColumn + 1).data().toString(),
                    QStringLiteral("not computed (under 300 inhabitants)"));
            }
        }
        QVERIFY(seen);
    }

    void dynamicsAndTheMatrixGroup()
    {
        // When the index has dynamics over the two-year change of its inputs
        QString error;
        {
            auto store = ProjectStore::open(m_project);
            const auto defined = IndexIndicators(*store).define(
                QStringLiteral("sd"), QStringLiteral("Status und Dynamik"), {},
                recipe("index(+arbeitslose, +kinderarmut; dynamics=change:2)"), &error);
            QVERIFY2(defined, qPrintable(error));
            QCOMPARE(defined->indicators.size(), std::size_t(5));
        }
        auto p = Project::open(m_project);
        // Then 2024's status: arbeitslose 6, 8, 2 and kinderarmut 22, 26, 10 give
        // 0.3301, 1.0259, -1.3560: mittel, niedrig, hoch
        const auto status = p->values(QStringLiteral("sd"), QStringLiteral("2024"));
        QVERIFY(close(status->values[p->areaIndex("01")], 0.3300876986));
        QVERIFY(close(status->values[p->areaIndex("02")], 1.0258724296));
        QVERIFY(close(status->values[p->areaIndex("05")], -1.3559601282));
        // and the changes 1, 0, 0 and 2, -4, 0 give dynamics 1.3251, -1.0904, -0.2347:
        // negativ (3), positiv (1), stabil (2)
        const auto dyn = p->values(QStringLiteral("sd_dynamics"), QStringLiteral("2024"));
        QVERIFY(close(dyn->values[p->areaIndex("01")], 1.3251146916));
        QVERIFY(close(dyn->values[p->areaIndex("02")], -1.0904046205));
        QVERIFY(close(dyn->values[p->areaIndex("05")], -0.2347100711));
        const auto dynClass =
            p->values(QStringLiteral("sd_dynamics_class"), QStringLiteral("2024"));
        QCOMPARE(dynClass->values[p->areaIndex("01")], 3.0);
        QCOMPARE(dynClass->values[p->areaIndex("02")], 1.0);
        QCOMPARE(dynClass->values[p->areaIndex("05")], 2.0);
        // and the group is status and dynamics class as two digits, named as the matrix
        const auto group = p->values(QStringLiteral("sd_group"), QStringLiteral("2024"));
        QCOMPARE(group->values[p->areaIndex("01")], 23.0);
        QCOMPARE(group->values[p->areaIndex("02")], 31.0);
        QCOMPARE(group->values[p->areaIndex("05")], 12.0);
        const Indicator *g = p->indicator(QStringLiteral("sd_group"));
        QCOMPARE(g->valueLabels.size(), std::size_t(12));
        QCOMPARE(g->label(23)->name(true), QStringLiteral("Status mittel, Dynamik negativ"));
        QCOMPARE(g->label(31)->name(false), QStringLiteral("status low, dynamics positive"));
        // 2022 has a status but no dynamics: nothing two years earlier
        QCOMPARE(p->periods(QStringLiteral("sd")), (QStringList {"2022", "2024"}));
        QCOMPARE(p->periods(QStringLiteral("sd_group")), (QStringList {"2024"}));
    }

    void anImportAndItsUndoRecomputeTheIndex()
    {
        // When a corrected 2024 delivery puts 05's child poverty at 30
        import(
            "sozial_2024_korr.csv",
            "SR;EW;Arbeitslose;Kinderarmut;Gleich\n01;1000;6;22;7\n02;250;8;26;7\n05;2000;2;30;7\n",
            QStringLiteral("Sozialbericht 2024"));
        // Then the status follows: -1.1521, 1.2863, -0.1342: 01 hoch, 02 niedrig, 05 mittel
        {
            auto p = Project::open(m_project);
            const auto v = p->values(QStringLiteral("sd"), QStringLiteral("2024"));
            QVERIFY(close(v->values[p->areaIndex("01")], -1.1520967127));
            QVERIFY(close(v->values[p->areaIndex("05")], -0.1342367086));
            const auto c = p->values(QStringLiteral("sd_class"), QStringLiteral("2024"));
            QCOMPARE(c->values[p->areaIndex("01")], 1.0);
            QCOMPARE(c->values[p->areaIndex("05")], 2.0);
        }
        // And when the import is undone, it is as before
        {
            auto store = ProjectStore::open(m_project);
            QVERIFY(ImportLog(*store).undoLast());
            QVERIFY(ImportLog(*store).derivedProblems().isEmpty());
        }
        auto p = Project::open(m_project);
        const auto v = p->values(QStringLiteral("sd"), QStringLiteral("2024"));
        QVERIFY(close(v->values[p->areaIndex("01")], 0.3300876986));
        QCOMPARE(p->values(QStringLiteral("sd_class"), QStringLiteral("2024"))
                     ->values[p->areaIndex("05")],
                 1.0);
    }

    void badInputGetsAClearMessageAndWritesNothing()
    {
        const QStringList before = dump(m_project);
        const std::pair<const char *, const char *> cases[] = {
            // an indicator without values in the period
            {"index(+arbeitslose, +kinderarmut; period=2023)", "no values in 2023"},
            // every area excluded
            {"index(+arbeitslose, +kinderarmut; exclude=ew<5000)", "nothing to compute"},
            // a zero standard deviation, naming the indicator
            {"index(+arbeitslose, +gleich; period=2022)", "gleich"},
            // weights summing to zero
            {"index(+arbeitslose, +kinderarmut; weights=0,0)", "sum to zero"},
            // an unknown indicator
            {"index(+arbeitslose, +gibtsnicht)", "gibtsnicht"},
            // no direction: imported indicators are neutral until the planner says
            {"index(arbeitslose, kinderarmut)", "+arbeitslose"},
            // no dynamics: nothing three years earlier
            {"index(+arbeitslose, +kinderarmut; dynamics=change:3)", "3 year"},
        };
        auto store = ProjectStore::open(m_project);
        for (const auto &[text, expected] : cases) {
            QString error;
            QVERIFY2(!IndexIndicators(*store).define(QStringLiteral("neu"), QStringLiteral("Neu"),
                                                     {}, recipe(text), &error),
                     text);
            QVERIFY2(error.contains(QString::fromUtf8(expected)), qPrintable(error));
        }
        // a key that is already in the catalogue (the index's or its class's)
        for (const char *key : {"arbeitslose", "si", "si_class"}) {
            QString error;
            QVERIFY(!IndexIndicators(*store).define(QString::fromLatin1(key), QStringLiteral("X"),
                                                    {}, recipe("index(+arbeitslose)"), &error));
            QVERIFY2(error.contains(QStringLiteral("already in the catalogue")), qPrintable(error));
        }
        store.reset();
        QCOMPARE(dump(m_project), before);
    }

    void aRuleThatLeavesOnlyAreasWithoutInputsSaysSo()
    {
        // Given a 2019 report where only 05 lacks a population figure, and 05 also lacks
        // child poverty; 01 and 02 have fewer than 5000 inhabitants
        import("sozial_2019.csv",
               "SR;EW;Arbeitslose;Kinderarmut\n01;1000;5;20\n02;250;8;30\n05;;2;\n",
               QStringLiteral("Sozialbericht 2019"));
        auto store = ProjectStore::open(m_project);
        // When the rule "under 5000" leaves out 01 and 02 (05 has no figure, so the rule
        // does not count it), nothing is left
        QString error;
        QVERIFY(!IndexIndicators(*store).define(
            QStringLiteral("neu"), QStringLiteral("Neu"), {},
            recipe("index(+arbeitslose, +kinderarmut; period=2019; exclude=ew<5000)"), &error));
        // Then the message names the rule that left them out, not only missing values
        QVERIFY2(error.contains(QStringLiteral("have fewer than 5,000 inhabitants")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("lack a value")), qPrintable(error));
    }

    void removingAnIndexRemovesItsParts()
    {
        auto store = ProjectStore::open(m_project);
        QString error;
        QVERIFY(!IndexIndicators(*store).remove(QStringLiteral("arbeitslose"), &error));
        QVERIFY2(IndexIndicators(*store).remove(QStringLiteral("sd"), &error), qPrintable(error));
        for (const Indicator &i : store->indicators())
            QVERIFY2(!i.key.startsWith(QLatin1String("sd")), qPrintable(i.key));
        QCOMPARE(store->valueRepository().count(QStringLiteral("sd_group")), std::int64_t(0));
        SqliteDatabase file(store->path(), SqliteDatabase::Mode::ReadOnly);
        auto st = file.prepare(
            QStringLiteral("SELECT count(*) FROM qw_value_labels WHERE indicator_key LIKE 'sd%'"));
        QVERIFY(st.step());
        QCOMPARE(st.integer(0), std::int64_t(0));
    }

    void aVersionSevenProjectGetsTheLabelsTable()
    {
        // Given a project as schema version 7 wrote it (no labels table)
        const QString path = makeThreeAreaProject(m_dir.path(), QStringLiteral("v7.gpkg"));
        {
            SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
            // (the tables of the later steps too, which the migration adds again)
            db.exec(QStringLiteral(
                "DROP TABLE qw_value_labels; DROP TABLE qw_allocations; DROP TABLE "
                "qw_allocation_amounts; DELETE FROM gpkg_contents WHERE table_name IN "
                "('qw_value_labels', 'qw_allocations', 'qw_allocation_amounts'); UPDATE "
                "qw_project SET value = '7' WHERE key = 'schema_version'"));
        }
        // When it is opened, it is migrated to the current version with the table registered
        QCOMPARE(ProjectStore::open(path)->metadata().schemaVersion,
                 ProjectSchema::kCurrentVersion);
        {
            SqliteDatabase file(path, SqliteDatabase::Mode::ReadOnly);
            QVERIFY(file.tableExists(ProjectSchema::kValueLabels));
            auto st = file.prepare(QStringLiteral(
                "SELECT count(*) FROM gpkg_contents WHERE table_name = 'qw_value_labels'"));
            QVERIFY(st.step());
            QCOMPARE(st.integer(0), std::int64_t(1));
        }
        auto store = ProjectStore::open(path);
        // and labels written to it read back with the catalogue
        Indicator i;
        i.key = QStringLiteral("klasse");
        i.nameDe = QStringLiteral("Klasse");
        i.valueLabels = {{1, QStringLiteral("eins"), QStringLiteral("one")},
                         {2, QStringLiteral("zwei"), {}}};
        i.notComputedDe = QStringLiteral("nicht berechnet (unter 50 EW)");
        store->catalogue().write({i});
        store->catalogue().writeLabels(i);
        const Indicator back = store->indicators().back();
        QCOMPARE(back.valueLabels, i.valueLabels);
        QCOMPARE(back.label(2)->name(false), QStringLiteral("zwei"));
        QCOMPARE(back.notComputedText(true), i.notComputedDe);
    }

    void berlinStatusAndDynamicsClassesAreTheOfficialOnes()
    {
        const QString data = sharedDataDir();
        if (data.isEmpty())
            QSKIP("../shared/data is absent (set QW_SHARED_DATA_DIR): the Berlin MSS 2021 check "
                  "is skipped");
        // Given a project made from Berlin's 542 Planungsräume, with the MSS 2021 index
        // indicators and the published indices imported as a planner would
        const QString lor = data + QStringLiteral("/berlin-lor-2021/");
        const QString project = m_dir.filePath(QStringLiteral("berlin.gpkg"));
        createProjectFromLayer(project, lor + QStringLiteral("lor_planungsraeume_2021.shp"), {},
                               QStringLiteral("PLR_ID"), QStringLiteral("PLR_NAME"),
                               QStringLiteral("Planungsraum"));
        auto store = ProjectStore::open(project);
        for (const char *name : {"mss_2021_index_indikatoren.csv", "mss_2021_indizes.csv"}) {
            ImportSpec spec;
            spec.source = QString::fromLatin1(name);
            QVERIFY(ImportLog(*store).commit(planFor(*store, lor + QString::fromLatin1(name), spec))
                    > 0);
        }
        // When the index is built as MSS does: S1, S3, S4 at equal weights, z-scores over
        // the areas of at least 300 inhabitants with values, standardised again, classes
        // at -1, 1, 1.5; the dynamics from the published two-year changes D1, D3, D4
        QString error;
        const auto defined = IndexIndicators(*store).define(
            QStringLiteral("mss"), QStringLiteral("MSS 2021"), {},
            recipe("index(+s1, +s3, +s4; exclude=ew<300; dynamics=+d1,+d3,+d4)"), &error);
        QVERIFY2(defined, qPrintable(error));
        // Then 536 areas are in it and four are under 300 inhabitants (38, 110, 21 and 0;
        // Pankower Tor has no population figure and no values, 10100205 no values)
        QCOMPARE(defined->kept, 536);
        QCOMPARE(defined->excluded, 4);
        store.reset();
        auto p = Project::open(project);
        const QString period = QStringLiteral("202012");
        const auto status = p->values(QStringLiteral("mss_class"), period);
        const auto dynamics = p->values(QStringLiteral("mss_dynamics_class"), period);
        const auto group = p->values(QStringLiteral("mss_group"), period);
        const auto si = p->values(QStringLiteral("si_n"), period);
        const auto di = p->values(QStringLiteral("di_n"), period);
        const auto sdi = p->values(QStringLiteral("sdi_n"), period);
        int valid = 0, sameStatus = 0, sameDynamics = 0, sameGroup = 0, notComputed = 0;
        std::array<int, 5> perClass {};
        for (int i : p->areasOfLevel(p->finestLevel())) {
            notComputed += status->status[i] == ValueStatus::NotComputed;
            if (std::isnan(si->values[i]))
                continue; // "Planungsraum ohne Zuordnung" (-9999)
            ++valid;
            const int s = int(status->values[i]);
            const int d = int(dynamics->values[i]);
            perClass[std::size_t(std::clamp(s, 0, 4))]++;
            sameStatus += s == int(si->values[i]);
            // Berlin numbers its dynamics classes 1, 3, 5 (positiv, stabil, negativ); ours
            // count 1, 2, 3 from the lowest value up, as every class of an index does
            sameDynamics += 2 * d - 1 == int(di->values[i]);
            const int g = int(group->values[i]);
            sameGroup += (g / 10) * 10 + 2 * (g % 10) - 1 == int(sdi->values[i]);
        }
        QCOMPARE(valid, 536);
        QCOMPARE(sameStatus, 536);
        QCOMPARE(sameDynamics, 536);
        QCOMPARE(sameGroup, 536);
        QCOMPARE(notComputed, 4);
        // MSS 2021: 75 hoch, 366 mittel, 46 niedrig, 49 sehr niedrig
        QCOMPARE(perClass, (std::array<int, 5> {0, 75, 366, 46, 49}));
    }
};

QTEST_GUILESS_MAIN(TestSozialindex)
#include "test_sozialindex.moc"

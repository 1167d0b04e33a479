// Derived indicators in a project (models/derived/DerivedIndicators): defined with the
// catalogue, computed for every level, stored as derived values, and recomputed whenever
// an import or its undo changes their inputs. Figures are worked out by hand beside them.
#include "AreaLevelImport.h"
#include "DerivedIndicators.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "Project.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "TableImport.h"
#include "TableSource.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace qw;
using namespace qw::test;

namespace {

// Every row of the values table, to show that a refused recipe writes nothing.
QStringList dump(const QString &project)
{
    auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
    QStringList rows;
    for (const Indicator &i : store->indicators()) {
        rows << i.key + QLatin1Char('=') + i.recipe;
        for (const QString &p : store->valueRepository().periods(i.key))
            for (const IndicatorValue &v : store->valueRepository().values(i.key, p))
                rows << QStringLiteral("%1|%2|%3|%4")
                            .arg(v.areaKey, i.key, p)
                            .arg(v.value.value_or(-1));
    }
    return rows;
}

Recipe recipe(const char *text)
{
    QString error;
    const auto r = Recipe::parse(QString::fromUtf8(text), &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

} // namespace

class TestDerivedProject : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        // Given three Sozialräume in two Stadtbezirke, and the Jugendamt's counts of
        // children and poor children for 2022 and 2024 (imported, as a city would)
        m_project = makeThreeAreaProject(m_dir.path(), QStringLiteral("derived.gpkg"));
        const QString districts = m_dir.filePath(QStringLiteral("bezirke.geojson"));
        writeBytes(districts, kDistricts);
        {
            auto store = ProjectStore::open(m_project);
            const LevelPlan plan =
                AreaLevelImport::plan(districts,
                                      {{},
                                       QStringLiteral("bez"),
                                       QStringLiteral("name"),
                                       QStringLiteral("Stadtbezirk"),
                                       {},
                                       false},
                                      store->areas(), store->levels(), store->metadata().srsId);
            AreaLevelImport::commit(*store, plan);
            ImportSpec spec;
            spec.source = QStringLiteral("Jugendamt 2022");
            ImportLog(*store).commit(planFor(
                *store,
                file("kinder_2022.csv", "SR;Kinder;Arme Kinder\n01;40;10\n02;60;12\n05;50;4\n"),
                spec));
            spec.source = QStringLiteral("Jugendamt 2024");
            ImportLog(*store).commit(planFor(
                *store,
                file("kinder_2024.csv", "SR;Kinder;Arme Kinder\n01;40;12\n02;80;12\n05;0;0\n"),
                spec));
            QVERIFY(store->indicators().size() == 2);
            QCOMPARE(store->indicators()[0].key, QStringLiteral("kinder"));
            QCOMPARE(store->indicators()[1].key, QStringLiteral("arme_kinder"));
        }
    }

    void aRateIsComputedForEveryLevel()
    {
        // When the planner defines the child poverty rate
        QString error;
        {
            auto store = ProjectStore::open(m_project);
            const int written = DerivedIndicators(*store).define(
                QStringLiteral("quote"), QStringLiteral("Kinderarmut"),
                QStringLiteral("Child poverty"), recipe("rate(arme_kinder, kinder, 100)"), &error);
            QVERIFY2(written > 0, qPrintable(error));
        }
        // Then it is in the catalogue with its formula, and marked derived in qw_values
        auto p = Project::open(m_project);
        const Indicator *q = p->indicator(QStringLiteral("quote"));
        QVERIFY(q);
        QCOMPARE(q->recipe, QStringLiteral("rate(arme_kinder, kinder, 100)"));
        QCOMPARE(q->unit, QStringLiteral("%"));
        QCOMPARE(p->periods(QStringLiteral("quote")), (QStringList {"2022", "2024"}));
        {
            SqliteDatabase file(p->store().path(), SqliteDatabase::Mode::ReadOnly);
            auto st = file.prepare(QStringLiteral(
                "SELECT count(*), min(derived) FROM qw_values WHERE indicator_key = 'quote'"));
            QVERIFY(st.step());
            QVERIFY(st.integer(0) > 0);
            QCOMPARE(st.integer(1), std::int64_t(1));
        }
        const auto v = p->values(QStringLiteral("quote"), QStringLiteral("2024"));
        // 12 / 40 = 30 %; 12 / 80 = 15 %; 0 / 0 has no rate (missing, not infinity)
        QCOMPARE(v->values[p->areaIndex("01")], 30.0);
        QCOMPARE(v->values[p->areaIndex("02")], 15.0);
        QCOMPARE(v->status[p->areaIndex("05")], ValueStatus::Missing);
        // Stadtbezirk N: (12 + 12) / (40 + 80) = 20 %, not the mean of the rates (22.5 %)
        QCOMPARE(v->values[p->areaIndex("N")], 20.0);
        // The city: 24 / 120 = 20 %
        QCOMPARE(*p->cityValue(QStringLiteral("quote"), QStringLiteral("2024"),
                               QStringLiteral("sozialraum")),
                 20.0);
    }

    void aChangeBuildsOnTheRate()
    {
        // When the two-year change of the rate is defined on top of it
        QString error;
        {
            auto store = ProjectStore::open(m_project);
            QVERIFY2(DerivedIndicators(*store).define(QStringLiteral("quote_change"),
                                                      QStringLiteral("Veränderung Kinderarmut"), {},
                                                      recipe("change(quote, 2)"), &error)
                         > 0,
                     qPrintable(error));
        }
        auto p = Project::open(m_project);
        const auto v = p->values(QStringLiteral("quote_change"), QStringLiteral("2024"));
        // 01: 30 % - 10/40 = 25 % -> +5 percentage points; 02: 15 % - 20 % = -5
        QCOMPARE(v->values[p->areaIndex("01")], 5.0);
        QCOMPARE(v->values[p->areaIndex("02")], -5.0);
        // N: 20 % - 22/100 = 22 % -> -2 points, from N's own aggregated rates
        QVERIFY(std::abs(v->values[p->areaIndex("N")] - -2.0) < 1e-12);
        const Indicator *c = p->indicator(QStringLiteral("quote_change"));
        QCOMPARE(c->unit, QStringLiteral("Prozentpunkte"));
        // stored in both languages, as the catalogue's other units
        QCOMPARE(c->unitEn, QStringLiteral("percentage points"));
        // a rise of child poverty is worse: the change keeps the input's polarity
        QCOMPARE(c->polarity, p->indicator(QStringLiteral("quote"))->polarity);
    }

    void anImportAndItsUndoRecomputeEverythingDerived()
    {
        // When a corrected 2024 delivery doubles the poor children of 01
        {
            auto store = ProjectStore::open(m_project);
            ImportSpec spec;
            spec.source = QStringLiteral("Jugendamt 2024");
            const auto remembered = ImportLog(*store).rememberedSpec(spec.source);
            QVERIFY(remembered);
            QVERIFY(ImportLog(*store).commit(
                        planFor(*store,
                                file("kinder_2024_korr.csv",
                                     "SR;Kinder;Arme Kinder\n01;40;24\n02;80;12\n05;0;0\n"),
                                *remembered))
                    > 0);
        }
        // Then the rate and the change on it follow: 24 / 40 = 60 %; 60 - 25 = 35 points
        {
            auto p = Project::open(m_project);
            QCOMPARE(p->values(QStringLiteral("quote"), QStringLiteral("2024"))
                         ->values[p->areaIndex("01")],
                     60.0);
            QCOMPARE(p->values(QStringLiteral("quote_change"), QStringLiteral("2024"))
                         ->values[p->areaIndex("01")],
                     35.0);
        }
        // And when the import is undone, both are as before
        {
            auto store = ProjectStore::open(m_project);
            QVERIFY(ImportLog(*store).undoLast());
        }
        auto p = Project::open(m_project);
        QCOMPARE(
            p->values(QStringLiteral("quote"), QStringLiteral("2024"))->values[p->areaIndex("01")],
            30.0);
        QCOMPARE(p->values(QStringLiteral("quote_change"), QStringLiteral("2024"))
                     ->values[p->areaIndex("01")],
                 5.0);
    }

    void removingUndoesADefinition()
    {
        auto store = ProjectStore::open(m_project);
        QString error;
        // An input of another derived indicator stays, and an imported one is no derived
        QVERIFY(!DerivedIndicators(*store).remove(QStringLiteral("quote"), &error));
        QVERIFY2(error.contains(QStringLiteral("quote_change")), qPrintable(error));
        QVERIFY(!DerivedIndicators(*store).remove(QStringLiteral("kinder"), &error));
        // The change goes with its values; the rate it was computed from stays
        QVERIFY2(DerivedIndicators(*store).remove(QStringLiteral("quote_change"), &error),
                 qPrintable(error));
        QCOMPARE(store->valueRepository().count(QStringLiteral("quote_change")), std::int64_t(0));
        QVERIFY(store->valueRepository().count(QStringLiteral("quote")) > 0);
        for (const Indicator &i : store->indicators())
            QVERIFY(i.key != QLatin1String("quote_change"));
        // And defined again, it is back (the redo)
        QVERIFY(DerivedIndicators(*store).define(QStringLiteral("quote_change"),
                                                 QStringLiteral("Veränderung Kinderarmut"), {},
                                                 recipe("change(quote, 2)"), &error)
                > 0);
    }

    void badRecipesWriteNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown input") << "x"
                                       << "sum(kinder, kita_plaetze)"
                                       << "kita_plaetze";
        QTest::newRow("itself") << "x"
                                << "change(x, 1)"
                                << "itself";
        QTest::newRow("cycle") << "quote"
                               << "change(quote_change, 1)"
                               << "circle";
        QTest::newRow("imported key") << "kinder"
                                      << "sum(kinder, arme_kinder)"
                                      << "imported";
        QTest::newRow("k too large") << "x"
                                     << "change(kinder, 5)"
                                     << "5";
        QTest::newRow("bad key") << "a b"
                                 << "sum(kinder, arme_kinder)"
                                 << "no indicator key";
    }
    void badRecipesWriteNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, formula);
        QFETCH(QString, mentions);
        const QStringList before = dump(m_project);
        QString error;
        {
            auto store = ProjectStore::open(m_project);
            QString parseError;
            const auto r = Recipe::parse(formula, &parseError);
            QVERIFY2(r, qPrintable(parseError));
            QCOMPARE(DerivedIndicators(*store).define(key, QStringLiteral("Name"), {}, *r, &error),
                     -1);
        }
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(dump(m_project), before);
    }
};

QTEST_GUILESS_MAIN(TestDerivedProject)
#include "test_derived_project.moc"

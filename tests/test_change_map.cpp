// A change map between two chosen periods: the recipes (rank_change beside change and
// pct_change), the two periods turned into a recipe (PeriodChange), the computed values
// against hand-computed ones, the diverging ramp coloured by polarity (red where things got
// worse), areas without a value in either period, and the legend's words.
#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "DerivedCalculator.h"
#include "DerivedIndicators.h"
#include "MapTooltip.h"
#include "PeriodChange.h"
#include "ProjectMap.h"
#include "ProjectStore.h"
#include "Recipe.h"
#include "Sqlite.h"
#include "TestSupport.h"
#include "ValueWording.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace qw;
using namespace qw::test;

namespace {

Indicator share(const QString &key, Polarity polarity = Polarity::HigherIsWorse)
{
    Indicator i;
    i.key = key;
    i.nameDe = key;
    i.kind = IndicatorKind::Share;
    i.unit = QStringLiteral("%");
    i.decimals = 1;
    i.polarity = polarity;
    return i;
}

ValueSeries series(std::initializer_list<double> values)
{
    ValueSeries s(values.size());
    std::size_t i = 0;
    for (double v : values) {
        s.value[i] = v;
        s.status[i] = std::isnan(v) ? ValueStatus::Missing : ValueStatus::Ok;
        ++i;
    }
    return s;
}

DerivedCalculator calculator(const QString &formula, const Indicator &input,
                             const QStringList &periods)
{
    QString error;
    const auto recipe = Recipe::parse(formula, &error);
    if (!recipe)
        qFatal("%s", qPrintable(error));
    auto calc = DerivedCalculator::make(*recipe, {{input, periods}}, &error);
    if (!calc)
        qFatal("%s", qPrintable(error));
    return *calc;
}

bool reddish(const QColor &c)
{
    return c.red() > c.blue() + 20;
}

bool bluish(const QColor &c)
{
    return c.blue() > c.red() + 20;
}

} // namespace

class TestChangeMap : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("city%1.gpkg").arg(++m_projects));
        DemoCityGenerator(smallCity()).writeProject(path);
        return path;
    }

    // Defines the derived indicator key of recipe in the project at path; the error, or
    // empty.
    static QString define(const QString &path, const QString &key, const Recipe &recipe)
    {
        auto store = ProjectStore::open(path);
        QString error;
        if (DerivedIndicators(*store).define(key, QStringLiteral("Veränderung"),
                                             QStringLiteral("Change"), recipe, &error)
            <= 0)
            return error.isEmpty() ? QStringLiteral("nothing defined") : error;
        return {};
    }

    // How many areas of the finest level have the change's value at `to` equal to the
    // input's value at `to` minus that at `from`, worked out here; -1 at the first that does
    // not, or that has a change where either value is missing.
    static int changesByHand(Project &project, const QString &input, const QString &from,
                             const QString &to, const QString &changeKey)
    {
        const auto before = project.values(input, from);
        const auto after = project.values(input, to);
        const auto change = project.values(changeKey, to);
        int compared = 0;
        for (int i : project.areasOfLevel(project.finestLevel())) {
            const double expected = after->values[size_t(i)] - before->values[size_t(i)];
            const double got = change->values[size_t(i)];
            if (std::isnan(expected) ? !std::isnan(got) : std::abs(got - expected) >= 1e-9)
                return -1;
            compared += std::isnan(expected) ? 0 : 1;
        }
        return compared;
    }

private Q_SLOTS:
    void rankChangeIsAFormulaLikeTheOthers()
    {
        // Given a rank change typed by hand
        QString error;
        const auto r = Recipe::parse(QStringLiteral(" RANK_CHANGE( child_poverty ,5 ) "), &error);
        // Then it reads back in its canonical form, compares periods and measures a change
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->kind, RecipeKind::RankChange);
        QCOMPARE(r->years, 5);
        QCOMPARE(r->text(), QStringLiteral("rank_change(child_poverty, 5)"));
        QVERIFY(r->comparesPeriods());
        QVERIFY(Recipe::measuresChange(r->text()));
        // And its base period is five years before, where the input has it
        QCOMPARE(
            r->basePeriod(QStringLiteral("2024"), {QStringLiteral("2019"), QStringLiteral("2024")}),
            QStringLiteral("2019"));
        // And the formula in words says what rank 1 is
        const QString words = r->describe([](const QString &k) { return k.toUpper(); });
        QVERIFY2(words.contains(QStringLiteral("CHILD_POVERTY")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("rank 1 = highest value")), qPrintable(words));
        // And a wrong number of years is named
        QVERIFY(!Recipe::parse(QStringLiteral("rank_change(x, 0)"), &error));
        QVERIFY2(error.contains(QStringLiteral("rank_change")), qPrintable(error));
    }

    void rankChangeCountsPlacesClimbedWithinEachLevel()
    {
        // Given areas 0-2 and 5-6 of one level and 3-4 of another, in 2019 and 2024:
        //   2019: 10 20 30 | 5 7 | NaN  30(suppressed)
        //   2024: 25 15 30 | 9 6 | 100  12
        const Indicator x = share(QStringLiteral("x"));
        const DerivedCalculator calc = calculator(QStringLiteral("rank_change(x, 5)"), x,
                                                  {QStringLiteral("2019"), QStringLiteral("2024")});
        ValueSeries then = series({10, 20, 30, 5, 7, NAN, 30});
        then.status[6] = ValueStatus::Suppressed;
        const ValueSeries now = series({25, 15, 30, 9, 6, 100, 12});
        const auto seriesOf = [&](int, const QString &p) -> const ValueSeries & {
            return p == QLatin1String("2019") ? then : now;
        };
        const auto cityOf = [](int, const QString &) {
            return std::optional<double>(1.0);
        };
        const std::vector<int> levels {0, 0, 0, 1, 1, 0, 0};
        // When the rank change of 2024 is computed
        const auto out = calc.compute(QStringLiteral("2024"), seriesOf, cityOf, &levels);
        // Then, ranked among areas with values in both years (0, 1, 2 of the first level):
        //   2019: 30 -> 1 (area 2), 20 -> 2 (area 1), 10 -> 3 (area 0)
        //   2024: 30 -> 1 (area 2), 25 -> 2 (area 0), 15 -> 3 (area 1)
        // area 0 climbed 3 - 2 = +1, area 1 fell 2 - 3 = -1, area 2 stayed
        QCOMPARE(out.series.value[0], 1.0);
        QCOMPARE(out.series.value[1], -1.0);
        QCOMPARE(out.series.value[2], 0.0);
        // And the other level apart: 2019 7 -> 1, 5 -> 2; 2024 9 -> 1, 6 -> 2
        QCOMPARE(out.series.value[3], 1.0);
        QCOMPARE(out.series.value[4], -1.0);
        // And an area without a value in 2019 is missing (its 100 moved nobody down), a
        // suppressed one stays suppressed
        QVERIFY(std::isnan(out.series.value[5]));
        QCOMPARE(out.series.status[5], ValueStatus::Missing);
        QCOMPARE(out.series.status[6], ValueStatus::Suppressed);
        // And the city has no rank among its areas
        QVERIFY(!out.city);
    }

    void changesAreWordedInTheirUnits()
    {
        // Given a share in % with "higher is worse"
        const Indicator x = share(QStringLiteral("x"));
        const QStringList periods {QStringLiteral("2019"), QStringLiteral("2024")};
        // Then its change is in percentage points, its relative change in %, its rank change
        // in places, and each keeps the direction of the input
        const Indicator change = calculator(QStringLiteral("change(x, 5)"), x, periods)
                                     .outputIndicator(QStringLiteral("c"), QStringLiteral("c"), {});
        QCOMPARE(change.unit, QStringLiteral("Prozentpunkte"));
        QCOMPARE(change.unitEn, QStringLiteral("percentage points"));
        const Indicator pct = calculator(QStringLiteral("pct_change(x, 5)"), x, periods)
                                  .outputIndicator(QStringLiteral("p"), QStringLiteral("p"), {});
        QCOMPARE(pct.unit, QStringLiteral("%"));
        const Indicator rank = calculator(QStringLiteral("rank_change(x, 5)"), x, periods)
                                   .outputIndicator(QStringLiteral("r"), QStringLiteral("r"), {});
        QCOMPARE(rank.unit, QStringLiteral("Rangplätze"));
        QCOMPARE(rank.unitEn, QStringLiteral("places"));
        QCOMPARE(rank.decimals, 0);
        for (const Indicator *i : {&change, &pct, &rank})
            QCOMPARE(i->polarity, Polarity::HigherIsWorse);
    }

    void twoPeriodsMakeTheRecipe()
    {
        const QStringList years {QStringLiteral("2015"), QStringLiteral("2019"),
                                 QStringLiteral("2021"), QStringLiteral("2024")};
        QString error;
        // Given 2019 and 2024 of an indicator with gaps between its years
        const auto r =
            PeriodChange::recipe(RecipeKind::Change, QStringLiteral("child_poverty"),
                                 QStringLiteral("2019"), QStringLiteral("2024"), years, &error);
        // Then the recipe compares with five years earlier
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->text(), QStringLiteral("change(child_poverty, 5)"));
        // And school years count in years too: 2019/20 -> 2023/24 is four
        const auto school = PeriodChange::recipe(
            RecipeKind::RankChange, QStringLiteral("x"), QStringLiteral("2019/20"),
            QStringLiteral("2023/24"),
            {QStringLiteral("2019/20"), QStringLiteral("2021/22"), QStringLiteral("2023/24")},
            &error);
        QVERIFY2(school, qPrintable(error));
        QCOMPARE(school->text(), QStringLiteral("rank_change(x, 4)"));
        // And backwards or the same period is refused with both periods named
        QVERIFY(!PeriodChange::recipe(RecipeKind::PctChange, QStringLiteral("x"),
                                      QStringLiteral("2024"), QStringLiteral("2019"), years,
                                      &error));
        QVERIFY2(error.contains(QStringLiteral("2024")) && error.contains(QStringLiteral("2019")),
                 qPrintable(error));
        QVERIFY(!PeriodChange::recipe(RecipeKind::Change, QStringLiteral("x"),
                                      QStringLiteral("2019"), QStringLiteral("2019"), years,
                                      &error));
        // And a period the indicator lacks is named
        QVERIFY(!PeriodChange::recipe(RecipeKind::Change, QStringLiteral("x"),
                                      QStringLiteral("2018"), QStringLiteral("2024"), years,
                                      &error));
        QVERIFY2(error.contains(QStringLiteral("2018")), qPrintable(error));
    }

    void aChangeAcrossKindsIsRefusedUnlessTheSchoolYearIsMapped()
    {
        // Given a series reported by school year until 2019/20 and by calendar year since
        const QStringList periods {QStringLiteral("2020"),    QStringLiteral("2021"),
                                   QStringLiteral("2024"),    QStringLiteral("2015/16"),
                                   QStringLiteral("2018/19"), QStringLiteral("2019/20")};
        QString error;
        // When the planner asks for 2019/20 -> 2024 without a mapping
        QVERIFY(!PeriodChange::recipe(RecipeKind::Change, QStringLiteral("kita"),
                                      QStringLiteral("2019/20"), QStringLiteral("2024"), periods,
                                      &error));
        // Then it is refused, naming both periods with their kinds
        QVERIFY2(error.contains(QStringLiteral("school year 2019/20"))
                     && error.contains(QStringLiteral("calendar year 2024"))
                     && error.contains(QStringLiteral("mapping")),
                 qPrintable(error));
        QVERIFY(PeriodChange::needsMapping(QStringLiteral("2019/20"), QStringLiteral("2024")));
        // When the school year counts as the calendar year it begins in
        const auto start = PeriodChange::recipe(RecipeKind::Change, QStringLiteral("kita"),
                                                QStringLiteral("2019/20"), QStringLiteral("2024"),
                                                periods, &error, SchoolYearAs::StartYear);
        // Then it is a five-year change, written so the formula says the mapping
        QVERIFY2(start, qPrintable(error));
        QCOMPARE(start->text(), QStringLiteral("change(kita, 5, school_year_as=start)"));
        const auto reread = Recipe::parse(start->text(), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(*reread, *start);
        // And each calendar year is set against the school year five years before it
        QCOMPARE(start->basePeriod(QStringLiteral("2024"), periods), QStringLiteral("2019/20"));
        QCOMPARE(start->basePeriod(QStringLiteral("2020"), periods), QStringLiteral("2015/16"));
        QCOMPARE(start->basePeriod(QStringLiteral("2021"), periods), QString()); // 2016/17 absent
        // And the legend's words name the mapping with the change's own school year
        QCOMPARE(start->mappingWords(QStringLiteral("2024"), QStringLiteral("2019/20")),
                 QStringLiteral("school year 2019/20 counts as calendar year 2019"));
        QCOMPARE(start->mappingWords(QStringLiteral("2024"), QStringLiteral("2021")), QString());
        // When it counts as the calendar year it ends in, 2024 is set against 2020 of its own
        // kind, four years earlier: said so, not 2019/20 instead
        QVERIFY(!PeriodChange::recipe(RecipeKind::PctChange, QStringLiteral("kita"),
                                      QStringLiteral("2019/20"), QStringLiteral("2024"), periods,
                                      &error, SchoolYearAs::EndYear));
        QVERIFY2(error.contains(QStringLiteral("2020")), qPrintable(error));
        // And without a 2020, 2019/20 is four years before 2024
        const QStringList later {QStringLiteral("2021"), QStringLiteral("2024"),
                                 QStringLiteral("2019/20")};
        const auto end = PeriodChange::recipe(RecipeKind::PctChange, QStringLiteral("kita"),
                                              QStringLiteral("2019/20"), QStringLiteral("2024"),
                                              later, &error, SchoolYearAs::EndYear);
        QVERIFY2(end, qPrintable(error));
        QCOMPARE(end->text(), QStringLiteral("pct_change(kita, 4, school_year_as=end)"));
        QCOMPARE(end->basePeriod(QStringLiteral("2024"), later), QStringLiteral("2019/20"));
        QCOMPARE(end->mappingWords(QStringLiteral("2024"), QStringLiteral("2019/20")),
                 QStringLiteral("school year 2019/20 counts as calendar year 2020"));
        // And one within a kind needs no mapping and writes none
        const auto same =
            PeriodChange::recipe(RecipeKind::Change, QStringLiteral("kita"), QStringLiteral("2020"),
                                 QStringLiteral("2024"), periods, &error, SchoolYearAs::StartYear);
        QVERIFY2(same, qPrintable(error));
        QCOMPARE(same->text(), QStringLiteral("change(kita, 4)"));
        // And a quarter is never set against a year, mapping or not
        QVERIFY(!PeriodChange::recipe(RecipeKind::Change, QStringLiteral("q"),
                                      QStringLiteral("2019"), QStringLiteral("2023-Q4"),
                                      {QStringLiteral("2019"), QStringLiteral("2023-Q4")}, &error,
                                      SchoolYearAs::StartYear));
        QVERIFY2(error.contains(QStringLiteral("calendar year 2019"))
                     && error.contains(QStringLiteral("quarter 2023-Q4")),
                 qPrintable(error));
        // And a mapping that is no mapping is refused by the formula, naming it
        QVERIFY(!Recipe::parse(QStringLiteral("change(kita, 5, school_year_as=middle)"), &error));
        QVERIFY2(error.contains(QStringLiteral("school_year_as=middle")), qPrintable(error));
    }

    void theDemoShowsAChangeAcrossKindsWithItsMapping()
    {
        // Given the demo's childminding under 3 over ten years: school years until 2019/20,
        // calendar years since
        const QString path = m_dir.filePath(QStringLiteral("ten_years.gpkg"));
        DemoCityGenerator::Options ten = smallCity();
        ten.periodCount = 10;
        DemoCityGenerator(ten).writeProject(path);
        auto project = Project::open(path);
        const QString kita = QStringLiteral("tagespflege_u3");
        const QStringList periods = project->periods(kita);
        QVERIFY2(periods.contains(QStringLiteral("2019/20"))
                     && periods.contains(QStringLiteral("2024")),
                 qPrintable(periods.join(u',')));
        // When the planner maps school years onto the calendar year they begin in
        QString error;
        QVERIFY(!PeriodChange::recipe(RecipeKind::Change, kita, QStringLiteral("2019/20"),
                                      QStringLiteral("2024"), periods, &error));
        const auto recipe =
            PeriodChange::recipe(RecipeKind::Change, kita, QStringLiteral("2019/20"),
                                 QStringLiteral("2024"), periods, &error, SchoolYearAs::StartYear);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(define(path, QStringLiteral("kita_change"), *recipe), QString());
        project = Project::open(path);
        // Then 2024 is set against 2019/20, area by area
        QVERIFY(changesByHand(*project, kita, QStringLiteral("2019/20"), QStringLiteral("2024"),
                              QStringLiteral("kita_change"))
                > 10);
        // And the legend and the subtitle state the mapping
        ProjectMap map(project, project->finestLevel());
        ProjectMap::View view;
        view.indicator = QStringLiteral("kita_change");
        view.period = QStringLiteral("2024");
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::English));
        const QString words = QStringLiteral("School year 2019/20 counts as calendar year 2019");
        QVERIFY2(s.caption.legendNote.contains(words), qPrintable(s.caption.legendNote));
        QVERIFY2(s.caption.subtitle.contains(words), qPrintable(s.caption.subtitle));
        QVERIFY2(s.caption.subtitle.contains(QStringLiteral("2019/20 → 2024")),
                 qPrintable(s.caption.subtitle));
    }

    void anExistingChangeIsFoundAndNewOnesGetFreeKeys()
    {
        // Given a catalogue with the five-year change of x written by hand, and a key taken
        Indicator x = share(QStringLiteral("x"));
        x.nameEn = QStringLiteral("Child poverty");
        x.nameDe = QStringLiteral("Kinderarmut");
        Indicator mine = share(QStringLiteral("my_change"));
        mine.recipe = QStringLiteral("change(x,5)");
        Indicator taken = share(QStringLiteral("x_pct_change_5"));
        const std::vector<Indicator> catalogue {x, mine, taken};
        Recipe change;
        change.kind = RecipeKind::Change;
        change.inputs = {QStringLiteral("x")};
        change.years = 5;
        // Then the same recipe finds it
        const Indicator *found = PeriodChange::existing(catalogue, change);
        QVERIFY(found);
        QCOMPARE(found->key, QStringLiteral("my_change"));
        // And another kind is new, with a key that is free
        Recipe pct = change;
        pct.kind = RecipeKind::PctChange;
        QVERIFY(!PeriodChange::existing(catalogue, pct));
        QCOMPARE(PeriodChange::freeKey(catalogue, pct), QStringLiteral("x_pct_change_5_2"));
        // And it is named in both languages with its span
        QCOMPARE(PeriodChange::nameDe(x, change, QStringLiteral("2024")),
                 QStringLiteral("Veränderung Kinderarmut über 5 Jahre"));
        QCOMPARE(PeriodChange::nameEn(x, pct, QStringLiteral("2024")),
                 QStringLiteral("Change in Child poverty in % over 5 years"));
    }

    void theRampIsRedWhereThingsGotWorse()
    {
        // Given classes of a change around zero on the diverging ramp
        const std::vector<double> edges {-4, -2, 0, 2, 4};
        ChoroplethRenderer::Settings settings;
        settings.ramp = QStringLiteral("RdBu");
        settings.centre = 0.0;
        // When higher is worse (child poverty): a rise is worse, red; a fall blue
        const auto worse =
            ChoroplethRenderer::classColors(share(QStringLiteral("x")), edges, settings);
        QCOMPARE(worse.size(), std::size_t(4));
        QVERIFY(reddish(worse[3]) && reddish(worse[2]));
        QVERIFY(bluish(worse[0]) && bluish(worse[1]));
        // When higher is better (Kita coverage): a fall is worse, red
        const auto better = ChoroplethRenderer::classColors(
            share(QStringLiteral("x"), Polarity::HigherIsBetter), edges, settings);
        QVERIFY(reddish(better[0]) && bluish(better[3]));
        // And the strongest change is the strongest colour: further from white
        const auto whiteness = [](const QColor &c) {
            return c.red() + c.green() + c.blue();
        };
        QVERIFY(whiteness(worse[3]) < whiteness(worse[2]));
    }

    void aChangeMapOfTheDemoMatchesTheValuesByHand()
    {
        // Given the demo's child poverty, first and last period, one area without a value
        // in the first
        const QString path = newProject();
        QString first, last, gone;
        {
            auto project = Project::open(path);
            const QStringList periods = project->periods(QStringLiteral("child_poverty"));
            QVERIFY(periods.size() >= 2);
            first = periods.first();
            last = periods.last();
            gone =
                project->areas()[size_t(project->areasOfLevel(project->finestLevel()).front())].key;
        }
        {
            auto store = ProjectStore::open(path);
            SqliteTransaction tx = store->transaction();
            IndicatorValue missing;
            missing.areaKey = gone;
            missing.indicatorKey = QStringLiteral("child_poverty");
            missing.period = first;
            missing.status = ValueStatus::Missing;
            store->valueRepository().upsert({missing});
            tx.commit();
        }
        // When the planner makes the change first -> last in percentage points
        auto project = Project::open(path);
        QString error;
        const auto recipe =
            PeriodChange::recipe(RecipeKind::Change, QStringLiteral("child_poverty"), first, last,
                                 project->periods(QStringLiteral("child_poverty")), &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(define(path, QStringLiteral("cp_change"), *recipe), QString());
        project = Project::open(path);
        // Then each area's value is its last minus its first value
        QVERIFY(changesByHand(*project, QStringLiteral("child_poverty"), first, last,
                              QStringLiteral("cp_change"))
                > 10);
        // And the map is coloured around zero, red where child poverty rose
        ProjectMap map(project, project->finestLevel());
        ProjectMap::View view;
        view.indicator = QStringLiteral("cp_change");
        view.period = last;
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::English));
        QVERIFY(s.choropleth);
        QCOMPARE(s.choropleth->settings().ramp, QStringLiteral("RdBu"));
        int rose = 0, fell = 0;
        for (int row = 0; row < s.choropleth->rowCount(); ++row) {
            const double v = s.choropleth->value(row);
            const QColor c = s.choropleth->brush(row).color();
            if (v > 0.5) {
                QVERIFY2(c.red() > c.blue(), qPrintable(QString::number(v)));
                ++rose;
            } else if (v < -0.5) {
                QVERIFY2(c.blue() > c.red(), qPrintable(QString::number(v)));
                ++fell;
            }
        }
        QVERIFY(rose + fell > 0);
        // And the legend says the change and its unit, and why an area has no value
        const QString words =
            QStringLiteral("Change %1 → %2 in percentage points").arg(first, last);
        QVERIFY2(s.caption.subtitle.startsWith(words), qPrintable(s.caption.subtitle));
        QVERIFY2(!s.caption.subtitle.contains(QStringLiteral("· percentage points")),
                 qPrintable(s.caption.subtitle));
        const auto legend = s.choropleth->legend(QLocale(QLocale::English));
        const auto missing = std::find_if(legend.begin(), legend.end(), [](const LegendEntry &e) {
            return e.kind == LegendEntry::Kind::Missing;
        });
        QVERIFY(missing != legend.end());
        QCOMPARE(missing->label, QStringLiteral("no value in %1 or %2").arg(first, last));
        QVERIFY(missing->count >= 1);
        // And the tooltip of the area without a value says what the legend says
        const int goneRow = s.areas->rowOfProjectIndex(project->areaIndex(gone));
        QVERIFY(goneRow >= 0);
        QVERIFY(std::isnan(s.choropleth->value(goneRow)));
        const QString tip =
            MapTooltip::text(s, goneRow, gone, QStringLiteral("Gone"), QLocale(QLocale::English));
        QVERIFY2(tip.contains(QStringLiteral("no value in %1 or %2").arg(first, last)),
                 qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("no data"), Qt::CaseInsensitive), qPrintable(tip));
        // and its value is of both periods, as the legend's "Change 2015 → 2024"
        QVERIFY2(tip.contains(QStringLiteral(", %1 → %2: ").arg(first, last)), qPrintable(tip));
        // And on a map that is no change, a missing value stays "no data"
        view.indicator = QStringLiteral("child_poverty");
        view.period = first;
        const MapSnapshot plain = map.snapshot(view, QLocale(QLocale::English));
        const QString plainTip = MapTooltip::text(plain, goneRow, gone, QStringLiteral("Gone"),
                                                  QLocale(QLocale::English));
        QVERIFY2(plainTip.contains(ValueWording::noData()), qPrintable(plainTip));
    }

    void aRankChangeMapSaysWhatItCounts()
    {
        // Given the demo's rank change of child poverty from its first to its last period
        const QString path = newProject();
        auto project = Project::open(path);
        const QStringList periods = project->periods(QStringLiteral("child_poverty"));
        QString error;
        const auto recipe =
            PeriodChange::recipe(RecipeKind::RankChange, QStringLiteral("child_poverty"),
                                 periods.first(), periods.last(), periods, &error);
        QVERIFY2(recipe, qPrintable(error));
        QCOMPARE(define(path, QStringLiteral("cp_rank"), *recipe), QString());
        project = Project::open(path);
        ProjectMap map(project, project->finestLevel());
        ProjectMap::View view;
        view.indicator = QStringLiteral("cp_rank");
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::English));
        // Then the places climbed sum to zero over the level (every climb is someone's fall)
        const auto values = project->values(QStringLiteral("cp_rank"), periods.last());
        double sum = 0;
        for (int i : project->areasOfLevel(project->finestLevel()))
            if (values->isShown(size_t(i)))
                sum += values->values[size_t(i)];
        QCOMPARE(sum, 0.0);
        // And zero is a break, and the subtitle says the unit and what positive means
        const auto &edges = s.choropleth->edges();
        QVERIFY(std::find(edges.begin(), edges.end(), 0.0) != edges.end());
        QVERIFY2(s.caption.subtitle.startsWith(QStringLiteral("Change in rank %1 → %2 in places")
                                                   .arg(periods.first(), periods.last())),
                 qPrintable(s.caption.subtitle));
        QVERIFY2(s.caption.subtitle.contains(QStringLiteral("positive = climbed")),
                 qPrintable(s.caption.subtitle));
        // And the city has no rank, so no city value; an area that kept its rank is neutral
        QVERIFY2(s.caption.cityValue.isEmpty(), qPrintable(s.caption.cityValue));
        int kept = 0;
        for (int row = 0; row < s.choropleth->rowCount(); ++row) {
            if (s.choropleth->value(row) != 0.0)
                continue;
            const QColor c = s.choropleth->brush(row).color();
            QVERIFY2(std::abs(c.red() - c.blue()) < 12, qPrintable(c.name()));
            ++kept;
        }
        QVERIFY(kept > 0);
    }
};

QTEST_MAIN(TestChangeMap)
#include "test_change_map.moc"

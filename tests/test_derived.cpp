// Derived indicators: the formulas (models/derived/Recipe) and their computation area by
// area (models/derived/DerivedCalculator). Every expected figure is worked out by hand in
// the comment beside it.
#include "DerivedCalculator.h"
#include "Recipe.h"
#include "ShareCheck.h"

#include <QTest>

#include <cmath>
#include <map>

using namespace qw;

namespace {

Indicator count(const QString &key, int minCases = 0)
{
    Indicator i;
    i.key = key;
    i.nameDe = key;
    i.kind = IndicatorKind::Count;
    i.unit = QStringLiteral("Personen");
    i.decimals = 0;
    i.minCases = minCases;
    i.polarity = Polarity::HigherIsWorse;
    return i;
}

Indicator share(const QString &key)
{
    Indicator i = count(key);
    i.kind = IndicatorKind::Share;
    i.unit = QStringLiteral("%");
    i.decimals = 1;
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

// Inputs by (input index, period), as the project would hand them over.
struct Inputs
{
    std::map<std::pair<int, QString>, ValueSeries> series;
    std::map<std::pair<int, QString>, double> city;

    DerivedCalculator::SeriesOf seriesOf() const
    {
        return [this](int input, const QString &period) -> const ValueSeries & {
            return series.at({input, period});
        };
    }
    DerivedCalculator::CityOf cityOf() const
    {
        return [this](int input, const QString &period) -> std::optional<double> {
            const auto it = city.find({input, period});
            return it == city.end() ? std::nullopt : std::optional<double>(it->second);
        };
    }
};

DerivedCalculator make(const QString &formula, std::vector<DerivedCalculator::Input> inputs)
{
    QString error;
    const auto recipe = Recipe::parse(formula, &error);
    if (!recipe)
        qFatal("%s", qPrintable(error));
    auto calc = DerivedCalculator::make(*recipe, std::move(inputs), &error);
    if (!calc)
        qFatal("%s", qPrintable(error));
    return *calc;
}

QString refusal(const QString &formula, std::vector<DerivedCalculator::Input> inputs)
{
    QString error;
    const auto recipe = Recipe::parse(formula, &error);
    if (!recipe)
        return error;
    return DerivedCalculator::make(*recipe, std::move(inputs), &error) ? QString() : error;
}

} // namespace

class TestDerived : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formulasReadBackTheSame_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("rate") << "rate(kinder_sgb2,kinder_u15,100)"
                              << "rate(kinder_sgb2, kinder_u15, 100)";
        QTest::newRow("rate per mille") << " RATE( a , b , 1000 ) "
                                        << "rate(a, b, 1000)";
        QTest::newRow("rate default base") << "rate(a, b)"
                                           << "rate(a, b, 100)";
        QTest::newRow("change") << "change(child_poverty, 2)"
                                << "change(child_poverty, 2)";
        QTest::newRow("change one year") << "change(child_poverty)"
                                         << "change(child_poverty, 1)";
        QTest::newRow("pct_change") << "pct_change(x,5)"
                                    << "pct_change(x, 5)";
        QTest::newRow("sum") << "sum(boys, girls, diverse)"
                             << "sum(boys, girls, diverse)";
        QTest::newRow("diff") << "diff(places, children)"
                              << "diff(places, children)";
        QTest::newRow("quoted key") << "sum(\"a,b\", c)"
                                    << "sum(\"a,b\", c)";
    }
    void formulasReadBackTheSame()
    {
        QFETCH(QString, typed);
        QFETCH(QString, canonical);
        // Given a formula as a planner types it / When it is read and written back
        QString error;
        const auto r = Recipe::parse(typed, &error);
        QVERIFY2(r, qPrintable(error));
        // Then it is in canonical form, and that form reads back to the same recipe
        QCOMPARE(r->text(), canonical);
        QCOMPARE(Recipe::parse(r->text(), &error), r);
    }

    void badFormulasSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no call") << "child_poverty - 2"
                                 << "no formula";
        QTest::newRow("unknown function") << "mean(a, b)"
                                          << "\"mean\"";
        QTest::newRow("rate one input") << "rate(a)"
                                        << "numerator";
        QTest::newRow("rate bad base") << "rate(a, b, zero)"
                                       << "\"zero\"";
        QTest::newRow("rate negative base") << "rate(a, b, -100)"
                                            << "\"-100\"";
        QTest::newRow("change fraction") << "change(a, 1.5)"
                                         << "\"1.5\"";
        QTest::newRow("change zero") << "change(a, 0)"
                                     << "\"0\"";
        QTest::newRow("sum one") << "sum(a)"
                                 << "at least two";
        QTest::newRow("diff three") << "diff(a, b, c)"
                                    << "two indicators";
        QTest::newRow("empty input") << "sum(a, , b)"
                                     << "empty";
        QTest::newRow("open quote") << "sum(\"a, b)"
                                    << "quote";
    }
    void badFormulasSayWhatIsWrong()
    {
        QFETCH(QString, formula);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!Recipe::parse(formula, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void definitionsNeedANameAndAFormula()
    {
        QString error;
        const auto d = DerivedDefinition::parse(
            QStringLiteral("Veränderung Kinderarmut=change(child_poverty, 2)"), &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->name, QStringLiteral("Veränderung Kinderarmut"));
        QCOMPARE(d->recipe.kind, RecipeKind::Change);
        QCOMPARE(d->recipe.years, 2);
        QVERIFY(!DerivedDefinition::parse(QStringLiteral("change(child_poverty, 2)"), &error));
        QVERIFY(error.contains(QLatin1String("NAME=")));
        QVERIFY(!DerivedDefinition::parse(QStringLiteral(" =sum(a, b)"), &error));
        QVERIFY(error.contains(QLatin1String("empty")));
    }

    void rateIsNumeratorOverDenominatorTimesBase()
    {
        // Given 12 of 40 children and 3 of 0 (an area without children)
        Inputs in;
        in.series[{0, "2019"}] = series({12, 3, 7});
        in.series[{1, "2019"}] = series({40, 0, 28});
        in.city[{0, "2019"}] = 22;
        in.city[{1, "2019"}] = 68;
        const auto calc = make(QStringLiteral("rate(poor, children, 100)"),
                               {{count("poor"), {"2019"}}, {count("children"), {"2019"}}});
        // When the rate is computed
        const auto out = calc.compute(QStringLiteral("2019"), in.seriesOf(), in.cityOf());
        // Then 12/40*100 = 30 %, the division by zero is missing (not infinity),
        // 7/28*100 = 25 %, and the city's 22/68*100 = 32.352941...
        QCOMPARE(out.series.value[0], 30.0);
        QCOMPARE(out.series.status[0], ValueStatus::Ok);
        QVERIFY(std::isnan(out.series.value[1]));
        QCOMPARE(out.series.status[1], ValueStatus::Missing);
        QCOMPARE(out.series.value[2], 25.0);
        QVERIFY(out.city);
        QVERIFY(std::abs(*out.city - 2200.0 / 68.0) < 1e-12);
        // And the parts are kept, so coarser levels and the city sum them
        QCOMPARE(out.series.numerator[0], 12.0);
        QCOMPARE(out.series.denominator[0], 40.0);
        const Indicator ind = calc.outputIndicator("poverty_rate", "Armutsquote", "Poverty rate");
        QCOMPARE(ind.kind, IndicatorKind::Share);
        QCOMPARE(ind.unit, QStringLiteral("%"));
        QCOMPARE(ind.numeratorKey, QStringLiteral("poor"));
        QCOMPARE(ind.denominatorKey, QStringLiteral("children"));
        QCOMPARE(ind.recipe, QStringLiteral("rate(poor, children, 100)"));
        QCOMPARE(ind.polarity, Polarity::HigherIsWorse);
    }

    void ratePerThousand()
    {
        Inputs in;
        in.series[{0, "2020"}] = series({3});
        in.series[{1, "2020"}] = series({1500});
        const auto calc = make(QStringLiteral("rate(a, b, 1000)"),
                               {{count("a"), {"2020"}}, {count("b"), {"2020"}}});
        // 3 / 1500 * 1000 = 2 per thousand
        QCOMPARE(calc.compute("2020", in.seriesOf(), in.cityOf()).series.value[0], 2.0);
        const Indicator ind = calc.outputIndicator("r", "r", "r");
        QCOMPARE(ind.kind, IndicatorKind::Rate);
        QCOMPARE(ind.unit, QStringLiteral("je 1.000"));
        // and the English window says it in English
        QCOMPARE(ind.unitName(false), QStringLiteral("per 1,000"));
    }

    void changeIsTheDifferenceToKYearsEarlier()
    {
        // Given child poverty (a share) in 2017..2019 and school years for another input
        Inputs in;
        in.series[{0, "2017"}] = series({20.5, 10});
        in.series[{0, "2018"}] = series({21, 11});
        in.series[{0, "2019"}] = series({23.25, 9});
        in.city[{0, "2017"}] = 15;
        in.city[{0, "2019"}] = 16.5;
        const auto calc = make(QStringLiteral("change(child_poverty, 2)"),
                               {{share("child_poverty"), {"2017", "2018", "2019"}}});
        // Then only 2019 has a value two years earlier
        QCOMPARE(calc.periods(), QStringList {"2019"});
        const auto out = calc.compute("2019", in.seriesOf(), in.cityOf());
        // 23.25 - 20.5 = 2.75 percentage points; 9 - 10 = -1; city 16.5 - 15 = 1.5
        QCOMPARE(out.series.value[0], 2.75);
        QCOMPARE(out.series.value[1], -1.0);
        QCOMPARE(*out.city, 1.5);
        const Indicator ind = calc.outputIndicator("d", "d", "d");
        QCOMPARE(ind.unit, QStringLiteral("Prozentpunkte"));
        QCOMPARE(ind.unitName(false), QStringLiteral("percentage points"));
        QCOMPARE(ind.kind, IndicatorKind::Index);
        // a rise in child poverty is worse, as child poverty itself
        QCOMPARE(ind.polarity, Polarity::HigherIsWorse);
    }

    void changeMatchesSchoolYearsWithSchoolYears()
    {
        Inputs in;
        in.series[{0, "2018/19"}] = series({100});
        in.series[{0, "2020/21"}] = series({130});
        const auto calc = make(QStringLiteral("pct_change(pupils, 2)"),
                               {{count("pupils"), {"2018/19", "2019/20", "2020/21"}}});
        // "2020/21" two years earlier is "2018/19" ("2019/20" has none two years before)
        QCOMPARE(calc.periods(), QStringList {"2020/21"});
        // (130 - 100) / 100 * 100 = 30 %
        QCOMPARE(calc.compute("2020/21", in.seriesOf(), in.cityOf()).series.value[0], 30.0);
        QCOMPARE(calc.outputIndicator("p", "p", "p").unit, QStringLiteral("%"));
    }

    void pctChangeFromZeroIsMissing()
    {
        Inputs in;
        in.series[{0, "2019"}] = series({0, 5});
        in.series[{0, "2020"}] = series({4, 5});
        const auto calc =
            make(QStringLiteral("pct_change(a, 1)"), {{count("a"), {"2019", "2020"}}});
        const auto out = calc.compute("2020", in.seriesOf(), in.cityOf());
        QCOMPARE(out.series.status[0], ValueStatus::Missing);
        QVERIFY(std::isnan(out.series.value[0]));
        QCOMPARE(out.series.value[1], 0.0);
    }

    void sumAndDiff()
    {
        Inputs in;
        in.series[{0, "2019"}] = series({10, 2});
        in.series[{1, "2019"}] = series({12, 3});
        in.series[{2, "2019"}] = series({1, 0});
        const auto sum = make(
            QStringLiteral("sum(boys, girls, diverse)"),
            {{count("boys"), {"2019"}}, {count("girls"), {"2019"}}, {count("diverse"), {"2019"}}});
        // 10 + 12 + 1 = 23; 2 + 3 + 0 = 5
        const auto s = sum.compute("2019", in.seriesOf(), in.cityOf());
        QCOMPARE(s.series.value[0], 23.0);
        QCOMPARE(s.series.value[1], 5.0);
        QCOMPARE(sum.outputIndicator("s", "s", "s").kind, IndicatorKind::Count);
        const auto diff = make(QStringLiteral("diff(boys, girls)"),
                               {{count("boys"), {"2019"}}, {count("girls"), {"2019"}}});
        // 10 - 12 = -2; 2 - 3 = -1
        const auto d = diff.compute("2019", in.seriesOf(), in.cityOf());
        QCOMPARE(d.series.value[0], -2.0);
        QCOMPARE(d.series.value[1], -1.0);
    }

    void statusTravelsThroughTheFormula()
    {
        // Given four areas: all fine; one input suppressed; one missing; one estimated
        ValueSeries a = series({10, 10, 10, 10});
        ValueSeries b = series({20, 20, NAN, 20});
        b.status[1] = ValueStatus::Suppressed;
        b.value[1] = NAN;
        a.status[3] = ValueStatus::Estimated;
        Inputs in;
        in.series[{0, "2019"}] = a;
        in.series[{1, "2019"}] = b;
        const auto calc =
            make(QStringLiteral("sum(a, b)"), {{count("a"), {"2019"}}, {count("b"), {"2019"}}});
        const auto out = calc.compute("2019", in.seriesOf(), in.cityOf());
        QCOMPARE(out.series.status[0], ValueStatus::Ok);
        QCOMPARE(out.series.value[0], 30.0);
        QCOMPARE(out.series.status[1], ValueStatus::Suppressed);
        QVERIFY(std::isnan(out.series.value[1]));
        QCOMPARE(out.series.status[2], ValueStatus::Missing);
        QCOMPARE(out.series.status[3], ValueStatus::Estimated);
        QCOMPARE(out.series.value[3], 30.0);
        // And no city value is made from an unknown city input
        QVERIFY(!out.city);
    }

    void inputsBelowTheirMinimumCasesAreSuppressed()
    {
        // Given a count with at least 3 cases published: 2 is suppressed, 0 is not
        Inputs in;
        in.series[{0, "2018"}] = series({2, 0, 5});
        in.series[{0, "2019"}] = series({6, 0, 5});
        const auto calc = make(QStringLiteral("change(a, 1)"), {{count("a", 3), {"2018", "2019"}}});
        const auto out = calc.compute("2019", in.seriesOf(), in.cityOf());
        // Then the change from 2 to 6 would reveal the 2: suppressed
        QCOMPARE(out.series.status[0], ValueStatus::Suppressed);
        QCOMPARE(out.series.value[1], 0.0);
        QCOMPARE(out.series.value[2], 0.0);
    }

    void aRateTakesItsMinimumCasesFromItsInputs()
    {
        const auto calc = make(QStringLiteral("rate(a, b, 100)"),
                               {{count("a", 3), {"2019"}}, {count("b", 5), {"2019"}}});
        // Project::values suppresses a rate whose numerator is below this minimum
        QCOMPARE(calc.outputIndicator("r", "r", "r").minCases, 5);
    }

    void badRecipesAreRefusedWithAReason()
    {
        // mixing school years and calendar years
        QString e = refusal(
            QStringLiteral("rate(kita, residents, 100)"),
            {{count("kita"), {"2019/20", "2020/21"}}, {count("residents"), {"2019", "2020"}}});
        QVERIFY2(e.contains(QLatin1String("school years")) && e.contains(QLatin1String("kita"))
                     && e.contains(QLatin1String("2019/20")),
                 qPrintable(e));
        // a k larger than the periods
        e = refusal(QStringLiteral("change(a, 5)"), {{count("a"), {"2019", "2020", "2021"}}});
        QVERIFY2(e.contains(QStringLiteral("2019–2021")) && e.contains(QLatin1String("5")),
                 qPrintable(e));
        // no common period
        e = refusal(QStringLiteral("sum(a, b)"), {{count("a"), {"2019"}}, {count("b"), {"2020"}}});
        QVERIFY2(e.contains(QLatin1String("no period in common")), qPrintable(e));
        // a rate of shares
        e = refusal(QStringLiteral("rate(a, b, 100)"),
                    {{share("a"), {"2019"}}, {count("b"), {"2019"}}});
        QVERIFY2(e.contains(QLatin1String("counts")) && e.contains(QLatin1String("a share")),
                 qPrintable(e));
        // a difference of unlike things
        e = refusal(QStringLiteral("diff(a, b)"), {{share("a"), {"2019"}}, {count("b"), {"2019"}}});
        QVERIFY2(e.contains(QLatin1String("like from like")), qPrintable(e));
    }
    void aShareAbove100IsDoubted()
    {
        // Given the values of rate(pop_total, pop_u3, 100) — the inhabitants per child under
        // 3, i.e. swapped — in three areas and two years, and the city's row
        const auto value = [](const char *area, const char *period, double v) {
            IndicatorValue iv;
            iv.areaKey = QString::fromLatin1(area);
            iv.period = QString::fromLatin1(period);
            iv.value = v;
            return iv;
        };
        const std::vector<IndicatorValue> values {
            value("01", "2023", 3100.0), value("01", "2024", 3210.0), value("02", "2024", 2800.0),
            value("03", "2024", 100.0), // exactly 100 % is fine
            value("", "2024", 9999.0)}; // the city's row is no area
        const auto swapped = Recipe::parse(QStringLiteral("rate(pop_total, pop_u3, 100)"), nullptr);
        QVERIFY(swapped);
        // When they are checked
        const auto excess = ShareCheck::excess(*swapped, values);
        // Then two areas exceed 100 %, the largest in area 01 in 2024
        QVERIFY(excess);
        QCOMPARE(excess->areas, 2);
        QCOMPARE(excess->largest, 3210.0);
        QCOMPARE(excess->areaKey, QStringLiteral("01"));
        QCOMPARE(excess->period, QStringLiteral("2024"));
        // And the warning names the count, the largest value and the likely cause
        ShareExcess named = *excess;
        named.areaName = QStringLiteral("Altstadt");
        const QString warning = ShareCheck::warning(named, QStringLiteral("3,210.0 %"));
        QVERIFY2(warning.contains(QStringLiteral("in 2 area")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("3,210.0 %")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("Altstadt")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("swapped")), qPrintable(warning));

        // When the same values are a rate per 1,000 or a share per 1, Then nothing is doubted
        for (const char *text : {"rate(pop_total, pop_u3, 1000)", "rate(pop_total, pop_u3, 1)"}) {
            const auto r = Recipe::parse(QString::fromLatin1(text), nullptr);
            QVERIFY(r);
            QVERIFY2(!ShareCheck::excess(*r, values), text);
        }
        // And neither is a change, however large
        const auto change = Recipe::parse(QStringLiteral("change(pop_total, 2)"), nullptr);
        QVERIFY(change && !ShareCheck::excess(*change, values));
        // And a share at or below 100 % everywhere is fine
        const auto fine = Recipe::parse(QStringLiteral("rate(pop_u3, pop_total, 100)"), nullptr);
        QVERIFY(fine);
        QVERIFY(!ShareCheck::excess(*fine, {value("01", "2024", 3.1), value("03", "2024", 100.0)}));
    }
};

QTEST_GUILESS_MAIN(TestDerived)
#include "test_derived.moc"

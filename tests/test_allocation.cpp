// Splitting a budget by a needs indicator: every rule on cases computed by hand, the bad
// inputs, and the rule's canonical text.
#include "AllocationRule.h"
#include "Allocator.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace qw;

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

AllocationRule rule(double budget)
{
    AllocationRule r;
    r.indicatorKey = QStringLiteral("need");
    r.period = QStringLiteral("2024");
    r.levelKey = QStringLiteral("sozialraum");
    r.budget = budget;
    r.offset = 0;
    return r;
}

AllocationInput input(std::vector<double> values, std::vector<double> population = {})
{
    AllocationInput in;
    in.values = std::move(values);
    in.population = std::move(population);
    for (std::size_t i = 0; i < in.values.size(); ++i)
        in.keys.push_back(QString(QChar(u'A' + char16_t(i))));
    return in;
}

AllocationResult allocate(const AllocationRule &r, const AllocationInput &in)
{
    AllocationResult result;
    const QString error = Allocator::compute(r, in, &result);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return result;
}

double sum(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        if (std::isfinite(x))
            s += x;
    return s;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9 * std::max(1.0, std::abs(b));
}

#define QW_COMPARE_AMOUNTS(actual, ...)                                                  \
    do {                                                                                 \
        const std::vector<double> qwExpected {__VA_ARGS__};                              \
        QCOMPARE((actual).size(), qwExpected.size());                                    \
        for (std::size_t qwI = 0; qwI < qwExpected.size(); ++qwI)                        \
            QVERIFY2(std::isnan(qwExpected[qwI]) ? std::isnan((actual)[qwI])             \
                                                 : near((actual)[qwI], qwExpected[qwI]), \
                     qPrintable(QStringLiteral("area %1: %2, expected %3")               \
                                    .arg(qwI)                                            \
                                    .arg((actual)[qwI])                                  \
                                    .arg(qwExpected[qwI])));                             \
    } while (false)

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsInProportionToTheShiftedValue()
    {
        // Given values 1..4, shifted by the lowest with no offset: needs 0, 1, 2, 3 (sum 6)
        const AllocationResult r = allocate(rule(600), input({1, 2, 3, 4}));
        // Then 600 go 0 : 100 : 200 : 300, each a sixth per point of need
        QW_COMPARE_AMOUNTS(r.need, 0, 1, 2, 3);
        QW_COMPARE_AMOUNTS(r.amount, 0, 100, 200, 300);
        QW_COMPARE_AMOUNTS(r.share, 0, 1.0 / 6, 2.0 / 6, 3.0 / 6);
        QCOMPARE(r.lowest, 1.0);
        QCOMPARE(r.highest, 4.0);
        QCOMPARE(r.rounds, 1);
    }

    void theOffsetIsAShareOfTheRange()
    {
        // Given values 1..4 (range 3) and an offset of half the range: needs 1.5 .. 4.5
        AllocationRule r = rule(1200);
        r.offset = 0.5;
        const AllocationResult result = allocate(r, input({1, 2, 3, 4}));
        // Then the needs sum to 12 and 1,200 go 150 : 250 : 350 : 450
        QW_COMPARE_AMOUNTS(result.need, 1.5, 2.5, 3.5, 4.5);
        QW_COMPARE_AMOUNTS(result.amount, 150, 250, 350, 450);
    }

    void lowerValuesMeanMoreNeedWhenTheRuleSaysSo()
    {
        // Given coverage rates 10, 20, 40 where a low rate is the need: highest - value
        AllocationRule r = rule(500);
        r.need = NeedDirection::LowerValue;
        const AllocationResult result = allocate(r, input({10, 20, 40}));
        // Then needs 30, 20, 0 split 500 as 300 : 200 : 0
        QW_COMPARE_AMOUNTS(result.need, 30, 20, 0);
        QW_COMPARE_AMOUNTS(result.amount, 300, 200, 0);
    }

    void multipliesByThePopulation()
    {
        // Given needs 0, 1, 2 and 100, 300, 100 children: bases 0, 300, 200
        const AllocationResult r = allocate(rule(1000), input({0, 1, 2}, {100, 300, 100}));
        // Then 1,000 go 0 : 600 : 400
        QW_COMPARE_AMOUNTS(r.basis, 0, 300, 200);
        QW_COMPARE_AMOUNTS(r.amount, 0, 600, 400);
        QCOMPARE(r.basisTotal, 500.0);
    }

    void areasWithoutAValueAreLeftOut()
    {
        // Given an area without a value and two with 1 and 3 (range 2, offset 0.5: +1)
        AllocationRule r = rule(400);
        r.offset = 0.5;
        const AllocationResult result = allocate(r, input({kNone, 1, 3}));
        // Then the two get 100 and 300 and the first nothing, marked as left out
        QW_COMPARE_AMOUNTS(result.amount, kNone, 100, 300);
        QCOMPARE(result.limit[0], AllocationLimit::NoValue);
        QCOMPARE(result.withoutValue, 1);
        // and an area whose population is missing is left out the same way
        const AllocationResult noPop = allocate(rule(400), input({1, 2, 3}, {10, kNone, 10}));
        QW_COMPARE_AMOUNTS(noPop.amount, 0, kNone, 400);
    }

    void theFloorIsPaidForByTheOthersByTheSameKey()
    {
        // Given needs 0, 1, 2, 3, a budget of 600 and a floor of 60: by the key 0, 100,
        // 200, 300, so the first is raised to 60 and the other 540 split 1 : 2 : 3
        AllocationRule r = rule(600);
        r.floor = 60;
        const AllocationResult result = allocate(r, input({1, 2, 3, 4}));
        QW_COMPARE_AMOUNTS(result.amount, 60, 90, 180, 270);
        QCOMPARE(result.limit[0], AllocationLimit::Floor);
        QCOMPARE(result.limit[1], AllocationLimit::Key);
        QCOMPARE(result.rounds, 2);
    }

    void whatTheCapFreesIsRedistributedUntilStable()
    {
        // Given needs 1, 1, 2, 6, a budget of 1,000 and a cap of 280:
        // round 1: 100, 100, 200, 600 -> the last capped at 280, 720 left for needs 1, 1, 2
        // round 2: 180, 180, 360 -> the third capped at 280, 440 left for needs 1, 1
        // round 3: 220, 220: within the cap, stable
        // (values 1, 1, 2, 6 less the lowest plus a fifth of the range 5 give needs 1, 1, 2, 6)
        AllocationRule r = rule(1000);
        r.cap = 280;
        r.offset = 0.2;
        const AllocationInput in = input({1, 1, 2, 6});
        const AllocationResult result = allocate(r, in);
        QW_COMPARE_AMOUNTS(result.need, 1, 1, 2, 6);
        QW_COMPARE_AMOUNTS(result.amount, 220, 220, 280, 280);
        QCOMPARE(result.limit[3], AllocationLimit::Cap);
        QCOMPARE(result.limit[2], AllocationLimit::Cap);
        QCOMPARE(result.rounds, 3);
        // and with a cap of 400 one round of capping suffices: 150, 150, 300, 400
        r.cap = 400;
        QW_COMPARE_AMOUNTS(allocate(r, in).amount, 150, 150, 300, 400);
    }

    void floorAndCapTogether()
    {
        // Given needs 0, 1, 2, 7, a budget of 1,000, floor 100 and cap 400:
        // round 1: 0, 100, 200, 700; the cap's excess (300) outweighs the floor's lack (100),
        //   so the last is capped at 400 and 600 are left for needs 0, 1, 2
        // round 2: 0, 200, 400; the first is raised to 100, 500 left for needs 1, 2
        // round 3: 166.67, 333.33: within both, stable
        AllocationRule r = rule(1000);
        r.floor = 100;
        r.cap = 400;
        const AllocationResult result = allocate(r, input({0, 1, 2, 7}));
        QW_COMPARE_AMOUNTS(result.amount, 100, 500.0 / 3, 1000.0 / 3, 400);
        QCOMPARE(result.rounds, 3);
        // which is clamp(lambda x need, 100, 400) for the one lambda = 166.67
        const double lambda = 500.0 / 3;
        for (std::size_t i = 0; i < 4; ++i)
            QVERIFY(near(result.amount[i], std::clamp(lambda * result.need[i], 100.0, 400.0)));
        QVERIFY(near(sum(result.amount), 1000));
    }

    void pinnedAreasKeepTheirAmountAndTheKeySplitsTheRest()
    {
        // Given needs 0, 1, 2, 3 and area D pinned at 100 of 700
        AllocationRule r = rule(700);
        r.pins = {{QStringLiteral("D"), 100}};
        const AllocationResult result = allocate(r, input({1, 2, 3, 4}));
        // Then D gets 100 and the other 600 go 0 : 200 : 400
        QW_COMPARE_AMOUNTS(result.amount, 0, 200, 400, 100);
        QCOMPARE(result.limit[3], AllocationLimit::Pinned);
        QCOMPARE(result.basisTotal, 3.0);
        // and a pinned area gets its amount even without a value
        r.pins = {{QStringLiteral("A"), 100}};
        QW_COMPARE_AMOUNTS(allocate(r, input({kNone, 2, 3, 4})).amount, 100, 0, 200, 400);
    }

    void wholeUnitsByLargestRemainder()
    {
        // Given needs 0, 1, 2, 3 (values 1..4) plus offset 1/3 of the range (1): 1, 2, 3, 4,
        // 7 whole units: 0.7, 1.4, 2.1, 2.8 -> rounded down 0, 1, 2, 2 (5), and the two
        // units left go to the largest remainders, .8 (D) and .7 (A)
        AllocationRule r = rule(7);
        r.offset = 1.0 / 3;
        r.wholeUnits = true;
        r.unit = BudgetUnit::StaffPositions;
        const AllocationResult result = allocate(r, input({1, 2, 3, 4}));
        QW_COMPARE_AMOUNTS(result.amount, 1, 1, 2, 3);
        QCOMPARE(sum(result.amount), 7.0);
        QCOMPARE(result.roundedUp, 2);
        // and equal remainders go to the larger basis first, then to the first area:
        // 10 over needs 1, 1, 1 is 3.33 each -> 4, 3, 3
        AllocationRule equal = rule(10);
        equal.basis = BasisKind::ClassPoints;
        equal.points = {1};
        equal.wholeUnits = true;
        QW_COMPARE_AMOUNTS(allocate(equal, input({1, 1, 1})).amount, 4, 3, 3);
    }

    void classPointsWithWholeStaffPositions()
    {
        // Given classes 1, 2, 3, 4, 2, 1 with points 0, 1, 2, 3: needs 0, 1, 2, 3, 1, 0 (7),
        // 12 positions: 0, 1.71, 3.43, 5.14, 1.71, 0 -> down 0, 1, 3, 5, 1, 0 (10); the two
        // left go to the remainders .714 of B and E (equal basis: B first, then E)
        AllocationRule r = rule(12);
        r.basis = BasisKind::ClassPoints;
        r.points = {0, 1, 2, 3};
        r.wholeUnits = true;
        const AllocationResult result = allocate(r, input({1, 2, 3, 4, 2, 1}));
        QW_COMPARE_AMOUNTS(result.need, 0, 1, 2, 3, 1, 0);
        QW_COMPARE_AMOUNTS(result.amount, 0, 2, 3, 5, 2, 0);
        QCOMPARE(sum(result.amount), 12.0);
    }

    void wholeUnitsStayWithinFloorAndCapAndSumExactly()
    {
        // Given 1,000 random needs, floor 3, cap 40 and 15,001 whole units
        AllocationRule r = rule(15001);
        r.floor = 3;
        r.cap = 40;
        r.wholeUnits = true;
        std::vector<double> values;
        for (int i = 0; i < 1000; ++i)
            values.push_back(std::fmod(i * 7.31, 13.7));
        const AllocationResult result = allocate(r, input(values));
        // Then every amount is whole, within the limits, and they add up exactly
        double total = 0;
        for (double a : result.amount) {
            QCOMPARE(a, std::floor(a));
            QVERIFY(a >= 3 && a <= 40);
            total += a;
        }
        QCOMPARE(total, 15001.0);
    }

    void changeAgainstAPreviousAllocation()
    {
        // Given last year's amounts 50, 100 and none for the third area
        AllocationInput in = input({1, 2, 3, 4});
        in.previous = {50, 100, kNone, 300};
        const AllocationResult r = allocate(rule(600), in);
        // Then the change is this year's minus last year's, none where last year had none
        QW_COMPARE_AMOUNTS(r.change, -50, 0, kNone, 0);
    }

    void badInputIsRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("budget below the floors") << "floors"
                                                 << "smaller than the floors";
        QTest::newRow("cap below the floor") << "cap"
                                             << "below the floor";
        QTest::newRow("no values") << "novalues"
                                   << "No area has a value of need in 2024";
        QTest::newRow("pins above the budget") << "pins"
                                               << "more than the budget";
        QTest::newRow("all basis zero") << "zero"
                                        << "basis is zero";
        QTest::newRow("caps below the budget") << "caps"
                                               << "can take at most";
        QTest::newRow("whole units of a fraction") << "whole"
                                                   << "must be a whole number";
        QTest::newRow("points of no class") << "points"
                                            << "not a class from 1 to 4";
        QTest::newRow("pin of an unknown area") << "pinkey"
                                                << "Area X has a fixed amount";
        QTest::newRow("negative population") << "population"
                                             << "negative";
        QTest::newRow("floors after the pins") << "pinfloors"
                                               << "After the fixed amounts";
    }

    void badInputIsRefusedWithAMessage()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        AllocationRule r = rule(250);
        AllocationInput in = input({1, 2, 3});
        if (what == QLatin1String("floors")) {
            r.floor = 100; // 3 x 100 > 250
        } else if (what == QLatin1String("cap")) {
            r.floor = 60;
            r.cap = 50;
        } else if (what == QLatin1String("novalues")) {
            in.values = {kNone, kNone, kNone};
        } else if (what == QLatin1String("pins")) {
            r.pins = {{QStringLiteral("A"), 200}, {QStringLiteral("B"), 100}};
        } else if (what == QLatin1String("zero")) {
            in.values = {5, 5, 5}; // no range, no offset: every need is zero
        } else if (what == QLatin1String("caps")) {
            r.cap = 80; // 3 x 80 < 250
        } else if (what == QLatin1String("whole")) {
            r.wholeUnits = true;
            r.budget = 250.5;
        } else if (what == QLatin1String("points")) {
            r.basis = BasisKind::ClassPoints;
            in.values = {1, 2, 5};
        } else if (what == QLatin1String("pinkey")) {
            r.pins = {{QStringLiteral("X"), 10}};
        } else if (what == QLatin1String("population")) {
            in.population = {10, -1, 10};
        } else if (what == QLatin1String("pinfloors")) {
            r.pins = {{QStringLiteral("A"), 200}};
            r.floor = 30; // 50 left for two floors of 30
        }
        AllocationResult result;
        result.amount = {-1};
        const QString error = Allocator::compute(r, in, &result);
        QVERIFY2(error.contains(message), qPrintable(error));
        // and nothing was computed
        QCOMPARE(result.amount, std::vector<double> {-1});
    }

    void ruleTextRoundTrips()
    {
        // Given a rule with every field, keys with the text form's own signs
        AllocationRule r = rule(500000);
        r.indicatorKey = QStringLiteral("social;index");
        r.period = QStringLiteral("2023/24");
        r.levelKey = QStringLiteral("level \"a\"");
        r.unit = BudgetUnit::Hours;
        r.offset = 0.25;
        r.need = NeedDirection::LowerValue;
        r.populationKey = QStringLiteral("pop_u18");
        r.floor = 5000;
        r.cap = 40000;
        r.wholeUnits = true;
        r.pins = {{QStringLiteral("01:02"), 20000}, {QStringLiteral("0203"), 0}};
        // When it is written and read back
        QString error;
        const auto back = AllocationRule::parse(r.text(), &error);
        // Then it is the same rule, and its text the same text
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == r);
        QCOMPARE(back->text(), r.text());
        QVERIFY(r.text().startsWith(QStringLiteral("qw-allocation/1; indicator=\"social;index\"")));
        // and so is a rule by class points without limits
        AllocationRule points = rule(12);
        points.basis = BasisKind::ClassPoints;
        points.points = {0, 1, 2.5, 4};
        points.offset = AllocationRule().offset; // of the shifted basis: not in this text
        QCOMPARE(points.text(),
                 QStringLiteral("qw-allocation/1; indicator=need; period=2024; level=sozialraum; "
                                "budget=12; unit=euro; basis=points; points=0,1,2.5,4"));
        const auto pointsBack = AllocationRule::parse(points.text(), &error);
        QVERIFY(pointsBack && *pointsBack == points);
        // and a population of a period of its own (the index of 2020, the population of
        // 2024) is kept in a version 2 text, read back the same
        AllocationRule ownPeriod = rule(100);
        ownPeriod.period = QStringLiteral("202012");
        ownPeriod.populationKey = QStringLiteral("ew");
        ownPeriod.populationPeriod = QStringLiteral("2024");
        QVERIFY2(ownPeriod.text().startsWith(QStringLiteral("qw-allocation/2; "))
                     && ownPeriod.text().contains(QStringLiteral("; per=ew; per_period=2024")),
                 qPrintable(ownPeriod.text()));
        const auto ownBack = AllocationRule::parse(ownPeriod.text(), &error);
        QVERIFY2(ownBack, qPrintable(error));
        QCOMPARE(ownBack->populationPeriod, QStringLiteral("2024"));
        QVERIFY(*ownBack == ownPeriod);
    }

    void theBasisShareIsTheKeysAndTheShareTheAmounts()
    {
        // Given needs 1, 2, 7 (shifted without offset: 0, 1, 6) and a floor of 20 of 100
        AllocationRule r = rule(100);
        r.floor = 20;
        const AllocationResult result = allocate(r, input({1, 2, 7}));
        // Then the basis share is the key's alone: 0, 1/7, 6/7, adding up to one
        QCOMPARE(result.basisShare.size(), std::size_t(3));
        QVERIFY(near(result.basisShare[0], 0));
        QVERIFY(near(result.basisShare[1], 1.0 / 7));
        QVERIFY(near(result.basisShare[2], 6.0 / 7));
        // and the amount's share is after the floor: 20 and 20 raised, the rest 60
        QVERIFY(near(result.share[0], 0.2));
        QVERIFY(near(result.share[1], 0.2));
        QVERIFY(near(result.share[2], 0.6));
        // and a pinned area has an amount's share but no share of the key
        r.floor = 0;
        r.pins = {{QStringLiteral("A"), 10}};
        const AllocationResult pinned = allocate(r, input({1, 2, 7}));
        QVERIFY(std::isnan(pinned.basisShare[0]));
        QVERIFY(near(pinned.share[0], 0.1));
        QVERIFY(near(pinned.basisShare[1] + pinned.basisShare[2], 1));
    }

    void moneyIsWrittenOneWay()
    {
        // Given amounts in euros, whole or not, under German and English
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        // Then euros always carry their cents, whatever decimals are asked for
        QCOMPARE(AllocationRule::formatAmount(1234567, BudgetUnit::Euro, 0, de),
                 QStringLiteral("€1.234.567,00")); // the source text; German in the window
        QCOMPARE(AllocationRule::formatAmount(1234567, BudgetUnit::Euro, 2, de),
                 AllocationRule::formatAmount(1234567, BudgetUnit::Euro, 0, de));
        QCOMPARE(AllocationRule::formatAmount(5000.5, BudgetUnit::Euro, 0, en),
                 QStringLiteral("€5,000.50"));
        // and staff positions keep the decimals asked for
        QCOMPARE(AllocationRule::formatAmount(12, BudgetUnit::StaffPositions, 0, en),
                 QStringLiteral("12 staff positions"));
    }

    void damagedRuleTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString base = QStringLiteral(
            "qw-allocation/1; indicator=a; period=2024; level=s; budget=100; unit=euro; "
            "basis=shift; offset=0.1; need=higher");
        QTest::newRow("newer") << QStringLiteral("qw-allocation/3; indicator=a") << "newer version";
        QTest::newRow("population period without population")
            << QStringLiteral("qw-allocation/2; indicator=a; period=2020; level=s; budget=100; "
                              "unit=euro; basis=shift; per_period=2024")
            << "no population";
        QTest::newRow("population period in version 1")
            << base + QStringLiteral("; per=p; per_period=2024") << "unknown field";
        QTest::newRow("no head") << QStringLiteral("indicator=a") << "is no allocation rule";
        QTest::newRow("unknown field") << base + QStringLiteral("; colour=red") << "unknown field";
        QTest::newRow("twice") << base + QStringLiteral("; budget=5") << "twice";
        QTest::newRow("no number") << base + QStringLiteral("; floor=ten") << "no number";
        QTest::newRow("infinite") << base + QStringLiteral("; cap=inf") << "no number";
        QTest::newRow("missing") << QStringLiteral("qw-allocation/1; indicator=a; budget=1")
                                 << "lacks the field";
        QTest::newRow("quote") << base + QStringLiteral("; per=\"x") << "not closed";
        QTest::newRow("cap below floor")
            << base + QStringLiteral("; floor=50; cap=10") << "below the floor";
        QTest::newRow("unit") << QString(base).replace(QLatin1String("euro"),
                                                       QLatin1String("dollar"))
                              << "Unknown unit";
        QTest::newRow("pin") << QStringLiteral(
            "qw-allocation/1; indicator=a; period=2024; level=s; budget=100; unit=euro; "
            "basis=shift; pin=A")
                             << "not AREA:AMOUNT";
    }

    void damagedRuleTextIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!AllocationRule::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void describesTheRuleInWords()
    {
        // Given a rule with floor, cap, population, a pin and whole units
        AllocationRule r = rule(500000);
        r.offset = 0.1;
        r.populationKey = QStringLiteral("pop");
        r.floor = 5000;
        r.cap = 40000;
        r.wholeUnits = true;
        r.pins = {{QStringLiteral("0101"), 20000}};
        AllocationRule::Names names;
        names.indicator = [](const QString &k) {
            return k == QLatin1String("pop") ? QStringLiteral("children under 18")
                                             : QStringLiteral("Social index");
        };
        names.area = [](const QString &k) {
            return QStringLiteral("Lindenhof (%1)").arg(k);
        };
        names.level = QStringLiteral("Sozialraum");
        names.areas = 39;
        names.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        const QString words = r.describe(names);
        // Then it says what is split, by what, the limits, the pin and the rounding
        for (const char *part :
             {"A budget of €500,000.00 is split over the 39 area",
              "of the level Sozialraum by Social index (2024).",
              "its value minus the lowest value of all areas, plus 10 % of the range",
              "multiplied by the area's children under 18 in 2024",
              "at least €5,000.00 and at most €40,000.00", "shared out again",
              "Lindenhof (0101) €20,000.00", "the remaining €480,000.00", "whole euros",
              "largest remainders"})
            QVERIFY2(words.contains(QString::fromUtf8(part)), qPrintable(words));
        // and class points are listed per class, by its name where it has one
        r.basis = BasisKind::ClassPoints;
        r.points = {0, 1, 2};
        QVERIFY(r.describe(names).contains(
            QStringLiteral("(class 1: 0 points, class 2: 1 point, class 3: 2 points)")));
        names.className = [](int cls) {
            return cls == 3 ? QStringLiteral("sehr niedrig") : QString();
        };
        QVERIFY2(r.describe(names).contains(QStringLiteral(
                     "(class 1: 0 points, class 2: 1 point, sehr niedrig: 2 points)")),
                 qPrintable(r.describe(names)));
    }

    void theWordsNameWhatTheResultLeavesOut()
    {
        // Given staff positions split per child of the population's own year
        AllocationRule r = rule(10);
        r.period = QStringLiteral("202012");
        r.unit = BudgetUnit::StaffPositions;
        r.wholeUnits = true;
        r.populationKey = QStringLiteral("ew");
        r.populationPeriod = QStringLiteral("2024");
        AllocationRule::Names names;
        names.indicator = [](const QString &k) {
            return k == QLatin1String("ew") ? QStringLiteral("Einwohner") : QStringLiteral("MSS");
        };
        names.area = [](const QString &k) {
            return k;
        };
        names.level = QStringLiteral("Planungsraum");
        names.areas = 40;
        names.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        names.withoutValue = {QStringLiteral("Tiergarten (0101)"), QStringLiteral("Hafen (0102)")};
        names.keyedAreas = 38;
        names.zeroUnits = 28;
        const QString words = r.describe(names);
        // Then they say the population's period, the areas without a value by name, and
        // that with fewer units than areas most get none
        for (const char *part :
             {"multiplied by the area's Einwohner in 2024",
              // the source text's plural: "area(s)" (the catalogues give "areas")
              "without a value get nothing: Tiergarten (0101), Hafen (0102).",
              "With 10 staff positions for 38 areas there are fewer units than areas: 28 area"})
            QVERIFY2(words.contains(QString::fromUtf8(part)), qPrintable(words));
        // and a long list of areas without a value only begins, with how many more
        names.withoutValue.clear();
        for (int i = 0; i < 15; ++i)
            names.withoutValue << QStringLiteral("Area %1").arg(i);
        const QString many = r.describe(names);
        QVERIFY2(many.contains(QStringLiteral("the 15 area"))
                     && many.contains(QStringLiteral("without a value get nothing: Area 0, "))
                     && many.contains(QStringLiteral("Area 11, and 3 more.")),
                 qPrintable(many));
        // and enough units for every area but too small shares say why some get none
        r.budget = 100;
        QVERIFY2(r.describe(names).contains(QStringLiteral("get 0: their share is less "
                                                           "than one unit")),
                 qPrintable(r.describe(names)));
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "test_allocation.moc"

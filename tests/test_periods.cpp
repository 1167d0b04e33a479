// Period codes as planners write them: calendar years, school years, quarters; their one
// order, stepping back for changes, and matching across spellings and kinds.
#include "Period.h"
#include "Recipe.h"

#include <QTest>

#include <algorithm>

using namespace qw;

class TestPeriods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEverySpelling_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("quarter");
        const auto row = [](const char *code, PeriodKind kind, int year, int quarter = 0) {
            QTest::newRow(code) << QString::fromUtf8(code) << int(kind) << year << quarter;
        };
        row("2019", PeriodKind::CalendarYear, 2019);
        row("2019/20", PeriodKind::SchoolYear, 2019);
        row("2019/2020", PeriodKind::SchoolYear, 2019);
        row("2019-20", PeriodKind::SchoolYear, 2019);
        row("2019-2020", PeriodKind::SchoolYear, 2019);
        row("SJ 2019/20", PeriodKind::SchoolYear, 2019);
        row("Schuljahr 2019/20", PeriodKind::SchoolYear, 2019);
        row("schuljahr 2019/2020", PeriodKind::SchoolYear, 2019);
        row("1999/00", PeriodKind::SchoolYear, 1999);
        row("2023-Q4", PeriodKind::Quarter, 2023, 4);
        row("2023 Q4", PeriodKind::Quarter, 2023, 4);
        row("2023Q1", PeriodKind::Quarter, 2023, 1);
        row("Q4/2023", PeriodKind::Quarter, 2023, 4);
        row("Q2 2023", PeriodKind::Quarter, 2023, 2);
        row("4. Quartal 2023", PeriodKind::Quarter, 2023, 4);
        row("III. Quartal 2023", PeriodKind::Quarter, 2023, 3);
        row("2. Vierteljahr 2024", PeriodKind::Quarter, 2024, 2);
        row("1. Vj. 2024", PeriodKind::Quarter, 2024, 1);
        // No period of a kind: kept as text
        row("2015/2020", PeriodKind::Other, 0); // a span of years
        row("2019-21", PeriodKind::Other, 0);
        row("2023-Q5", PeriodKind::Other, 0);
        row("5. Quartal 2023", PeriodKind::Other, 0);
        row("Stichtag 31.12.", PeriodKind::Other, 0);
        row("31.12.2020", PeriodKind::Other, 0);
        row("", PeriodKind::Other, 0);
    }

    void readsEverySpelling()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(int, year);
        QFETCH(int, quarter);
        QCOMPARE(int(periodKind(code)), kind);
        QCOMPARE(calendarYear(code), kind == int(PeriodKind::CalendarYear) ? year : 0);
        QCOMPARE(schoolYearStart(code), kind == int(PeriodKind::SchoolYear) ? year : 0);
        int q = -1;
        QCOMPARE(quarterYear(code, &q), kind == int(PeriodKind::Quarter) ? year : 0);
        QCOMPARE(q, quarter);
    }

    void sortsEachKindInItsOwnOrder()
    {
        // Given periods as the store hands them out, ordered as text
        QStringList periods {"2019",    "2019/20", "2020",           "Q1/2024",    "Q3/2023",
                             "Q4/2023", "Stand B", "2018/19",        "SJ 2017/18", "Stand A",
                             "2009",    "1999/00", "4. Quartal 2022"};
        std::sort(periods.begin(), periods.end());
        // When sorted as periods
        sortPeriods(periods);
        // Then calendar years, school years (by start year, whatever the spelling), quarters
        // (by year, then quarter) and other codes as text follow each other
        QCOMPARE(periods,
                 (QStringList {"2009", "2019", "2020", "1999/00", "SJ 2017/18", "2018/19",
                               "2019/20", "4. Quartal 2022", "Q3/2023", "Q4/2023", "Q1/2024",
                               "Stand A", "Stand B"}));
        // and periodLess agrees with it, pair by pair
        for (qsizetype i = 1; i < periods.size(); ++i) {
            QVERIFY2(periodLess(periods[i - 1], periods[i]), qPrintable(periods[i]));
            QVERIFY(!periodLess(periods[i], periods[i - 1]));
        }
        // Two spellings of one period get an order too (as text), so sorting is stable
        QVERIFY(periodLess(QStringLiteral("2019/20"), QStringLiteral("SJ 2019/20")));
        QVERIFY(!periodLess(QStringLiteral("SJ 2019/20"), QStringLiteral("2019/20")));
    }

    void stepsBackInTheSameSpelling_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("earlier");
        QTest::newRow("year") << "2019" << 2 << "2017";
        QTest::newRow("school year") << "2019/20" << 2 << "2017/18";
        QTest::newRow("long school year") << "2019/2020" << 1 << "2018/2019";
        QTest::newRow("century") << "2000/01" << 1 << "1999/00";
        QTest::newRow("dash") << "2019-20" << 1 << "2018-19";
        QTest::newRow("SJ") << "SJ 2019/20" << 3 << "SJ 2016/17";
        QTest::newRow("Schuljahr") << "Schuljahr 2019/2020" << 1 << "Schuljahr 2018/2019";
        // A quarter steps back whole years: the same quarter, like season with like season
        QTest::newRow("quarter") << "2023-Q4" << 1 << "2022-Q4";
        QTest::newRow("quarter first") << "Q1/2024" << 2 << "Q1/2022";
        QTest::newRow("German quarter") << "4. Quartal 2023" << 1 << "4. Quartal 2022";
        QTest::newRow("Roman quarter") << "IV. Quartal 2023" << 1 << "IV. Quartal 2022";
        QTest::newRow("other") << "Stichtag 31.12." << 1 << "";
    }

    void stepsBackInTheSameSpelling()
    {
        QFETCH(QString, period);
        QFETCH(int, years);
        QFETCH(QString, earlier);
        QCOMPARE(periodYearsEarlier(period, years), earlier);
    }

    void changesCompareWithTheirOwnKind()
    {
        // Given a change over one year and an indicator whose periods switch kinds
        const auto recipe = Recipe::parse(QStringLiteral("change(quote, 1)"), nullptr);
        QVERIFY(recipe);
        const QStringList periods {"2018",    "2019",    "2019/20", "2020/21",
                                   "2023-Q4", "Q4/2024", "Stand B", "Stand A"};
        // Then each period is set against the same kind a year earlier
        QCOMPARE(recipe->basePeriod(QStringLiteral("2019"), periods), QStringLiteral("2018"));
        QCOMPARE(recipe->basePeriod(QStringLiteral("2020/21"), periods), QStringLiteral("2019/20"));
        // a quarter against the same quarter a year earlier, whatever its spelling
        QCOMPARE(recipe->basePeriod(QStringLiteral("Q4/2024"), periods), QString());
        const QStringList quarters {"Q4/2023", "Q1/2024", "Q2/2024", "Q3/2024", "Q4/2024"};
        QCOMPARE(recipe->basePeriod(QStringLiteral("Q4/2024"), quarters),
                 QStringLiteral("Q4/2023"));
        QCOMPARE(recipe->basePeriod(QStringLiteral("Q3/2024"), quarters), QString());
        // never across kinds: the school year 2019/20 has no school year before it here,
        // and the calendar year 2018 is not taken instead
        QCOMPARE(recipe->basePeriod(QStringLiteral("2019/20"), periods), QString());
        // other codes count places among the other codes, in their order as text
        QCOMPARE(recipe->basePeriod(QStringLiteral("Stand B"), periods), QStringLiteral("Stand A"));
        QCOMPARE(recipe->basePeriod(QStringLiteral("Stand A"), periods), QString());
    }

    void matchesSpellingsThenKinds()
    {
        // The same period written another way is the same period
        QCOMPARE(matchingPeriod({"2018/19", "SJ 2019/20"}, QStringLiteral("2019/20")),
                 QStringLiteral("SJ 2019/20"));
        QCOMPARE(matchingPeriod({"Q3/2023", "Q4/2023"}, QStringLiteral("2023-Q4")),
                 QStringLiteral("Q4/2023"));
        // and wins over the other kind
        QCOMPARE(matchingPeriod({"2019", "2019-20"}, QStringLiteral("SJ 2019/20")),
                 QStringLiteral("2019-20"));
        // A calendar year takes its school year, and back; a quarter takes no year
        QCOMPARE(matchingPeriod({"Schuljahr 2019/2020"}, QStringLiteral("2019")),
                 QStringLiteral("Schuljahr 2019/2020"));
        QCOMPARE(matchingPeriod({"2019"}, QStringLiteral("2019-Q1")), QString());
        QCOMPARE(matchingPeriod({"2019-Q1"}, QStringLiteral("2019")), QString());
    }

    void namesKindsWhereTheyDiffer()
    {
        QCOMPARE(periodsAcrossKinds(QStringLiteral("2019/20"), QStringLiteral("2019")),
                 QStringLiteral("School year 2019/20 against calendar year 2019"));
        QCOMPARE(periodsAcrossKinds(QStringLiteral("2019/20"), QStringLiteral("SJ 2018/19")),
                 QString());
        QCOMPARE(periodsAcrossKinds(QStringLiteral("2019"), QString()), QString());
        QCOMPARE(periodsByKind({"2019/20", "2018", "2018/19"}),
                 QStringLiteral("calendar year: 2018; school year: 2018/19, 2019/20"));
        QCOMPARE(
            periodKinds({"Q1/2024", "2019", "x"}),
            (QList<PeriodKind> {PeriodKind::CalendarYear, PeriodKind::Quarter, PeriodKind::Other}));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "test_periods.moc"

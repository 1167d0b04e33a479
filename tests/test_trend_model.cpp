#include "Project.h"
#include "Quantile.h"
#include "TrendFixtures.h"
#include "TrendModel.h"
#include "ValueWording.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace qw;

// The trend panel's model: an indicator over its periods for chosen areas, the city line
// and the level's band, against values worked out by hand from a five-area fixture.
class TestTrendModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

    static QStringList keys(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *k : list)
            out << QString::fromLatin1(k);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::writeTrendFixture(m_dir.filePath(QStringLiteral("trend.gpkg")));
    }

    void drawsTheChosenAreasOverAllPeriods()
    {
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Given areas A and E and a key the project does not have
        // When the trend of the rate is built
        model.setTrend(m_project, QStringLiteral("poverty"), QStringLiteral("sr"),
                       keys({"A", "E", "nope"}), true, QLocale(QLocale::German));
        // Then there is a row for A, E, the city and the band's two edges, a column per year
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.areaKeys(), keys({"A", "E"}));
        QCOMPARE(model.rowCount(), 2 + 3);
        QCOMPARE(model.periods(), keys({"2022", "2023", "2024"}));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("2023"));
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("Gebiet A"));
        QCOMPARE(model.index(0, 0).data(TrendModel::SeriesRole).toInt(),
                 int(TrendModel::Series::Area));
        QCOMPARE(model.index(model.cityRow(), 0).data(TrendModel::SeriesRole).toInt(),
                 int(TrendModel::Series::City));
        QCOMPARE(model.index(1, 2).data(TrendModel::AreaKeyRole).toString(), QStringLiteral("E"));
        QCOMPARE(model.index(1, 2).data(TrendModel::PeriodRole).toString(), QStringLiteral("2024"));
        // And A's values are 10 % (2022) and 20 % (2024), written as the tables write them
        QCOMPARE(model.index(0, 0).data(TrendModel::ValueRole).toDouble(), 10.0);
        QCOMPARE(model.index(0, 2).data(TrendModel::ValueRole).toDouble(), 20.0);
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("20,0"));
        QCOMPARE(model.title(), QStringLiteral("Kinderarmut, in %"));
    }

    void leavesGapsForSuppressedAndMissingValues()
    {
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Given A (2 cases in 2023, below the minimum of 3) and E (no value in 2023)
        model.setTrend(m_project, QStringLiteral("poverty"), QStringLiteral("sr"), keys({"A", "E"}),
                       true, QLocale(QLocale::German));
        // Then both have a gap in 2023, never a number between their neighbours
        const QModelIndex a = model.index(0, 1), e = model.index(1, 1);
        QVERIFY(std::isnan(a.data(TrendModel::ValueRole).toDouble()));
        QVERIFY(std::isnan(e.data(TrendModel::ValueRole).toDouble()));
        // And the gap says why: suppressed "." for A, no value "–" for E
        QCOMPARE(a.data(TrendModel::StatusRole).toInt(), int(ValueStatus::Suppressed));
        QCOMPARE(a.data().toString(), QStringLiteral("."));
        QCOMPARE(e.data(TrendModel::StatusRole).toInt(), int(ValueStatus::Missing));
        QCOMPARE(e.data().toString(), QStringLiteral("–"));
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2023")));
        QCOMPARE(model.describe(0, 1), ValueWording::suppressed(3));
        QCOMPARE(model.describe(1, 1), ValueWording::noData());
        QCOMPARE(model.describe(1, 0), QStringLiteral("50,0"));
        // And the values around the gap stay as they are
        QCOMPARE(model.value(1, 0), 50.0);
        QCOMPARE(model.value(1, 2), 60.0);
    }

    void cityLineIsRecomputedFromTheParts()
    {
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Given no area chosen: the city and the band are still drawn
        model.setTrend(m_project, QStringLiteral("poverty"), QStringLiteral("sr"), {}, true,
                       QLocale(QLocale::German));
        QCOMPARE(model.rowCount(), 3);
        const int city = model.cityRow();
        QCOMPARE(model.headerData(city, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("City"));
        // Then the city's rate is its cases over its children, summed over all areas:
        // 2022: 150 of 500 = 30 %; 2023 (A's suppressed 2 cases count for the city, E has
        // none): 100 of 300 = 33.3 %; 2024: 160 of 500 = 32 %.
        QCOMPARE(model.value(city, 0), 30.0);
        QCOMPARE(model.value(city, 1), 100.0 / 300.0 * 100.0);
        QCOMPARE(model.value(city, 2), 32.0);
        QCOMPARE(model.index(city, 1).data().toString(), QStringLiteral("33,3"));
        // And it is the value the comparison and the profile show (Project::cityValue)
        QCOMPARE(model.value(city, 1),
                 *m_project->cityValue(QStringLiteral("poverty"), QStringLiteral("2023"),
                                       QStringLiteral("sr")));
    }

    void bandIsTheRangeOrTheMiddleHalf()
    {
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrend(m_project, QStringLiteral("poverty"), QStringLiteral("sr"), keys({"B"}),
                       true, QLocale(QLocale::German));
        const int low = model.bandLowRow(), high = model.bandHighRow();
        // Given the range band (the default): lowest and highest shown value of the level
        QCOMPARE(model.band(), TrendModel::Band::Range);
        QCOMPARE(model.value(low, 0), 10.0);
        QCOMPARE(model.value(high, 0), 50.0);
        // 2023: only B 22.5, C 30 and D 50 are shown (A suppressed, E missing)
        QCOMPARE(model.value(low, 1), 22.5);
        QCOMPARE(model.value(high, 1), 50.0);
        QCOMPARE(model.index(low, 1).data(TrendModel::AreaCountRole).toInt(), 3);
        QCOMPARE(model.value(high, 2), 60.0);
        QCOMPARE(model.headerData(low, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("Lowest area"));

        // When the band is switched to the interquartile range
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setBand(TrendModel::Band::Interquartile);
        // Then the band rows change (and nothing else is reset)
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), low);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), high);
        QCOMPARE(model.headerData(high, Qt::Vertical, Qt::DisplayRole).toString(),
                 QStringLiteral("Third quartile"));
        // 2022, sorted 10 20 30 40 50: the quartiles fall on the 2nd and 4th value
        QCOMPARE(model.value(low, 0), 20.0);
        QCOMPARE(model.value(high, 0), 40.0);
        // 2023, sorted 22.5 30 50: h = 0.5 -> 22.5 + 0.5 x 7.5; h = 1.5 -> 30 + 0.5 x 20
        QCOMPARE(model.value(low, 1), 26.25);
        QCOMPARE(model.value(high, 1), 40.0);
        // 2024, sorted 10 20 30 40 60
        QCOMPARE(model.value(low, 2), 20.0);
        QCOMPARE(model.value(high, 2), 40.0);
        // And B's own line is untouched
        QCOMPARE(model.value(0, 1), 22.5);
    }

    void endsAtTheLastPeriodAskedFor()
    {
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Given a profile of 2023
        model.setTrend(m_project, QStringLiteral("poverty"), QStringLiteral("sr"), keys({"B"}),
                       true, QLocale(QLocale::German), QStringLiteral("2023"));
        // Then the trend ends there: no later year
        QCOMPARE(model.periods(), keys({"2022", "2023"}));
        QCOMPARE(model.value(0, 1), 22.5);
        // And a period the indicator does not have leaves all periods
        model.setTrend(m_project, QStringLiteral("poverty"), QStringLiteral("sr"), keys({"B"}),
                       true, QLocale(QLocale::German), QStringLiteral("1999"));
        QCOMPARE(model.columnCount(), 3);
    }

    void quantileInterpolatesBetweenOrderStatistics()
    {
        // Given four sorted values
        const std::vector<double> v {1, 2, 4, 8};
        // Then the quartiles lie a quarter of the way between neighbours (h = 0.75, 2.25)
        QCOMPARE(sortedQuantile(v, 0.25), 1.75);
        QCOMPARE(sortedQuantile(v, 0.75), 5.0);
        QCOMPARE(sortedQuantile(v, 0.0), 1.0);
        QCOMPARE(sortedQuantile(v, 1.0), 8.0);
        QCOMPARE(sortedQuantile({7}, 0.25), 7.0);
        QVERIFY(std::isnan(sortedQuantile({}, 0.5)));
    }

    void unknownIndicatorHasNoRows()
    {
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrend(m_project, QStringLiteral("poverty"), QStringLiteral("sr"), keys({"A"}),
                       true, QLocale(QLocale::German));
        // When an indicator the project does not have is asked for, or the model is cleared
        model.setTrend(m_project, QStringLiteral("nothing"), QStringLiteral("sr"), keys({"A"}),
                       true, QLocale(QLocale::German));
        // Then there is nothing to draw
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QVERIFY(model.title().isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setBand(TrendModel::Band::Interquartile); // no rows: nothing to change
        QCOMPARE(model.band(), TrendModel::Band::Interquartile);
    }
};

QTEST_GUILESS_MAIN(TestTrendModel)
#include "test_trend_model.moc"

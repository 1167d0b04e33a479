#include "ComparisonCharts.h"
#include "ComparisonChartsView.h"
#include "ComparisonModel.h"
#include "DemoCityGenerator.h"
#include "ImageSupport.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"
#include "TrendFixtures.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace qw;

class TestComparisonModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase()
    {
        // Three areas with 10, 20 and 30 % of a "higher is worse" rate, one with a
        // suppressed small count, one without values (so that the city minus the others
        // does not give the suppressed one away), and a neutral count indicator.
        const QString path = m_dir.filePath(QStringLiteral("cmp.gpkg"));
        ProjectStore::create(path, ProjectMetadata {}, [](ProjectStore &s) {
            s.writeAreas(test::squareAreas({"A", "B", "C", "D", "E"}));
            Indicator rate;
            rate.key = QStringLiteral("poverty");
            rate.nameDe = QStringLiteral("Armut");
            rate.unit = QStringLiteral("%");
            rate.kind = IndicatorKind::Rate;
            rate.polarity = Polarity::HigherIsWorse;
            rate.department = QStringLiteral("Jobcenter");
            rate.minCases = 3;
            Indicator count;
            count.key = QStringLiteral("children");
            count.nameDe = QStringLiteral("Kinder");
            count.kind = IndicatorKind::Count;
            count.department = QStringLiteral("Statistik");
            count.decimals = 0;
            s.writeIndicators({rate, count});
            const QString p = QStringLiteral("2024");
            s.valueRepository().upsert(
                {{QStringLiteral("A"), rate.key, p, 10, 10, 100, ValueStatus::Ok, 0},
                 {QStringLiteral("B"), rate.key, p, 20, 20, 100, ValueStatus::Ok, 0},
                 {QStringLiteral("C"), rate.key, p, 30, 30, 100, ValueStatus::Ok, 0},
                 {QStringLiteral("D"), rate.key, p, 20, 2, 10, ValueStatus::Ok, 0},
                 {QStringLiteral("A"), count.key, p, 500, {}, {}, ValueStatus::Ok, 0},
                 {QStringLiteral("B"), count.key, p, 700, {}, {}, ValueStatus::Ok, 0}});
        });
        m_project = Project::open(path);
    }

    void comparesAreasWithTheCity()
    {
        ComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Given areas A, C and D (D's 2 cases are below the minimum of 3) and an unknown key
        model.setComparison(
            m_project, QStringLiteral("sr"),
            {QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("nope")},
            QStringLiteral("2024"), true, QLocale(QLocale::German));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.areaKeys(),
                 (QStringList {QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(model.columnCount(), 3 + 3 + 1); // indicator, unit, period; areas; city
        QCOMPARE(model.headerData(model.cityColumn(), Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("City"));
        QCOMPARE(model.headerData(ComparisonModel::PeriodColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Period"));
        // Then the rate row holds the values, the city value from summed counts, and
        // deviations signed so that lower poverty counts as better
        const QModelIndex jobcenter = model.index(0, 0);
        QCOMPARE(jobcenter.data().toString(), QStringLiteral("Jobcenter"));
        const QModelIndex row = model.index(0, 0, jobcenter);
        QCOMPARE(row.data().toString(), QStringLiteral("Armut"));
        QCOMPARE(row.siblingAtColumn(ComparisonModel::PeriodColumn).data().toString(),
                 QStringLiteral("2024"));
        // Columns A, C, D after the indicator, unit and period columns
        const auto cell = [&](int area, int role) {
            return model.index(0, area, jobcenter).data(role);
        };
        const int a = ComparisonModel::FirstAreaColumn, c = a + 1, d = a + 2;
        QCOMPARE(cell(a, Qt::DisplayRole).toString(), QStringLiteral("10,0"));
        QCOMPARE(cell(c, Qt::DisplayRole).toString(), QStringLiteral("30,0"));
        // The city: (10 + 20 + 30 + 2) / (100 + 100 + 100 + 10) = 20 %
        QCOMPARE(cell(model.cityColumn(), ComparisonModel::ValueRole).toDouble(),
                 62.0 / 310.0 * 100.0);
        // Deviation: z against the shown values 10, 20, 30 (D is suppressed): sd = sqrt(200/3)
        const double city = 62.0 / 310.0 * 100.0;
        const double sd = std::sqrt(200.0 / 3.0);
        QVERIFY(std::abs(cell(a, ComparisonModel::DeviationRole).toDouble() - (city - 10) / sd)
                < 1e-9);
        QVERIFY(cell(a, ComparisonModel::DeviationRole).toDouble() > 0); // A does better
        QVERIFY(cell(c, ComparisonModel::DeviationRole).toDouble() < 0); // C does worse
        QCOMPARE(cell(a, ComparisonModel::RankRole).toInt(), 3);
        QCOMPARE(cell(c, ComparisonModel::RankRole).toInt(), 1);
        // D is suppressed: the official sign, no number, no deviation, no rank
        QCOMPARE(cell(d, Qt::DisplayRole).toString(), QStringLiteral("."));
        QVERIFY(std::isnan(cell(d, ComparisonModel::DeviationRole).toDouble()));
        QCOMPARE(cell(d, ComparisonModel::RankRole).toInt(), 0);
        // The neutral count has values but no deviation; missing values show as a dash
        const QModelIndex stat = model.index(1, 0);
        QCOMPARE(model.index(0, a, stat).data().toString(), QStringLiteral("500"));
        QVERIFY(
            std::isnan(model.index(0, a, stat).data(ComparisonModel::DeviationRole).toDouble()));
        QCOMPARE(model.index(0, c, stat).data().toString(), QStringLiteral("–"));
    }

    void chartsFollowTheComparison()
    {
        // Given the comparison of A, B, C and the suppressed D
        ComparisonModel model;
        model.setComparison(
            m_project, QStringLiteral("sr"),
            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
            QStringLiteral("2024"), true, QLocale(QLocale::German));
        // Then the bars of poverty hold the shown values, the signs and the city line
        const auto bars = ComparisonCharts::bars(model, QStringLiteral("poverty"));
        QVERIFY(bars);
        QCOMPARE(bars->values.size(), std::size_t(4));
        QCOMPARE(bars->values[0], 10.0);
        QCOMPARE(bars->values[2], 30.0);
        QVERIFY(std::isnan(bars->values[3]));
        QCOMPARE(bars->labels.value(3), QStringLiteral("."));
        QCOMPARE(bars->city, 62.0 / 310.0 * 100.0);
        QVERIFY(!ComparisonCharts::bars(model, QStringLiteral("unknown")));
        // and the spine chart has poverty only (counts have no city value on the areas'
        // scale): lower is better, best area 10 at the right end, worst 30 at the left,
        // the city 20 in the middle, suppressed D without a dot
        const auto spine = ComparisonCharts::spineRows(model);
        QCOMPARE(spine.size(), std::size_t(1));
        QCOMPARE(spine[0].label, QStringLiteral("Armut"));
        QVERIFY(!spine[0].neutral);
        QCOMPARE(spine[0].positions[0], 1.0);
        QVERIFY(std::abs(spine[0].positions[1] - 0.5) < 1e-12);
        QCOMPARE(spine[0].positions[2], 0.0);
        QVERIFY(std::isnan(spine[0].positions[3]));

        // When the charts view shows the comparison
        ComparisonChartsView view(&model);
        view.resize(900, 320);
        view.setBarIndicator(QStringLiteral("poverty"));
        QCOMPARE(view.barIndicator(), QStringLiteral("poverty"));
        // Then its picture has the first three areas' colours (bars and dots)
        const QImage image = view.grab().toImage();
        const QSet<QRgb> colours = test::sampledColours(image);
        for (int a = 0; a < 3; ++a)
            QVERIFY2(colours.contains(ComparisonCharts::areaColour(a).rgb()),
                     qPrintable(QString::number(a)));
        // and a new comparison without that indicator falls back, and back again
        auto *combo = view.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 2);
        model.setComparison(m_project, QStringLiteral("sr"),
                            {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("2024"),
                            true, QLocale(QLocale::German));
        QCOMPARE(view.barIndicator(), QStringLiteral("poverty"));
    }

    void aChosenPeriodMatchesByOneRule()
    {
        const QStringList schoolYears {QStringLiteral("2018/19"), QStringLiteral("2019/20"),
                                       QStringLiteral("2020/21")};
        const QStringList years {QStringLiteral("2018"), QStringLiteral("2019")};
        // A calendar year takes the school year that begins in it, and back
        QCOMPARE(matchingPeriod(schoolYears, QStringLiteral("2019")), QStringLiteral("2019/20"));
        QCOMPARE(matchingPeriod(years, QStringLiteral("2019/20")), QStringLiteral("2019"));
        QCOMPARE(matchingPeriod({QStringLiteral("2019/2020")}, QStringLiteral("2019")),
                 QStringLiteral("2019/2020"));
        // The same code wins over a matching one
        QCOMPARE(matchingPeriod({QStringLiteral("2019/20"), QStringLiteral("2019")},
                                QStringLiteral("2019")),
                 QStringLiteral("2019"));
        // No match is no period: never the latest, nor a neighbouring year; a span of years
        // is no school year
        QCOMPARE(matchingPeriod(schoolYears, QStringLiteral("2021")), QString());
        QCOMPARE(matchingPeriod(years, QStringLiteral("2017/18")), QString());
        QCOMPARE(matchingPeriod({QStringLiteral("2019/2024")}, QStringLiteral("2019")), QString());
        QCOMPARE(matchingPeriod(years, QString()), QString());
    }

    void demoRowsShowTheChosenPeriodOrSayThereIsNone()
    {
        // Given the demo city over 2018 to 2021 (school years 2018/19 to 2021/22), whose
        // absenteeism series begins only in 2020/21
        QTemporaryDir dir;
        auto options = test::smallCity();
        options.firstYear = 2018;
        options.periodCount = 4;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(options).writeProject(path);
        const auto project = Project::open(path);
        QVERIFY(
            project->periods(QStringLiteral("absenteeism")).startsWith(QStringLiteral("2020/21")));
        const QString level = project->finestLevel();
        QStringList keys;
        for (int i : project->areasOfLevel(level))
            if (keys.size() < 2)
                keys << project->areas()[size_t(i)].key;
        ComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // When 2019 is chosen
        model.setComparison(project, level, keys, QStringLiteral("2019"), false,
                            QLocale(QLocale::English));
        QCOMPARE(model.chosenPeriod(), QStringLiteral("2019"));
        int rows = 0, schoolYearRows = 0;
        bool sawAbsenteeism = false;
        for (int d = 0; d < model.rowCount(); ++d)
            for (int r = 0; r < model.rowCount(model.index(d, 0)); ++r) {
                const QModelIndex row = model.index(r, 0, model.index(d, 0));
                const QString key = row.data(ComparisonModel::IndicatorKeyRole).toString();
                const QString period = row.data(ComparisonModel::PeriodRole).toString();
                const QString shown =
                    row.siblingAtColumn(ComparisonModel::PeriodColumn).data().toString();
                const QModelIndex value = row.siblingAtColumn(ComparisonModel::FirstAreaColumn);
                const QModelIndex city = row.siblingAtColumn(model.cityColumn());
                ++rows;
                if (key == QStringLiteral("absenteeism")) {
                    // Then the indicator without 2019 has no value and says so
                    sawAbsenteeism = true;
                    QCOMPARE(period, QString());
                    QCOMPARE(shown, QStringLiteral("no value for 2019"));
                    for (const QModelIndex &cell : {value, city}) {
                        QVERIFY(std::isnan(cell.data(ComparisonModel::ValueRole).toDouble()));
                        QCOMPARE(cell.data().toString(), QStringLiteral("–"));
                        QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                                 QStringLiteral("no value for 2019"));
                        QCOMPARE(cell.data(ComparisonModel::RankRole).toInt(), 0);
                        QVERIFY(cell.data(ComparisonModel::TrendRole).toList().isEmpty());
                    }
                    continue;
                }
                // and every other row comes from 2019 or the school year beginning in it,
                // shows it in its period column and names it in its tooltips
                QVERIFY2(period == QStringLiteral("2019") || period == QStringLiteral("2019/20"),
                         qPrintable(key + QStringLiteral(": ") + period));
                QCOMPARE(period,
                         project->periods(key).contains(QStringLiteral("2019"))
                             ? QStringLiteral("2019")
                             : QStringLiteral("2019/20"));
                QCOMPARE(shown, period);
                QVERIFY2(city.data(Qt::ToolTipRole).toString().contains(period), qPrintable(key));
                QCOMPARE(row.data(ComparisonModel::TrendPeriodsRole).toStringList().last(), period);
                if (period == QStringLiteral("2019/20")) {
                    ++schoolYearRows;
                    QCOMPARE(row.siblingAtColumn(ComparisonModel::PeriodColumn)
                                 .data(Qt::ToolTipRole)
                                 .toString(),
                             QStringLiteral("School year 2019/20 against calendar year 2019 "
                                            "(chosen: 2019)"));
                }
            }
        QVERIFY(sawAbsenteeism);
        QVERIFY(schoolYearRows > 3); // the Kita and school rows
        QVERIFY(rows > schoolYearRows + 3);
        // and the charts place no row without a value
        for (const auto &spine : ComparisonCharts::spineRows(model))
            QVERIFY(spine.label != QStringLiteral("School absenteeism"));
        // When the chosen period changes, the rows follow it
        model.setComparison(project, level, keys, QStringLiteral("2021/22"), false,
                            QLocale(QLocale::English));
        for (int d = 0; d < model.rowCount(); ++d)
            for (int r = 0; r < model.rowCount(model.index(d, 0)); ++r) {
                const QString period = model.index(r, 0, model.index(d, 0))
                                           .data(ComparisonModel::PeriodRole)
                                           .toString();
                QVERIFY2(period == QStringLiteral("2021") || period == QStringLiteral("2021/22"),
                         qPrintable(period));
            }
    }
};

QTEST_MAIN(TestComparisonModel)
#include "test_comparison_model.moc"

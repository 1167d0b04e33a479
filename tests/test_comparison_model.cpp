#include "ComparisonCharts.h"
#include "ComparisonChartsView.h"
#include "ComparisonModel.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"

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
        // suppressed small count, and a neutral count indicator.
        const QString path = m_dir.filePath(QStringLiteral("cmp.gpkg"));
        ProjectStore::create(path, ProjectMetadata {}, [](ProjectStore &s) {
            std::vector<Area> areas;
            for (const char *key : {"A", "B", "C", "D"}) {
                Area a;
                a.key = QString::fromLatin1(key);
                a.name = QStringLiteral("Gebiet ") + a.key;
                a.level = QStringLiteral("sr");
                const double x = (key[0] - 'A') * 200.0;
                a.geometry.addPolygon({{x, 0, x + 100, 0, x + 100, 100, x, 100, x, 0}});
                areas.push_back(a);
            }
            s.writeAreas(areas);
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
            s.writeValues({{QStringLiteral("A"), rate.key, p, 10, 10, 100, ValueStatus::Ok, 0},
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
        QCOMPARE(model.columnCount(), 2 + 3 + 1);
        QCOMPARE(model.headerData(model.cityColumn(), Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("City"));
        // Then the rate row holds the values, the city value from summed counts, and
        // deviations signed so that lower poverty counts as better
        const QModelIndex jobcenter = model.index(0, 0);
        QCOMPARE(jobcenter.data().toString(), QStringLiteral("Jobcenter"));
        const QModelIndex row = model.index(0, 0, jobcenter);
        QCOMPARE(row.data().toString(), QStringLiteral("Armut"));
        const auto cell = [&](int column, int role) {
            return model.index(0, column, jobcenter).data(role);
        };
        QCOMPARE(cell(2, Qt::DisplayRole).toString(), QStringLiteral("10,0"));
        QCOMPARE(cell(3, Qt::DisplayRole).toString(), QStringLiteral("30,0"));
        // The city: (10 + 20 + 30 + 2) / (100 + 100 + 100 + 10) = 20 %
        QCOMPARE(cell(model.cityColumn(), ComparisonModel::ValueRole).toDouble(),
                 62.0 / 310.0 * 100.0);
        // Deviation: z against the shown values 10, 20, 30 (D is suppressed): sd = sqrt(200/3)
        const double city = 62.0 / 310.0 * 100.0;
        const double sd = std::sqrt(200.0 / 3.0);
        QVERIFY(std::abs(cell(2, ComparisonModel::DeviationRole).toDouble() - (city - 10) / sd)
                < 1e-9);
        QVERIFY(cell(2, ComparisonModel::DeviationRole).toDouble() > 0); // A does better
        QVERIFY(cell(3, ComparisonModel::DeviationRole).toDouble() < 0); // C does worse
        QCOMPARE(cell(2, ComparisonModel::RankRole).toInt(), 3);
        QCOMPARE(cell(3, ComparisonModel::RankRole).toInt(), 1);
        // D is suppressed: the official sign, no number, no deviation, no rank
        QCOMPARE(cell(4, Qt::DisplayRole).toString(), QStringLiteral("."));
        QVERIFY(std::isnan(cell(4, ComparisonModel::DeviationRole).toDouble()));
        QCOMPARE(cell(4, ComparisonModel::RankRole).toInt(), 0);
        // The neutral count has values but no deviation; missing values show as a dash
        const QModelIndex stat = model.index(1, 0);
        QCOMPARE(model.index(0, 2, stat).data().toString(), QStringLiteral("500"));
        QVERIFY(
            std::isnan(model.index(0, 2, stat).data(ComparisonModel::DeviationRole).toDouble()));
        QCOMPARE(model.index(0, 3, stat).data().toString(), QStringLiteral("–"));
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
};

QTEST_MAIN(TestComparisonModel)
#include "test_comparison_model.moc"

#include "DemoCityGenerator.h"
#include "Geos.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace qw;

namespace {

// Pearson correlation of two indicators over the small areas in one period.
double correlation(const DemoCityGenerator::City &city, const QString &a, const QString &b,
                   const QString &periodA, const QString &periodB)
{
    std::map<QString, double> va, vb;
    for (const auto &v : city.values) {
        if (!v.value)
            continue;
        if (v.indicatorKey == a && v.period == periodA)
            va[v.areaKey] = *v.value;
        if (v.indicatorKey == b && v.period == periodB)
            vb[v.areaKey] = *v.value;
    }
    std::vector<std::pair<double, double>> xy;
    for (const auto &[key, x] : va)
        if (vb.count(key))
            xy.emplace_back(x, vb[key]);
    double mx = 0, my = 0;
    for (auto [x, y] : xy) {
        mx += x;
        my += y;
    }
    mx /= xy.size();
    my /= xy.size();
    double sxy = 0, sxx = 0, syy = 0;
    for (auto [x, y] : xy) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
    DemoCityGenerator::City m_city = DemoCityGenerator(DemoCityGenerator::Options {}).generate();

private Q_SLOTS:
    void isDeterministic()
    {
        const auto again = DemoCityGenerator(DemoCityGenerator::Options {}).generate();
        QCOMPARE(again.areas.size(), m_city.areas.size());
        for (std::size_t i = 0; i < again.areas.size(); ++i) {
            QCOMPARE(again.areas[i].key, m_city.areas[i].key);
            QCOMPARE(again.areas[i].name, m_city.areas[i].name);
            QVERIFY(again.areas[i].geometry == m_city.areas[i].geometry);
        }
        QCOMPARE(again.values.size(), m_city.values.size());
        for (std::size_t i = 0; i < again.values.size(); ++i)
            QCOMPARE(again.values[i].value, m_city.values[i].value);
        // A different seed gives a different city
        DemoCityGenerator::Options other;
        other.seed = 7;
        QVERIFY(!(DemoCityGenerator(other).generate().areas.back().geometry
                  == m_city.areas.back().geometry));
    }

    void hasTheShapeOfAMiddleSizedCity()
    {
        int sozialraeume = 0, bezirke = 0;
        for (const Area &a : m_city.areas) {
            if (a.level == QLatin1String("sozialraum")) {
                ++sozialraeume;
                QVERIFY(!a.parentKey.isEmpty());
                QVERIFY(a.key.startsWith(a.parentKey));
            } else {
                ++bezirke;
            }
        }
        QCOMPARE(sozialraeume, 39);
        QCOMPARE(bezirke, 12);
        double population = 0;
        for (const auto &v : m_city.values)
            if (v.indicatorKey == QLatin1String("pop_total") && v.period == QLatin1String("2015"))
                population += *v.value;
        QVERIFY2(population > 590000 && population < 610000,
                 qPrintable(QString::number(population)));
        QVERIFY(m_city.indicators.size() >= 25);
        QVERIFY(m_city.facilities.size() >= 230 && m_city.facilities.size() <= 270);
        QCOMPARE(m_city.landmarks.size(), std::size_t(1));
    }

    void geometryIsAValidCoverage()
    {
        Geos geos;
        double small = 0, large = 0;
        for (const Area &a : m_city.areas) {
            QVERIFY2(geos.invalidReason(a.geometry).isEmpty(),
                     qPrintable(a.key + QLatin1Char(' ') + geos.invalidReason(a.geometry)));
            (a.level == QLatin1String("sozialraum") ? small : large) += a.geometry.area();
            // Natural borders: far more vertices than a Voronoi cell's six
            if (a.level == QLatin1String("sozialraum"))
                QVERIFY(a.geometry.pointCount() > 50);
        }
        // Districts are exactly the union of their Sozialräume (no gaps, no overlaps)
        QVERIFY2(std::abs(small - large) / small < 1e-6,
                 qPrintable(QString::number(small - large)));
        QVERIFY(small > 200e6 && small < 350e6); // about 280 km²
    }

    void facilitiesLieInTheirAreas()
    {
        std::map<QString, const Area *> byKey;
        for (const Area &a : m_city.areas)
            byKey[a.key] = &a;
        for (const Facility &f : m_city.facilities)
            QVERIFY2(byKey.at(f.areaKey)->geometry.contains(f.position.x, f.position.y),
                     qPrintable(f.key));
    }

    void valuesArePlausible()
    {
        int missing = 0;
        for (const auto &v : m_city.values) {
            if (!v.value) {
                ++missing;
                continue;
            }
            if (v.indicatorKey == QLatin1String("social_index"))
                QVERIFY(*v.value > -5 && *v.value < 5);
            else if (v.denominator)
                QVERIFY(*v.numerator >= 0 && *v.numerator <= *v.denominator);
        }
        QVERIFY(missing > 0); // a few gaps, as in real deliveries
        QVERIFY(missing < int(m_city.values.size()) / 50);
    }

    void correlationsHaveTheIntendedSign()
    {
        const QString y = QStringLiteral("2024"), sy = QStringLiteral("2024/25");
        QVERIFY(
            correlation(m_city, QStringLiteral("child_poverty"), QStringLiteral("sgb2_rate"), y, y)
            > 0.7);
        QVERIFY(correlation(m_city, QStringLiteral("child_poverty"),
                            QStringLiteral("language_support"), y, sy)
                > 0.4);
        QVERIFY(correlation(m_city, QStringLiteral("child_poverty"),
                            QStringLiteral("transition_gym"), y, sy)
                < -0.4);
        QVERIFY(
            correlation(m_city, QStringLiteral("child_poverty"), QStringLiteral("kita_u3"), y, sy)
            < 0);
    }

    void trendsAndSmallCountsBehaveLikeRealData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(DemoCityGenerator::Options {}).writeProject(path);
        auto project = Project::open(path);
        const QString level = QStringLiteral("sozialraum");
        // Kita coverage under 3 grows over the decade
        const auto first =
            project->cityValue(QStringLiteral("kita_u3"), QStringLiteral("2015/16"), level);
        const auto last =
            project->cityValue(QStringLiteral("kita_u3"), QStringLiteral("2024/25"), level);
        QVERIFY(first && last && *last > *first + 5);
        // A series with a gap: absenteeism starts later
        QCOMPARE(project->periods(QStringLiteral("absenteeism")).first(),
                 QStringLiteral("2017/18"));
        // Some small counts are suppressed somewhere in the series of leavers without qualification
        int suppressed = 0;
        for (const QString &p : project->periods(QStringLiteral("leavers_no_qual"))) {
            const auto values = project->values(QStringLiteral("leavers_no_qual"), p);
            for (std::size_t i = 0; i < values->status.size(); ++i)
                if (values->status[i] == ValueStatus::Suppressed) {
                    ++suppressed;
                    QVERIFY(std::isnan(values->values[i]));
                }
        }
        QVERIFY(suppressed > 0);
    }

    void scalesToMoreAreas()
    {
        DemoCityGenerator::Options o = test::smallCity(542);
        o.periodCount = 1;
        const auto city = DemoCityGenerator(o).generate();
        int count = 0;
        for (const Area &a : city.areas)
            count += a.level == QLatin1String("sozialraum");
        QCOMPARE(count, 542);
    }
    void theTitleIsInBothLanguages()
    {
        // Given a demo project written now
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        // When it is opened, Then its title is German under German and English under English
        const ProjectMetadata m =
            ProjectStore::open(path, ProjectStore::Access::ReadOnly)->metadata();
        QCOMPARE(m.titleIn(true),
                 QStringLiteral("Musterstadt – Bildungsmonitoring (fiktive Demodaten)"));
        QCOMPARE(m.titleEn,
                 QStringLiteral("Musterstadt – education monitoring (fictional demo data)"));
        QCOMPARE(m.titleIn(false), m.titleEn);

        // Given a demo file of an older version, with its German title only
        const QString old = dir.filePath(QStringLiteral("old.gpkg"));
        ProjectMetadata oldMeta = m;
        oldMeta.titleEn.clear();
        ProjectStore::create(old, oldMeta, [](ProjectStore &) {});
        // When it is opened, Then it opens with its German title, shown in English under English
        const ProjectMetadata reopened =
            ProjectStore::open(old, ProjectStore::Access::ReadOnly)->metadata();
        QVERIFY(reopened.titleEn.isEmpty());
        QCOMPARE(reopened.titleIn(true), m.title);
        QCOMPARE(reopened.titleIn(false), m.titleEn);

        // And a city's own project with one title shows that title in both languages
        ProjectMetadata own;
        own.title = QStringLiteral("Bildungsbericht Nordstadt");
        QCOMPARE(own.titleIn(false), own.title);
        QCOMPARE(own.titleIn(true), own.title);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"

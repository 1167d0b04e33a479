// Secondary suppression over the level hierarchy (DisclosureControl): hand-made cities whose
// sums would give a suppressed value away, and the complementary cells that stop them.

#include "DemoCityGenerator.h"
#include "DisclosureControl.h"
#include "Project.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

using namespace qw;

namespace {

const double kNaN = std::nan("");

// A city of two Stadtbezirke: D1 (cell 0) with Sozialräume S1, S2, S3 (cells 2, 3, 4) and
// D2 (cell 1) with S4, S5 (cells 5, 6). The city is cell 7.
DisclosureControl twoDistricts()
{
    return DisclosureControl({-1, -1, 0, 0, 0, 1, 1}, {0, 0, 1, 1, 1, 1, 1});
}

std::vector<bool> secretAt(std::initializer_list<std::size_t> cells, std::size_t count = 8)
{
    std::vector<bool> secret(count, false);
    for (std::size_t c : cells)
        secret[c] = true;
    return secret;
}

} // namespace

class TestDisclosureControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDistrictMinusItsOtherPartsGivesTheHiddenOneAway()
    {
        // Given S1 = 2 suppressed, and D1 = 32 published with S2 = 10 and S3 = 20
        const DisclosureControl control = twoDistricts();
        const std::vector<double> published {32, 70, kNaN, 10, 20, 30, 40, 102};
        // When a reader forms the sums
        const auto found = control.audit(published, secretAt({2}));
        // Then S1 is recovered: 32 - 10 - 20
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].cell, std::size_t(2));
        QCOMPARE(found[0].value, 2.0);
    }

    void theSmallestOtherPartIsWithheldToo()
    {
        // Given the same city
        const DisclosureControl control = twoDistricts();
        std::vector<double> published {32, 70, kNaN, 10, 20, 30, 40, 102};
        std::vector<bool> secret = secretAt({2});
        // When it is protected
        const auto withheld = control.protect(published, secret);
        // Then S2, the smallest other Sozialraum of D1, is withheld, and no sum gives either away
        QCOMPARE(withheld, std::vector<std::size_t>({3}));
        QVERIFY(std::isnan(published[3]));
        QVERIFY(control.audit(published, secret).empty());
    }

    void aTotalOfTwoPartsHidesBoth()
    {
        // Given S4 = 3 suppressed in D2 = S4 + S5
        const DisclosureControl control = twoDistricts();
        std::vector<double> published {32, 70, 2, 10, 20, kNaN, 67, 102};
        std::vector<bool> secret = secretAt({5});
        // When protected, then S5 goes too: D2 - S5 = S4 otherwise
        const auto withheld = control.protect(published, secret);
        QCOMPARE(withheld, std::vector<std::size_t>({6}));
        QVERIFY(control.audit(published, secret).empty());
    }

    void aChainOverTheCityIsCut()
    {
        // Given D1 suppressed by its own file while all its Sozialräume are published: D1 is
        // their sum, and then the city minus D1 would give D2 as well
        const DisclosureControl control = twoDistricts();
        std::vector<double> published {kNaN, 70, 2, 10, 20, 30, 40, 102};
        std::vector<bool> secret = secretAt({0});
        QVERIFY(!control.audit(published, secret).empty());
        // When protected
        const auto withheld = control.protect(published, secret);
        // Then nothing can be recovered any more: D1 and the withheld cells stay hidden
        QVERIFY(!withheld.empty());
        QVERIFY(control.audit(published, secret).empty());
        QVERIFY(std::isnan(published[0]));
        // and the city is never withheld
        QCOMPARE(published[7], 102.0);
    }

    void recoveredMissingValuesCountInTheChain()
    {
        // Given S3 missing (no value, not secret) and S1 suppressed in D1, and the Sozialraum
        // level summed to the city: city - (S4 + S5) - S2 = S1 + S3, not yet one value
        const DisclosureControl control = twoDistricts();
        std::vector<double> published {32, 70, kNaN, 10, kNaN, 30, 40, 102};
        std::vector<bool> secret = secretAt({2});
        // Then a reader recovers nothing, and nothing is withheld
        QVERIFY(control.audit(published, secret).empty());
        QVERIFY(control.protect(published, secret).empty());
    }

    void theDemoGivesNothingAway()
    {
        // Given the demo city (39 Sozialräume in 12 Stadtbezirke, small counts in it)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(DemoCityGenerator::Options {}).writeProject(path);
        auto project = Project::open(path);
        const auto &areas = project->areas();
        std::vector<int> parent(areas.size(), -1), rank(areas.size(), 0);
        for (std::size_t i = 0; i < areas.size(); ++i) {
            parent[i] = areas[i].parentKey.isEmpty() ? -1 : project->areaIndex(areas[i].parentKey);
            for (const AreaLevel &l : project->levels())
                if (l.key == areas[i].level)
                    rank[i] = l.rank;
        }
        // The reader's sums, built here apart from the project's own
        const DisclosureControl reader(parent, rank);
        int primary = 0, complementary = 0, checked = 0;
        for (const Indicator &ind : project->indicators()) {
            for (const QString &period : project->periods(ind.key)) {
                // When every value the program shows (and so every export writes) is read
                const auto shown = project->values(ind.key, period);
                const ValueSeries &stored = project->series(ind.key, period);
                std::vector<double> published(shown->values);
                published.push_back(
                    project->cityValue(ind.key, period, project->finestLevel()).value_or(kNaN));
                std::vector<bool> secret(published.size(), false);
                for (std::size_t i = 0; i < areas.size(); ++i) {
                    if (shown->status[i] == ValueStatus::Suppressed) {
                        secret[i] = true;
                        ++(shown->isComplementary(i) ? complementary : primary);
                    }
                    // Then no value below its minimum case count is shown
                    const double cases =
                        ind.kind == IndicatorKind::Count ? stored.value[i] : stored.numerator[i];
                    if (shown->isShown(i) && ind.minCases > 0 && cases > 0)
                        QVERIFY2(cases >= ind.minCases,
                                 qPrintable(ind.key + QLatin1Char(' ') + areas[i].key));
                }
                const bool additive = ind.kind == IndicatorKind::Count
                    || ind.kind == IndicatorKind::Share || ind.kind == IndicatorKind::Rate;
                // and no sum over the levels recovers a withheld one
                if (additive)
                    QVERIFY2(reader.audit(published, secret).empty(),
                             qPrintable(ind.key + QLatin1Char(' ') + period));
                ++checked;
            }
        }
        qInfo("demo: %d indicator periods, %d suppressed, %d withheld as complements", checked,
              primary, complementary);
        QVERIFY(primary > 0);
        QVERIFY(complementary > 0);
    }

    void aLoopInTheParentsIsNoHang()
    {
        // Given damaged data where two areas are each other's parent, and a third below
        const DisclosureControl control({1, 0, 0}, {0, 1, 2});
        std::vector<double> published {kNaN, 5, 7, 12};
        std::vector<bool> secret = secretAt({0}, 4);
        // When protected, then it ends, having withheld at most every area
        const auto withheld = control.protect(published, secret);
        QVERIFY(withheld.size() <= 3);
        QCOMPARE(published[3], 12.0);
    }
};

QTEST_GUILESS_MAIN(TestDisclosureControl)
#include "test_disclosure_control.moc"

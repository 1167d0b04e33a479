// The arithmetic of composite indices (models/index/CompositeIndex) and their recipes
// (IndexRecipe): every standardisation and classification against figures worked out by
// hand beside them, and the canonical text read back to the same recipe.
#include "CompositeIndex.h"
#include "IndexRecipe.h"

#include <QTest>

#include <cmath>

using namespace qw;

namespace {

const double NaN = std::nan("");

void compareClose(const std::vector<double> &actual, const std::vector<double> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i])) {
            QVERIFY2(std::isnan(actual[i]), qPrintable(QString::number(i)));
            continue;
        }
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                .arg(i)
                                .arg(actual[i], 0, 'g', 12)
                                .arg(expected[i], 0, 'g', 12)));
    }
}

std::vector<double> standardised(std::vector<double> in, Standardisation kind)
{
    std::vector<double> out(in.size());
    if (!CompositeIndex::standardise(in, kind, out))
        qFatal("the values do not vary");
    return out;
}

IndexRecipe parsed(const char *text)
{
    QString error;
    const auto r = IndexRecipe::parse(QString::fromUtf8(text), &error);
    if (!r)
        qFatal("%s", qPrintable(error));
    return *r;
}

} // namespace

class TestCompositeIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zScoresUseThePopulationStandardDeviation()
    {
        // Given 2, 4, 4, 4, 5, 5, 7, 9 and an area without a value
        // Then the mean is 5 and the population deviation sqrt(32 / 8) = 2 (the sample one
        // would be 2.14), so the z-scores are (x - 5) / 2; the NaN takes no part
        compareClose(standardised({2, 4, 4, 4, NaN, 5, 5, 7, 9}, Standardisation::ZScore),
                     {-1.5, -0.5, -0.5, -0.5, NaN, 0, 0, 1, 2});
        const auto m = CompositeIndex::moments(std::vector<double> {2, 4, 4, 4, 5, 5, 7, 9});
        QCOMPARE(m.mean, 5.0);
        QCOMPARE(m.sd, 2.0);
        QCOMPARE(m.count, 8);
    }

    void minMaxRanksAndPercentiles()
    {
        // min-max: (x - 2) / (9 - 2)
        compareClose(standardised({2, 9, 5.5, NaN}, Standardisation::MinMax), {0, 1, 0.5, NaN});
        // ranks: 10 first, 30 last, the two 20s share ranks 2 and 3
        compareClose(standardised({10, 30, 20, 20, NaN}, Standardisation::Rank),
                     {1, 4, 2.5, 2.5, NaN});
        // percentiles: 100 (rank - 1) / (n - 1) with n = 4
        compareClose(standardised({10, 30, 20, 20}, Standardisation::Percentile),
                     {0, 100, 50, 50});
        // Values that do not vary cannot be standardised in any way
        for (const auto kind : {Standardisation::ZScore, Standardisation::MinMax,
                                Standardisation::Rank, Standardisation::Percentile}) {
            std::vector<double> in {7, 7, NaN, 7}, out(4);
            QVERIFY(!CompositeIndex::standardise(in, kind, out));
        }
    }

    void theIndexIsTheWeightedMeanStandardisedAgain()
    {
        // Given A = 1, 2, 3 and B = 3, 3, 6 (and a fourth area without B)
        const std::vector<double> a {1, 2, 3, 4}, b {3, 3, 6, NaN};
        // When both count equally
        const auto r = CompositeIndex::compute({{a, 1, 1}, {b, 1, 1}}, Standardisation::ZScore,
                                               false);
        // Then over the three areas with both: z(A) = (x - 2) / sqrt(2/3) = -1.2247, 0,
        // 1.2247; z(B) = (x - 4) / sqrt(2) = -0.7071, -0.7071, 1.4142; the mean of the two
        QVERIFY(r.ok());
        QCOMPARE(r.kept, 3);
        compareClose(r.index, {-0.9659258263, -0.3535533906, 1.3194792169, NaN});
        compareClose(r.standardised[1], {-0.7071067812, -0.7071067812, 1.4142135624, NaN});
        // And re-standardised (its deviation is 0.9659258263) it is -1, -0.3660, 1.3660
        const auto again = CompositeIndex::compute({{a, 1, 1}, {b, 1, 1}},
                                                   Standardisation::ZScore, true);
        compareClose(again.index, {-1, -0.3660254038, 1.3660254038, NaN});
        // A weight of 3 for A: (3 z(A) + z(B)) / 4
        const auto weighted = CompositeIndex::compute({{a, 1, 3}, {b, 1, 1}},
                                                      Standardisation::ZScore, false);
        compareClose(weighted.index, {(3 * -1.2247448714 - 0.7071067812) / 4,
                                      -0.7071067812 / 4, (3 * 1.2247448714 + 1.4142135624) / 4,
                                      NaN});
        // B turned round (direction -1): (z(A) - z(B)) / 2
        const auto turned = CompositeIndex::compute({{a, 1, 1}, {b, -1, 1}},
                                                    Standardisation::ZScore, false);
        compareClose(turned.index, {(-1.2247448714 + 0.7071067812) / 2, 0.7071067812 / 2,
                                    (1.2247448714 - 1.4142135624) / 2, NaN});
        // min-max: A 0, 0.5, 1 and B 0, 0, 1 average to 0, 0.25, 1
        const auto scaled = CompositeIndex::compute({{a, 1, 1}, {b, 1, 1}},
                                                    Standardisation::MinMax, false);
        compareClose(scaled.index, {0, 0.25, 1, NaN});
    }

    void badInputIsReportedNotComputed()
    {
        const std::vector<double> a {1, 2, 3}, same {5, 5, 5}, none {NaN, NaN, NaN};
        // A column that does not vary is named by its position
        const auto constant = CompositeIndex::compute({{a, 1, 1}, {same, 1, 1}},
                                                      Standardisation::ZScore, true);
        QVERIFY(!constant.ok());
        QCOMPARE(constant.constantColumn, 1);
        // Weights that sum to zero
        const auto zero = CompositeIndex::compute({{a, 1, 0}, {a, 1, 0}},
                                                  Standardisation::ZScore, true);
        QVERIFY(zero.zeroWeights);
        // No area with every input
        const auto empty = CompositeIndex::compute({{a, 1, 1}, {none, 1, 1}},
                                                   Standardisation::ZScore, true);
        QCOMPARE(empty.kept, 0);
        // Opposites that cancel out leave nothing to re-standardise
        const auto cancel = CompositeIndex::compute({{a, 1, 1}, {a, -1, 1}},
                                                    Standardisation::ZScore, true);
        QVERIFY(cancel.constantIndex);
    }

    void classesInStandardDeviationsLeanToTheMiddle()
    {
        // Given values with mean 0 and population deviation 1 (-1 and 1 twice each)
        const std::vector<double> v {-1, -1, 1, 1, NaN};
        // Then with MSS's thresholds -1 and +1 are both "mittel" (class 2), NaN is 0
        const std::vector<int> c = CompositeIndex::classify(v, ClassRule {});
        QCOMPARE(c, (std::vector<int> {2, 2, 2, 2, 0}));
        // Given -3, -1, 1, 3: mean 0, deviation sqrt(5) = 2.236; thresholds -2.236, 2.236,
        // 3.354: classes 1 (hoch), 2, 2, 3 (niedrig)
        QCOMPARE(CompositeIndex::classify(std::vector<double> {-3, -1, 1, 3}, ClassRule {}),
                 (std::vector<int> {1, 2, 2, 3}));
        compareClose(CompositeIndex::thresholds(std::vector<double> {-3, -1, 1, 3}, ClassRule {}),
                     {-std::sqrt(5.0), std::sqrt(5.0), 1.5 * std::sqrt(5.0)});
    }

    void quantileAndManualClasses()
    {
        // Quartiles of 1..9 as R's quantile(1:9, c(.25, .5, .75)) gives them: 3, 5, 7
        const std::vector<double> v {1, 2, 3, 4, 5, 6, 7, 8, 9};
        ClassRule quartiles;
        quartiles.scheme = ClassScheme::Quantiles;
        quartiles.quantiles = 4;
        compareClose(CompositeIndex::thresholds(v, quartiles), {3, 5, 7});
        // A value on a threshold is in the class below it
        QCOMPARE(CompositeIndex::classify(v, quartiles),
                 (std::vector<int> {1, 1, 1, 2, 2, 3, 3, 4, 4}));
        ClassRule manual;
        manual.scheme = ClassScheme::Manual;
        manual.thresholds = {0.5};
        QCOMPARE(CompositeIndex::classify(std::vector<double> {0.2, 0.5, 0.8}, manual),
                 (std::vector<int> {1, 1, 2}));
    }

    void theRecipeTextReadsBackToTheSameRecipe()
    {
        // Given recipes as a planner writes them, short and long
        for (const char *text :
             {"index(+s1, +s3, +s4; weights=1,1,1; standardise=z; restandardise=yes; "
              "classes=sd:-1,1,1.5)",
              "index(+s1, -gq, +\"kinder unter 6\"; weights=2,1,0.5; exclude=ew<300; "
              "level=planungsraum; period=2020/21; standardise=percentile; restandardise=no; "
              "classes=quantile:5; names=sehr gut|gut|mittel|schlecht|sehr schlecht; "
              "dynamics=change:2; dynamics_classes=sd:-1,1; dynamics_names=besser|gleich|"
              "schlechter)",
              "index(+s1, +s3, +s4; weights=1,1,1; exclude=ew<300; standardise=minmax; "
              "restandardise=yes; classes=manual:0.25,0.75; dynamics=+d1,+d3,-d4; "
              "dynamics_weights=1,2,1; dynamics_classes=sd:-1,1)"}) {
            const IndexRecipe r = parsed(text);
            // Then its canonical text is the same text, and reads back to the same recipe
            QCOMPARE(r.text(), QString::fromUtf8(text));
            QCOMPARE(parsed(r.text().toUtf8().constData()), r);
        }
        // The short form takes the MSS defaults
        const IndexRecipe mss = parsed("index(s1, s3, s4)");
        QCOMPARE(mss.inputs.size(), std::size_t(3));
        QCOMPARE(mss.inputs[0].direction, 0); // from the polarity, once resolved
        QCOMPARE(mss.inputs[2].weight, 1.0);
        QCOMPARE(mss.standardisation, Standardisation::ZScore);
        QVERIFY(mss.restandardise);
        QCOMPARE(mss.classes.text(), QStringLiteral("sd:-1,1,1.5"));
        QCOMPARE(mss.statusNames(true),
                 (QStringList {"hoch", "mittel", "niedrig", "sehr niedrig"}));
        QCOMPARE(mss.statusNames(false), (QStringList {"high", "medium", "low", "very low"}));
        QCOMPARE(mss.dynamicsClassNames(true), (QStringList {"positiv", "stabil", "negativ"}));
        QCOMPARE(parsed("index(a, b; classes=sd:-1,1)").statusNames(true),
                 (QStringList {"Klasse 1", "Klasse 2", "Klasse 3"}));
        QCOMPARE(parsed("index(a; exclude=ew<300)").notComputedText(true),
                 QStringLiteral("nicht berechnet (unter 300 EW)"));
        QCOMPARE(parsed("index(a; exclude=ew<300)").notComputedText(false),
                 QStringLiteral("not computed (under 300 inhabitants)"));
        QCOMPARE(parsed("index(+a, -b; exclude=ew<300; dynamics=+d1)").inputKeys(),
                 (QStringList {"a", "b", "d1", "ew"}));
    }

    void aBadRecipeSaysWhatIsWrong()
    {
        const std::pair<const char *, const char *> cases[] = {
            {"rate(a, b, 100)", "index("},
            {"index(a, b; weights=1)", "1 weight"},
            {"index(a, b; weights=1,-1)", "-1"},
            {"index(a; classes=sd:1,-1)", "rise"},
            {"index(a; classes=quantile:12)", "2 to 9"},
            {"index(a; classes=jenks:4)", "jenks"},
            {"index(a; exclude=ew)", "exclude=ew"},
            {"index(a; standardise=log)", "log"},
            {"index(a; names=x|y)", "for 4 classes"},
            {"index(a; colour=red)", "colour"},
            {"index(a; dynamics=change:0)", "change:0"},
        };
        for (const auto &[text, expected] : cases) {
            QString error;
            QVERIFY2(!IndexRecipe::parse(QString::fromUtf8(text), &error), text);
            QVERIFY2(error.contains(QString::fromUtf8(expected)), qPrintable(error));
        }
    }

    void partsAreKeyedAfterTheIndex()
    {
        QCOMPARE(IndexParts::key(QStringLiteral("si"), IndexPart::Class), QStringLiteral("si_class"));
        QCOMPARE(IndexParts::key(QStringLiteral("si"), IndexPart::Group), QStringLiteral("si_group"));
        QCOMPARE(IndexParts::of(parsed("index(a)")).size(), std::size_t(2));
        QCOMPARE(IndexParts::of(parsed("index(a; dynamics=change:2)")).size(), std::size_t(5));
        const QString text = IndexParts::recipeText(QStringLiteral("si"), IndexPart::DynamicsClass);
        QCOMPARE(text, QStringLiteral("index_dynamics_class(si)"));
        const auto back = IndexParts::parse(text);
        QVERIFY(back);
        QCOMPARE(back->first, QStringLiteral("si"));
        QCOMPARE(back->second, IndexPart::DynamicsClass);
        QVERIFY(!IndexParts::parse(QStringLiteral("change(si, 2)")));
        QVERIFY(!IndexRecipe::isIndex(QStringLiteral("index_class(si)")));
    }
};

QTEST_GUILESS_MAIN(TestCompositeIndex)
#include "test_composite_index.moc"

// The sensitivity of a composite index to its weights (models/index/Sensitivity): no spread
// gives the base ranks in every draw, leaving one of two inputs out ranks by the other
// (worked out by hand), the same seed gives the same draws, progress can cancel, and bad
// input is refused with a message; a dominant input keeps its ranks under a 20 % spread.
#include "IndexFixtures.h"
#include "Project.h"
#include "ProjectStore.h"
#include "Sensitivity.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qw;
using namespace qw::test;

class TestIndexSensitivity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    void define(const char *key, const char *text)
    {
        const QString error =
            defineIndex(m_project, QString::fromLatin1(key), QStringLiteral("Index"), text);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    SensitivityResult run(const char *key, const SensitivityOptions &options)
    {
        auto p = Project::open(m_project);
        QString error;
        const auto r = Sensitivity::run(*p, QString::fromLatin1(key), options, {}, &error);
        if (!r)
            qFatal("%s", qPrintable(error));
        return *r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Given three Sozialräume: a = 1, 2, 3 and b = 3, 1, 2 in 01, 02, 05, so that
        // z(a) = -1.2247, 0, 1.2247 and z(b) = 1.2247, -1.2247, 0
        m_project = makeTwoInputProject(m_dir.path(), QStringLiteral("s.gpkg"));
        QVERIFY(!m_project.isEmpty());
        // and an index of both in three quantile classes (class 3: the most need), and one
        // of a alone
        define("si", "index(+a, +b; classes=quantile:3)");
        define("nur_a", "index(+a; classes=quantile:3)");
        // and one where a dominates (weights 10 and 1)
        define("dominant", "index(+a, +b; weights=10,1; classes=quantile:3)");
    }

    void noSpreadGivesTheBaseRankInEveryDraw()
    {
        // When the weights do not vary
        SensitivityOptions o;
        o.spread = 0;
        o.draws = 50;
        const SensitivityResult r = run("si", o);
        // Then the index (0, -0.61, 0.61 before the z-score) ranks 05 first, 01 second,
        // 02 third
        QCOMPARE(r.keys, (QStringList {"01", "02", "05"}));
        QCOMPARE(r.baseRank, (std::vector<int> {2, 3, 1}));
        QCOMPARE(r.topClass, 3);
        // and its classes are the stored ones
        auto p = Project::open(m_project);
        const auto stored = p->values(QStringLiteral("si_class"), r.period);
        for (std::size_t i = 0; i < r.size(); ++i)
            QCOMPARE(double(r.baseClass[i]), stored->values[std::size_t(r.rows[i])]);
        // and every draw gives the base rank, the base class: all stable
        QCOMPARE(r.p5, r.baseRank);
        QCOMPARE(r.median, r.baseRank);
        QCOMPARE(r.p95, r.baseRank);
        QCOMPARE(r.topShare, (std::vector<double> {0, 0, 1}));
        QCOMPARE(r.baseClassShare, (std::vector<double> {1, 1, 1}));
        QCOMPARE(r.stableCount(), 3);
        QVERIFY(r.leftOut.empty());
    }

    void aDominantInputKeepsItsRanksUnderTheSpread()
    {
        // When a weighs 10 and b 1, each varied by up to 20 % (a stays over 6 times b)
        SensitivityOptions o;
        o.draws = 200;
        const SensitivityResult r = run("dominant", o);
        // Then every draw ranks as a does: 05 (z 1.22) first, 02 (the smaller b) second,
        // 01 last, since 01 < 02 whenever w_a > 2 w_b
        QCOMPARE(r.baseRank, (std::vector<int> {3, 2, 1}));
        QCOMPARE(r.p5, r.baseRank);
        QCOMPARE(r.p95, r.baseRank);
        QCOMPARE(r.baseClassShare, (std::vector<double> {1, 1, 1}));
        QCOMPARE(r.topShare, (std::vector<double> {0, 0, 1}));
        QCOMPARE(r.stableCount(), 3);
        // while with equal weights varied by up to 100 % the ranks of all three move
        o.spread = 100;
        const SensitivityResult equal = run("si", o);
        for (std::size_t i = 0; i < equal.size(); ++i)
            QVERIFY(equal.p5[i] < equal.p95[i]);
    }

    void leavingOneOfTwoInputsOutRanksByTheOther()
    {
        SensitivityOptions o;
        o.draws = 10;
        o.leaveOneOut = true;
        const SensitivityResult r = run("si", o);
        QCOMPARE(r.leftOut.size(), std::size_t(2));
        // Without a, the index is z(b): 01 first (3), 05 second (2), 02 last (1)
        QCOMPARE(r.leftOut[0].inputKey, QStringLiteral("a"));
        QCOMPARE(r.leftOut[0].rank, (std::vector<int> {1, 3, 2}));
        QCOMPARE(r.leftOut[0].cls, (std::vector<int> {3, 1, 2}));
        // against the base 2, 3, 1: two areas change class, the largest shift is one rank
        QCOMPARE(r.leftOut[0].changedClass, 2);
        QCOMPARE(r.leftOut[0].largestShift, 1);
        // Without b, the index is z(a): 05, 02, 01
        QCOMPARE(r.leftOut[1].inputKey, QStringLiteral("b"));
        QCOMPARE(r.leftOut[1].rank, (std::vector<int> {3, 2, 1}));
        QCOMPARE(r.leftOut[1].changedClass, 2);
        QCOMPARE(r.leftOut[1].largestShift, 1);
    }

    void theSameSeedGivesTheSameDraws()
    {
        // With weights up to 100 % off, a weight of b well above twice a's puts 01 above
        // 05 in some draws
        SensitivityOptions o;
        o.spread = 100;
        o.draws = 1000;
        o.seed = 7;
        const SensitivityResult a = run("si", o);
        const SensitivityResult b = run("si", o);
        QCOMPARE(a.p5, b.p5);
        QCOMPARE(a.p95, b.p95);
        QCOMPARE(a.topShare, b.topShare);
        QVERIFY(a.topShare[0] > 0.2 && a.topShare[0] < 0.3);
        QVERIFY(a.topShare[2] > 0.7 && a.topShare[2] < 0.8);
        // (w_b > 2 w_a in a quarter of the draws, w_a > 2 w_b puts 01 last in another)
        QCOMPARE(a.topShare[1], 0.0);
        QCOMPARE(a.p5[2], 1);
        QCOMPARE(a.p95[2], 2);
        QCOMPARE(a.p5[0], 1);
        QCOMPARE(a.median[0], 2);
        QCOMPARE(a.p95[0], 3);
        // and the shares of the top class add up to one draw's one area
        QVERIFY(std::abs(a.topShare[0] + a.topShare[1] + a.topShare[2] - 1.0) < 1e-12);
        // A different seed, other draws
        o.seed = 8;
        const SensitivityResult c = run("si", o);
        QVERIFY(c.topShare[0] != a.topShare[0]);
        // 05 leaves the top class in more than 10 % of the draws: unstable
        QVERIFY(a.baseClassShare[2] < 0.9);
        QVERIFY(!a.stable[2]);
    }

    void progressCanCancel()
    {
        auto p = Project::open(m_project);
        SensitivityOptions o;
        o.draws = 1000;
        int calls = 0;
        int totals = 0;
        QString error;
        bool cancelled = false;
        const auto r = Sensitivity::run(
            *p, QStringLiteral("si"), o,
            [&](int done, int total) -> bool {
                ++calls;
                totals = total;
                return done < 100;
            },
            &error, &cancelled);
        QVERIFY(!r);
        QVERIFY(cancelled);
        QVERIFY(error.isEmpty());
        QCOMPARE(calls, 10); // every 10 draws, the tenth says stop
        QCOMPARE(totals, 1000);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("draws");
        QTest::addColumn<double>("spread");
        QTest::addColumn<bool>("leaveOneOut");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key")
            << "nope" << 10 << 20.0 << false << "unknown indicator \"nope\"";
        QTest::newRow("not an index") << "a" << 10 << 20.0 << false << "no composite index";
        QTest::newRow("a part of an index")
            << "si_class" << 10 << 20.0 << false << "no composite index";
        QTest::newRow("no draws") << "si" << 0 << 20.0 << false << "draws must be 1 or more";
        QTest::newRow("spread over 100") << "si" << 10 << 101.0 << false << "0 to 100, not 101";
        QTest::newRow("negative spread") << "si" << 10 << -5.0 << false << "0 to 100, not -5";
        QTest::newRow("nothing to leave out") << "nur_a" << 10 << 20.0 << true << "single input";
    }

    void badInputIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(int, draws);
        QFETCH(double, spread);
        QFETCH(bool, leaveOneOut);
        QFETCH(QString, message);
        auto p = Project::open(m_project);
        SensitivityOptions o;
        o.draws = draws;
        o.spread = spread;
        o.leaveOneOut = leaveOneOut;
        QString error;
        bool cancelled = true;
        QVERIFY(!Sensitivity::run(*p, key, o, {}, &error, &cancelled));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!cancelled);
    }
};

QTEST_GUILESS_MAIN(TestIndexSensitivity)
#include "test_index_sensitivity.moc"

#include "Classification.h"

#include <QTest>

#include <cmath>

using namespace qw;

using Edges = std::vector<double>;

class TestClassification : public QObject
{
    Q_OBJECT
    const ClassificationMethod *method(const char *id)
    {
        return ClassificationRegistry::instance().method(QString::fromLatin1(id));
    }

private Q_SLOTS:
    void quantileByHand()
    {
        // 1..10 in 4 classes: type-7 quantiles at 25/50/75 % are 3.25, 5.5, 7.75
        const Edges v {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QCOMPARE(method("quantile")->classes(v, 4), (Edges {1, 3.25, 5.5, 7.75, 10}));
    }

    void equalIntervalByHand()
    {
        const Edges v {0, 3, 10, 7, 2};
        QCOMPARE(method("equal")->classes(v, 5), (Edges {0, 2, 4, 6, 8, 10}));
    }

    void jenksFindsTheObviousGroups()
    {
        // Three clear clusters: the optimal breaks lie between them.
        const Edges v {1, 2, 3, 10, 11, 12, 30, 31, 32};
        QCOMPARE(method("jenks")->classes(v, 3), (Edges {1, 3, 12, 32}));
    }

    void jenksMatchesBruteForce()
    {
        // Exhaustive check of all 2-break splits on 12 uneven values.
        const Edges v {0.5, 1, 1.2, 4, 4.1, 4.3, 7, 9, 9.5, 9.6, 15, 16};
        double best = INFINITY;
        Edges bestEdges;
        auto ssq = [&](std::size_t a, std::size_t b) {
            double m = 0;
            for (std::size_t i = a; i < b; ++i)
                m += v[i];
            m /= double(b - a);
            double s = 0;
            for (std::size_t i = a; i < b; ++i)
                s += (v[i] - m) * (v[i] - m);
            return s;
        };
        for (std::size_t i = 1; i < v.size(); ++i)
            for (std::size_t j = i + 1; j < v.size(); ++j) {
                const double cost = ssq(0, i) + ssq(i, j) + ssq(j, v.size());
                if (cost < best) {
                    best = cost;
                    bestEdges = {v.front(), v[i - 1], v[j - 1], v.back()};
                }
            }
        QCOMPARE(method("jenks")->classes(v, 3), bestEdges);
    }

    void tiesStayInOneClass()
    {
        // Many equal values: quantile edges repeat and collapse, so no class is empty in
        // range and every 5 falls into the same class.
        const Edges v {1, 5, 5, 5, 5, 5, 5, 9};
        const Edges q = method("quantile")->classes(v, 4);
        QCOMPARE(q, (Edges {1, 5, 9}));
        QCOMPARE(classIndex(q, 5), 0);
        QCOMPARE(classIndex(q, 9), 1);
        // Natural breaks keep the lone minimum in a class of its own: [1, 1], (1, 5], (5, 9]
        const Edges j = method("jenks")->classes(v, 3);
        QCOMPARE(j, (Edges {1, 1, 5, 9}));
        QCOMPARE(classIndex(j, 1), 0);
        QCOMPARE(classIndex(j, 5), 1);
        QCOMPARE(classIndex(j, 9), 2);
    }

    void standardDeviationAroundTheMean()
    {
        // mean 5, population sd 2 (values 3 and 7 alternating... plus extremes)
        const Edges v {3, 7, 3, 7};
        // 4 classes: breaks at mean-1sd, mean, mean+1sd = 3, 5, 7 -> 3 and 7 are the extremes
        QCOMPARE(method("stddev")->classes(v, 4), (Edges {3, 5, 7}));
        const Edges w {0, 2, 4, 6, 8, 10}; // mean 5, sd ~3.416
        const Edges e = method("stddev")->classes(w, 2);
        QCOMPARE(e, (Edges {0, 5, 10}));
    }

    void prettyBreaksAreRound()
    {
        const Edges v {3.2, 17.9, 8.4, 12.0};
        QCOMPARE(method("pretty")->classes(v, 5), (Edges {0, 5, 10, 15, 20}));
    }

    void manualBreaksAreClippedToTheData()
    {
        ManualClassification manual({10, 20, 99});
        QCOMPARE(manual.classes(Edges {5, 15, 25}, 0), (Edges {5, 10, 20, 25}));
    }

    void edgeCases_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto *m : ClassificationRegistry::instance().methods())
            QTest::newRow(qPrintable(m->id())) << m->id();
    }

    void edgeCases()
    {
        QFETCH(QString, id);
        const ClassificationMethod *m = ClassificationRegistry::instance().method(id);
        // No values, only NaN
        QVERIFY(m->classes(Edges {}, 5).empty());
        QVERIFY(m->classes(Edges {NAN, NAN}, 5).empty());
        // All values equal: one class
        QCOMPARE(m->classes(Edges {4, 4, 4}, 5), (Edges {4, 4}));
        // Fewer distinct values than classes: at most n classes, edges increasing after a
        // possible class of the minimum alone
        const Edges e = m->classes(Edges {1, 1, 2, NAN, 2, 3}, 7);
        QVERIFY(e.size() >= 2 && e.size() <= 8);
        QCOMPARE(e.front(), 1.0);
        QCOMPARE(e.back(), 3.0);
        QVERIFY(e[1] >= e[0]);
        for (std::size_t i = 2; i < e.size(); ++i)
            QVERIFY(e[i] > e[i - 1]);
        // every value finds a class
        for (double x : {1.0, 2.0, 3.0})
            QVERIFY(classIndex(e, x) >= 0 && classIndex(e, x) < int(e.size()) - 1);
    }

    void boundaryValuesFallIntoTheLowerClass()
    {
        const Edges e {0, 10, 20, 30};
        QCOMPARE(classIndex(e, 0), 0);
        QCOMPARE(classIndex(e, 10), 0);
        QCOMPARE(classIndex(e, 10.0001), 1);
        QCOMPARE(classIndex(e, 30), 2);
        QCOMPARE(classIndex(e, NAN), -1);
    }
};

QTEST_GUILESS_MAIN(TestClassification)
#include "test_classification.moc"

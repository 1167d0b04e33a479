// --allocate as a planner runs it from the command line: the PDF for the committee, the
// table files, saving and comparing with last year's allocation, and bad input.
#include "AppRunner.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using qw::test::Run;
using qw::test::run;

namespace {

// pdftotext's words on one line each, blanks collapsed: sentences broken over lines match.
QString flat(const QString &text)
{
    return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

class TestAllocationCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    QString demoCopy(const QString &name) { return qw::test::demoCopy(m_home.path(), name); }

    static QStringList demoAllocation(const QString &budget)
    {
        return {QStringLiteral("--allocate"), QStringLiteral("social_index"),
                QStringLiteral("--budget"),   budget,
                QStringLiteral("--floor"),    QStringLiteral("5000"),
                QStringLiteral("--cap"),      QStringLiteral("40000"),
                QStringLiteral("--per"),      QStringLiteral("pop_10_18"),
                QStringLiteral("--whole")};
    }

private Q_SLOTS:
    void writesThePdfWithTheRuleInWords()
    {
        // Given the demo, when a planner allocates half a million euros in German
        const QString pdf = m_home.filePath(QStringLiteral("verteilung.pdf"));
        const Run r = run(QStringList {QStringLiteral("--demo"), QStringLiteral("--language"),
                                       QStringLiteral("de")}
                              + demoAllocation(QStringLiteral("500000")) + QStringList {pdf},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("500.000,00 €")), qPrintable(r.out));
        // Then the PDF states the rule in words before the table, and the total is the budget
        const QString words = flat(qw::test::pdfText(pdf, {QStringLiteral("-layout")}));
        for (const char *part :
             {"Mittelverteilung: 500.000,00 € nach Sozialindex (2024)",
              "Ein Budget von 500.000,00 € wird nach Sozialindex (2024) auf die 39 Gebiete der "
              "Ebene Sozialraum verteilt.",
              "Jugendliche von 10 bis unter 18 Jahren",
              "mindestens 5.000,00 € und höchstens 40.000,00 €", "größten Resten", "Untergrenze",
              "Anteil der", "Anteil am", "Summe 100,00 % 100,00 % 500.000",
              "Zeilen nach Betrag, der größte zuerst",
              "Regel (zum Nachrechnen): qw-allocation/1; indicator=social_index"})
            QVERIFY2(words.contains(QString::fromUtf8(part)),
                     qPrintable(QStringLiteral("missing \"%1\" in: %2")
                                    .arg(QString::fromUtf8(part), words.left(3000))));
        QVERIFY(words.indexOf(QStringLiteral("Ein Budget von"))
                < words.indexOf(QStringLiteral("Feldhof (0101)")));
        // and the map's legend counts the 39 areas in its classes
        int counted = 0;
        const QRegularExpression count(QStringLiteral("bis [0-9.]+ \\((\\d+)\\)"));
        for (const QRegularExpressionMatch &m : count.globalMatch(words))
            counted += m.captured(1).toInt();
        QCOMPARE(counted, 39);
    }

    void moneyIsWrittenOneWay()
    {
        // Given the demo, when a planner allocates in German with pins and limits
        const QString csv = m_home.filePath(QStringLiteral("geld.csv"));
        const Run r = run(QStringList {QStringLiteral("--demo"), QStringLiteral("--language"),
                                       QStringLiteral("de")}
                              + demoAllocation(QStringLiteral("500000")) + QStringList {csv},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then every sum of money it prints is written one way: "500.000,00 €"
        const QRegularExpression euro(QStringLiteral("[0-9.,]+ €"));
        const QRegularExpression oneWay(QStringLiteral("^\\d{1,3}(\\.\\d{3})*,\\d\\d €$"));
        int sums = 0;
        for (const QRegularExpressionMatch &m : euro.globalMatch(r.out)) {
            QVERIFY2(oneWay.match(m.captured(0)).hasMatch(), qPrintable(r.out));
            ++sums;
        }
        QVERIFY2(sums >= 1, qPrintable(r.out));
        // and so does a message about money
        const Run bad =
            run({QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("de"),
                 QStringLiteral("--allocate"), QStringLiteral("social_index"),
                 QStringLiteral("--budget"), QStringLiteral("100000"), QStringLiteral("--floor"),
                 QStringLiteral("5000"), csv},
                m_home.path());
        QCOMPARE(bad.exitCode, 1);
        int badSums = 0;
        for (const QRegularExpressionMatch &m : euro.globalMatch(bad.err)) {
            QVERIFY2(oneWay.match(m.captured(0)).hasMatch(), qPrintable(bad.err));
            ++badSums;
        }
        QVERIFY2(badSums >= 2, qPrintable(bad.err));
    }

    void choosesThePopulationsPeriod()
    {
        // Given the demo's count of young people in its earliest period
        const Run list =
            run({QStringLiteral("--demo"), QStringLiteral("--list-indicators")}, m_home.path());
        QString earliest;
        for (const QString &line : list.out.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("pop_10_18\t")))
                earliest =
                    line.section(QLatin1Char('\t'), -1)
                        .split(QRegularExpression(QStringLiteral("[ ,;]+")), Qt::SkipEmptyParts)
                        .value(0);
        QVERIFY2(!earliest.isEmpty() && earliest != QStringLiteral("2024"), qPrintable(list.out));
        // When the budget is split per young person of that period
        const QString csv = m_home.filePath(QStringLiteral("periode.csv"));
        const Run r = run(QStringList {QStringLiteral("--demo"), QStringLiteral("--language"),
                                       QStringLiteral("en")}
                              + demoAllocation(QStringLiteral("500000"))
                              + QStringList {QStringLiteral("--per-period"), earliest, csv},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then the rule in words and its text name the population's period
        const QString text = QString::fromUtf8(qw::test::fileBytes(csv));
        QVERIFY2(text.contains(QStringLiteral("Young people aged 10 to 18 in %1").arg(earliest))
                     || text.contains(QStringLiteral("in %1: of two areas").arg(earliest)),
                 qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("per_period=%1").arg(earliest)),
                 qPrintable(text.left(2000)));
    }

    void savesAndComparesWithLastYearsAllocation()
    {
        // Given a copy of the demo and this year's allocation saved in it
        const QString project = demoCopy(QStringLiteral("alloc.gpkg"));
        QVERIFY(!project.isEmpty());
        const QString first = m_home.filePath(QStringLiteral("2024.xlsx"));
        const Run saved =
            run(QStringList {project, QStringLiteral("--language"), QStringLiteral("en")}
                    + demoAllocation(QStringLiteral("500000"))
                    + QStringList {QStringLiteral("--save-allocation"), QStringLiteral("Plan 2024"),
                                   first},
                m_home.path());
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY(saved.out.contains(QStringLiteral("Saved in the project as \"Plan 2024\".")));
        QVERIFY(QFile::exists(first));
        // When next year's larger budget is allocated against it
        const QString csv = m_home.filePath(QStringLiteral("2025.csv"));
        const Run next =
            run(QStringList {project, QStringLiteral("--language"), QStringLiteral("en")}
                    + demoAllocation(QStringLiteral("550000"))
                    + QStringList {QStringLiteral("--previous"), QStringLiteral("Plan 2024"), csv},
                m_home.path());
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        // Then the table has the change against it, and it adds up to the new budget
        const QStringList lines = QString::fromUtf8(qw::test::fileBytes(csv))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(4).contains(QStringLiteral("Change against Plan 2024")),
                 qPrintable(lines.value(4)));
        QVERIFY(lines.last().startsWith(QStringLiteral("Total,")));
        QVERIFY2(lines.last().contains(QStringLiteral(",550000,")), qPrintable(lines.last()));
        // and the first one stays saved as decided
        auto store = qw::ProjectStore::open(project, qw::ProjectStore::Access::ReadOnly);
        QCOMPARE(store->allocations().names(), QStringList {QStringLiteral("Plan 2024")});
        QCOMPARE(store->allocations().read(QStringLiteral("Plan 2024"))->rule.budget, 500000.0);
        // and an unknown previous allocation is named with the ones there are
        const Run unknown =
            run(QStringList {project, QStringLiteral("--language"), QStringLiteral("en")}
                    + demoAllocation(QStringLiteral("550000"))
                    + QStringList {QStringLiteral("--previous"), QStringLiteral("Plan 2023"), csv},
                m_home.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no saved allocation \"Plan 2023\" (it has: "
                                                     "Plan 2024)")),
                 qPrintable(unknown.err));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString index = QStringLiteral("social_index");
        const auto allocate = [&](QStringList more) {
            return QStringList {QStringLiteral("--allocate"), index} + more;
        };
        QTest::newRow("budget below the floors")
            << allocate({QStringLiteral("--budget"), QStringLiteral("100000"),
                         QStringLiteral("--floor"), QStringLiteral("5000")})
            << 1 << "is smaller than the floors of the 39 areas";
        QTest::newRow("cap below the floor") << allocate(
            {QStringLiteral("--budget"), QStringLiteral("100000"), QStringLiteral("--floor"),
             QStringLiteral("500"), QStringLiteral("--cap"), QStringLiteral("400")})
                                             << 1 << "below the floor";
        QTest::newRow("no values in the period")
            << allocate({QStringLiteral("--budget"), QStringLiteral("1000"),
                         QStringLiteral("--period"), QStringLiteral("1999")})
            << 1 << "Social index (social_index) has no values in 1999";
        QTest::newRow("pins above the budget")
            << allocate({QStringLiteral("--budget"), QStringLiteral("1000"),
                         QStringLiteral("--pin"), QStringLiteral("0101=800"),
                         QStringLiteral("--pin"), QStringLiteral("0102=300")})
            << 1 << "The fixed amounts add up to €1,100.00, more than the budget of €1,000.00";
        QTest::newRow("thousands separator")
            << allocate({QStringLiteral("--budget"), QStringLiteral("500.000")}) << 1
            << "is ambiguous";
        QTest::newRow("unknown unit")
            << allocate({QStringLiteral("--budget"), QStringLiteral("10"), QStringLiteral("--unit"),
                         QStringLiteral("teachers")})
            << 1 << "--unit takes euro, staff or hours";
        QTest::newRow("unknown indicator")
            << QStringList {QStringLiteral("--allocate"), QStringLiteral("nope"),
                            QStringLiteral("--budget"), QStringLiteral("10")}
            << 1 << "no indicator \"nope\"";
        QTest::newRow("not a class indicator")
            << allocate({QStringLiteral("--budget"), QStringLiteral("10"),
                         QStringLiteral("--points"), QStringLiteral("0,1,2,3")})
            << 1 << "not a class from 1 to 4";
        QTest::newRow("population period not there")
            << allocate({QStringLiteral("--budget"), QStringLiteral("1000"),
                         QStringLiteral("--per"), QStringLiteral("pop_10_18"),
                         QStringLiteral("--per-period"), QStringLiteral("1999")})
            << 1 << "(pop_10_18) has no values in 1999 (it has 20";
        QTest::newRow("population period without population")
            << allocate({QStringLiteral("--budget"), QStringLiteral("1000"),
                         QStringLiteral("--per-period"), QStringLiteral("2020")})
            << 2 << "--per-period goes with --per";
        QTest::newRow("no budget") << allocate({}) << 2 << "--allocate needs --budget";
        QTest::newRow("budget alone")
            << QStringList {QStringLiteral("--budget"), QStringLiteral("10")} << 2
            << "--budget goes with --allocate";
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString project = demoCopy(QStringLiteral("bad.gpkg"));
        QVERIFY(!project.isEmpty());
        const QString out = m_home.filePath(QStringLiteral("bad.pdf"));
        QFile::remove(out);
        const Run r =
            run(QStringList {project, QStringLiteral("--language"), QStringLiteral("en")} + args
                    + QStringList {QStringLiteral("--save-allocation"), QStringLiteral("bad"), out},
                m_home.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // and neither the file nor the allocation was written
        QVERIFY(!QFile::exists(out));
        auto store = qw::ProjectStore::open(project, qw::ProjectStore::Access::ReadOnly);
        QVERIFY(store->allocations().names().isEmpty());
    }

    void anIndicatorOfEqualValuesGivesNoKey()
    {
        // Given an indicator that is zero in every area (a difference of a count with itself)
        const QString project = demoCopy(QStringLiteral("zero.gpkg"));
        QVERIFY(!project.isEmpty());
        QCOMPARE(run({project, QStringLiteral("--derive"), QStringLiteral("zero"),
                      QStringLiteral("Null=diff(pop_total, pop_total)")},
                     m_home.path())
                     .exitCode,
                 0);
        // When it is the key, shifted without an offset
        const QString csv = m_home.filePath(QStringLiteral("zero.csv"));
        const Run r =
            run({project, QStringLiteral("--language"), QStringLiteral("en"),
                 QStringLiteral("--allocate"), QStringLiteral("zero"), QStringLiteral("--budget"),
                 QStringLiteral("1000"), QStringLiteral("--offset"), QStringLiteral("0%"), csv},
                m_home.path());
        // Then there is nothing to split by, and nothing is written
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Every area's basis is zero")), qPrintable(r.err));
        QVERIFY(!QFile::exists(csv));
    }
};

QTEST_GUILESS_MAIN(TestAllocationCli)
#include "test_allocation_cli.moc"

// The robustness check of a composite index on the command line (--sensitivity,
// app/SensitivityCommand): the CSV read back (German headers, one row per area from base
// rank 1 down, the same file for the same seed), the PDF's words (method, chart, map,
// table), and bad input refused with a message and no file.
#include "AppRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using qw::test::pdfText;
using qw::test::Run;
using qw::test::run;

namespace {

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSensitivityCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        // Given the demo city with the Sozialindex of the README
        m_project = qw::test::demoCopy(m_home.path(), QStringLiteral("sens.gpkg"));
        QVERIFY(!m_project.isEmpty());
        const Run r =
            run({m_project, QStringLiteral("--index"), QStringLiteral("sozialindex"),
                 QStringLiteral("--name"), QStringLiteral("Sozialindex"), QStringLiteral("--from"),
                 QStringLiteral("unemployment,sgb2_rate,child_poverty"),
                 QStringLiteral("--exclude-below"), QStringLiteral("pop_total:300")},
                m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void writesTheRankIntervalsAsCsv()
    {
        // When a planner checks it with 200 draws, weights up to 50 % off, in German
        const QString csv = m_home.filePath(QStringLiteral("robustheit.csv"));
        const QStringList args {m_project,
                                QStringLiteral("--language"),
                                QStringLiteral("de"),
                                QStringLiteral("--sensitivity"),
                                QStringLiteral("sozialindex"),
                                QStringLiteral("--draws"),
                                QStringLiteral("200"),
                                QStringLiteral("--spread"),
                                QStringLiteral("50"),
                                QStringLiteral("--seed"),
                                QStringLiteral("3"),
                                QStringLiteral("--leave-one-out"),
                                csv};
        const Run r = run(args, m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("200 Ziehungen")), qPrintable(r.out));
        // Then the CSV has the method, the German header and one row per area
        const QString text = QString::fromUtf8(bytes(csv));
        QVERIFY2(text.contains(QStringLiteral("Startwert 3")), qPrintable(text));
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const qsizetype headerAt =
            lines.indexOf(QRegularExpression(QStringLiteral("^Gebietsschl.*")));
        QVERIFY2(headerAt > 0, qPrintable(text));
        const QStringList header = lines[headerAt].split(QLatin1Char(';'));
        QCOMPARE(
            header.mid(0, 8),
            (QStringList {"Gebietsschlüssel", "Gebiet", "Rang (Basis)", "Rang P5", "Rang Median",
                          "Rang P95", "In höchster Bedarfsklasse (%)", "Stabil"}));
        // the input left out by its name, not its key
        QCOMPARE(header.last(), QStringLiteral("Rang ohne Kinderarmut (SGB II, unter 15)"));
        QCOMPARE(header[8], QStringLiteral("Basisklasse"));
        const QStringList rows = lines.mid(headerAt + 1);
        QCOMPARE(rows.size(), 39); // the areas of 300 inhabitants or more
        int stable = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QStringList cells = rows[i].split(QLatin1Char(';'));
            QCOMPARE(cells.size(), header.size());
            // from base rank 1 down; p5 <= median <= p95 and the base rank within 1 ... 39
            QCOMPARE(cells[2].toInt(), int(i) + 1);
            const int p5 = cells[3].toInt(), median = cells[4].toInt(), p95 = cells[5].toInt();
            QVERIFY2(1 <= p5 && p5 <= median && median <= p95 && p95 <= 39, qPrintable(rows[i]));
            // the share with the decimal comma, stable as a word
            const double top =
                QString(cells[6]).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
            QVERIFY(top >= 0 && top <= 100);
            QVERIFY2(cells[7] == QStringLiteral("stabil") || cells[7] == QStringLiteral("instabil"),
                     qPrintable(cells[7]));
            stable += cells[7] == QStringLiteral("stabil");
            const double same =
                QString(cells[9]).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
            QCOMPARE(cells[7] == QStringLiteral("stabil"), same >= 90.0);
            // the base class by its name, as the map's legend has it
            QVERIFY2(QStringList({"hoch", "mittel", "niedrig", "sehr niedrig"}).contains(cells[8]),
                     qPrintable(rows[i]));
        }
        // and the summary counts the same stable areas
        QVERIFY2(r.out.contains(QStringLiteral("%1 von 39 Gebieten stabil").arg(stable)),
                 qPrintable(r.out));
        // The same seed writes the same file
        const QByteArray first = bytes(csv);
        QVERIFY(run(args, m_home.path()).exitCode == 0);
        QCOMPARE(bytes(csv), first);
    }

    void writesTheMethodChartAndMapAsPdf()
    {
        const QString pdf = m_home.filePath(QStringLiteral("robustness.pdf"));
        const Run r = run({m_project, QStringLiteral("--language"), QStringLiteral("en"),
                           QStringLiteral("--sensitivity"), QStringLiteral("sozialindex"),
                           QStringLiteral("--seed"), QStringLiteral("11"), pdf},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString words = pdfText(pdf, {QStringLiteral("-raw")});
        for (const char *w :
             {"Robustness of the index Sozialindex (2024)", "1000 random weight sets", "20 %",
              "seed 11", "at least 90 % of the draws",
              "39 areas by their rank in the index as computed", "Stable and unstable areas",
              "Class under varied weights", "Areas by base rank", "Ulmenberg (1202)", "Base class",
              "In base"})
            QVERIFY2(words.contains(QString::fromUtf8(w)),
                     qPrintable(QString::fromUtf8(w) + words));
        QVERIFY(!words.contains(QStringLiteral("Each input left out once")));
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto with = [](const char *key, QStringList more = {}) {
            return QStringList {QStringLiteral("--sensitivity"), QString::fromLatin1(key)} + more;
        };
        QTest::newRow("unknown key") << with("nope") << "unknown indicator \"nope\"";
        QTest::newRow("not an index") << with("unemployment") << "is no composite index";
        QTest::newRow("no draws") << with("sozialindex",
                                          {QStringLiteral("--draws"), QStringLiteral("0")})
                                  << "draws must be 1 or more";
        QTest::newRow("draws not a number")
            << with("sozialindex", {QStringLiteral("--draws"), QStringLiteral("viele")})
            << "--draws takes a whole number";
        QTest::newRow("spread over 100")
            << with("sozialindex", {QStringLiteral("--spread"), QStringLiteral("150")})
            << "from 0 to 100, not 150";
        QTest::newRow("negative spread")
            << with("sozialindex", {QStringLiteral("--spread=-1")}) << "from 0 to 100, not -1";
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = m_home.filePath(QStringLiteral("bad.csv"));
        QFile::remove(out);
        const Run r =
            run(QStringList {m_project, QStringLiteral("--language"), QStringLiteral("en")} + args
                    + QStringList {out},
                m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("quartierswerkstatt: --sensitivity ")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void aMissingOrWrongFileIsACommandLineError()
    {
        const Run none =
            run({m_project, QStringLiteral("--sensitivity"), QStringLiteral("sozialindex")},
                m_home.path());
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QStringLiteral("needs the output file")), qPrintable(none.err));
        const Run xlsx =
            run({m_project, QStringLiteral("--sensitivity"), QStringLiteral("sozialindex"),
                 m_home.filePath(QStringLiteral("x.xlsx"))},
                m_home.path());
        QCOMPARE(xlsx.exitCode, 2);
        QVERIFY2(xlsx.err.contains(QStringLiteral(".csv or .pdf")), qPrintable(xlsx.err));
        const Run stray = run({m_project, QStringLiteral("--draws"), QStringLiteral("5"),
                               QStringLiteral("--list-areas")},
                              m_home.path());
        QCOMPARE(stray.exitCode, 2);
        QVERIFY2(stray.err.contains(QStringLiteral("--draws goes with --sensitivity")),
                 qPrintable(stray.err));
    }
};

QTEST_GUILESS_MAIN(TestSensitivityCli)
#include "test_sensitivity_cli.moc"

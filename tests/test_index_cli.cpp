// The composite index on the command line (--index, app/IndexCommand): defined, reported,
// mapped with its class names, refused with a message for bad input; on the demo city and
// on Berlin's MSS 2021 as a planner would run it.
#include "AppRunner.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using qw::test::pdfText;
using qw::test::Run;
using qw::test::run;

class TestIndexCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    QString demoCopy(const QString &name) { return qw::test::demoCopy(m_home.path(), name); }

private Q_SLOTS:
    void namesTheIndexInBothLanguages()
    {
        // Given a copy of the demo city
        const QString project = demoCopy(QStringLiteral("index-en.gpkg"));
        QVERIFY(!project.isEmpty());
        // When an index is built with a German and an English name
        const Run r = run({project, QStringLiteral("--index"), QStringLiteral("si"),
                           QStringLiteral("--name"), QStringLiteral("Sozialindex 2024"),
                           QStringLiteral("--name-en"), QStringLiteral("Social index 2024"),
                           QStringLiteral("--from"),
                           QStringLiteral("unemployment,sgb2_rate,child_poverty")},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then the catalogue names it in the UI's language
        const Run de = run({project, QStringLiteral("--language"), QStringLiteral("de"),
                            QStringLiteral("--list-indicators")},
                           m_home.path());
        QVERIFY2(de.out.contains(QStringLiteral("si\tSozialindex 2024\t")), qPrintable(de.out));
        const Run en = run({project, QStringLiteral("--language"), QStringLiteral("en"),
                            QStringLiteral("--list-indicators")},
                           m_home.path());
        QVERIFY2(en.out.contains(QStringLiteral("si\tSocial index 2024\t")), qPrintable(en.out));
    }

    void buildsAnIndexOnTheDemoAndMapsItsClasses()
    {
        // Given a copy of the demo city
        const QString project = demoCopy(QStringLiteral("index.gpkg"));
        QVERIFY(!project.isEmpty());
        // When a planner builds an index of three indicators with its dynamics and maps
        // its classes in one run
        const QString pdf = m_home.filePath(QStringLiteral("klassen.pdf"));
        const Run r = run({project, QStringLiteral("--language"), QStringLiteral("de"),
                           QStringLiteral("--index"), QStringLiteral("sozialindex"),
                           QStringLiteral("--name"), QStringLiteral("Sozialindex"),
                           QStringLiteral("--from"),
                           QStringLiteral("unemployment,sgb2_rate,child_poverty"),
                           QStringLiteral("--exclude-below"), QStringLiteral("pop_total:300"),
                           QStringLiteral("--dynamics"), QStringLiteral("2"),
                           QStringLiteral("--indicator"), QStringLiteral("sozialindex_class"),
                           QStringLiteral("--export-map"), pdf},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then it says what it computed, directions from the polarity ("higher is worse")
        QVERIFY2(r.out.contains(QStringLiteral(
                     "index(+unemployment, +sgb2_rate, +child_poverty; weights=1,1,1; "
                     "exclude=pop_total<300")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("sozialindex_class: hoch ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("sozialindex_group: Status hoch, Dynamik")),
                 qPrintable(r.out));
        // and the map's legend reads the class names
        const QString words = pdfText(pdf);
        for (const char *name : {"Sozialindex – Klasse", "hoch", "mittel", "niedrig", "sehr niedrig"})
            QVERIFY2(words.contains(QString::fromUtf8(name)), qPrintable(words));
        // And the catalogue lists the index and its parts with their recipes
        const Run list = run({project, QStringLiteral("--list-indicators")}, m_home.path());
        QVERIFY(list.out.contains(QStringLiteral("\tindex(+unemployment, +sgb2_rate")));
        for (const char *part : {"class", "dynamics", "dynamics_class", "group"})
            QVERIFY2(list.out.contains(QStringLiteral("\tindex_%1(sozialindex)\n")
                                           .arg(QString::fromLatin1(part))),
                     part);
        // And the group maps as a PNG with the matrix names
        const QString png = m_home.filePath(QStringLiteral("gruppen.png"));
        const Run group = run({project, QStringLiteral("--indicator"),
                               QStringLiteral("sozialindex_group"), QStringLiteral("--export-map"),
                               png},
                              m_home.path());
        QVERIFY2(group.exitCode == 0, qPrintable(group.err));
        QVERIFY(!QImage(png).isNull());
    }

    void badInputExitsWithAMessageAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QStringList base {QStringLiteral("--index"), QStringLiteral("neu"),
                                QStringLiteral("--name"), QStringLiteral("Neu")};
        const auto from = [&](const char *inputs, QStringList more = {}) {
            return base + QStringList {QStringLiteral("--from"), QString::fromLatin1(inputs)} + more;
        };
        QTest::newRow("unknown indicator") << from("unemployment,nope") << "\"nope\"";
        QTest::newRow("weights summing to zero")
            << from("unemployment,sgb2_rate", {QStringLiteral("--weights"), QStringLiteral("0,0")})
            << "sum to zero";
        QTest::newRow("all areas excluded")
            << from("unemployment,sgb2_rate",
                    {QStringLiteral("--exclude-below"), QStringLiteral("pop_total:100000000")})
            << "nothing to compute";
        QTest::newRow("no values in the period")
            << from("unemployment,sgb2_rate", {QStringLiteral("--period"), QStringLiteral("1999")})
            << "no values in 1999";
        QTest::newRow("a key that exists")
            << (QStringList {QStringLiteral("--index"), QStringLiteral("child_poverty"),
                             QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--from"),
                             QStringLiteral("unemployment")})
            << "already in the catalogue";
        QTest::newRow("no name")
            << (QStringList {QStringLiteral("--index"), QStringLiteral("neu"),
                             QStringLiteral("--from"), QStringLiteral("unemployment")})
            << "--name";
        QTest::newRow("bad classes")
            << from("unemployment", {QStringLiteral("--classes"), QStringLiteral("sd:1,-1")})
            << "rise";
        QTest::newRow("a neutral indicator without a sign")
            << from("unemployment,share_u18") << "+share_u18";
    }

    void badInputExitsWithAMessageAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString project = demoCopy(QStringLiteral("bad.gpkg"));
        QVERIFY(!project.isEmpty());
        const Run before = run({project, QStringLiteral("--list-indicators")}, m_home.path());
        const Run r = run(QStringList {project, QStringLiteral("--language"), QStringLiteral("en")}
                              + args,
                          m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("quartierswerkstatt: --index ")), qPrintable(r.err));
        QCOMPARE(run({project, QStringLiteral("--list-indicators")}, m_home.path()).out, before.out);
    }

    void berlinsMssOnTheCommandLine()
    {
        const QString data = qw::test::sharedDataDir();
        if (data.isEmpty())
            QSKIP("../shared/data is absent (set QW_SHARED_DATA_DIR): the Berlin --index run is "
                  "skipped");
        // Given a project of Berlin's Planungsräume with the MSS 2021 index indicators
        const QString lor = data + QStringLiteral("/berlin-lor-2021/");
        const QString project = m_home.filePath(QStringLiteral("berlin.gpkg"));
        QCOMPARE(run({QStringLiteral("--new"), project, QStringLiteral("--areas"),
                      lor + QStringLiteral("lor_planungsraeume_2021.shp"), QStringLiteral("--level"),
                      QStringLiteral("Planungsraum")},
                     m_home.path())
                     .exitCode,
                 0);
        QCOMPARE(run({project, QStringLiteral("--import"),
                      lor + QStringLiteral("mss_2021_index_indikatoren.csv")},
                     m_home.path())
                     .exitCode,
                 0);
        // When the planner builds MSS's status and dynamics index and maps the status
        const QString pdf = m_home.filePath(QStringLiteral("mss.pdf"));
        const Run r = run({project, QStringLiteral("--language"), QStringLiteral("de"),
                           QStringLiteral("--index"), QStringLiteral("mss"), QStringLiteral("--name"),
                           QStringLiteral("MSS 2021"), QStringLiteral("--from"),
                           QStringLiteral("+s1,+s3,+s4"), QStringLiteral("--exclude-below"),
                           QStringLiteral("ew:300"), QStringLiteral("--dynamics-from"),
                           QStringLiteral("+d1,+d3,+d4"), QStringLiteral("--indicator"),
                           QStringLiteral("mss_class"), QStringLiteral("--export-map"), pdf},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then the classes hold as many areas as Berlin's published ones
        QVERIFY2(r.out.contains(QStringLiteral("536 areas in the index")) // (English till translated)
                     || r.out.contains(QStringLiteral("536 Gebiete im Index")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(
                     QStringLiteral("mss_class: hoch 75; mittel 366; niedrig 46; sehr niedrig 49")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("mss_dynamics_class: positiv 48; stabil 436; "
                                               "negativ 52")),
                 qPrintable(r.out));
        // and the legend names the classes and the areas left out, as not computed
        const QString words = pdfText(pdf);
        QVERIFY2(words.contains(QStringLiteral("sehr niedrig")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("nicht berechnet (unter 300 EW)")), qPrintable(words));
        // And under English the legend says it in English
        const QString english = m_home.filePath(QStringLiteral("mss-en.pdf"));
        QCOMPARE(run({project, QStringLiteral("--language"), QStringLiteral("en"),
                      QStringLiteral("--indicator"), QStringLiteral("mss_class"),
                      QStringLiteral("--export-map"), english},
                     m_home.path())
                     .exitCode,
                 0);
        const QString englishWords = pdfText(english);
        QVERIFY2(englishWords.contains(QStringLiteral("not computed (under 300 inhabitants)")),
                 qPrintable(englishWords));
        QVERIFY2(englishWords.contains(QStringLiteral("very low")), qPrintable(englishWords));
    }
};

QTEST_GUILESS_MAIN(TestIndexCli)
#include "test_index_cli.moc"

// The program as a user runs it from the command line.
#include "AppRunner.h"
#include "ImageSupport.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using qw::test::Run;
using qw::test::run;

class TestAppCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    QString demoCopy(const QString &name) { return qw::test::demoCopy(m_home.path(), name); }

private Q_SLOTS:
    void listsAreasOfTheDemo()
    {
        const Run r =
            run({QStringLiteral("--demo"), QStringLiteral("--list-areas")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 39 + 12);
        int sozialraeume = 0;
        for (const QString &line : lines) {
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 3);
            sozialraeume += line.endsWith(QLatin1String("\tsozialraum"));
        }
        QCOMPARE(sozialraeume, 39);
        QVERIFY(lines.first().startsWith(QStringLiteral("01\t")));
    }

    void listsAreasOfAProjectACrashLeftMidChange()
    {
        // Given the demo as a kill -9 in the middle of an import leaves it: the file with part
        // of the change written and its hot rollback journal (copied while a write
        // transaction is open and its small cache spills pages)
        const QString live = demoCopy(QStringLiteral("live.gpkg"));
        QVERIFY(!live.isEmpty());
        const QString crashed = m_home.filePath(QStringLiteral("abgestuerzt.gpkg"));
        {
            qw::SqliteDatabase db(live, qw::SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            db.exec(QStringLiteral("PRAGMA cache_size=5"));
            db.exec(QStringLiteral("BEGIN IMMEDIATE"));
            db.exec(QStringLiteral("DELETE FROM qw_values"));
            db.exec(QStringLiteral("UPDATE areas SET name = 'halb'"));
            QVERIFY(QFile::copy(live, crashed));
            QVERIFY(QFile::copy(live + QStringLiteral("-journal"),
                                crashed + QStringLiteral("-journal")));
            db.exec(QStringLiteral("ROLLBACK"));
        }
        // When its areas are listed from the command line
        const Run r = run({crashed, QStringLiteral("--list-areas")}, m_home.path());
        // Then it opens without help and lists the areas as they were before the change
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("readonly")), qPrintable(r.err));
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 39 + 12);
        QVERIFY(!r.out.contains(QStringLiteral("\thalb\t")));
        qw::SqliteDatabase db(crashed, qw::SqliteDatabase::Mode::ReadOnly);
        auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void listsIndicatorsWithPeriods()
    {
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--list-indicators"),
                           QStringLiteral("--language"), QStringLiteral("de")},
                          m_home.path());
        QCOMPARE(r.exitCode, 0);
        bool found = false;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            QCOMPARE(f.size(), 4);
            if (f[0] == QLatin1String("kita_u3")) {
                found = true;
                QCOMPARE(f[1], QStringLiteral("Betreuungsquote unter 3 Jahren"));
                QCOMPARE(f[2], QStringLiteral("%"));
                QVERIFY(f[3].startsWith(QStringLiteral("2015/16,")));
            }
        }
        QVERIFY(found);
    }

    void screenshotShowsTheMap()
    {
        const QString file = m_home.filePath(QStringLiteral("shot.png"));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--indicator"),
                           QStringLiteral("kita_u3"), QStringLiteral("--period"),
                           QStringLiteral("2020/21"), QStringLiteral("--screenshot"), file},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1600, 1000));
        // The middle of the window is the map: many distinct colours, not a blank pane.
        QSet<QRgb> colours;
        for (int y = 300; y < 700; y += 4)
            for (int x = 600; x < 1000; x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
    }

    void exportsTheMapAsPdf()
    {
        // Given the demo, when a planner exports a map from the command line
        const QString pdf = m_home.filePath(QStringLiteral("kita.pdf"));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--language"),
                           QStringLiteral("de"), QStringLiteral("--indicator"),
                           QStringLiteral("kita_u3"), QStringLiteral("--classification"),
                           QStringLiteral("jenks"), QStringLiteral("--classes"),
                           QStringLiteral("4"), QStringLiteral("--export-map"), pdf},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then a PDF viewer finds one page with the title, the legend and the source line
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.waitForFinished(30000),
                 "pdfinfo (poppler-utils) is needed: scripts/deps.sh installs it");
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
        const QString words = qw::test::pdfText(pdf);
        QVERIFY(!words.isEmpty());
        QVERIFY2(words.contains(QStringLiteral("Betreuungsquote unter 3 Jahren")),
                 qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("Jugendamt")));
        QVERIFY(words.contains(QStringLiteral("bis")));
        QCOMPARE(words.count(QStringLiteral(" bis ")), 4); // four classes
    }

    void derivesAChangeAndMapsIt()
    {
        // Given a copy of the demo city
        const QString project = demoCopy(QStringLiteral("derive.gpkg"));
        QVERIFY(!project.isEmpty());
        // When the two-year change of child poverty is derived and mapped in one run
        const QString pdf = m_home.filePath(QStringLiteral("change.pdf"));
        const Run r = run({project, QStringLiteral("--language"), QStringLiteral("de"),
                           QStringLiteral("--derive"), QStringLiteral("child_poverty_change"),
                           QStringLiteral("Veränderung Kinderarmut=change(child_poverty, 2)"),
                           QStringLiteral("--indicator"), QStringLiteral("child_poverty_change"),
                           QStringLiteral("--export-map"), pdf},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then the map names the new indicator and its unit, percentage points
        const QString words = qw::test::pdfText(pdf);
        QVERIFY(!words.isEmpty());
        QVERIFY2(words.contains(QStringLiteral("Veränderung Kinderarmut")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Prozentpunkte")), qPrintable(words));
        // And the catalogue lists it with its formula
        const Run list = run({project, QStringLiteral("--list-indicators")}, m_home.path());
        QVERIFY(list.out.contains(QStringLiteral("child_poverty_change\tVeränderung Kinderarmut")));
        QVERIFY(list.out.contains(QStringLiteral("\tchange(child_poverty, 2)\n")));
        // And a formula on an unknown indicator is refused, naming it, with nothing written
        const Run bad = run({project, QStringLiteral("--derive"), QStringLiteral("x"),
                             QStringLiteral("X=rate(nope, pop_total, 100)")},
                            m_home.path());
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("\"nope\"")), qPrintable(bad.err));
        const Run again = run({project, QStringLiteral("--list-indicators")}, m_home.path());
        QVERIFY(!again.out.contains(QStringLiteral("\nx\t")));
    }

    void derivesWithAnEnglishName()
    {
        // Given a copy of the demo city
        const QString project = demoCopy(QStringLiteral("derive-en.gpkg"));
        QVERIFY(!project.isEmpty());
        // When a change is derived with a German and an English name
        const Run r = run({project, QStringLiteral("--derive"), QStringLiteral("cp_change"),
                           QStringLiteral("Veränderung Kinderarmut=change(child_poverty, 2)"),
                           QStringLiteral("--name-en"), QStringLiteral("Change in child poverty")},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then the German catalogue lists the German name and the English one the English
        const Run de = run({project, QStringLiteral("--language"), QStringLiteral("de"),
                            QStringLiteral("--list-indicators")},
                           m_home.path());
        QVERIFY2(de.out.contains(QStringLiteral("cp_change\tVeränderung Kinderarmut\t")),
                 qPrintable(de.out));
        const Run en = run({project, QStringLiteral("--language"), QStringLiteral("en"),
                            QStringLiteral("--list-indicators")},
                           m_home.path());
        QVERIFY2(en.out.contains(QStringLiteral("cp_change\tChange in child poverty\t")),
                 qPrintable(en.out));
        // And without --name-en the one name serves in both languages, as before
        QVERIFY(run({project, QStringLiteral("--derive"), QStringLiteral("cp_change1"),
                     QStringLiteral("Veränderung 1 Jahr=change(child_poverty, 1)")},
                    m_home.path())
                    .exitCode
                == 0);
        const Run en1 = run({project, QStringLiteral("--language"), QStringLiteral("en"),
                             QStringLiteral("--list-indicators")},
                            m_home.path());
        QVERIFY(en1.out.contains(QStringLiteral("cp_change1\tVeränderung 1 Jahr\t")));
        // And a share in % above 100 (numerator and denominator swapped) is defined, with a
        // warning that names the areas and the likely cause
        const Run swapped = run({project, QStringLiteral("--language"), QStringLiteral("en"),
                                 QStringLiteral("--derive"), QStringLiteral("swapped"),
                                 QStringLiteral("Anteil=rate(pop_total, pop_u3, 100)")},
                                m_home.path());
        QVERIFY2(swapped.exitCode == 0, qPrintable(swapped.err));
        QVERIFY2(swapped.err.contains(QStringLiteral("in 39 areas this share is above 100 %")),
                 qPrintable(swapped.err));
        QVERIFY2(swapped.err.contains(QStringLiteral("swapped")), qPrintable(swapped.err));
        const Run fine = run({project, QStringLiteral("--derive"), QStringLiteral("per_1000"),
                              QStringLiteral("Je 1000=rate(pop_total, pop_u3, 1000)")},
                             m_home.path());
        QVERIFY2(fine.exitCode == 0 && !fine.err.contains(QStringLiteral("100 %")),
                 qPrintable(fine.err));
        // And --name-en alone is refused, naming what it goes with, with nothing written
        const Run alone =
            run({project, QStringLiteral("--name-en"), QStringLiteral("X")}, m_home.path());
        QCOMPARE(alone.exitCode, 2); // a usage error
        QVERIFY2(alone.err.contains(QStringLiteral("--derive or --index")), qPrintable(alone.err));
        // And --help explains it
        const Run help = run({QStringLiteral("--help")}, m_home.path());
        QVERIFY2(help.out.contains(QStringLiteral("--name-en <NAME>")), qPrintable(help.out));
    }

    void exportsManualClasses()
    {
        // Given the demo's child poverty (values of all years from about 2 to 54 %), when a
        // planner exports a map with breaks of her own
        const QString pdf = m_home.filePath(QStringLiteral("manual.pdf"));
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--language"),
                           QStringLiteral("de"), QStringLiteral("--indicator"),
                           QStringLiteral("child_poverty"), QStringLiteral("--breaks"),
                           QStringLiteral("10,20,30"), QStringLiteral("--export-map"), pdf},
                          m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Then the legend has the four classes the breaks make, and names the method
        const QString words = qw::test::pdfText(pdf);
        QVERIFY(!words.isEmpty());
        QCOMPARE(words.count(QStringLiteral(" bis ")), 4);
        QVERIFY2(words.contains(QStringLiteral("über 10,0 bis 20,0")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("über 20,0 bis 30,0")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Manuelle Klassengrenzen")), qPrintable(words));
    }

    void badBreaksExitWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        const QString breaks = QStringLiteral("--breaks");
        QTest::newRow("a word") << QStringList {breaks, QStringLiteral("30,x")}
                                << QStringList {QStringLiteral("\"x\""), breaks};
        QTest::newRow("falling") << QStringList {breaks, QStringLiteral("30,20")}
                                 << QStringList {QStringLiteral("20"), QStringLiteral("30")};
        QTest::newRow("twice") << QStringList {breaks, QStringLiteral("10,10")}
                               << QStringList {QStringLiteral("10")};
        QTest::newRow("outside the data")
            << QStringList {breaks, QStringLiteral("10,20,999")}
            << QStringList {QStringLiteral("999"), QStringLiteral("child_poverty")};
        QTest::newRow("manual without breaks")
            << QStringList {QStringLiteral("--classification"), QStringLiteral("manual")}
            << QStringList {breaks};
        QTest::newRow("breaks of another method")
            << QStringList {QStringLiteral("--classification"), QStringLiteral("jenks"), breaks,
                            QStringLiteral("10")}
            << QStringList {breaks, QStringLiteral("jenks")};
    }

    void badBreaksExitWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const QString png = m_home.filePath(QStringLiteral("breaks.png"));
        const Run r = run(QStringList {QStringLiteral("--demo"), QStringLiteral("--language"),
                                       QStringLiteral("en"), QStringLiteral("--indicator"),
                                       QStringLiteral("child_poverty")}
                              + args + QStringList {QStringLiteral("--export-map"), png},
                          m_home.path());
        QVERIFY(r.exitCode != 0);
        for (const QString &e : expected)
            QVERIFY2(r.err.contains(e), qPrintable(r.err));
        QVERIFY(!QFile::exists(png));
    }

    void exportRefusesAnUnknownClassification()
    {
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--classification"),
                           QStringLiteral("kmeans"), QStringLiteral("--export-map"),
                           m_home.filePath(QStringLiteral("x.png"))},
                          m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("kmeans")));
        QVERIFY(r.err.contains(QStringLiteral("jenks")));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("x.png"))));
    }

    void badInputExitsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file")
            << QStringList {QStringLiteral("/nonexistent/x.gpkg"), QStringLiteral("--screenshot"),
                            QStringLiteral("/tmp/x.png")}
            << QStringLiteral("/nonexistent/x.gpkg");
        QTest::newRow("unknown indicator")
            << QStringList {QStringLiteral("--demo"), QStringLiteral("--indicator"),
                            QStringLiteral("nope"), QStringLiteral("--screenshot"),
                            QStringLiteral("/tmp/x.png")}
            << QStringLiteral("nope");
        QTest::newRow("unknown period")
            << QStringList {QStringLiteral("--demo"),    QStringLiteral("--indicator"),
                            QStringLiteral("kita_u3"),   QStringLiteral("--period"),
                            QStringLiteral("1999"),      QStringLiteral("--screenshot"),
                            QStringLiteral("/tmp/x.png")}
            << QStringLiteral("1999");
    }

    void badInputExitsWithAMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(args, m_home.path());
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void newProjectFromBerlinPlanningAreas()
    {
        const QString data = QStringLiteral(QW_SHARED_DATA_DIR);
        if (!QFileInfo::exists(data + QStringLiteral("/berlin-lor-2021")))
            QSKIP("../shared/data is absent (set QW_SHARED_DATA_DIR): Berlin --new test skipped");
        // Given the LOR shapefile, when a planner creates a project from it headless
        const QString project = m_home.filePath(QStringLiteral("berlin.gpkg"));
        const Run made = run({QStringLiteral("--new"), project, QStringLiteral("--areas"),
                              data + QStringLiteral("/berlin-lor-2021/lor_planungsraeume_2021.shp"),
                              QStringLiteral("--level"), QStringLiteral("Planungsraum")},
                             m_home.path());
        // Then the report names the guessed fields and the CRS, and the project lists 542 areas
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("542")));
        QVERIFY(made.out.contains(QStringLiteral("PLR_ID")));
        QVERIFY(made.out.contains(QStringLiteral("33N")));
        const Run listed = run({project, QStringLiteral("--list-areas")}, m_home.path());
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 542);
        // keys keep their leading zero
        QVERIFY(lines.contains(QStringLiteral("01100101\tStülerstraße\tplanungsraum")));
        // and the map of the new project renders
        const QString shot = m_home.filePath(QStringLiteral("berlin.png"));
        QCOMPARE(run({project, QStringLiteral("--screenshot"), shot}, m_home.path()).exitCode, 0);
        QCOMPARE(QImage(shot).size(), QSize(1600, 1000));
        // Creating it again does not overwrite the existing project
        const Run again =
            run({QStringLiteral("--new"), project, QStringLiteral("--areas"),
                 data + QStringLiteral("/berlin-lor-2021/lor_planungsraeume_2021.shp")},
                m_home.path());
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(project));
    }

    void importsTablesAndFacilitiesFromTheCommandLine()
    {
        const QString data = QStringLiteral(QW_SHARED_DATA_DIR);
        if (!QFileInfo::exists(data + QStringLiteral("/berlin-lor-2021")))
            QSKIP("../shared/data is absent (set QW_SHARED_DATA_DIR): Berlin import test skipped");
        const QString lor = data + QStringLiteral("/berlin-lor-2021/");
        const QString project = m_home.filePath(QStringLiteral("berlin-import.gpkg"));
        // Given a new project made with the schools in one go
        const Run made = run({QStringLiteral("--new"), project, QStringLiteral("--areas"),
                              lor + QStringLiteral("lor_planungsraeume_2021.shp"),
                              QStringLiteral("--facilities"),
                              data + QStringLiteral("/berlin-schools-kitas/schulen.geojson"),
                              QStringLiteral("--city"), QStringLiteral("Berlin"),
                              QStringLiteral("--language"), QStringLiteral("en")},
                             m_home.path());
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(made.out.contains(QStringLiteral("assigned to an area: 902")),
                 qPrintable(made.out));
        // (the city's name is kept for its totals rows)
        QCOMPARE(
            qw::ProjectStore::open(project, qw::ProjectStore::Access::ReadOnly)->metadata().city,
            QStringLiteral("Berlin"));
        // When the statistics office's table is imported twice under one source name
        const QStringList import {project,
                                  QStringLiteral("--import"),
                                  lor + QStringLiteral("mss_2021_index_indikatoren.csv"),
                                  QStringLiteral("--source"),
                                  QStringLiteral("MSS"),
                                  QStringLiteral("--columns"),
                                  QStringLiteral("S1,S3,S4"),
                                  QStringLiteral("--language"),
                                  QStringLiteral("en")};
        const Run first = run(import, m_home.path());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("matched to areas: 542 rows")));
        QVERIFY(first.out.contains(QStringLiteral("values: 1626")));
        const Run second =
            run({project, QStringLiteral("--import"),
                 lor + QStringLiteral("mss_2021_index_indikatoren.csv"), QStringLiteral("--source"),
                 QStringLiteral("MSS"), QStringLiteral("--language"), QStringLiteral("en")},
                m_home.path());
        // Then the second run uses the remembered columns and replaces the values
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(second.out.contains(QStringLiteral("remembered")));
        QVERIFY(second.out.contains(QStringLiteral("values: 1626")));
        {
            auto store = qw::ProjectStore::open(project, qw::ProjectStore::Access::ReadOnly);
            QCOMPARE(store->valueRepository()
                         .values(QStringLiteral("s4"), QStringLiteral("202012"))
                         .size(),
                     std::size_t(542));
        }
        // A table whose keys match no area imports nothing and exits 1
        const QString foreign = m_home.filePath(QStringLiteral("fremd.csv"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Bezirk;Jahr;Quote\nAltona;2023;5\nEimsbüttel;2023;6\n");
        }
        const Run none =
            run({project, QStringLiteral("--import"), foreign, QStringLiteral("--key"),
                 QStringLiteral("Bezirk"), QStringLiteral("--language"), QStringLiteral("en")},
                m_home.path());
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.out.contains(QStringLiteral("matches no area")));
        QVERIFY(none.err.contains(QStringLiteral("fremd.csv")));
        // An unreadable file names itself
        const Run missing = run({project, QStringLiteral("--import"),
                                 m_home.filePath(QStringLiteral("gibtsnicht.csv"))},
                                m_home.path());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("gibtsnicht.csv")));
        // The log lists the imports; undo takes the last one back
        const Run log = run({project, QStringLiteral("--import-log")}, m_home.path());
        QCOMPARE(log.exitCode, 0);
        // a line naming the columns, the new project's areas, the schools and two imports
        QCOMPARE(log.out.count(QLatin1Char('\n')), 5);
        QVERIFY(log.out.startsWith(QStringLiteral("id\t")));
        const Run undo = run({project, QStringLiteral("--undo-import")}, m_home.path());
        QCOMPARE(undo.exitCode, 0);
        {
            auto store = qw::ProjectStore::open(project, qw::ProjectStore::Access::ReadOnly);
            // the first import's values are back
            QCOMPARE(store->valueRepository()
                         .values(QStringLiteral("s4"), QStringLiteral("202012"))
                         .size(),
                     std::size_t(542));
        }
    }

    void newProjectNeedsAreas()
    {
        const Run r = run({QStringLiteral("--new"), m_home.filePath(QStringLiteral("x.gpkg"))},
                          m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--areas")));
    }

    void notAProjectIsNamed()
    {
        const QString file = m_home.filePath(QStringLiteral("notes.gpkg"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text\n");
        f.close();
        const Run r = run({file, QStringLiteral("--list-areas")}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(file));
        QVERIFY(r.err.contains(QStringLiteral("SQLite")));
    }

    void helpAndCommandLineErrorsComeInGerman()
    {
        // When a planner asks for help under German
        const Run help =
            run({QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("de")},
                m_home.path());
        // Then our options and Qt's are explained in German
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Zu öffnende Projektdatei.")),
                 qPrintable(help.out));
        QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf: "))
                     && help.out.contains(QStringLiteral("Zeigt Hilfe zu den")),
                 qPrintable(help.out));
        QVERIFY(!help.out.contains(QStringLiteral("Project file to open.")));
        // And a bad option value is refused in German, wherever --language stands
        const Run bad = run({QStringLiteral("--demo"), QStringLiteral("--classes"),
                             QStringLiteral("12"), QStringLiteral("--language=de")},
                            m_home.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--classes erwartet eine ganze Zahl von 2 bis 9")),
                 qPrintable(bad.err));
        // And under English, English
        const Run english =
            run({QStringLiteral("--help"), QStringLiteral("--language"), QStringLiteral("en")},
                m_home.path());
        QVERIFY(english.out.contains(QStringLiteral("Project file to open.")));
    }

    void aDamagedProjectIsExplainedInGermanWithSqlitesTextAsDetail()
    {
        // Given a copy of the demo whose pages after the first are overwritten
        const QString project = demoCopy(QStringLiteral("damaged.gpkg"));
        QVERIFY(!project.isEmpty());
        {
            QFile f(project);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096));
            f.write(QByteArray(int(std::min<qint64>(f.size() - 4096, 4 << 20)), '\x55'));
        }
        // When it is opened under German
        const Run r = run({project, QStringLiteral("--list-areas"), QStringLiteral("--language"),
                           QStringLiteral("de")},
                          m_home.path());
        // Then the message is German and plain; SQLite's words follow as the detail
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.err));
        QVERIFY2(lines[0].contains(project) && lines[0].contains(QStringLiteral("beschädigt")),
                 qPrintable(r.err));
        QVERIFY2(!lines[0].contains(QStringLiteral("malformed")), qPrintable(r.err));
        QVERIFY2(lines[1].startsWith(QStringLiteral("Details: SQLite: ")), qPrintable(r.err));
        QVERIFY2(lines[1].contains(QStringLiteral("malformed")), qPrintable(r.err));
    }

    void demoCatalogueListsEnglishUnitsUnderEnglish()
    {
        const Run r = run({QStringLiteral("--demo"), QStringLiteral("--list-indicators"),
                           QStringLiteral("--language"), QStringLiteral("en")},
                          m_home.path());
        QCOMPARE(r.exitCode, 0);
        QMap<QString, QString> units;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            units.insert(line.section(QLatin1Char('\t'), 0, 0),
                         line.section(QLatin1Char('\t'), 2, 2));
        QCOMPARE(units.value(QStringLiteral("hze_rate")), QStringLiteral("per 1,000"));
        QCOMPARE(units.value(QStringLiteral("pop_total")), QStringLiteral("persons"));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "test_app_cli.moc"

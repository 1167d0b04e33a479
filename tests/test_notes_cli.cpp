// Workshop notes on the command line (--notes-import, --notes-export, app/NotesCommand):
// the bad rows of a typed-up CSV reported by line while the good ones come in, the export
// read back as CSV and written as XLSX, and the notes in the area's profile.
#include "AppRunner.h"
#include "NoteFile.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using qw::test::pdfText;
using qw::test::Run;
using qw::test::run;

class TestNotesCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_project;
    QStringList m_keys; // the demo's areas

    QString file(const QString &name) const { return m_home.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = qw::test::demoCopy(m_home.path(), QStringLiteral("notes.gpkg"));
        QVERIFY(!m_project.isEmpty());
        const Run areas = run({m_project, QStringLiteral("--list-areas")}, m_home.path());
        QCOMPARE(areas.exitCode, 0);
        for (const QString &line : areas.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            m_keys << line.split(QLatin1Char('\t')).first();
        }
        QVERIFY(m_keys.size() > 10);
    }

    void importReportsBadRowsAndKeepsTheGoodOnes()
    {
        // Given a notes table with English headers and "," and two bad rows among three
        QFile csv(file(QStringLiteral("workshop.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("area,text,category,author,date\n");
        csv.write(m_keys[0].toUtf8()
                  + ",\"Kein Jugendtreff, nirgends\",Bedarf,Tisch 1,2026-12-03\n");
        csv.write("X-404,Gibt es nicht,Idee,Tisch 2,\n");
        csv.write(m_keys[0].toUtf8() + ",Bolzplatz am Kanal,Ressource,Tisch 2,\n");
        csv.write(m_keys[1].toUtf8() + ",Spielstraße,Wunsch,Tisch 3,\n");
        csv.close();
        // When it is imported
        const Run r = run({m_project, QStringLiteral("--language"), QStringLiteral("en"),
                           QStringLiteral("--notes-import"), csv.fileName()},
                          m_home.path());
        // Then the two bad rows are named by file and line, the good ones are stored
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("workshop.csv: 2 notes imported")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("workshop.csv, line 3: unknown area \"X-404\"")),
                 qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QStringLiteral("workshop.csv, line 5: unknown category \"Wunsch\"")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("2 rows left out")), qPrintable(r.err));
        // and the same file imported again adds no note twice
        const Run again = run({m_project, QStringLiteral("--language"), QStringLiteral("en"),
                               QStringLiteral("--notes-import"), csv.fileName()},
                              m_home.path());
        QVERIFY2(again.out.contains(QStringLiteral("workshop.csv: 0 notes imported"))
                     && again.out.contains(QStringLiteral("2 notes already in the project")),
                 qPrintable(again.out));
    }

    void prioritiesImportReportsByLineAndExportRanks()
    {
        // Given points from the voting board: one row over the table's five points, one
        // unknown area, one not a number
        const QString csv = file(QStringLiteral("punkte.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Teilnehmer;Gebiet;Punkte\n");
            f.write("Tisch 1;" + m_keys[2].toUtf8() + ";4\n");
            f.write("Tisch 1;" + m_keys[3].toUtf8() + ";2\n");
            f.write("Tisch 2;X-404;1\n");
            f.write("Tisch 2;" + m_keys[3].toUtf8() + ";1,5\n");
            f.write("Tisch 2;" + m_keys[3].toUtf8() + ";3\n");
        }
        // When they are imported
        const Run r = run({m_project, QStringLiteral("--language"), QStringLiteral("en"),
                           QStringLiteral("--priorities-import"), csv},
                          m_home.path());
        // Then the good rows are stored and the bad ones named by line
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("punkte.csv: 7 points imported")),
                 qPrintable(r.out));
        QVERIFY2(
            r.err.contains(QStringLiteral("punkte.csv, line 3: Tisch 1 has 1 of 5 points left")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("punkte.csv, line 4: unknown area \"X-404\"")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 5: \"1,5\" is not a whole number")),
                 qPrintable(r.err));
        // When the ranking is exported
        const QString ranking = file(QStringLiteral("rangfolge.csv"));
        const Run e = run({m_project, QStringLiteral("--language"), QStringLiteral("de"),
                           QStringLiteral("--priorities-export"), ranking},
                          m_home.path());
        QCOMPARE(e.exitCode, 0);
        // Then the area with the most points is first, with its points and voters
        const QStringList lines = QString::fromUtf8(qw::test::fileBytes(ranking))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].startsWith(QStringLiteral("1;%1;").arg(m_keys[2]))
                     && lines[1].endsWith(QStringLiteral(";4;1")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].endsWith(QStringLiteral(";3;1")), qPrintable(lines[2]));
        // and an export that is not CSV is refused
        QCOMPARE(
            run({m_project, QStringLiteral("--priorities-export"), file(QStringLiteral("r.pdf"))},
                m_home.path())
                .exitCode,
            2);
    }

    void exportReadsBackAndWritesXlsx()
    {
        // When the notes are exported under German
        const QString csv = file(QStringLiteral("export.csv"));
        const Run r = run({m_project, QStringLiteral("--language"), QStringLiteral("de"),
                           QStringLiteral("--notes-export"), csv},
                          m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 Notizen")), qPrintable(r.out));
        // Then the file has German headers and reads back as the two notes
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().contains("Gebiet;Gebietsname;Kategorie;Text;Autor;Datum"));
        const qw::NoteFile::ReadResult back =
            qw::NoteFile::read(csv, QSet<QString>(m_keys.begin(), m_keys.end()));
        QVERIFY(back.problems.isEmpty());
        QCOMPARE(back.notes.size(), std::size_t(2));
        QCOMPARE(back.notes[0].text, QStringLiteral("Kein Jugendtreff, nirgends"));
        QCOMPARE(back.notes[0].date, QDate(2026, 12, 3));
        QCOMPARE(back.notes[1].category, qw::NoteCategory::Resource);
        // and as XLSX it is written too, while another suffix is refused before any work
        const QString xlsx = file(QStringLiteral("export.xlsx"));
        QCOMPARE(run({m_project, QStringLiteral("--notes-export"), xlsx}, m_home.path()).exitCode,
                 0);
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        const Run bad = run({m_project, QStringLiteral("--language"), QStringLiteral("en"),
                             QStringLiteral("--notes-export"), file(QStringLiteral("n.txt"))},
                            m_home.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("writes .csv or .xlsx")), qPrintable(bad.err));
    }

    void profileListsTheAreasNotes()
    {
        // When the profile of the area with the notes is written in German
        const QString pdf = file(QStringLiteral("profil.pdf"));
        const Run r = run({m_project, QStringLiteral("--language"), QStringLiteral("de"),
                           QStringLiteral("--export-profile"), m_keys[0], pdf},
                          m_home.path());
        QCOMPARE(r.exitCode, 0);
        // Then it has a section of its two notes with category and author
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
        QVERIFY2(text.contains(QStringLiteral("Notizen (2)")), qPrintable(text.right(800)));
        QVERIFY(text.contains(QStringLiteral("Kein Jugendtreff, nirgends")));
        QVERIFY(text.contains(QStringLiteral("Ressource · Tisch 2")));
    }
};

QTEST_GUILESS_MAIN(TestNotesCli)
#include "test_notes_cli.moc"

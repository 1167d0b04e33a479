// CSV formula injection (issue 19, finding 5): a name such as =cmd|'/C calc'!A0 went into the
// exported CSV as it was, and a spreadsheet may run it.
#include "CsvFile.h"
#include "Note.h"
#include "NoteFile.h"
#include "TestSupport.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace qw;

class TestCsvInjection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void textThatLooksLikeAFormulaIsNeutralisedNumbersStay()
    {
        // Given a table with an area named like a formula, texts that begin with + - @ tab
        // and CR, and a negative number
        const QString path = m_dir.filePath(QStringLiteral("t.csv"));
        const std::vector<CsvFile::Row> rows {
            {{QStringLiteral("=cmd|'/C calc'!A0")}, {QStringLiteral("-3.5"), true}},
            {{QStringLiteral("+49 231 50")}, {QStringLiteral("@SUM(A1)")}},
            {{QStringLiteral("\tHIDDEN")}, {QStringLiteral("-Spielplatz")}},
            {{QStringLiteral("Hörde")}, {QStringLiteral("12.5"), true}}};
        // When it is written as CSV for German spreadsheets
        QVERIFY(CsvFile::write(path, QLocale(QLocale::German), rows).isEmpty());
        // Then no text cell begins with a formula character, the numbers are numbers, and
        // plain names are as they were
        const QString text = QString::fromUtf8(test::fileBytes(path)).remove(QChar(0xfeff));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("'=cmd|'/C calc'!A0;-3,5"));
        QCOMPARE(lines[1], QStringLiteral("'+49 231 50;'@SUM(A1)"));
        QCOMPARE(lines[2], QStringLiteral("'\tHIDDEN;'-Spielplatz"));
        QCOMPARE(lines[3], QStringLiteral("Hörde;12,5"));
    }

    void notesReadBackAsTheyWere()
    {
        // Given notes whose text and author begin like formulas
        Note a;
        a.areaKey = QStringLiteral("0101");
        a.text = QStringLiteral("=HYPERLINK(\"http://x\";\"klick\")");
        a.category = NoteCategory::Idea;
        a.author = QStringLiteral("@tisch3");
        a.date = QDate(2026, 12, 3);
        Note b = a;
        b.text = QStringLiteral("- mehr Krippenplätze");
        b.author = QStringLiteral("Tisch 1");
        const QString path = m_dir.filePath(QStringLiteral("notes.csv"));
        // When they are exported and imported again
        QVERIFY(NoteFile::write(path, {a, b}, {{a.areaKey, QStringLiteral("Feldhof")}},
                                QLocale(QLocale::German))
                    .isEmpty());
        const QString raw = QString::fromUtf8(test::fileBytes(path));
        QVERIFY2(!raw.contains(QStringLiteral(";=HYPERLINK")), qPrintable(raw));
        const NoteFile::ReadResult read = NoteFile::read(path, {a.areaKey});
        // Then the texts and authors are the ones written
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(QLatin1Char('\n'))));
        QCOMPARE(int(read.notes.size()), 2);
        QCOMPARE(read.notes[0].text, a.text);
        QCOMPARE(read.notes[0].author, a.author);
        QCOMPARE(read.notes[1].text, b.text);
    }
};

QTEST_MAIN(TestCsvInjection)
#include "test_csv_injection.moc"

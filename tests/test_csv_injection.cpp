// CSV formula injection (issue 19, finding 5): a name such as =cmd|'/C calc'!A0 went into the
// exported CSV as it was, and a spreadsheet may run it.
#include "ComparisonExport.h"
#include "ComparisonModel.h"
#include "CsvFile.h"
#include "DemoCityGenerator.h"
#include "Note.h"
#include "NoteFile.h"
#include "Project.h"
#include "Sqlite.h"
#include "TestSupport.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
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

    void theComparisonNeutralisesAnAreaNamedLikeAFormula()
    {
        // Given a project whose first area is named like a formula and holds negative values
        const QString path = m_dir.filePath(QStringLiteral("injection.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        const QString hostile = QStringLiteral("=cmd|'/C calc'!A0");
        QString key;
        {
            const auto project = Project::open(path);
            QVERIFY(project);
            key =
                project->areas()[size_t(project->areasOfLevel(project->finestLevel()).front())].key;
        }
        {
            SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("UPDATE areas SET name = '=cmd|''/C calc''!A0' "
                                   "WHERE area_key = '%1'")
                        .arg(key));
            db.exec(
                QStringLiteral("UPDATE qw_values SET value = -3.5 WHERE area_key = '%1'").arg(key));
        }
        const auto project = Project::open(path);
        QVERIFY(project);
        QStringList keys {key};
        for (int i : project->areasOfLevel(project->finestLevel()))
            if (keys.size() < 3 && !keys.contains(project->areas()[size_t(i)].key))
                keys << project->areas()[size_t(i)].key;
        ComparisonModel model;
        model.setComparison(project, project->finestLevel(), keys, QString(), true,
                            QLocale(QLocale::German));
        // When the comparison is exported as CSV
        const QString csv = m_dir.filePath(QStringLiteral("vergleich.csv"));
        QCOMPARE(ComparisonExport::write(model, csv, QLocale(QLocale::German),
                                         ComparisonExport::Numbers::FullPrecision),
                 QString());
        const QString text = QString::fromUtf8(test::fileBytes(csv)).remove(QChar(0xfeff));
        // Then the name is there only behind an apostrophe, no cell begins with a formula
        // character, and the negative values are plain numbers
        QVERIFY2(text.contains(QLatin1Char('\'') + hostile), qPrintable(text.left(400)));
        int negatives = 0;
        const QRegularExpression negative(QStringLiteral("^-\\d+(,\\d+)?$"));
        for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            for (QString cell : line.split(QLatin1Char(';'))) {
                if (cell.startsWith(QLatin1Char('"')))
                    cell = cell.mid(1);
                if (negative.match(cell).hasMatch()) {
                    ++negatives;
                    continue;
                }
                QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+'))
                             && !cell.startsWith(QLatin1Char('-'))
                             && !cell.startsWith(QLatin1Char('@')),
                         qPrintable(line));
            }
        QVERIFY(negatives > 0);
        QVERIFY(text.contains(QStringLiteral("-3,5")));
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
        // (the text holds quotes, so its field is quoted: the apostrophe comes after the quote)
        QVERIFY2(raw.contains(QStringLiteral("\"'=HYPERLINK")), qPrintable(raw));
        QVERIFY2(raw.contains(QStringLiteral("'@tisch3")), qPrintable(raw));
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

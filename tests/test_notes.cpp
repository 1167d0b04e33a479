// Workshop notes pinned to areas: the store (round trip, the schema step that brought
// categories and dates), the table model with its filters, and the CSV/XLSX files with the
// report of bad rows.
#include "NoteFile.h"
#include "NoteRepository.h"
#include "NotesModel.h"
#include "PriorityTally.h"
#include "Project.h"
#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"
#include "TestSupport.h"
#include "XlsxTableSource.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace qw;

namespace {

Note note(const QString &area, const QString &text, NoteCategory category,
          const QString &author = QStringLiteral("Tisch 1"), QDate date = QDate(2026, 12, 3))
{
    Note n;
    n.areaKey = area;
    n.text = text;
    n.category = category;
    n.author = author;
    n.date = date;
    return n;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    QStringList m_keys;

    QSet<QString> areaKeys() const { return {m_keys.begin(), m_keys.end()}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = test::openSmallCity(m_dir);
        for (const AreaInfo &a : m_project->areas())
            m_keys << a.key;
        QVERIFY(m_keys.size() > 3);
    }

    void categoriesReadTheirCodesAndBothLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("category");
        QTest::newRow("code") << QStringLiteral("measure") << int(NoteCategory::Measure);
        QTest::newRow("german") << QStringLiteral(" Maßnahme ") << int(NoteCategory::Measure);
        QTest::newRow("without ß") << QStringLiteral("MASSNAHME") << int(NoteCategory::Measure);
        QTest::newRow("english") << QStringLiteral("Question") << int(NoteCategory::Question);
        QTest::newRow("german need") << QStringLiteral("bedarf") << int(NoteCategory::Need);
        QTest::newRow("unknown") << QStringLiteral("Wunsch") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void categoriesReadTheirCodesAndBothLanguages()
    {
        QFETCH(QString, text);
        QFETCH(int, category);
        const auto c = NoteCategories::parse(text);
        QCOMPARE(c ? int(*c) : -1, category);
        for (NoteCategory k : kNoteCategories)
            QCOMPARE(noteCategoryFromCode(toCode(k)), std::optional(k));
    }

    void notesRoundTripThroughTheProjectFile()
    {
        // Given two notes written to the project, one changed and one removed again
        NoteRepository notes = m_project->store().notes();
        const Note a = notes.add(
            note(m_keys[0], QStringLiteral("Kein Jugendtreff\nim Quartier"), NoteCategory::Need));
        Note b = notes.add(note(m_keys[1], QStringLiteral("Sportverein bietet Halle"),
                                NoteCategory::Resource, QStringLiteral("Tisch 2")));
        const Note c = notes.add(note(m_keys[2], QStringLiteral("weg damit"), NoteCategory::Idea));
        QVERIFY(a.id > 0 && b.id > a.id && c.id > b.id);
        QVERIFY(a.created.isValid());
        b.text = QStringLiteral("Sportverein bietet Halle am Abend");
        b.category = NoteCategory::Measure;
        b.date = QDate(2026, 11, 30);
        QVERIFY(notes.update(b));
        QVERIFY(notes.remove(c.id));
        QVERIFY(!notes.remove(c.id));
        // When the project is closed and opened again
        const QString path = m_project->path();
        m_project.reset();
        m_project = Project::open(path);
        // Then the two notes are there as written, in their order
        const std::vector<Note> read = m_project->store().notes().notes();
        QCOMPARE(read.size(), std::size_t(2));
        QCOMPARE(read[0], a);
        QCOMPARE(read[1].text, b.text);
        QCOMPARE(read[1].category, NoteCategory::Measure);
        QCOMPARE(read[1].date, QDate(2026, 11, 30));
        QCOMPARE(read[1].author, QStringLiteral("Tisch 2"));
        // and a deleted note put back (undo) keeps its row
        QCOMPARE(m_project->store().notes().add(c).id, c.id);
        QCOMPARE(m_project->store().notes().notes().back(), c);
        QVERIFY(m_project->store().notes().remove(c.id));
    }

    void addAllIsOneTransaction()
    {
        // Given a batch whose last note cannot be stored (a row id already taken)
        NoteRepository notes = m_project->store().notes();
        const std::size_t before = notes.notes().size();
        std::vector<Note> batch {note(m_keys[0], QStringLiteral("eins"), NoteCategory::Idea),
                                 note(m_keys[1], QStringLiteral("zwei"), NoteCategory::Idea)};
        batch.back().id = notes.notes().front().id;
        // When it is stored, then it fails and none of it is kept
        QVERIFY_THROWS_EXCEPTION(StoreError, notes.addAll(batch));
        QCOMPARE(notes.notes().size(), before);
    }

    void schemaOneProjectsGetCategoriesAndDates()
    {
        // Given the project of schema version 1 kept as test data, with a note in the
        // columns version 1 had
        const QString path = m_dir.filePath(QStringLiteral("v1.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(QW_TEST_DATA_DIR "/project_schema_v1.gpkg"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("INSERT INTO qw_notes (area_key, text, author, created) "
                                   "VALUES ('A1', 'alte Notiz', 'Team', "
                                   "'2025-01-02T10:00:00.000Z')"));
        }
        // When it is opened
        auto store = ProjectStore::open(path);
        // Then it is the current version and the old note reads as an idea, text kept
        QCOMPARE(store->metadata().schemaVersion, ProjectSchema::kCurrentVersion);
        const std::vector<Note> notes = store->notes().notes();
        QCOMPARE(notes.size(), std::size_t(1));
        QCOMPARE(notes[0].text, QStringLiteral("alte Notiz"));
        QCOMPARE(notes[0].category, NoteCategory::Idea);
        QVERIFY(!notes[0].date.isValid());
        QCOMPARE(notes[0].created, QDateTime(QDate(2025, 1, 2), QTime(10, 0), Qt::UTC));
        // and a note with a category and a date can be stored in it
        store->notes().add(
            note(QStringLiteral("A1"), QStringLiteral("neu"), NoteCategory::Question));
        QCOMPARE(store->notes().notes().back().category, NoteCategory::Question);
        QCOMPARE(store->notes().notes().back().date, QDate(2026, 12, 3));
    }

    void modelListsFiltersAndFollowsChanges()
    {
        // Given a model of four notes under the item model tester
        NotesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        NoteFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<Note> notes {
            note(m_keys[0], QStringLiteral("a"), NoteCategory::Need, QStringLiteral("Tisch 1")),
            note(m_keys[0], QStringLiteral("b"), NoteCategory::Idea, QStringLiteral("Tisch 2")),
            note(m_keys[1], QStringLiteral("c"), NoteCategory::Need, QStringLiteral("Tisch 2")),
            note(m_keys[2], QStringLiteral("d\nzweite Zeile"), NoteCategory::Measure, QString())};
        for (int i = 0; i < 4; ++i)
            notes[std::size_t(i)].id = 10 * (i + 1);
        model.setNotes(notes, {{m_keys[0], QStringLiteral("Nordviertel")}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, NotesModel::AreaColumn).data().toString(),
                 QStringLiteral("Nordviertel"));
        // an area without a known name shows its key
        QCOMPARE(model.index(2, NotesModel::AreaColumn).data().toString(), m_keys[1]);
        QCOMPARE(model.index(3, NotesModel::TextColumn).data().toString(),
                 QStringLiteral("d zweite Zeile"));
        QCOMPARE(model.index(3, 0).data(NotesModel::IdRole).toLongLong(), 40);
        QCOMPARE(model.countsByArea().value(m_keys[0]), 2);
        QCOMPARE(model.countsByArea().value(m_keys[2]), 1);
        QCOMPARE(model.authors(),
                 (QStringList {QStringLiteral("Tisch 1"), QStringLiteral("Tisch 2")}));

        // When filtered by category, area and author
        filter.setCategory(NoteCategory::Need);
        QCOMPARE(filter.rowCount(), 2);
        filter.setAuthor(QStringLiteral("Tisch 2"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, NotesModel::TextColumn).data().toString(), QStringLiteral("c"));
        filter.setAuthor({});
        filter.setAreaKey(m_keys[0]);
        QCOMPARE(filter.rowCount(), 1);
        filter.setCategory(std::nullopt);
        QCOMPARE(filter.rowCount(), 2);

        // Then changes to the notes reach the filtered view
        Note e = note(m_keys[0], QStringLiteral("e"), NoteCategory::Question);
        e.id = 25;
        QSignalSpy changed(&model, &NotesModel::notesChanged);
        model.insertNote(e);
        QCOMPARE(model.rowOf(25), 2); // between 20 and 30, the store's order
        QCOMPARE(filter.rowCount(), 3);
        e.areaKey = m_keys[1];
        QVERIFY(model.updateNote(e));
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(model.removeNote(10));
        QVERIFY(!model.removeNote(10));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.notesOf(m_keys[1]).size(), std::size_t(2));
        // and the date column sorts as dates
        QCOMPARE(model.index(0, NotesModel::DateColumn).data(NotesModel::SortRole).toDate(),
                 QDate(2026, 12, 3));
    }

    void importReportsBadRowsByLineAndKeepsTheGoodOnes()
    {
        // Given a CSV typed from paper cards with German headers, Windows-1252 umlauts and
        // four bad rows among three good ones
        const QString path = m_dir.filePath(QStringLiteral("karten.csv"));
        QByteArray csv = "Gebiet;Kategorie;Text;Autor;Datum\r\n";
        csv += m_keys[0].toUtf8() + ";Bedarf;Zu wenig Kitapl\xe4tze;Tisch 1;03.12.2026\r\n";
        csv += "9999;Idee;Gibt es nicht;Tisch 1;\r\n";
        csv += m_keys[1].toUtf8() + ";Ma\xdfnahme;\"Schulweg sichern; Ampel\";Tisch 2;\r\n";
        csv += m_keys[1].toUtf8() + ";Idee;   ;Tisch 2;\r\n";
        csv += "\r\n";
        csv += m_keys[2].toUtf8() + ";Wunsch;Mehr B\xe4nke;Tisch 3;\r\n";
        csv += m_keys[2].toUtf8() + ";frage;Wer tr\xe4gt das?;;\r\n";
        csv += m_keys[2].toUtf8() + ";Frage;Termin;Tisch 3;32.13.2026\r\n";
        writeFile(path, csv);
        // When it is read
        const NoteFile::ReadResult r = NoteFile::read(path, areaKeys());
        // Then the good rows come with their umlauts and the bad ones are named by line
        QCOMPARE(r.rowsRead, 7);
        QCOMPARE(r.notes.size(), std::size_t(3));
        QCOMPARE(r.notes[0].text, QStringLiteral("Zu wenig Kitaplätze"));
        QCOMPARE(r.notes[0].date, QDate(2026, 12, 3));
        QCOMPARE(r.notes[1].category, NoteCategory::Measure);
        QCOMPARE(r.notes[1].text, QStringLiteral("Schulweg sichern; Ampel"));
        QCOMPARE(r.notes[2].category, NoteCategory::Question);
        QVERIFY(r.notes[2].author.isEmpty());
        QCOMPARE(r.problems.size(), 4);
        QVERIFY2(r.problems[0].startsWith(QStringLiteral("karten.csv, line 3: "))
                     && r.problems[0].contains(QStringLiteral("\"9999\"")),
                 qPrintable(r.problems[0]));
        QVERIFY2(r.problems[1].startsWith(QStringLiteral("karten.csv, line 5: "))
                     && r.problems[1].contains(QStringLiteral("empty text")),
                 qPrintable(r.problems[1]));
        QVERIFY2(r.problems[2].startsWith(QStringLiteral("karten.csv, line 7: "))
                     && r.problems[2].contains(QStringLiteral("\"Wunsch\"")),
                 qPrintable(r.problems[2]));
        QVERIFY2(r.problems[3].startsWith(QStringLiteral("karten.csv, line 9: "))
                     && r.problems[3].contains(QStringLiteral("\"32.13.2026\"")),
                 qPrintable(r.problems[3]));
    }

    void importWithoutTheNeededColumnsNamesThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("falsch.csv"));
        writeFile(path, "area,comment,author\nA1,x,y\n");
        try {
            NoteFile::read(path, areaKeys());
            QFAIL("a table without text and category columns must be refused");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("falsch.csv, line 1"))
                         && e.message().contains(QStringLiteral("text, category"))
                         && e.message().contains(QStringLiteral("comment")),
                     qPrintable(e.message()));
        }
    }

    void exportReadsBackInBothLanguagesAndAsXlsx()
    {
        std::vector<Note> notes {
            note(m_keys[0], QStringLiteral("Kein Treff, \"nirgends\"\nzweite Zeile"),
                 NoteCategory::Need),
            note(m_keys[1], QStringLiteral("Bücherei hilft"), NoteCategory::Resource,
                 QStringLiteral("Tisch 2"), QDate()),
            note(m_keys[2], QStringLiteral("Was kostet das?"), NoteCategory::Question)};
        const QHash<QString, QString> names {{m_keys[0], QStringLiteral("Altstadt")}};
        for (const QLocale &locale : {QLocale(QLocale::German, QLocale::Germany),
                                      QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
            // Given the notes written as CSV under a locale
            const QString path = m_dir.filePath(QStringLiteral("notes_%1.csv").arg(locale.name()));
            QCOMPARE(NoteFile::write(path, notes, names, locale), QString());
            // When the file is read back, then it gives the same notes
            const NoteFile::ReadResult r = NoteFile::read(path, areaKeys());
            QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
            QCOMPARE(r.notes.size(), notes.size());
            for (std::size_t i = 0; i < notes.size(); ++i) {
                QCOMPARE(r.notes[i].areaKey, notes[i].areaKey);
                QCOMPARE(r.notes[i].text, notes[i].text);
                QCOMPARE(r.notes[i].category, notes[i].category);
                QCOMPARE(r.notes[i].author, notes[i].author);
                QCOMPARE(r.notes[i].date, notes[i].date);
            }
        }
        // and as XLSX the cells hold the same, under German headers
        const QString xlsx = m_dir.filePath(QStringLiteral("notes.xlsx"));
        QCOMPARE(NoteFile::write(xlsx, notes, names, QLocale(QLocale::German, QLocale::Germany)),
                 QString());
        XlsxTableSource source(xlsx);
        std::vector<GridRow> rows;
        source.forEachRecord([&](const GridRow &r, double) {
            rows.push_back(r);
            return true;
        });
        QCOMPARE(rows.size(), std::size_t(4));
        QCOMPARE(rows[0].cell(0), QStringLiteral("Gebiet"));
        QCOMPARE(rows[0].cell(2), QStringLiteral("Kategorie"));
        QCOMPARE(rows[1].cell(1), QStringLiteral("Altstadt"));
        QCOMPARE(rows[2].cell(3), QStringLiteral("Bücherei hilft"));
        QCOMPARE(rows[3].cell(5), QStringLiteral("2026-12-03"));
        // and another suffix is refused by name
        QVERIFY(NoteFile::write(m_dir.filePath(QStringLiteral("n.pdf")), notes, names, QLocale())
                    .contains(QStringLiteral("n.pdf")));
    }

    void prioritiesAreSummedAndRankedWithinEachVotersPoints()
    {
        // Given three points per table and votes of two tables
        PriorityTally tally(3);
        QString error;
        QVERIFY(tally.add({QStringLiteral("Tisch 1"), m_keys[0], 2}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 1"), m_keys[1], 1}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 2"), m_keys[1], 2}, &error));
        QVERIFY(tally.add({QStringLiteral("Tisch 2"), m_keys[2], 1}, &error));
        // When a table gives more than it has left, then it is refused by name
        QVERIFY(!tally.add({QStringLiteral("Tisch 1"), m_keys[2], 1}, &error));
        QVERIFY2(error.contains(QStringLiteral("Tisch 1")) && error.contains(QStringLiteral("0")),
                 qPrintable(error));
        QVERIFY(!tally.add({QStringLiteral("Tisch 3"), m_keys[2], 0}, &error));
        QCOMPARE(tally.remaining(QStringLiteral("Tisch 3")), 3);
        QVERIFY(tally.add({QStringLiteral("Tisch 3"), m_keys[3], 1}, &error));
        // Then the areas are ranked by their points, equal points sharing a rank
        QCOMPARE(tally.pointsByArea().value(m_keys[1]), 3);
        const auto ranking = tally.ranking();
        QCOMPARE(ranking.size(), std::size_t(4));
        QCOMPARE(ranking[0], (PriorityTally::Place {m_keys[1], 3, 1, 2}));
        QCOMPARE(ranking[1].points, 2);
        QCOMPARE(ranking[1].rank, 2);
        QCOMPARE(ranking[2], (PriorityTally::Place {std::min(m_keys[2], m_keys[3]), 1, 3, 1}));
        QCOMPARE(ranking[3], (PriorityTally::Place {std::max(m_keys[2], m_keys[3]), 1, 3, 1}));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "test_notes.moc"

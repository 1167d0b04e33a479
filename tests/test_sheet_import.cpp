// Tables as statistics offices publish them: title rows, headers over several rows with
// merged cells, notes below the data, totals rows, tables keyed by names. The workbooks
// are written by the test (XlsxWriter), each with the quirks of real ones.
#include "ComparisonModel.h"
#include "CsvTableSource.h"
#include "HeaderDetector.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TableImport.h"
#include "XlsxTableSource.h"
#include "XlsxWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qw;
using namespace qw::test;

namespace {

const PlannedIndicator *findIndicator(const ImportPlan &plan, const QString &label)
{
    for (const auto &p : plan.indicators)
        if (p.label == label)
            return &p;
    return nullptr;
}

Area area(const char *key, const char *name, const char *level)
{
    Area a;
    a.key = QString::fromUtf8(key);
    a.name = QString::fromUtf8(name);
    a.level = QString::fromUtf8(level);
    return a;
}

// A statistics office's workbook: a title merged across the table, a blank row, a header
// of three rows (group headers merged over their columns, short names, long definitions),
// a spacer column, numbers stored as numbers, as text and as percentages, the symbols of
// official statistics, a district and a city total, and source lines below.
void writeStatisticsWorkbook(const QString &path)
{
    XlsxWriter w;
    w.addSheet(QStringLiteral("Erläuterungen"));
    w.setText(1, 0, QStringLiteral("Zeichenerklärung: . = gesperrt, - = nichts vorhanden"));
    w.addSheet(QStringLiteral("Sozialräume"));
    w.setText(1, 0, QStringLiteral("Tabelle 3: Bevölkerung und Haushalte nach Sozialräumen"));
    w.merge(1, 0, 1, 7);
    w.setText(2, 0, QStringLiteral("Stadt Musterstadt, Amt für Statistik"));
    // row 3 blank
    w.setText(4, 0, QStringLiteral("Nr."));
    w.merge(4, 0, 3, 1);
    w.setText(4, 1, QStringLiteral("Sozialraum"));
    w.merge(4, 1, 3, 1);
    // column C is a blank spacer
    w.setText(4, 3, QStringLiteral("Bevölkerung und Haushalte 31.12.2013"));
    w.merge(4, 3, 1, 2);
    w.setText(4, 5, QStringLiteral("Arbeitsmarkt (Dez 2013)"));
    w.merge(4, 5, 1, 2);
    w.setText(5, 3, QStringLiteral("Einwohner insgesamt"));
    w.setText(5, 4, QStringLiteral("Anteil der unter 18-Jährigen in %"));
    w.setText(5, 5, QStringLiteral("Arbeitslose mit Migrations-hintergrund"));
    w.setText(5, 6, QStringLiteral("Sozial-versicherungs-pflichtig Beschäftigte"));
    w.setText(6, 3, QStringLiteral("Alle Personen mit Hauptwohnsitz am Stichtag"));
    w.setText(6, 4, QStringLiteral("Personen unter 18 Jahren je 100 Einwohner mit Hauptwohnsitz"));
    w.setText(6, 5, QStringLiteral("Arbeitslose nach SGB II und III mit Migrationshintergrund"));
    w.setText(6, 6, QStringLiteral("Sozialversicherungspflichtig Beschäftigte am Arbeitsort"));
    // data: 01 as text with a leading zero, 02 typed as text, 05 as a number
    w.setText(7, 0, QStringLiteral("01"));
    w.setText(7, 1, QStringLiteral("Innenstadt-West"));
    w.setNumber(7, 3, 12345);
    w.setNumber(7, 4, 0.183, XlsxWriter::Format::Percent);
    w.setNumber(7, 5, 210);
    w.setText(7, 6, QStringLiteral("1 234"));
    w.setText(8, 0, QStringLiteral("02"));
    w.setText(8, 1, QStringLiteral("Innenstadt-Nord"));
    w.setText(8, 3, QStringLiteral("8.001"));
    w.setText(8, 4, QStringLiteral("20,1 %")); // a percentage typed as text
    w.setText(8, 5, QStringLiteral("."));
    w.setText(8, 6, QStringLiteral("k.A."));
    w.setNumber(9, 0, 5);
    w.setText(9, 1, QStringLiteral("Hafen"));
    w.setNumber(9, 3, 950);
    w.setText(9, 4, QStringLiteral("…"));
    w.setText(9, 5, QStringLiteral("-"));
    w.setText(9, 6, QStringLiteral("x"));
    w.setText(10, 0, QStringLiteral("1"));
    w.setText(10, 1, QStringLiteral("Stadtbezirk Mitte"));
    w.setNumber(10, 3, 21296);
    w.setText(11, 1, QStringLiteral("Musterstadt insgesamt")); // the city, without a key
    w.setNumber(11, 3, 21300);
    w.setNumber(11, 4, 0.19, XlsxWriter::Format::Percent);
    w.setNumber(11, 5, 215);
    w.setNumber(11, 6, 1300);
    // row 12 blank; notes
    w.setText(13, 0, QStringLiteral("Quelle: Einwohnerregister, eigene Berechnungen"));
    w.setText(14, 0, QStringLiteral("1) Hauptwohnsitz"));
    QCOMPARE(w.save(path), QString());
}

} // namespace

class TestSheetImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::vector<Area> m_areas;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_areas = {area("01", "Innenstadt-West", "sozialraum"),
                   area("02", "Innenstadt-Nord", "sozialraum"), area("05", "Hafen", "sozialraum")};
    }

    void cleansHeaderTextAndFindsPeriods()
    {
        // Hyphens left from line breaks inside words go, real ones stay
        QCOMPARE(HeaderDetector::cleanText(QStringLiteral("Migrations-hintergrund")),
                 QStringLiteral("Migrationshintergrund"));
        QCOMPARE(HeaderDetector::cleanText(QStringLiteral("Sozial-versicherungs-pflichtig")),
                 QStringLiteral("Sozialversicherungspflichtig"));
        QCOMPARE(HeaderDetector::cleanText(QStringLiteral("unter 18-Jährige")),
                 QStringLiteral("unter 18-Jährige"));
        QCOMPARE(HeaderDetector::cleanText(QStringLiteral("Kinder-\nTagesstätten")),
                 QStringLiteral("Kinder-Tagesstätten"));
        QCOMPARE(HeaderDetector::cleanText(QStringLiteral("Kinder- und Jugend-\nhilfe ")),
                 QStringLiteral("Kinder- und Jugendhilfe"));
        // Dates and school years in a header are periods
        QString rest;
        QCOMPARE(HeaderDetector::periodIn(QStringLiteral("Einwohner am 31.12.2013"), &rest),
                 QStringLiteral("2013"));
        QCOMPARE(rest, QStringLiteral("Einwohner"));
        QCOMPARE(HeaderDetector::periodIn(QStringLiteral("Arbeitslose (Dez 2013)"), &rest),
                 QStringLiteral("2013"));
        QCOMPARE(rest, QStringLiteral("Arbeitslose"));
        QCOMPARE(HeaderDetector::periodIn(QStringLiteral("Übergänge SJ 2013/14"), &rest),
                 QStringLiteral("2013/14"));
        QCOMPARE(rest, QStringLiteral("Übergänge"));
        QCOMPARE(HeaderDetector::periodIn(QStringLiteral("Schuljahr 2013/2014")),
                 QStringLiteral("2013/14"));
        QCOMPARE(HeaderDetector::periodIn(QStringLiteral("Anteil unter 18-Jährige")), QString());
        QCOMPARE(HeaderDetector::periodIn(QStringLiteral("Wert 1.2013")), QString());
    }

    void readsAStatisticsOfficeWorkbook()
    {
        // Given a workbook with a sheet of notes first, titles, a three-row merged header
        const QString file = path("statistik.xlsx");
        writeStatisticsWorkbook(file);
        XlsxTableSource source(file);
        // Then the first sheet with data is the notes sheet; the table is on the second
        QCOMPARE(source.sheets(), (QStringList {"Erläuterungen", "Sozialräume"}));
        auto table = TableSource::open(file, nullptr, SheetOptions {QStringLiteral("2"), {}, {}});
        QCOMPARE(table->sheet(), QStringLiteral("Sozialräume"));
        // And header and data rows are found, the spacer column left out
        QCOMPARE(table->shape().headerRows, (SheetRange {4, 6}));
        QCOMPARE(table->shape().dataRows.first, qint64(7));
        QCOMPARE(table->shape().definitionRow, qint64(6));
        QCOMPARE(table->header(),
                 (QStringList {"Nr.", "Sozialraum",
                               "Bevölkerung und Haushalte 31.12.2013 / Einwohner insgesamt",
                               "Bevölkerung und Haushalte 31.12.2013 / Anteil der unter "
                               "18-Jährigen in %",
                               "Arbeitsmarkt (Dez 2013) / Arbeitslose mit Migrationshintergrund",
                               "Arbeitsmarkt (Dez 2013) / Sozialversicherungspflichtig "
                               "Beschäftigte"}));
        QCOMPARE(table->shape().periods[2], QStringLiteral("2013"));
        QCOMPARE(table->shape().labels[2],
                 QStringLiteral("Bevölkerung und Haushalte / Einwohner insgesamt"));

        // When it is imported with nothing but the file
        ImportSpec spec;
        spec.sheet.sheet = QStringLiteral("Sozialräume");
        spec = TableImport::completeSpec(*table, spec, m_areas);
        ImportPlan p = TableImport::analyse(*table, spec, m_areas, {}, {},
                                            QStringLiteral("Musterstadt"));
        // Then the key stored as the number 5 is offered as "05", and accepted
        QCOMPARE(p.unmatched.size(), std::size_t(1));
        QCOMPARE(p.unmatched[0].fileKey, QStringLiteral("5"));
        QCOMPARE(p.unmatched[0].suggestions.front().areaKey, QStringLiteral("05"));
        QCOMPARE(TableImport::acceptUniqueSuggestions(spec, p.unmatched), 1);
        p = TableImport::analyse(*table, spec, m_areas, {}); // no city name: "Musterstadt insgesamt" still is the city
        // Then keys, the period of the header and every cell are read as such
        QCOMPARE(p.spec.keyColumn, QStringLiteral("Nr."));
        QVERIFY(p.spec.periodsFromHeader);
        QCOMPARE(p.periods, QStringList {"2013"});
        const QString people = QStringLiteral("bevoelkerung_und_haushalte_einwohner_insgesamt");
        QCOMPARE(*findValue(p, "01", people, "2013")->value, 12345.0);
        QCOMPARE(*findValue(p, "02", people, "2013")->value, 8001.0); // "8.001" as text
        QCOMPARE(*findValue(p, "05", people, "2013")->value, 950.0);
        const QString young =
            QStringLiteral("bevoelkerung_und_haushalte_anteil_der_unter_18_jaehrigen"); // no "in %"
        QVERIFY(findValue(p, "01", young, "2013"));
        QVERIFY(std::abs(*findValue(p, "01", young, "2013")->value - 18.3) < 1e-9); // 18,3 %
        QCOMPARE(findValue(p, "05", young, "2013")->status, ValueStatus::Missing); // "…"
        QVERIFY(std::abs(*findValue(p, "02", young, "2013")->value - 20.1) < 1e-9); // "20,1 %"
        const QString jobless =
            QStringLiteral("arbeitsmarkt_arbeitslose_mit_migrationshintergrund");
        QCOMPARE(findValue(p, "02", jobless, "2013")->status, ValueStatus::Suppressed);
        QCOMPARE(*findValue(p, "05", jobless, "2013")->value, 0.0); // "-" nothing
        const QString jobs =
            QStringLiteral("arbeitsmarkt_sozialversicherungspflichtig_beschaeftigte");
        QCOMPARE(*findValue(p, "01", jobs, "2013")->value, 1234.0); // "1 234"
        QCOMPARE(findValue(p, "02", jobs, "2013")->status, ValueStatus::Missing); // k.A.
        // And the definition row describes the new indicators
        const auto *ind = findIndicator(p, QStringLiteral("Bevölkerung und Haushalte / Einwohner "
                                                          "insgesamt"));
        QVERIFY(ind);
        QCOMPARE(ind->indicator.description,
                 QStringLiteral("Alle Personen mit Hauptwohnsitz am Stichtag"));
        // And the district and city rows are totals, the notes passed over, nothing rejected
        QCOMPARE(p.rowsMatched, qint64(3));
        QCOMPARE(p.rowsRejected, qint64(0));
        QVERIFY2(p.rejections.empty(),
                 qPrintable(p.rejections.empty() ? QString() : p.rejections.front().reason));
        QCOMPARE(p.totals.size(), std::size_t(2));
        QCOMPARE(p.totals[0].line, qint64(10));
        QVERIFY(!p.totals[0].city);
        QCOMPARE(p.totals[1].line, qint64(11));
        QVERIFY(p.totals[1].city);
        QCOMPARE(p.cityValues.size(), std::size_t(4));
        bool sourceNote = false;
        for (const QString &n : p.notes)
            sourceNote = sourceNote || n.contains(QStringLiteral("Quelle: Einwohnerregister"));
        QVERIFY(sourceNote);
    }

    void rowsCanBeChosenAndBadChoicesAreRefused()
    {
        const QString file = path("choice.xlsx");
        writeStatisticsWorkbook(file);
        // Given header rows 5-6 chosen by the planner (no group header)
        auto table = TableSource::open(
            file, nullptr, SheetOptions {QStringLiteral("Sozialräume"), {5, 5}, {7, 9}});
        QCOMPARE(table->header()[2], QStringLiteral("Einwohner insgesamt"));
        int rows = 0;
        table->forEachRow([&](const QStringList &, qint64, double) {
            ++rows;
            return true;
        });
        QCOMPARE(rows, 3); // exactly the data rows chosen
        // Data rows open to the end still pass over the notes below the table
        auto open = TableSource::open(
            file, nullptr, SheetOptions {QStringLiteral("Sozialräume"), {4, 6}, {7, 0}});
        rows = 0;
        open->forEachRow([&](const QStringList &, qint64 line, double) {
            ++rows;
            return line <= 11;
        });
        QCOMPARE(rows, 5); // rows 7 to 11, not the source lines 13 and 14
        QCOMPARE(open->skippedRows().size(), 2);
        // A sheet that does not exist names the sheets there are
        try {
            TableSource::open(file, nullptr, SheetOptions {QStringLiteral("Kitas"), {}, {}});
            QFAIL("an unknown sheet was accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Erläuterungen, Sozialräume")),
                     qPrintable(e.message()));
        }
        // Rows beyond the sheet name the rows there are
        try {
            TableSource::open(file, nullptr,
                              SheetOptions {QStringLiteral("Sozialräume"), {40, 41}, {}});
            QFAIL("rows beyond the sheet were accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("1 to 14")), qPrintable(e.message()));
        }
        // A sheet of text only says so and shows its first rows
        try {
            TableSource::open(file, nullptr,
                              SheetOptions {QStringLiteral("Erläuterungen"), {}, {}});
            QFAIL("a sheet without numbers was accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("Erläuterungen")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("row 1: Zeichenerklärung")),
                     qPrintable(e.message()));
        }
    }

    void csvWithTitleLinesAndFootnotes()
    {
        // Given a CSV with a title, a two-row header without merges and a source line
        const QString file = path("kita.csv");
        writeBytes(file, "Kindertagesbetreuung nach Sozialräumen\n"
                         "\n"
                         "Sozialraum;Kinder unter 3;;Kinder 3 bis 6;\n"
                         ";Anzahl;Quote;Anzahl;Quote\n"
                         "Innenstadt-West;120;40,5;300;95,1\n"
                         "innenstadt nord;80;33,0;210;93,4\n"
                         "HAFEN;.;.;12;90,0\n"
                         "\n"
                         "Quelle: Jugendamt\n"
                         "Stichtag jeweils 1.3.2024\n");
        auto table = TableSource::open(file);
        QCOMPARE(table->shape().headerRows, (SheetRange {3, 4}));
        QCOMPARE(table->header(),
                 (QStringList {"Sozialraum", "Kinder unter 3 / Anzahl", "Kinder unter 3 / Quote",
                               "Kinder 3 bis 6 / Anzahl", "Kinder 3 bis 6 / Quote"}));
        // When imported: the names are the keys, matched without a flag
        ImportSpec spec;
        spec.periodValue = QStringLiteral("2024");
        spec = TableImport::completeSpec(*table, spec, m_areas);
        QVERIFY(spec.keyIsName);
        const ImportPlan p = TableImport::analyse(*table, spec, m_areas, {});
        QCOMPARE(p.rowsMatched, qint64(3));
        QVERIFY(p.rejections.empty());
        QCOMPARE(*findValue(p, "02", "kinder_unter_3_quote", "2024")->value, 33.0);
        QCOMPARE(findValue(p, "05", "kinder_unter_3_anzahl", "2024")->status,
                 ValueStatus::Suppressed);
    }

    void aNameOnTwoLevelsTakesTheLevelAround()
    {
        // Given a Stadtbezirk and a Stadtteil both called "Mitte"
        // and two Stadtteile "Hafen" in different Stadtbezirke
        std::vector<Area> areas = {area("1", "Mitte", "stadtbezirk"),
                                   area("2", "Nord", "stadtbezirk"),
                                   area("101", "Mitte", "stadtteil"),
                                   area("102", "Altstadt", "stadtteil"),
                                   area("103", "Hafen", "stadtteil"),
                                   area("201", "Hafen", "stadtteil")};
        for (Area &a : areas)
            if (a.level == u"stadtteil")
                a.parentKey = a.key.left(1);
        const QString file = path("namen.csv");
        writeBytes(file, "Stadtteil;Einwohner 2020\nAltstadt;100\nMitte;200\nHafen;300\n"
                         "Altstadt;110\n");
        auto table = TableSource::open(file);
        ImportSpec spec = TableImport::completeSpec(*table, {}, areas);
        QVERIFY(spec.keyIsName);
        const ImportPlan p = TableImport::analyse(*table, spec, areas, {});
        // Then "Mitte" is the Stadtteil, and the note says so
        QCOMPARE(*findValue(p, "101", "einwohner", "2020")->value, 200.0);
        // And "Hafen" the one in the Stadtbezirk of the rows around it
        QCOMPARE(*findValue(p, "103", "einwohner", "2020")->value, 300.0);
        QVERIFY(!findValue(p, "201", "einwohner", "2020"));
        QVERIFY(!findValue(p, "1", "einwohner", "2020"));
        bool noted = false;
        for (const QString &n : p.notes)
            noted = noted || (n.contains(QStringLiteral("Mitte")) && n.contains(QStringLiteral("stadtteil")));
        QVERIFY(noted);
        // And two rows landing on the same area are reported with both lines
        QCOMPARE(p.rejections.size(), std::size_t(1));
        QCOMPARE(p.rejections[0].line, qint64(5));
        QVERIFY(p.rejections[0].reason.contains(QStringLiteral("line 2")));
    }

    void aRememberedSpecFindsNextYearsColumns()
    {
        // Given last year's settings, with the periods in the header
        const QString file = path("next.csv");
        writeBytes(file, "SR;Einwohner am 31.12.2014;Arbeitslose (Dez 2014)\n01;10;1\n02;20;2\n");
        ImportSpec remembered;
        remembered.keyColumn = QStringLiteral("SR");
        remembered.periodsFromHeader = true;
        remembered.valueColumns =
            QStringList {"Einwohner am 31.12.2013", "Arbeitslose (Dez 2013)"};
        auto table = TableSource::open(file);
        const ImportSpec spec = TableImport::completeSpec(*table, remembered, m_areas);
        // Then this year's columns and period are taken
        QCOMPARE(spec.valueColumns,
                 (QStringList {"Einwohner am 31.12.2014", "Arbeitslose (Dez 2014)"}));
        const ImportPlan p = TableImport::analyse(*table, spec, m_areas, {});
        QCOMPARE(*findValue(p, "02", "einwohner", "2014")->value, 20.0);
        QCOMPARE(*findValue(p, "01", "arbeitslose", "2014")->value, 1.0);
        // And the sheet choice survives the round trip of the remembered settings
        ImportSpec s;
        s.sheet = {QStringLiteral("Tabelle 2"), {4, 6}, {7, 0}};
        const ImportSpec back = ImportSpec::fromJson(s.toJson());
        QCOMPARE(back.sheet.sheet, QStringLiteral("Tabelle 2"));
        QCOMPARE(back.sheet.headerRows, (SheetRange {4, 6}));
        QCOMPARE(back.sheet.dataRows, (SheetRange {7, 0}));
    }

    void theCityRowIsTheOfficialCityFigure()
    {
        // Given a project and a table whose city row differs from the sum by 3 persons
        const QString project = makeThreeAreaProject(m_dir.path(), QStringLiteral("city.gpkg"));
        const QString file = path("einwohner_2024.csv");
        writeBytes(file, "SR;Name;Einwohner;Arbeitslose\n01;Innenstadt-West;100;.\n"
                         "02;Innenstadt-Nord;200;4\n05;Hafen;300;5\n"
                         ";Stadt insgesamt;603;.\n");
        {
            auto store = ProjectStore::open(project);
            auto table = TableSource::open(file);
            const auto areas = store->areas();
            const ImportSpec spec = TableImport::completeSpec(*table, {}, areas);
            const ImportPlan p = TableImport::analyse(*table, spec, areas, {});
            QCOMPARE(p.rowsRejected, qint64(0));
            QCOMPARE(p.totals.size(), std::size_t(1));
            QCOMPARE(p.cityValues.size(), std::size_t(2));
            QVERIFY(ImportLog(*store).commit(p) > 0);
        }
        // When the project is opened
        {
            auto opened = Project::open(project);
            const CityFigure people = opened->cityFigure(QStringLiteral("einwohner"),
                                                         QStringLiteral("2024"),
                                                         opened->finestLevel());
            // Then the official figure is the city's value, and the sum is kept beside it
            QVERIFY(people.official);
            QVERIFY(people.differs);
            QCOMPARE(*people.value, 603.0);
            QCOMPARE(*people.sumOfAreas, 600.0);
            // And a suppressed city figure is never shown
            const CityFigure jobless = opened->cityFigure(QStringLiteral("arbeitslose"),
                                                          QStringLiteral("2024"),
                                                          opened->finestLevel());
            QVERIFY(jobless.official);
            QVERIFY(!jobless.value);
            // And the comparison's city cell says it is the official figure
            ComparisonModel model;
            model.setComparison(opened, opened->finestLevel(), {"01", "02"}, QStringLiteral("2024"),
                                true, QLocale(QLocale::German));
            bool found = false;
            for (int d = 0; d < model.rowCount(); ++d) {
                const QModelIndex dept = model.index(d, 0);
                for (int r = 0; r < model.rowCount(dept); ++r) {
                    const QModelIndex row = model.index(r, 0, dept);
                    if (row.data(ComparisonModel::IndicatorKeyRole).toString() != u"einwohner")
                        continue;
                    const QModelIndex city = model.index(r, model.cityColumn(), dept);
                    QCOMPARE(city.data().toString(), QStringLiteral("603"));
                    QCOMPARE(city.data(ComparisonModel::SumOfAreasRole).toDouble(), 600.0);
                    QVERIFY(city.data(Qt::ToolTipRole).toString().contains(QStringLiteral("600")));
                    found = true;
                }
            }
            QVERIFY(found);
        }
        // And undoing the import takes the official figure away with the values
        {
            auto store = ProjectStore::open(project);
            QVERIFY(ImportLog(*store).undoLast());
        }
        auto opened = Project::open(project);
        QVERIFY(!opened->cityFigure(QStringLiteral("einwohner"), QStringLiteral("2024"),
                                    opened->finestLevel())
                     .official);
    }

    void aStrayTextCellIsNoHeader()
    {
        // Given a one-row header and data rows where two cells are not numbers
        const QString file = path("stray.csv");
        writeBytes(file, "SR;Name;Wert A;Wert B\n01;Innenstadt-West;12;abc\n"
                         "02;Innenstadt-Nord;zz;7\n05;Hafen;3;4\n");
        // Then the header is the first row alone, and every data row is read
        auto table = TableSource::open(file);
        QCOMPARE(table->shape().headerRows, (SheetRange {1, 1}));
        QCOMPARE(table->shape().dataRows.first, qint64(2));
        // And chosen header rows alone start the data right below them
        auto chosen = TableSource::open(file, nullptr, SheetOptions {{}, {1, 1}, {}});
        QCOMPARE(chosen->shape().dataRows.first, qint64(2));
    }

    void noHeaderGivesTheFirstRows()
    {
        // Given a file of numbers only
        const QString file = path("numbers.csv");
        writeBytes(file, "01;5;6\n02;7;8\n");
        try {
            TableSource::open(file);
            QFAIL("a table without header was accepted");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("numbers.csv")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("row 1: 01 | 5 | 6")),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSheetImport)
#include "test_sheet_import.moc"

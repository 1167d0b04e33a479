// The import wizard as a planner clicks through it, and the models behind its pages.
#include "DemoCityGenerator.h"
#include "ImportCataloguePage.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "ImportMatchPage.h"
#include "ImportTablePage.h"
#include "ImportWizard.h"
#include "IndicatorCatalogueModel.h"
#include "ProjectStore.h"
#include "SheetGridModel.h"
#include "SheetGridPanel.h"
#include "TablePreviewModel.h"
#include "TestSupport.h"
#include "UnmatchedKeyModel.h"
#include "WrappedHeaderModel.h"
#include "XlsxWriter.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace qw;
using namespace qw::test;

namespace {

// Saves what the user sees when QW_SCREENSHOT_DIR is set (for looking at the pages).
void keepScreenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("QW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

using Kind = SheetGridModel::RowKind;

// A workbook as a statistics office publishes it. Sheet "Kinder": a title, a blank row, a
// header of two rows (a group merged over two columns, then the short names), three
// Sozialräume and a source note. Sheet "Schulen": a plain one-row header and the same keys.
QString writeWorkbook(const QString &path)
{
    XlsxWriter x;
    x.addSheet(QStringLiteral("Kinder"));
    x.setText(1, 0, QStringLiteral("Kinder in Kindertagesstätten am 31.12.2024"));
    x.setText(3, 0, QStringLiteral("Sozialraum"));
    x.merge(3, 0, 2, 1);
    x.setText(3, 1, QStringLiteral("Kinder"));
    x.merge(3, 1, 1, 2);
    x.setText(4, 1, QStringLiteral("unter 3"));
    x.setText(4, 2, QStringLiteral("3 bis 6"));
    const char *keys[] = {"01", "02", "05"};
    for (int i = 0; i < 3; ++i) {
        x.setText(5 + i, 0, QString::fromLatin1(keys[i]));
        x.setNumber(5 + i, 1, 100 + 10 * i);
        x.setNumber(5 + i, 2, 300 - 20 * i);
    }
    x.setText(9, 0, QStringLiteral("Quelle: Jugendamt, eigene Berechnung"));
    x.addSheet(QStringLiteral("Schulen"));
    x.setText(1, 0, QStringLiteral("Sozialraum"));
    x.setText(1, 1, QStringLiteral("Schüler"));
    for (int i = 0; i < 3; ++i) {
        x.setText(2 + i, 0, QString::fromLatin1(keys[i]));
        x.setNumber(2 + i, 1, 400 + i);
    }
    const QString error = x.save(path);
    return error;
}

Kind kindOfSheetRow(const SheetGridModel *grid, qint64 sheetRow)
{
    const int row = grid->rowOf(sheetRow);
    if (row < 0)
        return Kind(-1);
    return grid->index(row, 0).data(SheetGridModel::RowKindRole).value<Kind>();
}

QStringList items(const QComboBox *box)
{
    QStringList result;
    for (int i = 0; i < box->count(); ++i)
        result << box->itemText(i);
    return result;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void longColumnNamesAreBrokenAtSpaces()
    {
        const QFont font;
        const QFontMetrics metrics(font);
        const QString name = QStringLiteral("Kinder unter 3 Jahren in Tagesbetreuung");
        const int width = metrics.horizontalAdvance(QStringLiteral("Kinder unter 3 Jahren")) + 1;
        QCOMPARE(WrappedHeaderModel::wrapped(name, font, width),
                 QStringLiteral("Kinder unter 3 Jahren\nin Tagesbetreuung"));
        // A word wider than the line keeps its own line; short names stay as they are
        QCOMPARE(WrappedHeaderModel::wrapped(QStringLiteral("Sprachförderbedarf 2024"), font, 10),
                 QStringLiteral("Sprachförderbedarf\n2024"));
        QCOMPARE(WrappedHeaderModel::wrapped(QStringLiteral("Name"), font, 200),
                 QStringLiteral("Name"));
        // Through the proxy: the lines shown, the whole name as tooltip, the rows untouched
        TablePreviewModel preview;
        preview.setTable({name, QStringLiteral("Name")}, {{"1", "2"}});
        WrappedHeaderModel wrapped(font, width);
        wrapped.setSourceModel(&preview);
        QCOMPARE(wrapped.headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Kinder unter 3 Jahren\nin Tagesbetreuung"));
        QCOMPARE(wrapped.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), name);
        QCOMPARE(wrapped.headerData(0, Qt::Vertical).toInt(), 1);
        QCOMPARE(wrapped.index(0, 1).data().toString(), QStringLiteral("2"));
    }

    void modelsPassTheTester()
    {
        TablePreviewModel preview;
        QAbstractItemModelTester t1(&preview,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setTable({"A", "B"}, {{"1", "2"}, {"3"}});
        QCOMPARE(preview.rowCount(), 2);
        QCOMPARE(preview.index(1, 1).data().toString(), QString());
        QCOMPARE(preview.headerData(1, Qt::Vertical).toInt(), 2);
        // Rows below a title and a header are numbered as the sheet numbers them
        preview.setTable({"A", "B"}, {{"1", "2"}, {"3"}}, {7, 9});
        QCOMPARE(preview.headerData(0, Qt::Vertical).toInt(), 7);
        QCOMPARE(preview.headerData(1, Qt::Vertical).toInt(), 9);

        UnmatchedKeyModel keys;
        QAbstractItemModelTester t2(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
        keys.setKeys({{"1", "Innenstadt West", 2, 1, {{"01", AreaMatcher::Basis::LeadingZeros}}},
                      {"77", "", 3, 1, {}}},
                     {{"01", "Innenstadt-West"}, {"02", "Innenstadt-Nord"}});
        QSignalSpy changed(&keys, &QAbstractItemModel::dataChanged);
        // Given two unmatched keys, when the suggestions are accepted
        QCOMPARE(keys.acceptSuggestions(), 1);
        QCOMPARE(changed.count(), 1);
        // Then only the suggested one is assigned; an unknown area is refused
        QCOMPARE(keys.mapping(), (QHash<QString, QString> {{"1", "01"}}));
        QVERIFY(!keys.setData(keys.index(1, UnmatchedKeyModel::Assigned), QStringLiteral("99")));
        QVERIFY(keys.setData(keys.index(1, UnmatchedKeyModel::Assigned), QStringLiteral("02")));
        QCOMPARE(keys.mapping().value(QStringLiteral("77")), QStringLiteral("02"));
        QVERIFY(keys.index(1, UnmatchedKeyModel::Assigned)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Innenstadt-Nord")));

        IndicatorCatalogueModel catalogue;
        QAbstractItemModelTester t3(&catalogue,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlannedIndicator p;
        p.label = QStringLiteral("Kita-Quote");
        p.isNew = true;
        p.indicator.key = QStringLiteral("kita_quote");
        p.indicator.nameDe = QStringLiteral("Kita-Quote");
        PlannedIndicator known = p;
        known.isNew = false;
        catalogue.setIndicators({p, known});
        QCOMPARE(catalogue.rowCount(), 1);
        QVERIFY(catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::Polarity),
                                  QStringLiteral("higher_is_better")));
        QVERIFY(!catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::Kind),
                                   QStringLiteral("nonsense")));
        QVERIFY(!catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::Name), QString()));
        QVERIFY(catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::MinCases), 3));
        QCOMPARE(catalogue.catalogue().value(QStringLiteral("Kita-Quote")).polarity,
                 Polarity::HigherIsBetter);
        QCOMPARE(catalogue.catalogue().value(QStringLiteral("Kita-Quote")).minCases, 3);
    }

    void sheetGridModelMarksTheRows()
    {
        // Given a title, a blank row, a header, two data rows and a note below
        SheetGridModel grid;
        QAbstractItemModelTester tester(&grid,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableShape shape;
        shape.headerRows = {3, 3};
        shape.dataRows = {4, 0};
        shape.columns = {0, 1};
        shape.lastHeaderCells = {QStringLiteral("Gebiet"), QStringLiteral("Anzahl")};
        grid.setGrid({{1, {QStringLiteral("Titel")}},
                      {3, {QStringLiteral("Gebiet"), QStringLiteral("Anzahl")}},
                      {4, {QStringLiteral("01"), QStringLiteral("12")}},
                      {5, {QStringLiteral("02"), QStringLiteral("7")}},
                      {7, {QStringLiteral("Quelle: Amt")}}},
                     shape, NumberParser(QLatin1Char(','), QLatin1Char('.')));
        // Then the rows keep the sheet's numbers and columns are named as in a spreadsheet
        QCOMPARE(grid.rowCount(), 5);
        QCOMPARE(grid.columnCount(), 2);
        QCOMPARE(grid.headerData(4, Qt::Vertical).toLongLong(), qint64(7));
        QCOMPARE(grid.headerData(1, Qt::Horizontal).toString(), QStringLiteral("B"));
        QCOMPARE(SheetGridModel::columnName(27), QStringLiteral("AB"));
        QCOMPARE(grid.index(0, 1).data().toString(), QString());
        // And each row says what it is to the table
        QCOMPARE(kindOfSheetRow(&grid, 1), Kind::Above);
        QCOMPARE(kindOfSheetRow(&grid, 3), Kind::Header);
        QCOMPARE(kindOfSheetRow(&grid, 4), Kind::Data);
        QCOMPARE(kindOfSheetRow(&grid, 5), Kind::Data);
        QCOMPARE(kindOfSheetRow(&grid, 7), Kind::Outside);
        QVERIFY(
            grid.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Header")));
        // with the whole cell first, as the grid cuts long column names
        QVERIFY(grid.index(1, 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Anzahl\n")));
        QCOMPARE(grid.index(3, 1).data(SheetGridModel::SheetRowRole).toLongLong(), qint64(5));

        // When the planner's data rows end at row 4, row 5 is outside too
        shape.dataRows = {4, 4};
        shape.dataRowsGiven = true;
        grid.setGrid({{4, {QStringLiteral("01")}}, {5, {QStringLiteral("02")}}}, shape,
                     NumberParser(QLatin1Char(','), QLatin1Char('.')));
        QCOMPARE(kindOfSheetRow(&grid, 4), Kind::Data);
        QCOMPARE(kindOfSheetRow(&grid, 5), Kind::Outside);
        grid.clear();
        QCOMPARE(grid.rowCount(), 0);
    }

    void plannerCorrectsTheSheetAndRowsOfAWorkbook()
    {
        // Given a workbook with a title, a two-row header and notes, and a second sheet
        const QString project = makeThreeAreaProject(m_dir.path());
        const QString book = m_dir.filePath(QStringLiteral("Kita und Schule 2024.xlsx"));
        QCOMPARE(writeWorkbook(book), QString());
        ImportWizard wizard(project, book);
        wizard.resize(1366, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        ImportTablePage *page = wizard.tablePage();
        SheetGridPanel *panel = page->sheetPanel();
        SheetGridModel *grid = panel->model();
        QAbstractItemModelTester tester(grid,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Then the grid shows the sheet as it stands with the detected rows marked
        QCOMPARE(items(panel->sheetBox()), (QStringList {"Kinder", "Schulen"}));
        QVERIFY(panel->sheetBox()->isVisibleTo(page));
        QCOMPARE(grid->headerData(0, Qt::Vertical).toLongLong(), qint64(1));
        QCOMPARE(kindOfSheetRow(grid, 1), Kind::Above);
        QCOMPARE(kindOfSheetRow(grid, 3), Kind::Header);
        QCOMPARE(kindOfSheetRow(grid, 4), Kind::Header);
        QCOMPARE(kindOfSheetRow(grid, 5), Kind::Data);
        QCOMPARE(kindOfSheetRow(grid, 7), Kind::Data);
        QCOMPARE(kindOfSheetRow(grid, 9), Kind::Outside);
        QCOMPARE(panel->headerFirstBox()->value(), 3);
        QCOMPARE(panel->headerLastBox()->value(), 4);
        QCOMPARE(panel->dataFirstBox()->value(), 5);
        QCOMPARE(panel->dataLastBox()->value(), 0);
        // And the view greys the title, makes the header bold and leaves the data plain
        const QAbstractItemModel *shown = panel->view()->model();
        QVERIFY(shown->index(grid->rowOf(1), 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(shown->index(grid->rowOf(3), 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(shown->index(grid->rowOf(3), 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!shown->index(grid->rowOf(5), 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(
            shown->headerData(grid->rowOf(4), Qt::Vertical, Qt::FontRole).value<QFont>().bold());
        QCOMPARE(page->keyBox()->currentText(), QStringLiteral("Sozialraum"));
        QVERIFY2(items(page->keyBox()).contains(QStringLiteral("Kinder / unter 3")),
                 qPrintable(items(page->keyBox()).join(QLatin1Char('|'))));
        QVERIFY(page->isComplete());
        keepScreenshot(&wizard, "wizard_1_sheet.png");
        // And the page fits a 1366×768 laptop screen with room for the window frame
        QVERIFY2(wizard.minimumSizeHint().width() <= 1300
                     && wizard.minimumSizeHint().height() <= 700,
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(wizard.minimumSizeHint().width())
                                .arg(wizard.minimumSizeHint().height())));

        // When the planner makes row 3 the only header row
        QSignalSpy reloaded(panel, &SheetGridPanel::optionsChanged);
        panel->headerLastBox()->setValue(3);
        QCOMPARE(reloaded.count(), 1);
        // Then the columns are named by that row alone, and the choice is in the spec
        QCOMPARE(wizard.session().spec.sheet.headerRows, (SheetRange {3, 3}));
        QCOMPARE(kindOfSheetRow(grid, 3), Kind::Header);
        QVERIFY(kindOfSheetRow(grid, 4) != Kind::Header);
        QVERIFY(!items(page->keyBox()).contains(QStringLiteral("Kinder / unter 3")));
        QVERIFY2(items(page->keyBox()).contains(QStringLiteral("Kinder")),
                 qPrintable(items(page->keyBox()).join(QLatin1Char('|'))));

        // When the planner picks row 3 and 4 again from the row's context menu
        panel->chooseRow(4, SheetGridPanel::RowChoice::LastHeader);
        QCOMPARE(wizard.session().spec.sheet.headerRows, (SheetRange {3, 4}));
        QVERIFY(items(page->keyBox()).contains(QStringLiteral("Kinder / unter 3")));
        QCOMPARE(page->keyBox()->currentText(), QStringLiteral("Sozialraum"));

        // When rows are chosen that the sheet does not have
        panel->headerFirstBox()->setValue(40);
        // Then the page says why and shows what the detector finds; nothing breaks
        QVERIFY2(page->messageLabel()->text().contains(QStringLiteral("40")),
                 qPrintable(page->messageLabel()->text()));
        QCOMPARE(kindOfSheetRow(grid, 3), Kind::Header);
        QVERIFY(!wizard.session().spec.sheet.headerRows.isSet());
        QVERIFY(page->isComplete());

        // When the planner chooses the second sheet
        panel->sheetBox()->setCurrentIndex(1);
        Q_EMIT panel->sheetBox()->activated(1);
        // Then the grid and the columns are those of "Schulen"
        QCOMPARE(wizard.session().spec.sheet.sheet, QStringLiteral("Schulen"));
        QCOMPARE(kindOfSheetRow(grid, 1), Kind::Header);
        QCOMPARE(kindOfSheetRow(grid, 2), Kind::Data);
        QCOMPARE(grid->index(0, 1).data().toString(), QStringLiteral("Schüler"));
        QCOMPARE(items(page->keyBox()), (QStringList {"Sozialraum", "Schüler"}));
        QCOMPARE(page->preview()->rowCount(), 3);

        // And going on reads that sheet: all three keys match
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.matchPage());
        QCOMPARE(wizard.session().plan.rowsMatched, qint64(3));
    }

    void fileFieldLoadsATypedPath()
    {
        // Given the wizard opened without a file
        const QString project = makeThreeAreaProject(m_dir.path());
        const QString table = m_dir.filePath(QStringLiteral("Einwohner 2023.csv"));
        writeBytes(table, "Sozialraum;Einwohner\n01;1200\n02;900\n05;300\n");
        ImportWizard wizard(project, QString());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        ImportTablePage *page = wizard.tablePage();
        QVERIFY(!page->fileEdit()->isReadOnly());
        QVERIFY(!page->isComplete());
        // When the planner types a path and presses Enter
        page->fileEdit()->setText(QDir::toNativeSeparators(table));
        QTest::keyClick(page->fileEdit(), Qt::Key_Return);
        // Then the file is loaded; a text file has no sheets to choose
        QCOMPARE(wizard.session().filePath, table);
        QCOMPARE(wizard.currentPage(), page); // Enter loads; it does not go on
        QCOMPARE(page->keyBox()->currentText(), QStringLiteral("Sozialraum"));
        QCOMPARE(page->preview()->rowCount(), 3);
        QVERIFY(!page->sheetPanel()->sheetBox()->isVisibleTo(page));
        QCOMPARE(kindOfSheetRow(page->sheetPanel()->model(), 1), Kind::Header);
        QVERIFY(page->isComplete());
    }

    void summariesSayWhatTheReportListsAndNameTheButton()
    {
        // Given the demo city (Sozialräume in Stadtbezirke) and, as German users have it,
        // Qt's German button texts
        QTranslator qtGerman;
        const bool german =
            qtGerman.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (german)
            QCoreApplication::installTranslator(&qtGerman);
        const QString project = m_dir.filePath(QStringLiteral("demo-summary.gpkg"));
        DemoCityGenerator(smallCity()).writeProject(project);
        int sozialraeume = 0, districts = 0;
        QByteArray csv = "Sozialraum;Kinder;Anteil\n";
        for (const Area &a : ProjectStore::open(project, ProjectStore::Access::ReadOnly)->areas()) {
            if (a.parentKey.isEmpty()) {
                ++districts;
                continue;
            }
            // Line 5 holds "k.A.", line 6 a word where a number belongs.
            const int line = sozialraeume + 2;
            csv += a.key.toUtf8() + ';'
                + (line == 6 ? QByteArray("viel") : QByteArray::number(100 + line)) + ';'
                + (line == 5 ? "k.A." : "12,5") + '\n';
            ++sozialraeume;
        }
        QVERIFY(districts > 0);
        const QByteArray first = csv.split('\n').value(1).split(';').value(0);
        csv += first + ";7;1,0\n"; // a second row for the first Sozialraum
        csv += "9999;5;1,0\n"; // a key that matches no area
        const QString table = m_dir.filePath(QStringLiteral("Kinder 2024.csv"));
        writeBytes(table, csv);

        // When the planner goes to the second page
        ImportWizard wizard(project, table);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.matchPage());
        const QString summary = wizard.matchPage()->summary()->text();
        const QString report = wizard.matchPage()->report()->toPlainText();
        keepScreenshot(&wizard, "wizard_summary.png");
        // Then the summary's rejected rows and cells are the report's: the unknown key's
        // row, then the word and the two cells of the second row
        const auto counts =
            QRegularExpression(QStringLiteral("(\\d+) rejected; (\\d+) single cell"))
                .match(summary);
        QVERIFY2(counts.hasMatch(), qPrintable(summary));
        const auto listed =
            QRegularExpression(QStringLiteral("Not imported, rows and cells \\((\\d+)\\)"))
                .match(report);
        QVERIFY2(listed.hasMatch(), qPrintable(report));
        const auto rows = QRegularExpression(QStringLiteral("rejected: (\\d+) row")).match(report);
        QVERIFY2(rows.hasMatch(), qPrintable(report));
        QCOMPARE(counts.captured(1), rows.captured(1));
        QCOMPARE(counts.captured(1).toInt() + counts.captured(2).toInt(),
                 listed.captured(1).toInt());
        QCOMPARE(listed.captured(1).toInt(), 4);
        QCOMPARE(counts.captured(1).toInt(), 1);
        // And the Stadtbezirke summed from their Sozialräume are not areas without a value;
        // the one whose Sozialraum of line 6 has no count ("viel") is, as the share column
        // has no numerator and denominator to sum (the map then shows it without data)
        QCOMPARE(wizard.session().plan.areasWithoutValue, QStringList {QStringLiteral("01")});
        QVERIFY2(summary.contains(QStringLiteral("1 of %1 areas get no value")
                                      .arg(qint64(wizard.session().areas.size())
                                           - wizard.session().plan.areasByAggregation.size())),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("%1 coarser area").arg(districts - 1)),
                 qPrintable(summary + QString::number(districts)));
        // And "k.A." is reported with its row, and said in the summary
        QVERIFY2(report.contains(QStringLiteral(
                     "line 5, column Anteil: \"k.A.\" = no information, imported as missing")),
                 qPrintable(report));
        QVERIFY(summary.contains(QStringLiteral("\"k.A.\"")));

        // When the planner goes on to the catalogue
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.cataloguePage());
        // Then its text names the button as it is labelled ("Abschließen" under German)
        QString finish = wizard.buttonText(QWizard::FinishButton);
        finish.remove(QLatin1Char('&'));
        if (german)
            QCOMPARE(finish, QStringLiteral("Abschließen"));
        const QString catalogue = wizard.cataloguePage()->summary()->text();
        QVERIFY2(catalogue.contains(QStringLiteral("\"%1\" writes").arg(finish)),
                 qPrintable(catalogue));
        if (german)
            QCoreApplication::removeTranslator(&qtGerman);
    }

    void plannerImportsATableThroughTheWizard()
    {
        // Given a Windows-1252 table from the youth office whose key lost its leading zero
        const QString project = makeThreeAreaProject(m_dir.path());
        const QString table = m_dir.filePath(QStringLiteral("Kita-Statistik 2024.csv"));
        writeBytes(table,
                   "Sozialraum;Name;Kinder unter 3;Betreute Kinder unter 3;Bemerkung\r\n"
                   "1;Innenstadt-West;120;48;\r\n"
                   "02;Innenstadt-Nord;90;.;klein\r\n"
                   "05;Hafen;60;30;\r\n"
                   "99;Gro\xDF-S\xFC"
                   "d;10;5;neu\r\n");
        ImportWizard wizard(project, table);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Then the first page shows what was detected
        ImportTablePage *page = wizard.tablePage();
        QCOMPARE(page->encodingBox()->currentText(), QStringLiteral("Windows-1252"));
        QCOMPARE(page->keyBox()->currentText(), QStringLiteral("Sozialraum"));
        QCOMPARE(page->preview()->rowCount(), 4);
        QCOMPARE(page->preview()->index(3, 1).data().toString(), QStringLiteral("Groß-Süd"));
        QVERIFY(page->isComplete());
        // and the rows as read name every column whole (on up to three lines), with the
        // name as tooltip
        QTableView *rows = nullptr;
        for (QTableView *v : page->findChildren<QTableView *>())
            if (auto *proxy = qobject_cast<QAbstractProxyModel *>(v->model());
                proxy && proxy->sourceModel() == page->preview())
                rows = v;
        QVERIFY(rows);
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>())
            if (tabs->indexOf(rows) >= 0)
                tabs->setCurrentWidget(rows);
        QTRY_VERIFY(rows->isVisible());
        const QHeaderView *columns = rows->horizontalHeader();
        int lines = 1;
        for (int c = 0; c < rows->model()->columnCount(); ++c) {
            const QString full = page->preview()->headerData(c, Qt::Horizontal).toString();
            const QString shown = rows->model()->headerData(c, Qt::Horizontal).toString();
            QCOMPARE(QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' ')), full);
            QVERIFY(shown.count(QLatin1Char('\n')) <= 2);
            lines = std::max(lines, int(shown.count(QLatin1Char('\n'))) + 1);
            for (const QString &line : shown.split(QLatin1Char('\n')))
                QVERIFY2(columns->fontMetrics().horizontalAdvance(line) + 8
                             <= columns->sectionSize(c),
                         qPrintable(line));
            QCOMPARE(rows->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(),
                     full);
        }
        QVERIFY(columns->height() >= lines * columns->fontMetrics().height());
        keepScreenshot(&wizard, "wizard_1_table.png");

        // When the planner goes on, the keys that match no area are listed with suggestions
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.matchPage());
        UnmatchedKeyModel *keys = wizard.matchPage()->unmatched();
        QCOMPARE(keys->rowCount(), 2);
        QCOMPARE(wizard.session().plan.rowsMatched, qint64(2));
        keepScreenshot(&wizard, "wizard_2_areas.png");
        QCOMPARE(keys->acceptSuggestions(), 1);
        QVERIFY(wizard.matchPage()->checkAgain());
        QCOMPARE(wizard.session().plan.rowsMatched, qint64(3));
        QCOMPARE(keys->rowCount(), 1); // "99" stays unmatched and is reported

        // And the catalogue entries can be edited before writing
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.cataloguePage());
        IndicatorCatalogueModel *catalogue = wizard.cataloguePage()->catalogue();
        QCOMPARE(catalogue->rowCount(), 2);
        QVERIFY(catalogue->setData(catalogue->index(1, IndicatorCatalogueModel::Polarity),
                                   QStringLiteral("higher_is_better")));
        keepScreenshot(&wizard, "wizard_3_catalogue.png");
        wizard.accept();
        QVERIFY(wizard.importId() > 0);

        // Then the values, the catalogue and the remembered key are in the project
        auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
        const auto values = store->valueRepository().values(
            QStringLiteral("betreute_kinder_unter_3"), QStringLiteral("2024"));
        QCOMPARE(values.size(), std::size_t(3));
        bool foundPolarity = false;
        for (const Indicator &i : store->indicators())
            if (i.key == QLatin1String("betreute_kinder_unter_3"))
                foundPolarity = i.polarity == Polarity::HigherIsBetter;
        QVERIFY(foundPolarity);
        const auto remembered = ImportLog(*store).rememberedSpec(QStringLiteral("Kita-Statistik"));
        QVERIFY(remembered);
        QCOMPARE(remembered->keyMapping.value(QStringLiteral("1")), QStringLiteral("01"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"

// An allocation on a project: read from its values, shown in the table model, exported as
// CSV and XLSX, saved with the project (and read back distrustfully), and the schema step
// that brought the tables for it.
#include "AllocationExport.h"
#include "AllocationFixtures.h"
#include "AllocationRepository.h"
#include "AllocationTableModel.h"
#include "ProjectAllocation.h"
#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "Sqlite.h"
#include "StoreError.h"
#include "TestSupport.h"
#include "XlsxTableSource.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>
#include <functional>

using namespace qw;

namespace {

double total(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        if (std::isfinite(x))
            s += x;
    return s;
}

} // namespace

class TestAllocationProject : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

    Allocation compute(const AllocationRule &rule, const StoredAllocation *previous = nullptr)
    {
        QString error;
        auto a = ProjectAllocation::compute(*m_project, rule, false, &error, previous);
        if (!a)
            qFatal("allocation failed: %s", qPrintable(error));
        return *a;
    }

    // The workbench holds its project file exclusively, so another program (here: SQL on a
    // connection of its own) sees it only while the project is closed; it is opened again.
    void closeThenRun(const std::function<void(SqliteDatabase &)> &elsewhere)
    {
        const QString path = m_project->store().path();
        m_project.reset();
        {
            SqliteDatabase file(path, SqliteDatabase::Mode::ReadWrite);
            elsewhere(file);
        }
        m_project = Project::open(path);
    }

    std::int64_t amountRowsInFile()
    {
        std::int64_t n = -1;
        closeThenRun([&](SqliteDatabase &file) {
            auto st = file.prepare(QStringLiteral("SELECT count(*) FROM qw_allocation_amounts"));
            if (st.step())
                n = st.integer(0);
        });
        return n;
    }

private Q_SLOTS:
    void initTestCase() { m_project = test::openSmallCity(m_dir); }

    void splitsTheBudgetOverTheFinestLevelInTheLatestPeriod()
    {
        // Given the demo city's social index and a rule without level and period
        const Allocation a = compute(test::demoAllocationRule());
        // Then it is the Sozialräume in the index's latest period
        QCOMPARE(a.rule.levelKey, QStringLiteral("sozialraum"));
        QCOMPARE(a.rule.period, m_project->periods(QStringLiteral("social_index")).last());
        QCOMPARE(a.size(), std::size_t(39));
        QCOMPARE(a.indicatorName, QStringLiteral("Social index"));
        // and the whole euros add up to the budget, each within floor and cap
        QCOMPARE(total(a.result.amount), 500000.0);
        for (double amount : a.result.amount) {
            QCOMPARE(amount, std::floor(amount));
            QVERIFY(amount >= 5000 && amount <= 40000);
        }
        // and the neediest area per young person gets more than the least needy
        const auto most = std::max_element(a.result.basis.begin(), a.result.basis.end());
        const auto least = std::min_element(a.result.basis.begin(), a.result.basis.end());
        QVERIFY(a.result.amount[std::size_t(most - a.result.basis.begin())]
                > a.result.amount[std::size_t(least - a.result.basis.begin())]);
        // and the words name the indicator, the population and the level
        const QString words = a.describe(QLocale(QLocale::English));
        QVERIFY2(words.contains(QStringLiteral("by Social index (%1)").arg(a.rule.period))
                     && words.contains(QStringLiteral("Young people aged 10 to 18"))
                     && words.contains(QStringLiteral("level Social area")),
                 qPrintable(words));
    }

    void badInputNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("population");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown indicator") << "nonsense"
                                           << ""
                                           << ""
                                           << ""
                                           << "no indicator \"nonsense\"";
        QTest::newRow("period without values")
            << "social_index"
            << "1999"
            << ""
            << ""
            << "Social index (social_index) has no values in 1999";
        QTest::newRow("unknown level") << "social_index"
                                       << ""
                                       << "Ortsteil"
                                       << ""
                                       << "no level \"Ortsteil\"";
        QTest::newRow("unknown population") << "social_index"
                                            << ""
                                            << ""
                                            << "children"
                                            << "no indicator \"children\"";
    }

    void badInputNamesWhatIsWrong()
    {
        QFETCH(QString, indicator);
        QFETCH(QString, period);
        QFETCH(QString, level);
        QFETCH(QString, population);
        QFETCH(QString, message);
        AllocationRule r = test::demoAllocationRule();
        r.indicatorKey = indicator;
        r.period = period;
        r.levelKey = level;
        r.populationKey = population;
        QString error;
        QVERIFY(!ProjectAllocation::compute(*m_project, r, false, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void tableModelShowsEveryArea()
    {
        // Given an allocation with a population and a previous allocation to compare with
        const Allocation first = compute(test::demoAllocationRule());
        StoredAllocation previous;
        previous.name = QStringLiteral("2024");
        previous.rule = first.rule;
        for (std::size_t i = 0; i < first.size(); ++i)
            previous.amounts.push_back(
                {first.keys[i], 0, 0, 0, first.result.amount[i], first.result.limit[i]});
        AllocationRule more = test::demoAllocationRule();
        more.budget = 600000;
        auto shared = std::make_shared<const Allocation>(compute(more, &previous));
        // When the model shows it (checked by the model tester throughout)
        AllocationTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAllocation(shared, QLocale(QLocale::German));
        // Then it has a row per area and the columns with population and change
        using Column = AllocationTableModel::Column;
        QCOMPARE(model.rowCount(), 39);
        QCOMPARE(model.columns(),
                 (std::vector<Column> {Column::Name, Column::Key, Column::Value, Column::Population,
                                       Column::Basis, Column::Share, Column::Amount, Column::Change,
                                       Column::Limit}));
        QCOMPARE(model.headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Amount (€)"));
        QCOMPARE(model.headerData(7, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Change against 2024"));
        QCOMPARE(model.total(), 600000.0);
        // and each row's change is its amount less last year's
        for (int r = 0; r < model.rowCount(); ++r) {
            const double amount =
                model.index(r, 6).data(AllocationTableModel::NumberRole).toDouble();
            const double change =
                model.index(r, 7).data(AllocationTableModel::NumberRole).toDouble();
            QCOMPARE(change, amount - first.result.amount[std::size_t(r)]);
            QCOMPARE(model.index(r, 1).data().toString(), first.keys[std::size_t(r)]);
            QCOMPARE(model.index(r, 1).data(AllocationTableModel::AreaKeyRole).toString(),
                     first.keys[std::size_t(r)]);
        }
        // and numbers read as under German ("1,23 %", "12.345", "+1.234")
        QVERIFY(model.index(0, 5).data().toString().endsWith(QStringLiteral(" %")));
        QVERIFY(model.index(0, 5).data().toString().contains(QLatin1Char(',')));
        int floors = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            floors += model.index(r, 8).data().toString() == QStringLiteral("floor");
        QVERIFY(floors > 0);
        // and an empty allocation empties the table
        model.setAllocation(nullptr, QLocale());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void exportsCsvAndXlsxWithTheRule()
    {
        // Given the allocation in the table model
        auto shared = std::make_shared<const Allocation>(compute(test::demoAllocationRule()));
        AllocationTableModel model;
        model.setAllocation(shared, QLocale(QLocale::German));
        // When it is written as CSV under German
        const QString csv = m_dir.filePath(QStringLiteral("allocation.csv"));
        QCOMPARE(AllocationExport::write(model, csv, QLocale(QLocale::German)), QString());
        const QStringList lines = QString::fromUtf8(test::fileBytes(csv))
                                      .remove(QChar(0xfeff))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        // Then the title, the rule in words and its text come first, then the table
        QVERIFY2(lines[0].startsWith(QStringLiteral("Allocation of €500.000 by Social index")),
                 qPrintable(lines[0]));
        QVERIFY(lines[1].contains(QStringLiteral("at least €5.000 and at most €40.000")));
        QVERIFY(lines[2].contains(
            shared->rule.text().replace(QLatin1String("\""), QLatin1String("\"\""))));
        QCOMPARE(lines[3].split(QLatin1Char(';')).value(0), QStringLiteral("Social area"));
        QCOMPARE(lines.size(), 4 + 39 + 1);
        // and the last row holds the totals: all of the budget, 100 %
        const QStringList totals = lines.last().split(QLatin1Char(';'));
        QCOMPARE(totals.value(0), QStringLiteral("Total"));
        QVERIFY2(totals.contains(QStringLiteral("500000"))
                     && totals.contains(QStringLiteral("100,00")),
                 qPrintable(lines.last()));
        // When it is written as XLSX
        const QString xlsx = m_dir.filePath(QStringLiteral("allocation.xlsx"));
        QCOMPARE(AllocationExport::write(model, xlsx, QLocale(QLocale::German)), QString());
        XlsxTableSource source(xlsx);
        std::vector<GridRow> rows;
        source.forEachRecord([&](const GridRow &row, double) {
            rows.push_back(row);
            return true;
        });
        // Then row 1 is the title, row 5 the header and the amounts add up to the budget
        QCOMPARE(rows.front().row, qint64(1));
        QVERIFY(rows.front().cell(0).startsWith(QStringLiteral("Allocation of")));
        double sum = 0;
        for (const GridRow &row : rows)
            if (row.row > 5 && row.cell(0) != QStringLiteral("Total"))
                sum += row.cell(6).toDouble();
        QCOMPARE(sum, 500000.0);
        // and another suffix is refused, naming the file
        QVERIFY(AllocationExport::write(model, m_dir.filePath(QStringLiteral("a.ods")), QLocale())
                    .contains(QStringLiteral("a.ods")));
    }

    void savedAllocationRoundTrips()
    {
        // Given a saved allocation with a pinned area
        AllocationRule rule = test::demoAllocationRule();
        rule.pins = {{QStringLiteral("0101"), 20000}};
        const Allocation a = compute(rule);
        AllocationRepository repo = m_project->store().allocations();
        repo.write(QStringLiteral("Schulsozialarbeit 2025"), a, QStringLiteral("in words"));
        // When it is read back
        const auto back = repo.read(QStringLiteral("Schulsozialarbeit 2025"));
        // Then rule, words and every amount are as saved
        QVERIFY(back);
        QVERIFY(back->rule == a.rule);
        QCOMPARE(back->description, QStringLiteral("in words"));
        QCOMPARE(back->amounts.size(), a.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(back->amounts[i].areaKey, a.keys[i]);
            QCOMPARE(back->amounts[i].amount, a.result.amount[i]);
            QCOMPARE(back->amounts[i].limit, a.result.limit[i]);
        }
        QCOMPARE(back->amounts[0].limit, AllocationLimit::Pinned);
        // and saving again under the name replaces it, keeping one
        repo.write(QStringLiteral("Schulsozialarbeit 2025"), compute(test::demoAllocationRule()),
                   QString());
        QCOMPARE(repo.names(), QStringList {QStringLiteral("Schulsozialarbeit 2025")});
        QVERIFY(repo.read(QStringLiteral("Schulsozialarbeit 2025"))->rule.pins.empty());
        QCOMPARE(amountRowsInFile(), std::int64_t(39));
        // and removing it removes its amounts
        AllocationRepository again = m_project->store().allocations();
        QVERIFY(again.remove(QStringLiteral("Schulsozialarbeit 2025")));
        QVERIFY(!again.read(QStringLiteral("Schulsozialarbeit 2025")));
        QCOMPARE(amountRowsInFile(), std::int64_t(0));
    }

    void damagedSavedAllocationIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("rule") << "UPDATE qw_allocations SET rule = 'qw-allocation/1; budget=x'"
                              << "is no number";
        QTest::newRow("newer rule") << "UPDATE qw_allocations SET rule_version = 2"
                                    << "newer version";
        QTest::newRow("amount") << "UPDATE qw_allocation_amounts SET amount = -5 WHERE fid = "
                                   "(SELECT min(fid) FROM qw_allocation_amounts)"
                                << "is no amount";
        QTest::newRow("text amount") << "UPDATE qw_allocation_amounts SET amount = 'much'"
                                     << "is no amount";
        QTest::newRow("limit") << "UPDATE qw_allocation_amounts SET limit_kind = 'luck'"
                               << "unknown limit";
    }

    void damagedSavedAllocationIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        // Given a saved allocation changed in another program
        m_project->store().allocations().write(QStringLiteral("damaged"),
                                               compute(test::demoAllocationRule()), QString());
        closeThenRun([&](SqliteDatabase &file) { file.exec(sql); });
        AllocationRepository repo = m_project->store().allocations();
        // When it is read, then it is refused with a message naming it
        try {
            repo.read(QStringLiteral("damaged"));
            QFAIL("a damaged allocation was read");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreErrorKind::InvalidContent);
            QVERIFY2(e.message().contains(QStringLiteral("\"damaged\""))
                         && e.message().contains(message),
                     qPrintable(e.message()));
        }
        repo.remove(QStringLiteral("damaged"));
    }

    void previousAllocationMustMatchLevelAndUnit()
    {
        StoredAllocation previous;
        previous.name = QStringLiteral("old");
        previous.rule = test::demoAllocationRule();
        previous.rule.levelKey = QStringLiteral("stadtbezirk");
        QString error;
        QVERIFY(!ProjectAllocation::compute(*m_project, test::demoAllocationRule(), false, &error,
                                            &previous));
        QVERIFY2(error.contains(QStringLiteral("another level")), qPrintable(error));
        previous.rule.levelKey = QStringLiteral("sozialraum");
        previous.rule.unit = BudgetUnit::Hours;
        QVERIFY(!ProjectAllocation::compute(*m_project, test::demoAllocationRule(), false, &error,
                                            &previous));
        QVERIFY2(error.contains(QStringLiteral("counted in hours")), qPrintable(error));
    }

    void schemaEightProjectsGetTheAllocationTables()
    {
        // Given a project of schema version 8: made now, then the tables of version 9 taken
        // out as the step to 9 adds them
        const QString path = m_dir.filePath(QStringLiteral("v8.gpkg"));
        DemoCityGenerator(test::smallCity(5)).writeProject(path);
        {
            SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
            db.exec(
                QStringLiteral("DROP TABLE qw_allocations; DROP TABLE qw_allocation_amounts; "
                               "DELETE FROM gpkg_contents WHERE table_name LIKE 'qw_allocation%'; "
                               "UPDATE qw_project SET value = '8' WHERE key = 'schema_version'"));
        }
        // When it is opened
        auto store = ProjectStore::open(path);
        // Then it is the current version, with both tables registered as attributes
        QCOMPARE(store->metadata().schemaVersion, ProjectSchema::kCurrentVersion);
        store.reset();
        {
            SqliteDatabase file(path, SqliteDatabase::Mode::ReadOnly);
            auto st = file.prepare(QStringLiteral(
                "SELECT count(*) FROM gpkg_contents WHERE table_name IN ('qw_allocations', "
                "'qw_allocation_amounts') AND data_type = 'attributes'"));
            QVERIFY(st.step());
            QCOMPARE(st.integer(0), std::int64_t(2));
        }
        // and an allocation can be saved in it and read back
        auto project = Project::open(path);
        AllocationRule rule = test::demoAllocationRule();
        rule.cap = AllocationRule::kNoCap; // five areas could not take 500,000 under 40,000
        QString error;
        const auto a = ProjectAllocation::compute(*project, rule, false, &error);
        QVERIFY2(a, qPrintable(error));
        project->store().allocations().write(QStringLiteral("first"), *a, QString());
        QCOMPARE(project->store().allocations().read(QStringLiteral("first"))->amounts.size(),
                 a->size());
    }

    void schemaOneProjectsMigrateToTheAllocationTables()
    {
        // Given the project of schema version 1 kept as test data
        const QString path = m_dir.filePath(QStringLiteral("v1.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(QW_TEST_DATA_DIR "/project_schema_v1.gpkg"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // When it is opened, then it has no saved allocations and the tables for them
        QVERIFY(ProjectStore::open(path)->allocations().names().isEmpty());
        SqliteDatabase file(path, SqliteDatabase::Mode::ReadOnly);
        QVERIFY(file.tableExists(ProjectSchema::kAllocations));
        QVERIFY(file.tableExists(ProjectSchema::kAllocationAmounts));
    }
};

QTEST_GUILESS_MAIN(TestAllocationProject)
#include "test_allocation_project.moc"

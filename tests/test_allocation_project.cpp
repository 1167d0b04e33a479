// An allocation on a project: read from its values, shown in the table model, exported as
// CSV and XLSX, saved with the project (and read back distrustfully), and the schema step
// that brought the tables for it.
#include "AllocationExport.h"
#include "AllocationFixtures.h"
#include "AllocationRepository.h"
#include "AllocationTableModel.h"
#include "IndexFixtures.h"
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

    void aPopulationOfAnotherPeriodIsChosen()
    {
        // Given a copy of the demo with a count of children for 2030 only, a period the
        // social index does not have (as Berlin's index of 202012 and population of 2024)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("periods.gpkg"));
        QVERIFY(QFile::copy(m_project->path(), path));
        QVERIFY(test::importPerSozialraum(
            *m_project, path, "Kinder",
            [](int i) -> QByteArray { return QByteArray::number(i + 10); },
            QStringLiteral("2030")));
        const auto project = Project::open(path);
        const QString key = test::keyNamed(*project, QStringLiteral("Kinder"));
        QVERIFY(!key.isEmpty());
        QCOMPARE(project->periods(key), QStringList {QStringLiteral("2030")});
        AllocationRule r = test::demoAllocationRule();
        r.populationKey = key;
        // When nothing says which period of it to take
        QString error;
        QVERIFY(!ProjectAllocation::compute(*project, r, false, &error));
        // Then the message names the periods it has and how to choose one
        QVERIFY2(error.contains(QStringLiteral("has no values in %1, the period of Social index "
                                               "(social_index) (it has 2030): choose the "
                                               "population's period")
                                    .arg(project->periods(QStringLiteral("social_index")).last())),
                 qPrintable(error));
        // When the planner chooses 2030
        r.populationPeriod = QStringLiteral("2030");
        const auto a = ProjectAllocation::compute(*project, r, false, &error);
        QVERIFY2(a, qPrintable(error));
        // Then the basis is the need times the children of 2030, and the words say so
        const std::vector<int> &areas = project->areasOfLevel(QStringLiteral("sozialraum"));
        for (std::size_t i = 0; i < a->size(); ++i)
            QCOMPARE(a->input.population[i], double(areas[i] + 10));
        QVERIFY2(a->describe(QLocale(QLocale::English))
                     .contains(QStringLiteral("multiplied by the area's Kinder in 2030")),
                 qPrintable(a->describe(QLocale(QLocale::English))));
        QVERIFY(a->rule.text().contains(QStringLiteral("per_period=2030")));
        // and a period it does not have either is refused, naming the ones it has
        r.populationPeriod = QStringLiteral("2019");
        QVERIFY(!ProjectAllocation::compute(*project, r, false, &error));
        QVERIFY2(error.contains(QStringLiteral("has no values in 2019 (it has 2030)")),
                 qPrintable(error));
        // and the population of the index's own period needs no period in the rule
        const Allocation same = compute(test::demoAllocationRule());
        QVERIFY(same.rule.populationPeriod.isEmpty());
        QVERIFY(same.rule.text().startsWith(QStringLiteral("qw-allocation/1; ")));
        QVERIFY(same.describe(QLocale(QLocale::English))
                    .contains(QStringLiteral("in %1:").arg(same.rule.period)));
    }

    void classesAreNamedAndCodesAreNoPopulation()
    {
        // Given the demo with a needs index, so its classes with names
        QTemporaryDir dir;
        QString defined;
        const auto project =
            test::copyWithIndex(m_project->path(), dir.filePath(QStringLiteral("classes.gpkg")),
                                "index(+sgb2_rate, +child_poverty; weights=1,1)", &defined);
        QVERIFY2(project, qPrintable(defined));
        const Indicator *classes = project->indicator(QStringLiteral("si_class"));
        QVERIFY(classes && !classes->valueLabels.empty());
        // When the budget is split by points per class
        AllocationRule r;
        r.indicatorKey = QStringLiteral("si_class");
        r.budget = 1000;
        r.basis = BasisKind::ClassPoints;
        r.points.assign(classes->valueLabels.size(), 1);
        QString error;
        const auto a = ProjectAllocation::compute(*project, r, false, &error);
        QVERIFY2(a, qPrintable(error));
        // Then the words give the points by the classes' names, not their numbers
        const QString words = a->describe(QLocale(QLocale::English));
        const QString first = classes->valueLabels.front().name(false);
        QVERIFY2(words.contains(QStringLiteral("(%1: 1 point").arg(first))
                     && !words.contains(QStringLiteral("class 1:")),
                 qPrintable(words));
        // and the table shows an area's class by its name
        AllocationTableModel model;
        model.setAllocation(std::make_shared<const Allocation>(*a), QLocale(QLocale::English));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant cls = model.index(row, 2).data(AllocationTableModel::NumberRole);
            if (cls.isValid())
                QCOMPARE(model.index(row, 2).data().toString(),
                         classes->label(cls.toDouble())->name(false));
        }
        // When a class is given as the population to multiply by
        AllocationRule byCode = test::demoAllocationRule();
        byCode.populationKey = QStringLiteral("si_class");
        // Then it is refused: a code counts nobody
        QVERIFY(!ProjectAllocation::compute(*project, byCode, false, &error));
        QVERIFY2(error.contains(QStringLiteral("is a code")), qPrintable(error));
    }

    void areasTheIndexLeavesOutAreNotCalledMissing()
    {
        // Given the demo with an index that leaves out the areas under the median
        // population of the latest period
        QTemporaryDir dir;
        const QString pop = QStringLiteral("pop_total");
        const auto population = m_project->values(pop, m_project->periods(pop).last());
        std::vector<double> counts;
        for (int i : m_project->areasOfLevel(m_project->finestLevel()))
            if (!std::isnan(population->values[std::size_t(i)]))
                counts.push_back(population->values[std::size_t(i)]);
        QVERIFY(counts.size() > 2);
        std::sort(counts.begin(), counts.end());
        const QByteArray text =
            QStringLiteral("index(+sgb2_rate, +child_poverty; exclude=pop_total<%1)")
                .arg(counts[counts.size() / 2], 0, 'f', 0)
                .toUtf8();
        QString defined;
        const auto project =
            test::copyWithIndex(m_project->path(), dir.filePath(QStringLiteral("left-out.gpkg")),
                                text.constData(), &defined);
        QVERIFY2(project, qPrintable(defined));
        // When a budget is split by it with a floor
        AllocationRule r;
        r.indicatorKey = QStringLiteral("si");
        r.budget = 100000;
        r.floor = 100;
        QString error;
        const auto a = ProjectAllocation::compute(*project, r, false, &error);
        QVERIFY2(a, qPrintable(error));
        const int left = int(std::count(a->notComputed.begin(), a->notComputed.end(), 1));
        QVERIFY2(left > 0, "areas under the median are left out");
        // Then the words name them with the index's reason, not as areas without a value,
        // and the floor is for the areas with a value
        const QString words = a->describe(QLocale(QLocale::English));
        QVERIFY2(
            words.contains(QStringLiteral("as the indicator leaves them out (not computed"))
                || words.contains(QStringLiteral("as the indicator leaves it out (not computed")),
            qPrintable(words));
        QVERIFY2(!words.contains(QStringLiteral("without a value")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Each area with a value gets at least")),
                 qPrintable(words));
        // and their limit cell says why
        for (std::size_t i = 0; i < a->size(); ++i)
            if (a->isNotComputed(i))
                QVERIFY2(a->limitWords(i).startsWith(QStringLiteral("not computed")),
                         qPrintable(a->limitWords(i)));
    }

    void fewerWholeUnitsThanAreasAreSaid()
    {
        // Given ten whole staff positions for the 39 Sozialräume
        AllocationRule r = test::demoAllocationRule();
        r.unit = BudgetUnit::StaffPositions;
        r.budget = 10;
        r.floor = 0;
        r.cap = AllocationRule::kNoCap;
        const Allocation a = compute(r);
        // Then at least 29 areas get none, and the words say so with the numbers
        const auto none = int(std::count(a.result.amount.begin(), a.result.amount.end(), 0.0));
        QVERIFY(none >= 39 - 10);
        QCOMPARE(a.zeroUnits(), none);
        QCOMPARE(total(a.result.amount), 10.0);
        const QString words = a.describe(QLocale(QLocale::English));
        QVERIFY2(words.contains(QStringLiteral("With 10 staff positions for 39 areas there are "
                                               "fewer units than areas: %1 area")
                                    .arg(none)),
                 qPrintable(words));
        // and without whole units nobody is said to get none
        r.wholeUnits = false;
        QCOMPARE(compute(r).zeroUnits(), 0);
        QVERIFY(!compute(r).describe(QLocale(QLocale::English)).contains(QStringLiteral("get 0")));
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
                                       Column::Basis, Column::BasisShare, Column::Share,
                                       Column::Amount, Column::Change, Column::Limit}));
        QCOMPARE(model.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Share of the basis"));
        QCOMPARE(model.headerData(6, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Share of the budget"));
        QCOMPARE(model.headerData(7, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Amount (€)"));
        QCOMPARE(model.headerData(8, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Change against 2024"));
        QCOMPARE(model.total(), 600000.0);
        // and each row's change is its amount less last year's
        for (int r = 0; r < model.rowCount(); ++r) {
            const double amount =
                model.index(r, 7).data(AllocationTableModel::NumberRole).toDouble();
            const double change =
                model.index(r, 8).data(AllocationTableModel::NumberRole).toDouble();
            QCOMPARE(change, amount - first.result.amount[std::size_t(r)]);
            QCOMPARE(model.index(r, 1).data().toString(), first.keys[std::size_t(r)]);
            QCOMPARE(model.index(r, 1).data(AllocationTableModel::AreaKeyRole).toString(),
                     first.keys[std::size_t(r)]);
        }
        // and numbers read as under German ("1,23 %", "12.345", "+1.234")
        QVERIFY(model.index(0, 6).data().toString().endsWith(QStringLiteral(" %")));
        QVERIFY(model.index(0, 6).data().toString().contains(QLatin1Char(',')));
        int floors = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            floors += model.index(r, 9).data().toString() == QStringLiteral("floor");
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
        // Then the title, the rule in words, the rows' order and the rule's text come first,
        // then the table
        QVERIFY2(lines[0].startsWith(QStringLiteral("Allocation of €500.000,00 by Social index")),
                 qPrintable(lines[0]));
        QVERIFY(lines[1].contains(QStringLiteral("at least €5.000,00 and at most €40.000,00")));
        QVERIFY2(lines[2].contains(QStringLiteral("Rows by amount, largest first")),
                 qPrintable(lines[2]));
        QVERIFY(lines[3].contains(
            shared->rule.text().replace(QLatin1String("\""), QLatin1String("\"\""))));
        const QStringList header = lines[4].split(QLatin1Char(';'));
        QCOMPARE(header.value(0), QStringLiteral("Social area"));
        QCOMPARE(header.mid(5, 3),
                 (QStringList {QStringLiteral("Share of the basis (%)"),
                               QStringLiteral("Share of the budget (%)"),
                               QStringLiteral("Amount (€)")}));
        QCOMPARE(lines.size(), 5 + 39 + 1);
        // and the areas go by amount, largest first, each with both shares: the key's
        // (before floor, cap and rounding) and the amount's of the budget
        const auto number = [](const QString &cell) {
            return QString(cell).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        };
        double previous = INFINITY, basisShares = 0;
        bool differ = false;
        for (int r = 5; r < 5 + 39; ++r) {
            const QStringList cells = lines[r].split(QLatin1Char(';'));
            const double amount = number(cells.value(7));
            QVERIFY2(amount <= previous, qPrintable(lines[r]));
            previous = amount;
            QVERIFY2(std::abs(number(cells.value(6)) - amount / 500000 * 100) <= 0.0051,
                     qPrintable(lines[r]));
            basisShares += number(cells.value(5));
            differ = differ || cells.value(5) != cells.value(6);
        }
        QVERIFY(std::abs(basisShares - 100) < 0.2);
        QVERIFY(differ); // the floor and the cap moved amounts off the key
        // and the last row holds the totals: all of the budget, 100 % of both shares
        const QStringList totals = lines.last().split(QLatin1Char(';'));
        QCOMPARE(totals.value(0), QStringLiteral("Total"));
        QCOMPARE(totals.mid(5, 3),
                 (QStringList {QStringLiteral("100,00"), QStringLiteral("100,00"),
                               QStringLiteral("500000")}));
        // When it is written as XLSX
        const QString xlsx = m_dir.filePath(QStringLiteral("allocation.xlsx"));
        QCOMPARE(AllocationExport::write(model, xlsx, QLocale(QLocale::German)), QString());
        XlsxTableSource source(xlsx);
        std::vector<GridRow> rows;
        source.forEachRecord([&](const GridRow &row, double) {
            rows.push_back(row);
            return true;
        });
        // Then row 1 is the title, row 6 the header and the amounts add up to the budget
        QCOMPARE(rows.front().row, qint64(1));
        QVERIFY(rows.front().cell(0).startsWith(QStringLiteral("Allocation of")));
        double sum = 0;
        for (const GridRow &row : rows)
            if (row.row > 6 && row.cell(0) != QStringLiteral("Total"))
                sum += row.cell(7).toDouble();
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
        QTest::newRow("newer rule") << "UPDATE qw_allocations SET rule_version = 3"
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

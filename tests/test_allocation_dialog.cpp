// The "Mittel verteilen" dialog as a planner fills it in on the small demo city: the rule
// it builds from its fields, the live result, the message in place of the table for bad
// settings (OK and Save off), fixed amounts, and the sortable table over the model.
#include "AllocationDialog.h"
#include "AllocationFixtures.h"
#include "AllocationPinsEditor.h"
#include "AllocationTableModel.h"
#include "AllocationTableView.h"
#include "ImportFixtures.h"
#include "ImportLog.h"
#include "IndexFixtures.h"
#include "IndexIndicators.h"
#include "IndexRecipe.h"
#include "Project.h"
#include "ProjectAllocation.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace qw;

namespace {

template<typename T> T *field(const QDialog &dialog, const char *name)
{
    auto *w = dialog.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(i);
}

// Types a number into a spin box as a planner does: select what is there, type, Tab (Enter
// would press the dialog's default button and close it).
void type(QDoubleSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

bool okEnabled(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

bool saveEnabled(const QDialog &dialog)
{
    for (QAbstractButton *b : dialog.findChild<QDialogButtonBox *>()->buttons())
        if (dialog.findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole
            && b != dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok))
            return b->isEnabled();
    return false;
}

} // namespace

class TestAllocationDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_project = test::openSmallCity(m_dir);
    }

    void theFieldsMakeTheRuleAndTheTableFollows()
    {
        // Given the dialog on the demo city
        AllocationDialog dialog(m_project, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // When the planner splits half a million euros by the social index per young
        // person, with floor and cap, in whole euros
        choose(field<QComboBox>(dialog, "indicator"), QStringLiteral("social_index"));
        choose(field<QComboBox>(dialog, "population"), QStringLiteral("pop_10_18"));
        choose(field<QComboBox>(dialog, "unit"), int(BudgetUnit::Euro));
        auto *whole = field<QCheckBox>(dialog, "whole");
        QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(8, whole->height() / 2));
        QVERIFY(whole->isChecked());
        type(field<QDoubleSpinBox>(dialog, "budget"), QStringLiteral("500000"));
        type(field<QDoubleSpinBox>(dialog, "floor"), QStringLiteral("5000"));
        type(field<QDoubleSpinBox>(dialog, "cap"), QStringLiteral("40000"));
        // Then the rule is that of the command line's example, level and period resolved
        AllocationRule expected;
        expected.indicatorKey = QStringLiteral("social_index");
        expected.levelKey = QStringLiteral("sozialraum");
        expected.period = m_project->periods(QStringLiteral("social_index")).last();
        expected.budget = 500000;
        expected.floor = 5000;
        expected.cap = 40000;
        expected.populationKey = QStringLiteral("pop_10_18");
        expected.wholeUnits = true;
        expected.need = NeedDirection::HigherValue; // higher is worse: more need
        QCOMPARE(dialog.rule().text(), expected.text());
        QVERIFY(dialog.rule() == expected);
        // and the numbers read as planners write them
        QCOMPARE(field<QDoubleSpinBox>(dialog, "budget")->text(), QStringLiteral("500.000 €"));
        // And the table shows every Sozialraum, adding up to the budget exactly
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.model()->rowCount(), 39);
        QCOMPARE(dialog.model()->total(), 500000.0);
        QVERIFY(okEnabled(dialog));
        QVERIFY(saveEnabled(dialog));
        auto *stack = dialog.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget(), field<QWidget>(dialog, "result"));
        if (const QString dir = qEnvironmentVariable("QW_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/allocation-dialog.png"));

        // When a fixed amount is added for the first area
        auto *pins = field<AllocationPinsEditor>(dialog, "pins");
        pins->addRow();
        auto *amount = pins->findChild<QDoubleSpinBox *>();
        QVERIFY(amount);
        type(amount, QStringLiteral("20000"));
        // Then the rule names it, and the area gets exactly that
        QCOMPARE(dialog.rule().pins.size(), std::size_t(1));
        const AllocationPin pin = dialog.rule().pins.front();
        QCOMPARE(pin.amount, 20000.0);
        const auto a = dialog.allocation();
        QVERIFY(a);
        const auto row = std::find(a->keys.begin(), a->keys.end(), pin.areaKey) - a->keys.begin();
        QCOMPARE(a->result.amount[std::size_t(row)], 20000.0);
        QCOMPARE(a->result.limit[std::size_t(row)], AllocationLimit::Pinned);
    }

    void badSettingsShowTheReasonAndDisableOk()
    {
        // Given a dialog that gives an allocation
        AllocationDialog dialog(m_project, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(field<QComboBox>(dialog, "indicator"), QStringLiteral("social_index"));
        choose(field<QComboBox>(dialog, "unit"), int(BudgetUnit::StaffPositions));
        field<QCheckBox>(dialog, "whole")->setChecked(true);
        type(field<QDoubleSpinBox>(dialog, "budget"), QStringLiteral("40"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QVERIFY(dialog.isVisible());
        auto *problem = field<QLabel>(dialog, "problem");
        QVERIFY(!problem->isVisible());
        // When the floor of the 39 areas needs more than the budget
        type(field<QDoubleSpinBox>(dialog, "floor"), QStringLiteral("2"));
        // Then the reason is shown in place of the table, OK and Save are off
        QVERIFY(!dialog.allocation());
        QVERIFY2(dialog.problem().contains(QStringLiteral("39")), qPrintable(dialog.problem()));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(dialog.problem()));
        QVERIFY(!okEnabled(dialog));
        QVERIFY(!saveEnabled(dialog));
        QCOMPARE(dialog.model()->rowCount(), 0);
        // When the floor fits and a cap of two positions is set
        type(field<QDoubleSpinBox>(dialog, "floor"), QStringLiteral("1"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QVERIFY(!problem->isVisible());
        type(field<QDoubleSpinBox>(dialog, "cap"), QStringLiteral("2"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        // and then a floor above the cap
        type(field<QDoubleSpinBox>(dialog, "floor"), QStringLiteral("3"));
        // Then that is the message, naming both
        QVERIFY(!okEnabled(dialog));
        QVERIFY2(dialog.problem().contains(QStringLiteral("2 staff positions"))
                     && dialog.problem().contains(QStringLiteral("3 staff positions")),
                 qPrintable(dialog.problem()));
        // And a good setting brings the table back
        type(field<QDoubleSpinBox>(dialog, "floor"), QStringLiteral("1"));
        QVERIFY2(okEnabled(dialog), qPrintable(dialog.problem()));
        QCOMPARE(dialog.model()->total(), 40.0);
        QVERIFY(!problem->isVisible());
    }

    void setRuleFillsTheFieldsBack()
    {
        // Given a rule with every setting
        AllocationRule r;
        r.indicatorKey = QStringLiteral("child_poverty");
        r.levelKey = QStringLiteral("sozialraum");
        r.period = m_project->periods(QStringLiteral("child_poverty")).first();
        r.budget = 120;
        r.unit = BudgetUnit::Hours;
        r.offset = 0.25;
        r.need = NeedDirection::LowerValue;
        r.floor = 1;
        r.cap = 10;
        r.wholeUnits = true;
        r.pins = {
            {m_project->areas()[std::size_t(m_project->areasOfLevel(r.levelKey).front())].key, 4}};
        // When the dialog is set to it, Then it gives it back
        AllocationDialog dialog(m_project, true);
        dialog.setRule(r);
        QCOMPARE(dialog.rule().text(), r.text());
        QVERIFY(dialog.rule() == r);
        QVERIFY2(dialog.allocation(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.model()->total(), 120.0);
    }

    void theSortedTableIsAGoodModel()
    {
        // Given the table of an allocation, sorted by the amount
        AllocationRule r;
        r.indicatorKey = QStringLiteral("social_index");
        r.budget = 1000;
        QString error;
        auto a = ProjectAllocation::compute(*m_project, r, true, &error);
        QVERIFY2(a, qPrintable(error));
        AllocationTableModel model;
        AllocationTableView view(&model);
        QAbstractItemModelTester tester(view.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAllocation(std::make_shared<const Allocation>(*a), QLocale());
        int amount = -1;
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.headerData(c, Qt::Horizontal, AllocationTableModel::ColumnRole).toInt()
                == int(AllocationTableModel::Column::Amount))
                amount = c;
        QVERIFY(amount >= 0);
        view.sortByColumn(amount, Qt::DescendingOrder);
        // Then the rows go by the amount's value, not its text ("9,5" after "10,2")
        double last = INFINITY;
        for (int row = 0; row < view.proxy()->rowCount(); ++row) {
            const double v =
                view.proxy()->index(row, amount).data(AllocationTableModel::NumberRole).toDouble();
            QVERIFY(v <= last);
            last = v;
        }
        // and view and model rows map both ways
        const int top = view.modelRow(0);
        QCOMPARE(view.viewRow(top), 0);
        // When the allocation is emptied, Then so is the table
        model.setAllocation(nullptr, QLocale());
        QCOMPARE(view.proxy()->rowCount(), 0);
    }

    void theGroupsOfAnIndexAreNoNeedToSplitBy()
    {
        // Given the demo city with a needs index and its dynamics, so also its groups
        QTemporaryDir dir;
        QString defined;
        const auto project = test::copyWithIndex(
            m_project->path(), dir.filePath(QStringLiteral("groups.gpkg")),
            "index(+sgb2_rate, +child_poverty; weights=1,1; dynamics=change:1)", &defined);
        QVERIFY2(project, qPrintable(defined));
        QVERIFY(project->indicator(QStringLiteral("si_group")));
        // When the planner allocates from the map of the groups
        AllocationDialog dialog(project, true);
        dialog.start(QStringLiteral("si_group"), project->finestLevel(), QString());
        // Then the budget is split by the index's status classes, and the groups (status and
        // dynamics as one two-digit code) are not offered at all
        auto *indicator = field<QComboBox>(dialog, "indicator");
        QCOMPARE(indicator->currentData().toString(), QStringLiteral("si_class"));
        QCOMPARE(indicator->findData(QStringLiteral("si_group")), -1);
        QVERIFY(indicator->findData(QStringLiteral("si")) >= 0);
        // and the populations to multiply by are counts: no class, no group, no index
        auto *population = field<QComboBox>(dialog, "population");
        QVERIFY(population->findData(QStringLiteral("pop_10_18")) >= 0);
        for (const char *code : {"si_class", "si_group", "si", "si_dyn_class"})
            QVERIFY2(population->findData(QString::fromLatin1(code)) < 0, code);
        for (int i = 1; i < population->count(); ++i) {
            const Indicator *offered = project->indicator(population->itemData(i).toString());
            QVERIFY(offered && offered->kind == IndicatorKind::Count
                    && offered->valueLabels.empty());
        }
        // When the points per class are shown
        choose(field<QComboBox>(dialog, "basis"), int(BasisKind::ClassPoints));
        // Then each box is named by its class ("sehr hoch: 3"), and so are the words
        const Indicator *classes = project->indicator(QStringLiteral("si_class"));
        const auto boxes = field<QWidget>(dialog, "points")->findChildren<QDoubleSpinBox *>();
        QCOMPARE(boxes.size(), qsizetype(classes->valueLabels.size()));
        for (qsizetype c = 0; c < boxes.size(); ++c)
            QCOMPARE(boxes[c]->prefix(),
                     QStringLiteral("%1: ").arg(classes->label(double(c + 1))->name(true)));
        QVERIFY(dialog.allocation());
        const QString words = dialog.findChild<QLabel *>(QStringLiteral("words"))->text();
        QVERIFY2(words.contains(QStringLiteral("%1: ").arg(classes->label(1)->name(true)))
                     && !words.contains(QStringLiteral("class 1:")),
                 qPrintable(words));
    }

    void classNumbersImportedAsCountsAreNoPopulation()
    {
        // Given the demo with class numbers imported as a plain column (as Berlin's
        // S1_SD_GR: 1 to 4, no names) beside a count of children
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("codes.gpkg"));
        QVERIFY(QFile::copy(m_project->path(), path));
        QVERIFY(test::importPerSozialraum(
            *m_project, path, "Gruppe;Kinder",
            [](int i) -> QByteArray {
                return QByteArray::number(i % 4 + 1) + ";" + QByteArray::number(100 + 7 * i);
            },
            QStringLiteral("2024")));
        const auto project = Project::open(path);
        const QString codes = test::keyNamed(*project, QStringLiteral("Gruppe"));
        const QString children = test::keyNamed(*project, QStringLiteral("Kinder"));
        QVERIFY(!codes.isEmpty() && !children.isEmpty());
        QCOMPARE(project->indicator(codes)->kind, IndicatorKind::Count);
        // When the dialog lists the populations
        AllocationDialog dialog(project, true);
        auto *population = field<QComboBox>(dialog, "population");
        // Then the count of children is one, the class numbers are not
        QVERIFY(population->findData(children) >= 0);
        QCOMPARE(population->findData(codes), -1);
    }

    void thePopulationsPeriodIsChosen()
    {
        // Given the dialog on the demo city, by the social index of its latest period
        AllocationDialog dialog(m_project, true);
        dialog.show();
        choose(field<QComboBox>(dialog, "indicator"), QStringLiteral("social_index"));
        auto *period = field<QComboBox>(dialog, "populationPeriod");
        // Then without a population there is no period of it to choose
        QVERIFY(!period->isVisible());
        // When a population is chosen
        choose(field<QComboBox>(dialog, "population"), QStringLiteral("pop_10_18"));
        // Then its period is offered, the index's own chosen, and the rule needs none
        QVERIFY(period->isVisible());
        const QString indexPeriod = field<QComboBox>(dialog, "period")->currentData().toString();
        QCOMPARE(period->currentData().toString(),
                 m_project->matchingPeriod(QStringLiteral("pop_10_18"), indexPeriod));
        QCOMPARE(period->count(), m_project->periods(QStringLiteral("pop_10_18")).size());
        QVERIFY(dialog.rule().populationPeriod.isEmpty());
        // When the planner takes the population's earliest period
        const QString earliest = m_project->periods(QStringLiteral("pop_10_18")).first();
        QVERIFY(earliest != period->currentData().toString());
        choose(period, earliest);
        // Then the rule and its words have it
        QCOMPARE(dialog.rule().populationPeriod, earliest);
        QVERIFY(dialog.allocation());
        QCOMPARE(dialog.allocation()->populationPeriod(), earliest);
        const QString words = dialog.findChild<QLabel *>(QStringLiteral("words"))->text();
        QVERIFY2(words.contains(earliest), qPrintable(words));
        // and a rule set with it shows it again
        AllocationDialog again(m_project, true);
        again.setRule(dialog.rule());
        QCOMPARE(field<QComboBox>(again, "populationPeriod")->currentData().toString(), earliest);
        QVERIFY(again.rule() == dialog.rule());
    }
};

QTEST_MAIN(TestAllocationDialog)
#include "test_allocation_dialog.moc"

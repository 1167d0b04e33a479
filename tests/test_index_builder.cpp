// The window's index builder: the contributions of one area (by hand on three areas, and
// through QAbstractItemModelTester), the dialog's recipe round trip and its messages.
#include "CompositeIndex.h"
#include "DemoCityGenerator.h"
#include "IndexBuilderDialog.h"
#include "IndexCalculator.h"
#include "IndexClassesEditor.h"
#include "IndexContributions.h"
#include "IndexIndicators.h"
#include "IndexInputsTable.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace qw;

class TestIndexBuilder : public QObject
{
    Q_OBJECT

    static IndexRecipe threeInputs()
    {
        IndexRecipe r;
        r.inputs = {{QStringLiteral("a"), 1, 1.0},
                    {QStringLiteral("b"), -1, 2.0},
                    {QStringLiteral("c"), 1, 1.0}};
        return r;
    }

private Q_SLOTS:
    void contributionsByHandOnThreeAreas()
    {
        // a: 1,2,3 -> z = -s, 0, +s with s = 1/sqrt(2/3) = 1.224745 (population sd)
        // b: 10,20,60 (turned: less need) -> mean 30, sd sqrt(1400/3) = 21.6025;
        //    z = -0.92582, -0.46291, 1.38873; turned: 0.92582, 0.46291, -1.38873
        // c: 5,5,8 -> mean 6, sd sqrt(6/3) = 1.414214; z = -0.707107, -0.707107, 1.414214
        const std::vector<std::vector<double>> columns {{1, 2, 3}, {10, 20, 60}, {5, 5, 8}};
        IndexContributions model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(model.compute(threeInputs(), columns, {"A", "B", "C"}, 0, &error),
                 qPrintable(error));
        QCOMPARE(model.rowCount(), 4); // three inputs and the total
        const double s = 1.0 / std::sqrt(2.0 / 3.0);
        const double b0 = (30.0 - 10.0) / std::sqrt(1400.0 / 3.0);
        const double c0 = -1.0 / std::sqrt(2.0);
        const double expected[] = {-s / 4, 2 * b0 / 4, c0 / 4};
        double sum = 0;
        for (int r = 0; r < 3; ++r) {
            const QModelIndex i = model.index(r, IndexContributions::Contribution);
            QVERIFY(std::abs(i.data(IndexContributions::ContributionRole).toDouble() - expected[r])
                    < 1e-9);
            sum += expected[r];
        }
        QCOMPARE(model.index(1, 0).data(IndexContributions::DirectionRole).toInt(), -1);
        QCOMPARE(model.index(1, 0).data(IndexContributions::WeightRole).toDouble(), 2.0);
        QCOMPARE(model.index(1, 0).data(IndexContributions::RawValueRole).toDouble(), 10.0);
        QVERIFY(
            std::abs(model.index(0, 0).data(IndexContributions::StandardisedRole).toDouble() + s)
            < 1e-9);
        QVERIFY(model.index(3, 0).data(IndexContributions::TotalRole).toBool());
        QVERIFY(std::abs(model.total() - sum) < 1e-12);
        QVERIFY(
            std::abs(model.index(3, 0).data(IndexContributions::ContributionRole).toDouble() - sum)
            < 1e-12);
        // The total is the weighted mean of the directed z-scores: the index before it is
        // standardised again, as CompositeIndex computes it.
        std::vector<CompositeIndex::Column> in;
        for (std::size_t i = 0; i < 3; ++i)
            in.push_back(
                {columns[i], threeInputs().inputs[i].direction, threeInputs().inputs[i].weight});
        const auto result = CompositeIndex::compute(in, Standardisation::ZScore, false);
        QVERIFY(std::abs(result.index[0] - sum) < 1e-12);
        // and the recipe standardises that sum again: the model gives the mean and the
        // deviation of the sums it does it with, so (total - mean) / sd is the index
        QVERIFY(model.restandardised());
        const auto moments = CompositeIndex::moments(result.index);
        QVERIFY(std::abs(model.totalMean() - moments.mean) < 1e-12);
        QVERIFY(std::abs(model.totalSd() - moments.sd) < 1e-12);
        const auto again = CompositeIndex::compute(in, Standardisation::ZScore, true);
        const double index = (model.total() - model.totalMean()) / model.totalSd();
        QVERIFY(std::abs(index - again.index[0]) < 1e-12);
        // and the sentence under the bars gives these numbers as the planner reads them
        const QLocale english(QLocale::English);
        const QString sentence = model.totalExplanation(english);
        QVERIFY2(sentence.contains(english.toString(model.total(), 'f', 2))
                     && sentence.contains(english.toString(again.index[0], 'f', 2))
                     && sentence.contains(english.toString(moments.sd, 'f', 3)),
                 qPrintable(sentence));
        QCOMPARE(model.standardisedName(), QStringLiteral("z-score"));

        // Another area, then one that is not kept: the rows go.
        QVERIFY(model.compute(threeInputs(), columns, {"A", "B", "C"}, 2));
        QVERIFY(model.index(0, 0).data(IndexContributions::ContributionRole).toDouble() > 0);
        std::vector<std::vector<double>> gap = columns;
        gap[1][1] = std::nan("");
        QVERIFY(!model.compute(threeInputs(), gap, {"A", "B", "C"}, 1, &error));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!error.isEmpty());
    }

    void constantInputIsRefused()
    {
        IndexContributions model;
        QString error;
        QVERIFY(!model.compute(threeInputs(), {{1, 2, 3}, {4, 4, 4}, {1, 2, 4}}, {}, 0, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void contributionsOfAStoredIndexAddUpToIt()
    {
        // An index not standardised again: the contributions add up to its stored value.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        IndexRecipe r;
        r.inputs = {{QStringLiteral("sgb2_rate"), 1, 1.0},
                    {QStringLiteral("child_poverty"), 1, 3.0},
                    {QStringLiteral("single_parents"), -1, 1.0}};
        r.populationKey = QStringLiteral("pop_total");
        r.minPopulation = 300;
        r.restandardise = false;
        {
            auto store = ProjectStore::open(path);
            QString error;
            QVERIFY2(IndexIndicators(*store).define(QStringLiteral("si"),
                                                    QStringLiteral("Sozialindex"),
                                                    QStringLiteral("Needs index"), r, &error),
                     qPrintable(error));
        }
        const auto project = Project::open(path);
        const QString period = project->periods(QStringLiteral("si")).last();
        const auto stored = project->values(QStringLiteral("si"), period);
        int checked = 0;
        for (int a : project->areasOfLevel(project->finestLevel())) {
            const double v = stored->values[std::size_t(a)];
            IndexContributions model;
            const bool ok = model.compute(*project, QStringLiteral("si"), period,
                                          project->areas()[std::size_t(a)].key, true);
            QCOMPARE(ok, !std::isnan(v));
            if (!ok)
                continue;
            ++checked;
            QCOMPARE(model.rowCount(), 4);
            QVERIFY(std::abs(model.total() - v) < 1e-9);
            QCOMPARE(model.indexValue(), v);
            QVERIFY(model.rank() >= 1 && model.rank() <= model.ranked());
            QVERIFY(!model.className().isEmpty());
        }
        QVERIFY(checked > 10);
    }

    void theDialogsRecipeRoundTrips()
    {
        QTemporaryDir dir;
        const auto project = test::openSmallCity(dir);
        IndexBuilderDialog dialog(project, true);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no inputs ticked yet
        QVERIFY(!dialog.problem().isEmpty());

        IndexRecipe r;
        r.inputs = {{QStringLiteral("sgb2_rate"), 1, 1.0},
                    {QStringLiteral("child_poverty"), 1, 2.0},
                    {QStringLiteral("single_parents"), -1, 0.5}};
        r.populationKey = QStringLiteral("pop_total");
        r.minPopulation = 300;
        r.level = project->finestLevel();
        r.standardisation = Standardisation::Percentile;
        r.restandardise = false;
        r.classes = *ClassRule::parse(QStringLiteral("manual:30,50,70"), nullptr);
        r.classNames = {QStringLiteral("gering"), QStringLiteral("eher gering"),
                        QStringLiteral("eher hoch"), QStringLiteral("hoch")};
        r.dynamics = IndexRecipe::Dynamics::Change;
        r.years = 1;
        dialog.setRecipe(r);
        IndexRecipe back = dialog.recipe();
        QCOMPARE(back.text(), r.text());
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.previewText().contains(QStringLiteral("eher hoch")));

        // An index with ready-made changes as its dynamics (as Berlin's MSS is built on the
        // command line) keeps them, and its dynamics classes, when edited in the form.
        IndexRecipe readyMade = r;
        readyMade.dynamics = IndexRecipe::Dynamics::Inputs;
        readyMade.dynamicsInputs = {{QStringLiteral("unemployment"), 1, 1.0},
                                    {QStringLiteral("sgb2_rate"), 1, 2.0}};
        readyMade.dynamicsClasses = *ClassRule::parse(QStringLiteral("sd:-0.5,0.5"), nullptr);
        dialog.setRecipe(readyMade);
        QCOMPARE(dialog.recipe().text(), readyMade.text());

        // Four names for four classes; three are refused with a message.
        r.classNames.removeLast();
        dialog.setRecipe(r);
        QVERIFY(dialog.problem().contains(QStringLiteral("4")));
        QVERIFY(!ok->isEnabled());

        // Weights summing to zero: the engine's message, OK disabled.
        r.classNames.clear();
        r.inputs = {{QStringLiteral("sgb2_rate"), 1, 1.0},
                    {QStringLiteral("child_poverty"), 1, -1.0}};
        dialog.setRecipe(r);
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!ok->isEnabled());

        // Every area left out: named by the engine.
        r.inputs = {{QStringLiteral("sgb2_rate"), 1, 1.0}};
        r.minPopulation = 1e7;
        dialog.setRecipe(r);
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!ok->isEnabled());

        // MSS's defaults compute and count the classes.
        r = IndexRecipe();
        r.inputs = {{QStringLiteral("sgb2_rate"), 1, 1.0},
                    {QStringLiteral("child_poverty"), 1, 1.0}};
        r.populationKey = QStringLiteral("pop_total");
        r.minPopulation = 300;
        dialog.setRecipe(r);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.recipe().text(), [&] {
            IndexRecipe x = r;
            x.level = project->finestLevel();
            return x.text();
        }());
        QVERIFY(dialog.previewText().contains(QStringLiteral("mittel")));
    }

    void anInputWithoutPolarityWaitsForTheDirection()
    {
        // Given two candidates: one where a higher value is worse, one without a polarity
        Indicator worse, neutral;
        worse.key = QStringLiteral("armut");
        worse.nameDe = QStringLiteral("Armut");
        worse.polarity = Polarity::HigherIsWorse;
        neutral.key = QStringLiteral("s1");
        neutral.nameDe = QStringLiteral("S1");
        neutral.polarity = Polarity::Neutral;
        IndexInputsTable table({worse, neutral}, true);
        // When both are ticked
        table.item(0, IndexInputsTable::UseColumn)->setCheckState(Qt::Checked);
        table.item(1, IndexInputsTable::UseColumn)->setCheckState(Qt::Checked);
        // Then the one with a polarity has its direction, the other none yet, as on the
        // command line (+S1 or -S1): no guess turns the index
        auto inputs = table.inputs();
        QCOMPARE(inputs.size(), std::size_t(2));
        QCOMPARE(inputs[0].direction, 1);
        QCOMPARE(inputs[1].direction, 0);
        auto *box =
            static_cast<QComboBox *>(table.cellWidget(1, IndexInputsTable::DirectionColumn));
        QCOMPARE(box->currentIndex(), -1);
        QVERIFY(!box->placeholderText().isEmpty());
        // and once the planner picks "less need" it has that direction
        box->setCurrentIndex(1);
        QCOMPARE(table.inputs()[1].direction, -1);
    }

    void readyMadeChangesAndTheirClassesAreChosenInTheDialog()
    {
        // Given the builder on the demo city with two status inputs
        QTemporaryDir dir;
        const auto project = test::openSmallCity(dir);
        IndexBuilderDialog dialog(project, true);
        IndexRecipe r;
        r.inputs = {{QStringLiteral("sgb2_rate"), 1, 1.0},
                    {QStringLiteral("child_poverty"), 1, 1.0}};
        r.populationKey = QStringLiteral("pop_total");
        r.minPopulation = 300;
        dialog.setRecipe(r);
        // (beside the status inputs, a second table holds the ready-made changes)
        QCOMPARE(dialog.findChildren<IndexInputsTable *>().size(), 2);
        auto *changes = dialog.findChild<IndexInputsTable *>(QStringLiteral("dynamicsInputs"));
        QVERIFY(changes);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("dynamicsKind"));
        QVERIFY(kind);
        QCOMPARE(kind->currentData().toInt(), int(IndexRecipe::Dynamics::None));
        // When the planner ticks ready-made changes on their tab (unemployment, then single
        // parents)
        const auto tick = [&](const QString &key) {
            for (int row = 0; row < changes->rowCount(); ++row)
                if (changes->item(row, 0)->data(Qt::UserRole).toString() == key)
                    changes->item(row, 0)->setCheckState(Qt::Checked);
        };
        tick(QStringLiteral("unemployment"));
        // Then the tick alone makes them the dynamics, and their tab is the one shown
        QCOMPARE(kind->currentData().toInt(), int(IndexRecipe::Dynamics::Inputs));
        QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), 1);
        tick(QStringLiteral("single_parents"));
        // and the rows ticked become its inputs in that order
        IndexRecipe back = dialog.recipe();
        QCOMPARE(back.dynamics, IndexRecipe::Dynamics::Inputs);
        QCOMPARE(back.dynamicsInputs.size(), std::size_t(2));
        QCOMPARE(back.dynamicsInputs[0].key, QStringLiteral("unemployment"));
        QCOMPARE(back.dynamicsInputs[1].key, QStringLiteral("single_parents"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        // and the dynamics' own thresholds and names are edited beside them
        auto *dynamicsClasses =
            dialog.findChild<IndexClassesEditor *>(QStringLiteral("dynamicsClasses"));
        QVERIFY(dynamicsClasses);
        dynamicsClasses->set(
            *ClassRule::parse(QStringLiteral("sd:-0.5,0.5"), nullptr),
            {QStringLiteral("besser"), QStringLiteral("gleich"), QStringLiteral("schlechter")});
        back = dialog.recipe();
        QCOMPARE(back.dynamicsClasses.text(), QStringLiteral("sd:-0.5,0.5"));
        QCOMPARE(back.dynamicsNames,
                 QStringList({QStringLiteral("besser"), QStringLiteral("gleich"),
                              QStringLiteral("schlechter")}));
        // while a wrong number of names is refused with a message naming the three
        dynamicsClasses->set(*ClassRule::parse(QStringLiteral("sd:-0.5,0.5"), nullptr),
                             {QStringLiteral("besser"), QStringLiteral("schlechter")});
        QVERIFY(dialog.problem().contains(QStringLiteral("3")));

        // Thresholds may be written with decimal commas between semicolons, as in German
        QLineEdit *thresholds = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text() == QStringLiteral("&Thresholds:"))
                thresholds = qobject_cast<QLineEdit *>(label->buddy());
        QVERIFY(thresholds);
        thresholds->setText(QStringLiteral("-0,5; 0,5; 1,5"));
        QCOMPARE(dialog.recipe().classes.text(), QStringLiteral("sd:-0.5,0.5,1.5"));
    }
};

QTEST_MAIN(TestIndexBuilder)
#include "test_index_builder.moc"

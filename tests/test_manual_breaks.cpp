// Manual class breaks: the rules, the dialog's model, the dialog and the map controls,
// and the map and legend they make.
#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "Classification.h"
#include "ManualBreaks.h"
#include "ManualBreaksDialog.h"
#include "ManualBreaksModel.h"
#include "MapViewControls.h"
#include "Project.h"
#include "ProjectMap.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace qw;

using Values = std::vector<double>;

namespace {

// Ten areas with 1..10 in the shown period; all periods pooled reach from 0 to 20.
ManualBreaksModel::Input handInput(Values edges = {0, 5, 10, 20})
{
    ManualBreaksModel::Input in;
    in.indicator.key = QStringLiteral("child_poverty");
    in.indicator.nameDe = QStringLiteral("Kinderarmut");
    in.indicator.unit = QStringLiteral("%");
    in.indicator.decimals = 1;
    in.indicator.polarity = Polarity::HigherIsWorse;
    in.period = QStringLiteral("2024");
    in.values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    in.min = 0;
    in.max = 20;
    in.edges = std::move(edges);
    in.settings.ramp = QStringLiteral("OrRd");
    return in;
}

QString messageOf(const Values &breaks, double min = 0, double max = 20)
{
    return ManualBreaks::check(breaks, min, max, QLocale(QLocale::English), 1).message;
}

} // namespace

class TestManualBreaks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        m_project = test::openSmallCity(m_dir);
    }

    void rulesNameTheBadValue()
    {
        // Given the range 0 to 20, good breaks pass
        QVERIFY(messageOf({5, 10, 15}).isEmpty());
        // and each kind of bad list says what is wrong with which value
        QVERIFY(messageOf({}).contains(QLatin1String("at least one")));
        QVERIFY(messageOf({1, 2, 3, 4, 5, 6, 7, 8, 9}).contains(QLatin1String("8")));
        const QString unsorted = messageOf({10, 5});
        QVERIFY2(unsorted.contains(QLatin1String("rise")) && unsorted.contains(QLatin1String("5"))
                     && unsorted.contains(QLatin1String("10")),
                 qPrintable(unsorted));
        QVERIFY(messageOf({5, 5}).contains(QLatin1String("twice")));
        const QString outside = messageOf({5, 25.5});
        QVERIFY2(outside.contains(QLatin1String("25.5"))
                     && outside.contains(QLatin1String("outside"))
                     && outside.contains(QLatin1String("20.0")),
                 qPrintable(outside));
        // the extremes themselves are outside: they would leave an empty class
        QVERIFY(!messageOf({0}).isEmpty());
        QVERIFY(!messageOf({20}).isEmpty());
        QCOMPARE(ManualBreaks::check(Values {5, 25.5}, 0, 20, QLocale(), 1).index, 1);
        // all values equal: nothing to divide
        QVERIFY(messageOf({4}, 4, 4).contains(QLatin1String("equal")));
    }

    void commandLineListsParse()
    {
        BreakProblem problem;
        QCOMPARE(ManualBreaks::parseList(QStringLiteral("10, 20,30.5"), &problem),
                 (Values {10, 20, 30.5}));
        QVERIFY(problem.isEmpty());
        // a word among the numbers is named
        QVERIFY(ManualBreaks::parseList(QStringLiteral("30,x"), &problem).empty());
        QCOMPARE(problem.index, 1);
        QVERIFY2(problem.message.contains(QLatin1String("\"x\"")), qPrintable(problem.message));
        // an empty place between commas, infinities
        QVERIFY(ManualBreaks::parseList(QStringLiteral("10,,20"), &problem).empty());
        QVERIFY(problem.message.contains(QLatin1String("2")));
        QVERIFY(ManualBreaks::parseList(QStringLiteral("inf"), &problem).empty());
    }

    void typedNumbersFollowTheLocale()
    {
        const QLocale de(QLocale::German), en(QLocale::English);
        QCOMPARE(ManualBreaks::parseNumber(QStringLiteral("12,5"), de), std::optional(12.5));
        // a decimal point also works under German (and is not a thousands separator)
        QCOMPARE(ManualBreaks::parseNumber(QStringLiteral("12.5"), de), std::optional(12.5));
        QCOMPARE(ManualBreaks::parseNumber(QStringLiteral(" 7 "), en), std::optional(7.0));
        QVERIFY(!ManualBreaks::parseNumber(QStringLiteral("zwölf"), de));
        QVERIFY(!ManualBreaks::parseNumber(QString(), de));
        QCOMPARE(ManualBreaks::format(12.5, de), QStringLiteral("12,5"));
    }

    void startingBreaksComeFromTheShownClasses()
    {
        // Inner edges rounded to the indicator's decimals, inside the range
        QCOMPARE(ManualBreaks::startingBreaks({0, 3.14159, 7.777, 20}, 0, 20, 1),
                 (Values {3.1, 7.8}));
        // pretty breaks beyond the data and repeats are left out; none left: the middle
        QCOMPARE(ManualBreaks::startingBreaks({-10, 0, 0, 30}, 0, 20, 1), (Values {10}));
        QVERIFY(ManualBreaks::startingBreaks({4, 4}, 4, 4, 1).empty());
    }

    void countsAndHistogram()
    {
        const Values v {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, NAN};
        // upper breaks belong to their class
        QCOMPARE(ManualBreaks::counts(v, {0, 5, 10, 20}), (std::vector<int> {5, 5, 0}));
        QCOMPARE(ManualBreaks::histogram(v, 0, 20, 4), (std::vector<int> {4, 5, 1, 0}));
    }

    void modelEditsBreaksAndCountsLive()
    {
        // Given the dialog's model over ten values, started from the shown classes
        ManualBreaksModel model(handInput(), QLocale(QLocale::English));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &ManualBreaksModel::breaksChanged);
        QCOMPARE(model.breaks(), (Values {5, 10}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.counts(), (std::vector<int> {5, 5, 0}));
        QCOMPARE(model.index(1, ManualBreaksModel::ClassColumn).data().toString(),
                 QStringLiteral("over 5.0 to 10.0"));
        QVERIFY(model.index(0, ManualBreaksModel::ClassColumn).data(Qt::DecorationRole).isValid());
        // the last class ends at the largest value and cannot be edited
        QVERIFY(
            !(model.flags(model.index(2, ManualBreaksModel::BreakColumn)) & Qt::ItemIsEditable));

        // When a break is typed, the counts follow at once
        QVERIFY(
            model.setData(model.index(0, ManualBreaksModel::BreakColumn), QStringLiteral("2.5")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.breaks(), (Values {2.5, 10}));
        QCOMPARE(model.index(0, ManualBreaksModel::AreasColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, ManualBreaksModel::AreasColumn).data().toInt(), 8);
        QVERIFY(model.isValid());

        // A word, a falling break and one outside the data are named and make it invalid
        model.setBreakText(0, QStringLiteral("abc"));
        QVERIFY(!model.isValid());
        QVERIFY(model.problem().message.contains(QLatin1String("\"abc\"")));
        QCOMPARE(model.problem().index, 0);
        QCOMPARE(model.index(0, ManualBreaksModel::AreasColumn).data().toString(),
                 QStringLiteral("–"));
        model.setBreakText(0, QStringLiteral("12"));
        QVERIFY(model.problem().message.contains(QLatin1String("rise")));
        QCOMPARE(model.problem().index, 1);
        model.setBreakText(0, QStringLiteral("25"));
        QVERIFY(model.problem().message.contains(QLatin1String("outside")));
        model.setBreakText(0, QStringLiteral("4"));
        QVERIFY(model.isValid());
        QCOMPARE(model.counts(), (std::vector<int> {4, 6, 0}));
    }

    void modelAddsAndRemovesBreaks()
    {
        ManualBreaksModel model(handInput(), QLocale(QLocale::English));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Adding in the last class (10 to 20) splits it in its middle
        QVERIFY(model.addBreak(2));
        QCOMPARE(model.breaks(), (Values {5, 10, 15}));
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.isValid());
        // Removing the upper break of the first class joins it with the second
        QVERIFY(model.removeBreak(0));
        QCOMPARE(model.breaks(), (Values {10, 15}));
        QVERIFY(model.removeBreak(2)); // the last class: the break below it
        QCOMPARE(model.breaks(), (Values {10}));
        // one break (two classes) stays
        QVERIFY(!model.canRemove());
        QVERIFY(!model.removeBreak(0));
        // at most eight breaks
        while (model.canAdd())
            QVERIFY(model.addBreak(0));
        QCOMPARE(int(model.breaks().size()), ManualBreaks::kMaxBreaks);
        QVERIFY(!model.addBreak(0));
        QVERIFY(model.isValid());
    }

    void dialogOffersOkOnlyForValidBreaks()
    {
        // Given the dialog (not shown), with its model
        ManualBreaksDialog dialog(handInput());
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        // When the breaks become invalid, OK is off; when fixed, on again
        dialog.model()->setBreakText(1, QStringLiteral("3"));
        QVERIFY(!ok->isEnabled());
        dialog.model()->setBreakText(1, QStringLiteral("12.5"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.breaks(), (Values {5, 12.5}));
    }

    void controlsApplyAndLeaveManualBreaks()
    {
        MapViewControls controls;
        ProjectMap::View view;
        view.classification.classification = QStringLiteral("jenks");
        view.classification.classes = 6;
        controls.apply(view);
        QSignalSpy changed(&controls, &MapViewControls::changed);
        QSignalSpy requested(&controls, &MapViewControls::manualBreaksRequested);
        // Choosing "Manual breaks…" asks for the dialog; until it applies breaks, the list
        // shows the method the map still uses
        QComboBox *methods = nullptr;
        for (QComboBox *c : controls.findChildren<QComboBox *>())
            if (c->accessibleName() == QLatin1String("Classification method"))
                methods = c;
        QVERIFY(methods);
        const int manual = methods->findData(QStringLiteral("manual"));
        QVERIFY(manual >= 0);
        methods->setCurrentIndex(manual);
        Q_EMIT methods->activated(manual);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(methods->currentData().toString(), QStringLiteral("jenks"));
        // When the dialog's breaks are applied: one change, manual with the breaks
        controls.applyManualBreaks({10, 20, 30});
        QCOMPARE(changed.count(), 1);
        ProjectMap::View filled;
        controls.fill(filled);
        QCOMPARE(filled.classification.classification, QStringLiteral("manual"));
        QCOMPARE(filled.classification.breaks, (Values {10, 20, 30}));
        QCOMPARE(filled.classification.classes, 4);
        // Leaving them (another indicator) returns to the method before, without a signal
        QVERIFY(controls.leaveManualBreaks());
        QVERIFY(!controls.leaveManualBreaks());
        QCOMPARE(changed.count(), 1);
        controls.fill(filled);
        QCOMPARE(filled.classification.classification, QStringLiteral("jenks"));
        QVERIFY(filled.classification.breaks.empty());
        // A saved view with manual breaks shows them again
        view.classification.classification = QStringLiteral("manual");
        view.classification.breaks = {12.5};
        controls.apply(view);
        controls.fill(filled);
        QCOMPARE(filled.classification.breaks, (Values {12.5}));
    }

    void mapAndLegendUseTheBreaks()
    {
        // Given the small city's child poverty in its latest period and breaks inside the
        // values of all periods
        ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        view.indicator = QStringLiteral("child_poverty");
        const MapSnapshot automatic = map.snapshot(view, QLocale(QLocale::English));
        const double lo = automatic.choropleth->classMin(), hi = automatic.choropleth->classMax();
        const double b1 = std::round(lo + (hi - lo) / 4), b2 = b1 + 0.25;
        view.classification.classification = QStringLiteral("manual");
        view.classification.breaks = {b1, b2};
        QVERIFY(map.check(view).isEmpty());
        // When the map is made
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::English));
        // Then the classes are min, the breaks, max
        QCOMPARE(s.choropleth->edges(), (Values {lo, b1, b2, hi}));
        QVERIFY2(s.caption.legendNote.startsWith(QLatin1String("Manual breaks")),
                 qPrintable(s.caption.legendNote));
        // and the legend counts the areas of each class as counted by hand
        const auto legend = s.choropleth->legend(QLocale(QLocale::English));
        std::vector<int> byHand(3, 0);
        const auto values = m_project->values(view.indicator, s.choropleth->period());
        const AreaGeometrySet &areas = *s.areas;
        for (int row = 0; row < areas.count(); ++row) {
            const int pi = areas.projectIndex(row);
            if (values->isShown(pi) && !std::isnan(values->values[pi]))
                ++byHand[std::size_t(values->values[pi] <= b1       ? 0
                                         : values->values[pi] <= b2 ? 1
                                                                    : 2)];
        }
        QCOMPARE(int(legend.size()) >= 3, true);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(legend[std::size_t(i)].count, byHand[std::size_t(i)]);
        // labels show the break as given (two decimals, though the indicator has one)
        QVERIFY2(legend[1].label.contains(ManualBreaks::format(b2, QLocale(QLocale::English))),
                 qPrintable(legend[1].label));
        // The dialog starts from these breaks and counts as the legend does
        const ManualBreaksModel model(ManualBreaksModel::inputFrom(*s.choropleth),
                                      QLocale(QLocale::English));
        QCOMPARE(model.breaks(), (Values {b1, b2}));
        QCOMPARE(model.counts(), byHand);
    }

    void breaksThatDoNotFitAreRefusedOrReplaced()
    {
        ProjectMap map(m_project, QStringLiteral("sozialraum"));
        ProjectMap::View view;
        view.indicator = QStringLiteral("child_poverty");
        view.classification.classification = QStringLiteral("manual");
        view.classification.breaks = {5, 99999};
        // The check (command line, saved views) names the indicator and the break
        const QString error = map.check(view);
        QVERIFY2(error.contains(QLatin1String("child_poverty"))
                     && error.contains(QLatin1String("99")),
                 qPrintable(error));
        // A map made anyway (a pane of another indicator) shows the default classes and
        // says so
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::English));
        QCOMPARE(s.choropleth->settings().classification, QStringLiteral("quantile"));
        QVERIFY(s.caption.legendNote.startsWith(QLatin1String("Quantiles")));
    }

    void savedViewKeepsTheBreaks()
    {
        ProjectMap::View view;
        view.classification.classification = QStringLiteral("manual");
        view.classification.breaks = {10, 20.5};
        const SavedView saved = ProjectMap::toSaved(view);
        QCOMPARE(saved.classification, QStringLiteral("manual"));
        QCOMPARE(saved.breaks, (Values {10, 20.5}));
        QCOMPARE(ProjectMap::fromSaved(saved).classification.breaks, (Values {10, 20.5}));
        // other methods keep no breaks
        view.classification.classification = QStringLiteral("quantile");
        QVERIFY(ProjectMap::toSaved(view).breaks.empty());
    }
};

QTEST_MAIN(TestManualBreaks)
#include "test_manual_breaks.moc"

// The "new derived indicator" dialog as a planner fills it in, on the small demo city, and
// derived indicators in its maps: a change is coloured around zero.
#include "DerivedIndicatorDialog.h"
#include "DerivedIndicators.h"
#include "Period.h"
#include "ProjectMap.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace qw;
using namespace qw::test;

namespace {

void choose(QComboBox *box, const QString &key)
{
    const int i = box->findData(key);
    QVERIFY2(i >= 0, qPrintable(key));
    box->setCurrentIndex(i);
}

} // namespace

class TestDerivedDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(smallCity()).writeProject(m_path);
    }

    void theFirstShareOfferedIsAPartOfTheTotal()
    {
        // Given the demo's catalogue, whose first count is the inhabitants
        auto project = Project::open(m_path);
        DerivedIndicatorDialog dialog(m_path, project->indicators(), true);
        // Then the rate it opens with is a part of them, not them per part (over 100 %)
        QCOMPARE(dialog.recipe().text(), QStringLiteral("rate(pop_u3, pop_total, 100)"));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    }

    void theFormShowsTheFormulaAndAPreview()
    {
        // Given the dialog on the demo city
        auto project = Project::open(m_path);
        DerivedIndicatorDialog dialog(m_path, project->indicators(), true);
        auto *kind = dialog.findChildren<QComboBox *>().first();
        // When the planner picks "change" of child poverty against 2 years earlier
        kind->setCurrentIndex(kind->findData(int(RecipeKind::Change)));
        QComboBox *input = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->isVisibleTo(&dialog) && box->findData(QStringLiteral("child_poverty")) >= 0
                && box != kind)
                input = box;
        QVERIFY(input);
        choose(input, QStringLiteral("child_poverty"));
        dialog.findChild<QSpinBox *>()->setValue(2);
        // Then the formula is written out, the key and names are suggested, and the
        // preview shows values of the latest period
        QCOMPARE(dialog.recipe().text(), QStringLiteral("change(child_poverty, 2)"));
        QCOMPARE(dialog.key(), QStringLiteral("child_poverty_change_2"));
        QVERIFY(dialog.nameDe().startsWith(QStringLiteral("Veränderung")));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        auto *preview = dialog.findChild<QTableWidget *>();
        QVERIFY(preview->rowCount() > 0);
        QCOMPARE(preview->item(0, 1)->text(), project->periods("child_poverty").last());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // (QW_SCREENSHOT_DIR keeps a picture of the dialog, for looking at it)
        if (const QString dir = qEnvironmentVariable("QW_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/derived-dialog.png"));

        // When the years exceed the periods, Then OK is off and the reason is shown
        dialog.findChild<QSpinBox *>()->setValue(20);
        QVERIFY(!dialog.problem().isEmpty());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // And a key that an imported indicator has is refused
        dialog.findChild<QSpinBox *>()->setValue(1);
        QLineEdit *key = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->text() == dialog.key())
                key = edit;
        QVERIFY(key);
        key->setText(QStringLiteral("child_poverty"));
        Q_EMIT key->textEdited(key->text());
        QVERIFY2(dialog.problem().contains(QStringLiteral("child_poverty")),
                 qPrintable(dialog.problem()));
    }

    void aChangeIsColouredAroundZero()
    {
        // Given the two-year change of child poverty, defined as on the command line
        {
            auto store = ProjectStore::open(m_path);
            QString error;
            const auto r = Recipe::parse(QStringLiteral("change(child_poverty, 2)"), &error);
            QVERIFY(r);
            QVERIFY2(DerivedIndicators(*store).define(QStringLiteral("cp_change"),
                                                      QStringLiteral("Veränderung Kinderarmut"), {},
                                                      *r, &error)
                         > 0,
                     qPrintable(error));
        }
        auto project = Project::open(m_path);
        // When it is mapped
        ProjectMap map(project, project->finestLevel());
        ProjectMap::View view;
        view.indicator = QStringLiteral("cp_change");
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::German));
        // Then the diverging ramp is used with its neutral colour at zero, not at the city
        // value (a change of the city is not "no change")
        QVERIFY(s.choropleth);
        QCOMPARE(s.choropleth->settings().ramp, QStringLiteral("RdBu"));
        QCOMPARE(*s.choropleth->settings().centre, 0.0);
    }
    void aSwappedShareIsWarnedAbout()
    {
        // Given the dialog on the demo city
        auto project = Project::open(m_path);
        DerivedIndicatorDialog dialog(m_path, project->indicators(), false);
        dialog.show();
        auto *kind = dialog.findChildren<QComboBox *>().first();
        QCOMPARE(kind->currentData().toInt(), int(RecipeKind::Rate));
        QVERIFY(dialog.warning().isEmpty()); // children under 3 of the inhabitants
        // When the planner swaps numerator and denominator: inhabitants per child under 3 in %
        QList<QComboBox *> boxes;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->isVisibleTo(&dialog) && box != kind
                && box->findData(QStringLiteral("pop_u3")) >= 0)
                boxes << box;
        QCOMPARE(boxes.size(), 2); // numerator, denominator
        choose(boxes[0], QStringLiteral("pop_total"));
        choose(boxes[1], QStringLiteral("pop_u3"));
        QCOMPARE(dialog.recipe().text(), QStringLiteral("rate(pop_total, pop_u3, 100)"));
        // Then the preview warns, naming every area (all are above 100 %), the largest value
        // and the likely cause, shown beside the values; OK stays (it is a warning)
        const int areas = int(
            std::count_if(project->areas().begin(), project->areas().end(),
                          [&](const AreaInfo &a) { return a.level == project->finestLevel(); }));
        const QString w = dialog.warning();
        QVERIFY2(w.contains(QStringLiteral("in %1 area").arg(areas)), qPrintable(w));
        QVERIFY2(w.contains(QStringLiteral("swapped")), qPrintable(w));
        QVERIFY2(w.contains(QStringLiteral(" %")), qPrintable(w));
        QLabel *shown = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text() == w)
                shown = label;
        QVERIFY(shown && shown->isVisible());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        if (const QString dir = qEnvironmentVariable("QW_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/derived-dialog-swapped.png"));
        // When the base is per 1,000 (no share in %), Then there is no warning
        QComboBox *per = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>())
            if (box->isVisibleTo(&dialog) && box->findData(1000.0) >= 0)
                per = box;
        QVERIFY(per);
        per->setCurrentIndex(per->findData(1000.0));
        QVERIFY2(dialog.warning().isEmpty(), qPrintable(dialog.warning()));
        QVERIFY(!shown->isVisible());
    }
    void aChangeHasZeroAsABreakAndNamesItsBasePeriod()
    {
        // Given the two-year change of child poverty, whose areas rise and fall
        {
            auto store = ProjectStore::open(m_path);
            QString error;
            const auto r = Recipe::parse(QStringLiteral("pct_change(child_poverty, 2)"), &error);
            QVERIFY(r);
            QVERIFY2(DerivedIndicators(*store).define(
                         QStringLiteral("cp_pct"), QStringLiteral("Veränderung Kinderarmut %"),
                         QStringLiteral("Change in child poverty %"), *r, &error)
                         > 0,
                     qPrintable(error));
        }
        auto project = Project::open(m_path);
        ProjectMap map(project, project->finestLevel());
        const std::vector<double> pooled =
            project->pooledValues(QStringLiteral("cp_pct"), project->finestLevel());
        double lo = 0, hi = 0;
        for (double v : pooled)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        QVERIFY(lo < 0 && hi > 0);
        // When it is mapped with each method of classification
        for (const char *method : {"quantile", "equal", "jenks", "stddev", "pretty"}) {
            for (int classes : {3, 5, 7}) {
                ProjectMap::View view;
                view.indicator = QStringLiteral("cp_pct");
                view.classification.classification = QString::fromLatin1(method);
                view.classification.classes = classes;
                const MapSnapshot s = map.snapshot(view, QLocale(QLocale::English));
                QVERIFY(s.choropleth);
                // Then zero is a break: no class reaches from a fall into a rise
                const std::vector<double> &edges = s.choropleth->edges();
                const QString where = QStringLiteral("%1, %2 classes").arg(method).arg(classes);
                QVERIFY2(std::find(edges.begin(), edges.end(), 0.0) != edges.end(),
                         qPrintable(where));
                for (std::size_t i = 0; i + 1 < edges.size(); ++i)
                    QVERIFY2(!(edges[i] < 0 && edges[i + 1] > 0), qPrintable(where));
                // And every area is in a class, with the ramp diverging
                for (int row = 0; row < s.choropleth->rowCount(); ++row)
                    if (std::isfinite(s.choropleth->value(row)))
                        QVERIFY2(s.choropleth->classOfRow(row) >= 0, qPrintable(where));
                QCOMPARE(s.choropleth->settings().ramp, QStringLiteral("RdBu"));
            }
        }
        // And the caption and the legend name the period the change is measured against
        ProjectMap::View view;
        view.indicator = QStringLiteral("cp_pct");
        const MapSnapshot s = map.snapshot(view, QLocale(QLocale::English));
        const QString latest = project->periods(QStringLiteral("cp_pct")).last();
        const QString base = periodYearsEarlier(latest, 2);
        const QString words = QStringLiteral("Change %1 → %2").arg(base, latest);
        QVERIFY2(s.caption.subtitle.startsWith(words), qPrintable(s.caption.subtitle));
        QVERIFY2(s.caption.legendNote.startsWith(words), qPrintable(s.caption.legendNote));
        // And an indicator that is no change keeps its classes and names its period alone
        ProjectMap::View plain;
        plain.indicator = QStringLiteral("child_poverty");
        const MapSnapshot p = map.snapshot(plain, QLocale(QLocale::English));
        QVERIFY(!p.choropleth->settings().breakAtZero);
        QVERIFY2(!p.caption.subtitle.contains(QStringLiteral("→")), qPrintable(p.caption.subtitle));
    }
};

QTEST_MAIN(TestDerivedDialog)
#include "test_derived_dialog.moc"

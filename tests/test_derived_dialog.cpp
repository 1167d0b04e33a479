// The "new derived indicator" dialog as a planner fills it in, on the small demo city, and
// derived indicators in its maps: a change is coloured around zero.
#include "DerivedIndicatorDialog.h"
#include "DerivedIndicators.h"
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
};

QTEST_MAIN(TestDerivedDialog)
#include "test_derived_dialog.moc"

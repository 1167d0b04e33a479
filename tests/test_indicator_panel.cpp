// The indicator panel as a planner searches it with the keyboard.
#include "IndicatorPanel.h"
#include "IndicatorTreeModel.h"
#include "Project.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace qw;

namespace {

// The keys of the indicator rows the panel shows, in their order.
QStringList shownKeys(const QTreeView *view)
{
    QStringList keys;
    const QAbstractItemModel *m = view->model();
    for (int d = 0; d < m->rowCount(); ++d)
        for (int r = 0; r < m->rowCount(m->index(d, 0)); ++r)
            keys << m->index(r, 0, m->index(d, 0))
                        .data(IndicatorTreeModel::IndicatorKeyRole)
                        .toString();
    return keys;
}

} // namespace

class TestIndicatorPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase() { m_project = test::openSmallCity(m_dir); }

    void searchFindsBothNamesAndEnterAppliesTheFirstMatch()
    {
        // Given the panel under English
        IndicatorTreeModel model;
        model.setProject(m_project, false);
        IndicatorPanel panel(&model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy chosen(&panel, &IndicatorPanel::indicatorChosen);
        // When the planner types the German name
        QTest::keyClicks(panel.searchField(), QStringLiteral("Kinderarmut"));
        // Then the indicator is found, shown by its English name
        QCOMPARE(shownKeys(panel.view()), QStringList {QStringLiteral("child_poverty")});
        const QModelIndex department = panel.view()->model()->index(0, 0);
        QCOMPARE(panel.view()->model()->index(0, 0, department).data().toString(),
                 QStringLiteral("Child poverty (SGB II, under 15)"));
        // When Enter is pressed in the search field
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        // Then the first match is applied
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.takeFirst().first().toString(), QStringLiteral("child_poverty"));
        // And the English name finds it as well, as does the other language's department
        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), QStringLiteral("child poverty"));
        QCOMPARE(shownKeys(panel.view()), QStringList {QStringLiteral("child_poverty")});
        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), QStringLiteral("Jugendamt"));
        QVERIFY(shownKeys(panel.view()).contains(QStringLiteral("kita_u3")));
        // And Enter with nothing found applies nothing
        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), QStringLiteral("gibt es nicht"));
        QVERIFY(shownKeys(panel.view()).isEmpty());
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 0);
    }

    void downMovesFromTheSearchIntoTheList()
    {
        // Given the panel under German with a search that finds two indicators of one
        // department
        IndicatorTreeModel model;
        model.setProject(m_project, true);
        IndicatorPanel panel(&model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy chosen(&panel, &IndicatorPanel::indicatorChosen);
        panel.focusSearch();
        QTest::keyClicks(panel.searchField(), QStringLiteral("betreuungsquote"));
        const QStringList found = shownKeys(panel.view());
        QCOMPARE(found, (QStringList {QStringLiteral("kita_u3"), QStringLiteral("kita_3_6")}));
        // When the planner presses Down
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        // Then the list has the focus, on the first match, and nothing is applied yet
        QCOMPARE(panel.focusWidget(), panel.view());
        QCOMPARE(panel.view()->currentIndex().data(IndicatorTreeModel::IndicatorKeyRole).toString(),
                 found[0]);
        QCOMPARE(chosen.count(), 0);
        // When Down moves on in the list and Enter is pressed
        QTest::keyClick(panel.view(), Qt::Key_Down);
        QTest::keyClick(panel.view(), Qt::Key_Return);
        // Then the second match is applied
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.takeFirst().first().toString(), found[1]);
    }
};

QTEST_MAIN(TestIndicatorPanel)
#include "test_indicator_panel.moc"

// The indicator panel as a planner searches it with the keyboard.
#include "IndicatorPanel.h"
#include "IndicatorTreeModel.h"
#include "Project.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
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

// The indicator names as the view paints them in its name column (elided to the cell).
QStringList shownNames(const QTreeView *view)
{
    QStringList names;
    const QAbstractItemModel *m = view->model();
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    for (int d = 0; d < m->rowCount(); ++d)
        for (int r = 0; r < m->rowCount(m->index(d, 0)); ++r) {
            const QModelIndex name = m->index(r, 0, m->index(d, 0));
            const int width = view->visualRect(name).width() - 2 * margin;
            names << view->fontMetrics().elidedText(name.data().toString(), view->textElideMode(),
                                                    width);
        }
    return names;
}

// What a shown name tells a reader: its text without the three letters on each side of
// the cut ("…"): "Übergangsquote Gy…" and "Übergangsquote Ges…" both say "Übergangsquote".
QString readable(const QString &shown)
{
    const qsizetype cut = shown.indexOf(QChar(0x2026));
    if (cut < 0)
        return shown;
    return shown.left(std::max<qsizetype>(0, cut - 3)).trimmed() + QChar(0x2026)
        + shown.mid(cut + 4).trimmed();
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

    void namesStayDistinguishableAtTheDocksWidth_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("German") << true;
        QTest::newRow("English") << false;
    }

    void namesStayDistinguishableAtTheDocksWidth()
    {
        QFETCH(bool, german);
        // Given the panel at the dock's default width of 260 pixels
        IndicatorTreeModel model;
        model.setProject(m_project, german);
        IndicatorPanel panel(&model);
        panel.resize(260, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(panel.view()->viewport()->width() < 260);
        // Then no two indicators look the same ("Childcare c…" twice)
        const QStringList names = shownNames(panel.view());
        QVERIFY(names.size() >= 10);
        QStringList twice;
        for (int i = 0; i < names.size(); ++i)
            for (int j = 0; j < i; ++j)
                if (readable(names[i]) == readable(names[j]))
                    twice << names[j] + QStringLiteral(" / ") + names[i];
        QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral(" | "))));
        // and the unit column leaves the name most of the width
        QVERIFY2(panel.view()->columnWidth(0) >= 2 * panel.view()->columnWidth(1),
                 qPrintable(QString::number(panel.view()->columnWidth(1))));
        // and every row names the whole indicator in its tooltip, in the unit column too
        const QAbstractItemModel *m = panel.view()->model();
        for (int d = 0; d < m->rowCount(); ++d)
            for (int r = 0; r < m->rowCount(m->index(d, 0)); ++r) {
                const QModelIndex name = m->index(r, 0, m->index(d, 0));
                const QString full = name.data().toString();
                QVERIFY(name.data(Qt::ToolTipRole).toString().startsWith(full));
                QVERIFY(name.siblingAtColumn(1).data(Qt::ToolTipRole).toString().startsWith(full));
            }
    }
};

QTEST_MAIN(TestIndicatorPanel)
#include "test_indicator_panel.moc"

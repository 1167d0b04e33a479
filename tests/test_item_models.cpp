#include "AreaTableModel.h"
#include "ExportFileName.h"
#include "IndicatorTreeModel.h"
#include "NumberFormat.h"
#include "Project.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace qw;

class TestItemModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase() { m_project = test::openSmallCity(m_dir); }

    void indicatorTreeGroupsByDepartment()
    {
        IndicatorTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setProject(m_project, true);
        QCOMPARE(reset.count(), 1);
        QVERIFY(model.rowCount() >= 5);
        int indicators = 0;
        for (int d = 0; d < model.rowCount(); ++d) {
            const QModelIndex dept = model.index(d, 0);
            QVERIFY(model.data(dept, IndicatorTreeModel::IsDepartmentRole).toBool());
            indicators += model.rowCount(dept);
            for (int r = 0; r < model.rowCount(dept); ++r)
                QCOMPARE(model.data(model.index(r, 0, dept), IndicatorTreeModel::DepartmentRole)
                             .toString(),
                         model.data(dept).toString());
        }
        QCOMPARE(indicators, int(m_project->indicators().size()));
        const QModelIndex kita = model.indexOfIndicator(QStringLiteral("kita_u3"));
        QVERIFY(kita.isValid());
        QCOMPARE(kita.data().toString(), QStringLiteral("Betreuungsquote unter 3 Jahren"));
        QCOMPARE(kita.parent().data().toString(), QStringLiteral("Jugendamt"));
        model.setProject(m_project, false);
        QCOMPARE(model.indexOfIndicator(QStringLiteral("kita_u3")).data().toString(),
                 QStringLiteral("Childcare coverage under 3"));
    }

    void demoCatalogueSpeaksTheUiLanguage()
    {
        // Given the demo city read back from its project file, shown under English
        IndicatorTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project, false);
        // Then departments and units are English: no German word from the program
        QStringList departments, units;
        for (int d = 0; d < model.rowCount(); ++d) {
            const QModelIndex dept = model.index(d, 0);
            departments << dept.data().toString();
            for (int r = 0; r < model.rowCount(dept); ++r)
                units << model.index(r, 1, dept).data().toString();
        }
        QVERIFY2(departments.contains(QStringLiteral("Youth welfare office")),
                 qPrintable(departments.join(QLatin1Char(','))));
        for (const char *german : {"Statistikstelle", "Jobcenter / Sozialamt", "Jugendamt",
                                   "Gesundheitsamt", "Schulverwaltung", "Bildungsbüro"})
            QVERIFY2(!departments.contains(QString::fromUtf8(german)), german);
        for (const QString &unit : units)
            QVERIFY2(!unit.contains(QLatin1String("je ")) && unit != QLatin1String("Personen"),
                     qPrintable(unit));
        const QModelIndex hze = model.indexOfIndicator(QStringLiteral("hze_rate"));
        QCOMPARE(hze.siblingAtColumn(1).data().toString(), QStringLiteral("per 1,000"));
        QCOMPARE(model.indexOfIndicator(QStringLiteral("pop_total"))
                     .siblingAtColumn(1)
                     .data()
                     .toString(),
                 QStringLiteral("persons"));
        const Indicator *rate = m_project->indicator(QStringLiteral("hze_rate"));
        QCOMPARE(rate->format(4.5, QLocale(QLocale::English)), QStringLiteral("4.5 per 1,000"));
        // And the search finds both names
        const QString search = hze.data(IndicatorTreeModel::SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("Hilfen zur Erziehung")));
        QVERIFY(search.contains(QStringLiteral("Child and youth welfare support")));
        // And under German the catalogue is German
        model.setProject(m_project, true);
        const QModelIndex hzeDe = model.indexOfIndicator(QStringLiteral("hze_rate"));
        QCOMPARE(hzeDe.siblingAtColumn(1).data().toString(), QStringLiteral("je 1.000"));
        QCOMPARE(hzeDe.parent().data().toString(), QStringLiteral("Jugendamt"));
        QCOMPARE(rate->format(4.5, QLocale(QLocale::German)), QStringLiteral("4,5 je 1.000"));
    }

    void exportFileNamesAreTheIndicatorsNameInTheUiLanguage()
    {
        // Given an indicator with a German and an English name
        Indicator poverty;
        poverty.key = QStringLiteral("child_poverty");
        poverty.nameDe = QStringLiteral("Kinderarmut");
        poverty.nameEn = QStringLiteral("Child poverty");
        // Then the suggested export is named in the UI language, not by the key
        QCOMPARE(ExportFileName::forMap(poverty, true, QStringLiteral("2019")),
                 QStringLiteral("Kinderarmut_2019.pdf"));
        QCOMPARE(ExportFileName::forMap(poverty, false, QStringLiteral("2019")),
                 QStringLiteral("Child poverty_2019.pdf"));
        QCOMPARE(ExportFileName::forMap(*m_project->indicator(QStringLiteral("child_poverty")),
                                        true, QStringLiteral("2019")),
                 QStringLiteral("Kinderarmut (SGB II, unter 15)_2019.pdf"));
        // And school years and characters Windows forbids make a valid file name
        Indicator odd;
        odd.key = QStringLiteral("odd");
        odd.nameDe = QStringLiteral("Anteil: Kinder / Jugendliche <18> \"neu\"?*|\\");
        const QString name = ExportFileName::forMap(odd, true, QStringLiteral("2019/20"));
        QCOMPARE(name, QStringLiteral("Anteil- Kinder - Jugendliche -18- -neu-----_2019-20.pdf"));
        for (const QChar c : QStringLiteral("<>:\"/\\|?*"))
            QVERIFY(!name.contains(c));
        QCOMPARE(ExportFileName::safe(QStringLiteral("CON")), QStringLiteral("CON_"));
        QCOMPARE(ExportFileName::safe(QStringLiteral("Profil Nord. ")),
                 QStringLiteral("Profil Nord"));
    }

    void areaTableShowsValuesAndRanks()
    {
        AreaTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::German));
        // Given the Sozialräume and one indicator
        model.setAreas(m_project, QStringLiteral("sozialraum"));
        QCOMPARE(model.rowCount(), 39);
        const QString key = QStringLiteral("child_poverty");
        const QString period = m_project->periods(key).last();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setValues(*m_project->indicator(key), m_project->values(key, period));
        QCOMPARE(changed.count(), 1);
        // Then the highest value has rank 1 and values use the German decimal comma
        int best = -1;
        double max = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const double v = model.index(r, 0).data(AreaTableModel::ValueRole).toDouble();
            if (!std::isnan(v) && v > max) {
                max = v;
                best = r;
            }
        }
        QCOMPARE(model.index(best, AreaTableModel::RankColumn).data().toInt(), 1);
        QVERIFY(model.index(best, AreaTableModel::ValueColumn)
                    .data()
                    .toString()
                    .contains(QLatin1Char(',')));
    }

    void areaTableHeaderKeepsLongUnitsInItsTooltip()
    {
        // Given the area table of a share (unit "%") and of a change in percentage points
        AreaTableModel model;
        model.setLocale(QLocale(QLocale::German));
        model.setAreas(m_project, QStringLiteral("sozialraum"));
        const QString key = QStringLiteral("child_poverty");
        const QString period = m_project->periods(key).last();
        Indicator share = *m_project->indicator(key);
        model.setValues(share, m_project->values(key, period));
        // Then a short unit is in the header itself
        QCOMPARE(model.headerData(AreaTableModel::ValueColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Value (%)"));
        // When the unit is long
        Indicator change = share;
        change.unit = QStringLiteral("Prozentpunkte");
        model.setValues(change, m_project->values(key, period));
        // Then the header stays narrow and its tooltip names the unit
        QCOMPARE(model.headerData(AreaTableModel::ValueColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Value"));
        QCOMPARE(model.headerData(AreaTableModel::ValueColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Value (Prozentpunkte)"));
    }

    void sortingKeepsTheSharedSelection()
    {
        AreaTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAreas(m_project, QStringLiteral("sozialraum"));
        const QString key = QStringLiteral("child_poverty");
        model.setValues(*m_project->indicator(key),
                        m_project->values(key, m_project->periods(key).last()));
        QItemSelectionModel selection(&model);
        // Given a selected area
        const QString selectedKey = model.index(5, 0).data(AreaTableModel::AreaKeyRole).toString();
        selection.select(model.index(5, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        // When the table is sorted by value, descending
        model.sort(AreaTableModel::ValueColumn, Qt::DescendingOrder);
        // Then the same area stays selected, and the values are in order
        QCOMPARE(layout.count(), 1);
        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(AreaTableModel::AreaKeyRole).toString(), selectedKey);
        double previous = INFINITY;
        for (int r = 0; r < model.rowCount(); ++r) {
            const double v = model.index(r, 0).data(AreaTableModel::ValueRole).toDouble();
            if (std::isnan(v))
                continue;
            QVERIFY(v <= previous);
            previous = v;
        }
        QCOMPARE(model.index(0, AreaTableModel::RankColumn).data().toInt(), 1);
        // and the reverse lookup follows the moved rows
        int ranked = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowOfProjectIndex(model.projectIndexOfRow(r)), r);
            ranked += model.index(r, AreaTableModel::RankColumn).data().toInt() > 0;
        }
        QCOMPARE(model.rankedCount(), ranked);
    }

    void suppressedValuesShowTheOfficialSign()
    {
        AreaTableModel model;
        model.setAreas(m_project, QStringLiteral("sozialraum"));
        const QString key = QStringLiteral("leavers_no_qual");
        bool found = false;
        for (const QString &p : m_project->periods(key)) {
            model.setValues(*m_project->indicator(key), m_project->values(key, p));
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, 0).data(AreaTableModel::StatusRole).toInt()
                    == int(ValueStatus::Suppressed)) {
                    QCOMPARE(model.index(r, AreaTableModel::ValueColumn).data().toString(),
                             QStringLiteral("."));
                    QVERIFY(model.index(r, AreaTableModel::RankColumn).data().isNull());
                    found = true;
                }
        }
        if (!found)
            QSKIP("this small city has no suppressed value of leavers_no_qual");
    }

    void valuesRoundingToZeroShowNoSign()
    {
        const QLocale german(QLocale::German), english(QLocale::English);
        // Given a value just below zero, when shown with two decimals, then without a sign
        QCOMPARE(formatNumber(-0.001, 2, german), QStringLiteral("0,00"));
        QCOMPARE(formatNumber(-0.001, 2, english), QStringLiteral("0.00"));
        QCOMPARE(formatNumber(-0.0, 0, german), QStringLiteral("0"));
        QCOMPARE(formatNumber(-0.04, 1, german), QStringLiteral("0,0"));
        // while a value that shows a digit keeps its sign
        QCOMPARE(formatNumber(-0.006, 2, german), QStringLiteral("-0,01"));
        QCOMPARE(formatNumber(-12.5, 1, english), QStringLiteral("-12.5"));
        // and the indicator's format (legend, tooltips, profile) follows the same rule
        Indicator index;
        index.kind = IndicatorKind::Index;
        index.unit = QStringLiteral("z");
        index.decimals = 2;
        QCOMPARE(index.format(-0.001, german), QStringLiteral("0,00 z"));
        // and so does a file's C-locale number, without thousands separators
        QCOMPARE(formatNumber(-0.001, 2, QLocale::c()), QStringLiteral("0.00"));
        QCOMPARE(formatNumber(12345.678, 1, QLocale::c()), QStringLiteral("12345.7"));
    }

    void areaTableShowsNoNegativeZero()
    {
        // Given the Sozialindex, whose values lie around 0 (the city average)
        AreaTableModel model;
        model.setLocale(QLocale(QLocale::German));
        model.setAreas(m_project, QStringLiteral("sozialraum"));
        const QString key = QStringLiteral("social_index");
        for (const QString &p : m_project->periods(key)) {
            model.setValues(*m_project->indicator(key), m_project->values(key, p));
            // then no row reads "-0,00" (an area's -0.0 included)
            for (int r = 0; r < model.rowCount(); ++r) {
                const QString text = model.index(r, AreaTableModel::ValueColumn).data().toString();
                QVERIFY2(text != QStringLiteral("-0,00"), qPrintable(text));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "test_item_models.moc"

// The import wizard as a planner clicks through it, and the models behind its pages.
#include "ImportCataloguePage.h"
#include "ImportFixtures.h"
#include "ImportMatchPage.h"
#include "ImportTablePage.h"
#include "ImportWizard.h"
#include "IndicatorCatalogueModel.h"
#include "ProjectStore.h"
#include "TablePreviewModel.h"
#include "UnmatchedKeyModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qw;
using namespace qw::test;

namespace {

// Saves what the user sees when QW_SCREENSHOT_DIR is set (for looking at the pages).
void keepScreenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("QW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void modelsPassTheTester()
    {
        TablePreviewModel preview;
        QAbstractItemModelTester t1(&preview,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setTable({"A", "B"}, {{"1", "2"}, {"3"}});
        QCOMPARE(preview.rowCount(), 2);
        QCOMPARE(preview.index(1, 1).data().toString(), QString());

        UnmatchedKeyModel keys;
        QAbstractItemModelTester t2(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
        keys.setKeys({{"1", "Innenstadt West", 2, 1, {{"01", AreaMatcher::Basis::LeadingZeros}}},
                      {"77", "", 3, 1, {}}},
                     {{"01", "Innenstadt-West"}, {"02", "Innenstadt-Nord"}});
        QSignalSpy changed(&keys, &QAbstractItemModel::dataChanged);
        // Given two unmatched keys, when the suggestions are accepted
        QCOMPARE(keys.acceptSuggestions(), 1);
        QCOMPARE(changed.count(), 1);
        // Then only the suggested one is assigned; an unknown area is refused
        QCOMPARE(keys.mapping(), (QHash<QString, QString> {{"1", "01"}}));
        QVERIFY(!keys.setData(keys.index(1, UnmatchedKeyModel::Assigned), QStringLiteral("99")));
        QVERIFY(keys.setData(keys.index(1, UnmatchedKeyModel::Assigned), QStringLiteral("02")));
        QCOMPARE(keys.mapping().value(QStringLiteral("77")), QStringLiteral("02"));
        QVERIFY(keys.index(1, UnmatchedKeyModel::Assigned)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Innenstadt-Nord")));

        IndicatorCatalogueModel catalogue;
        QAbstractItemModelTester t3(&catalogue,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlannedIndicator p;
        p.label = QStringLiteral("Kita-Quote");
        p.isNew = true;
        p.indicator.key = QStringLiteral("kita_quote");
        p.indicator.nameDe = QStringLiteral("Kita-Quote");
        PlannedIndicator known = p;
        known.isNew = false;
        catalogue.setIndicators({p, known});
        QCOMPARE(catalogue.rowCount(), 1);
        QVERIFY(catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::Polarity),
                                  QStringLiteral("higher_is_better")));
        QVERIFY(!catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::Kind),
                                   QStringLiteral("nonsense")));
        QVERIFY(!catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::Name), QString()));
        QVERIFY(catalogue.setData(catalogue.index(0, IndicatorCatalogueModel::MinCases), 3));
        QCOMPARE(catalogue.catalogue().value(QStringLiteral("Kita-Quote")).polarity,
                 Polarity::HigherIsBetter);
        QCOMPARE(catalogue.catalogue().value(QStringLiteral("Kita-Quote")).minCases, 3);
    }

    void plannerImportsATableThroughTheWizard()
    {
        // Given a Windows-1252 table from the youth office whose key lost its leading zero
        const QString project = makeThreeAreaProject(m_dir.path());
        const QString table = m_dir.filePath(QStringLiteral("Kita-Statistik 2024.csv"));
        writeBytes(table,
                   "Sozialraum;Name;Kinder unter 3;Betreute Kinder unter 3;Bemerkung\r\n"
                   "1;Innenstadt-West;120;48;\r\n"
                   "02;Innenstadt-Nord;90;.;klein\r\n"
                   "05;Hafen;60;30;\r\n"
                   "99;Gro\xDF-S\xFC"
                   "d;10;5;neu\r\n");
        ImportWizard wizard(project, table);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Then the first page shows what was detected
        ImportTablePage *page = wizard.tablePage();
        QCOMPARE(page->encodingBox()->currentText(), QStringLiteral("Windows-1252"));
        QCOMPARE(page->keyBox()->currentText(), QStringLiteral("Sozialraum"));
        QCOMPARE(page->preview()->rowCount(), 4);
        QCOMPARE(page->preview()->index(3, 1).data().toString(), QStringLiteral("Groß-Süd"));
        QVERIFY(page->isComplete());
        keepScreenshot(&wizard, "wizard_1_table.png");

        // When the planner goes on, the keys that match no area are listed with suggestions
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.matchPage());
        UnmatchedKeyModel *keys = wizard.matchPage()->unmatched();
        QCOMPARE(keys->rowCount(), 2);
        QCOMPARE(wizard.session().plan.rowsMatched, qint64(2));
        keepScreenshot(&wizard, "wizard_2_areas.png");
        QCOMPARE(keys->acceptSuggestions(), 1);
        QVERIFY(wizard.matchPage()->checkAgain());
        QCOMPARE(wizard.session().plan.rowsMatched, qint64(3));
        QCOMPARE(keys->rowCount(), 1); // "99" stays unmatched and is reported

        // And the catalogue entries can be edited before writing
        wizard.next();
        QCOMPARE(wizard.currentPage(), wizard.cataloguePage());
        IndicatorCatalogueModel *catalogue = wizard.cataloguePage()->catalogue();
        QCOMPARE(catalogue->rowCount(), 2);
        QVERIFY(catalogue->setData(catalogue->index(1, IndicatorCatalogueModel::Polarity),
                                   QStringLiteral("higher_is_better")));
        keepScreenshot(&wizard, "wizard_3_catalogue.png");
        wizard.accept();
        QVERIFY(wizard.importId() > 0);

        // Then the values, the catalogue and the remembered key are in the project
        auto store = ProjectStore::open(project, ProjectStore::Access::ReadOnly);
        const auto values =
            store->values(QStringLiteral("betreute_kinder_unter_3"), QStringLiteral("2024"));
        QCOMPARE(values.size(), std::size_t(3));
        bool foundPolarity = false;
        for (const Indicator &i : store->indicators())
            if (i.key == QLatin1String("betreute_kinder_unter_3"))
                foundPolarity = i.polarity == Polarity::HigherIsBetter;
        QVERIFY(foundPolarity);
        const auto remembered = ImportLog(*store).rememberedSpec(QStringLiteral("Kita-Statistik"));
        QVERIFY(remembered);
        QCOMPARE(remembered->keyMapping.value(QStringLiteral("1")), QStringLiteral("01"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"

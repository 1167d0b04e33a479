// The robustness check in the window (widgets/SensitivityDialog): the project's indices
// offered, a run on the worker filling the chart and the table from base rank 1 down, and
// the map of stable and unstable areas beside the chart, and a refused run (an index whose single
// input cannot be left out) computing nothing.
#include "IndexFixtures.h"
#include "Project.h"
#include "ProjectStore.h"
#include "SensitivityDialog.h"
#include "SensitivityReport.h"
#include "TestSupport.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace qw;
using namespace qw::test;

class TestSensitivityDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;

    void define(const char *key, const char *text)
    {
        const QString error = defineIndex(m_project, QString::fromLatin1(key),
                                          QStringLiteral("Index %1").arg(QLatin1String(key)), text);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Given three Sozialräume with a = 1, 2, 3 and b = 3, 1, 2 (as test_index_sensitivity)
        m_project = makeTwoInputProject(m_dir.path(), QStringLiteral("d.gpkg"));
        QVERIFY(!m_project.isEmpty());
        define("si", "index(+a, +b; classes=quantile:3)");
        define("nur_a", "index(+a; classes=quantile:3)");
    }

    void runsOnTheWorkerAndShowsTheTable()
    {
        auto project = Project::open(m_project);
        // The indices of the project are offered, the parts and imported indicators not
        const auto indices = SensitivityDialog::indices(*project, true);
        QCOMPARE(indices.size(), std::size_t(2));
        QCOMPARE(indices[0].first, QStringLiteral("si"));
        SensitivityDialog dialog(project, QStringLiteral("si"));
        SensitivityOptions o;
        o.draws = 200;
        o.spread = 100;
        o.seed = 7;
        o.leaveOneOut = true;
        dialog.setOptions(QStringLiteral("si"), o);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.runAnalysis(), qPrintable(dialog.lastError()));
        // Then the table lists 05 (base rank 1), 01, 02 with a rank per input left out
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("05"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("01"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("02"));
        QCOMPARE(table->columnCount(), 12);
        // 01 ranks 1 to 3 with weights up to 100 % off (see test_index_sensitivity)
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("1"));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("3"));
        QVERIFY(dialog.result()->leftOut.size() == 2);
        // and the summary names the index and its period, and each input left out by its
        // name, not its key
        const QString summary = dialog.summary();
        QVERIFY2(summary.startsWith(dialog.result()->indexName + QStringLiteral(", 2024")),
                 qPrintable(summary));
        const Indicator *a = project->indicator(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(dialog.result()->inputName(QStringLiteral("a")), a->name(germanUi()));
        QVERIFY2(summary.contains(a->name(germanUi())), qPrintable(summary));
        // and the chart is painted: stable blue and unstable orange bars on white
        const QImage shot = dialog.grab().toImage();
        if (!qEnvironmentVariableIsEmpty("QW_SHOTS"))
            shot.save(qEnvironmentVariable("QW_SHOTS") + QStringLiteral("/sensitivity_dialog.png"));
        bool orange = false;
        for (int y = 0; y < shot.height() && !orange; ++y)
            for (int x = 0; x < shot.width() && !orange; ++x)
                orange = shot.pixelColor(x, y) == QColor(0xe6, 0x55, 0x0d);
        QVERIFY(orange);
        // and the map beside it shows the areas in the colours of their stability
        const QColor blue(0x31, 0x82, 0xbd);
        const auto count = [](const QImage &image, const QColor &colour) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == colour;
            return n;
        };
        const QImage map = dialog.stabilityMap()->grab().toImage();
        QVERIFY(count(map, blue) + count(map, QColor(0xe6, 0x55, 0x0d)) > 0);
        // as the page draws it: with every area made stable, only the legend's swatch stays
        // orange, so the unstable areas are what adds orange
        const auto paint = [&](const SensitivityResult &r) {
            QImage image(400, 260, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            SensitivityReport::stabilityMap(project, std::make_shared<const SensitivityResult>(r))(
                p, QRectF(0, 0, 400, 260));
            return image;
        };
        SensitivityResult allStable = *dialog.result();
        std::fill(allStable.stable.begin(), allStable.stable.end(), true);
        const QColor orangeColour(0xe6, 0x55, 0x0d);
        const int swatch = count(paint(allStable), orangeColour);
        const int withUnstable = count(paint(*dialog.result()), orangeColour);
        QCOMPARE(withUnstable > swatch, dialog.result()->stableCount() < 3);
    }

    void aRefusedRunComputesNothing()
    {
        auto project = Project::open(m_project);
        SensitivityDialog dialog(project, QStringLiteral("nur_a"));
        SensitivityOptions o;
        o.leaveOneOut = true;
        dialog.setOptions(QStringLiteral("nur_a"), o);
        // The warning is closed as a planner would, once it shows (after the worker)
        QTimer closer;
        int warnings = 0;
        connect(&closer, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    ++warnings;
                    box->accept();
                }
        });
        closer.start(50);
        QVERIFY(!dialog.runAnalysis());
        closer.stop();
        QCOMPARE(warnings, 1);
        QVERIFY2(dialog.lastError().contains(QStringLiteral("single input")),
                 qPrintable(dialog.lastError()));
        QVERIFY(!dialog.result());
        QCOMPARE(dialog.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSensitivityDialog)
#include "test_sensitivity_dialog.moc"

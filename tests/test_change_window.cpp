// The window's change map between two periods: chosen in its dialog, made as a derived
// indicator that Undo removes again, shown at the later period; the same change chosen
// again is the one the project has, not a second copy.
#include "ChangeMapDialog.h"
#include "MainWindow.h"
#include "Project.h"
#include "RankHistoryDialog.h"
#include "TestSupport.h"
#include "TimeAnalysisController.h"
#include "UiLanguage.h"
#include "UndoController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace qw;

namespace {

// Runs open (which shows the modal dialog and waits, as the menu does); once the dialog
// is up, fill() sets it and it is accepted.
void acceptModal(const std::function<void()> &open,
                 const std::function<void(ChangeMapDialog *)> &fill)
{
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *dialog = qobject_cast<ChangeMapDialog *>(QApplication::activeModalWidget())) {
            poll.stop();
            fill(dialog);
            dialog->accept();
        } else if (waited.elapsed() > 5000) {
            poll.stop();
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    poll.start();
    open();
}

} // namespace

class TestChangeWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(m_path);
    }

    void aChangeMapIsMadeShownAndUndone()
    {
        // Given the window on child poverty in its first period
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(m_path, &error, false), qPrintable(error));
        QVERIFY(w.setIndicator(QStringLiteral("child_poverty")));
        const QStringList periods = w.project()->periods(QStringLiteral("child_poverty"));
        QVERIFY(w.setPeriod(periods.first()));
        auto *time = w.findChild<TimeAnalysisController *>();
        QVERIFY(time);
        QUndoStack *stack = w.undoController()->stack();
        const int commands = stack->count();
        const std::size_t indicators = w.project()->indicators().size();
        // When the planner asks for the change in rank from there to the latest period
        const auto rankChange = [](ChangeMapDialog *d) {
            for (QRadioButton *r : d->findChildren<QRadioButton *>())
                if (r->text().contains(QStringLiteral("rank")))
                    r->setChecked(true);
        };
        acceptModal([&] { time->changeMap(); }, rankChange);
        // Then the map shows the new rank change at the latest period
        const QString key = QStringLiteral("child_poverty_rank_change_%1").arg(periods.size() - 1);
        QCOMPARE(w.currentIndicator(), key);
        QCOMPARE(w.currentPeriod(), periods.last());
        QCOMPARE(w.project()->indicators().size(), indicators + 1);
        QCOMPARE(stack->count(), commands + 1);
        // And Undo names it in the window's language
        QVERIFY2(stack->undoText().contains(germanUi() ? QStringLiteral("Rangveränderung")
                                                       : QStringLiteral("Change in rank of")),
                 qPrintable(stack->undoText()));
        // When the same change is chosen again, from the indicator's context menu
        QVERIFY(w.setIndicator(QStringLiteral("child_poverty")));
        QVERIFY(w.setPeriod(periods.first()));
        acceptModal([&] { time->changeMap(QStringLiteral("child_poverty")); }, rankChange);
        // Then it is the one the project has: shown again, nothing defined twice
        QCOMPARE(w.currentIndicator(), key);
        QCOMPARE(w.project()->indicators().size(), indicators + 1);
        QCOMPARE(stack->count(), commands + 1);
        // When it is undone
        stack->undo();
        // Then the project is as before, and Redo brings it back
        QVERIFY(!w.project()->indicator(key));
        QCOMPARE(w.project()->indicators().size(), indicators);
        stack->redo();
        QVERIFY(w.project()->indicator(key));
    }

    void theRanksOpenBesideTheMap()
    {
        // Given the window on child poverty
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(m_path, &error, false), qPrintable(error));
        QVERIFY(w.setIndicator(QStringLiteral("child_poverty")));
        // When the ranks over time are asked for
        w.findChild<TimeAnalysisController *>()->ranksOverTime();
        // Then their chart opens, not modal, for the indicator on the map
        auto *dialog = w.findChild<RankHistoryDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->indicatorKey(), QStringLiteral("child_poverty"));
        dialog->close();
    }
};

QTEST_MAIN(TestChangeWindow)
#include "test_change_window.moc"

// The main window as a planner meets it: its layout kept between runs, its toolbars on a
// 1366 pixel laptop in German, the user guide on F1, the right-click menus, the save-view
// question and where file dialogs open.
#include "AreaContextMenu.h"
#include "AreaListPanel.h"
#include "ComparisonModel.h"
#include "ComparisonView.h"
#include "FileDialogFolders.h"
#include "HelpWindow.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "SavedViewsController.h"
#include "TestLanguage.h"
#include "TestSupport.h"
#include "TextPrompt.h"
#include "TimeSlider.h"
#include "WindowState.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QMouseEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

using namespace qw;

namespace {

using test::Language;

QDockWidget *dock(const QMainWindow &window, const QString &name)
{
    return window.findChild<QDockWidget *>(name);
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_projectPath;

private Q_SLOTS:
    void initTestCase()
    {
        // Settings in a folder of the test's own: nothing of a user's is read or changed.
        QCoreApplication::setOrganizationName(QStringLiteral("QuartierswerkstattTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_window"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QStandardPaths::setTestModeEnabled(true);
        // tests/CMakeLists.txt gives the offscreen platform a 1366x768 screen.
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        if (screen.width() < 1366 || screen.height() < 768)
            QSKIP("needs a 1366x768 screen: run through ctest (QT_QPA_PLATFORM configfile)");
        m_projectPath = m_dir.filePath(QStringLiteral("projects/city.gpkg"));
        QDir().mkpath(QFileInfo(m_projectPath).absolutePath());
        DemoCityGenerator(test::smallCity()).writeProject(m_projectPath);
    }

    void init() { QSettings().clear(); }

    void layoutAndSizeComeBackNextTime()
    {
        // Given a window whose planner moved the saved views to the right and sized it
        QSize size;
        {
            MainWindow window;
            window.restoreWindowState(); // nothing stored yet: the default size
            QVERIFY(window.openProject(m_projectPath, nullptr, false));
            window.resize(1300, 680);
            window.addDockWidget(Qt::RightDockWidgetArea, dock(window, "viewsDock"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            size = window.size();
            QCOMPARE(size, QSize(1300, 680));
            // When it is closed
            window.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/state")));
        // Then the next window comes back with that size and layout
        MainWindow again;
        again.restoreWindowState();
        QCOMPARE(again.size(), size);
        QCOMPARE(again.dockWidgetArea(dock(again, "viewsDock")), Qt::RightDockWidgetArea);
        QCOMPARE(again.dockWidgetArea(dock(again, "indicatorDock")), Qt::LeftDockWidgetArea);
        // and the start page still hides the project's panels
        QVERIFY(dock(again, "areaDock")->isHidden());
        // which come back where they were when a project opens
        QVERIFY(again.openProject(m_projectPath, nullptr, false));
        QVERIFY(!dock(again, "viewsDock")->isHidden());
        QCOMPARE(again.dockWidgetArea(dock(again, "viewsDock")), Qt::RightDockWidgetArea);
    }

    void aStoredGeometryLargerThanTheScreenIsFitted()
    {
        // Given a layout stored on a large monitor
        {
            MainWindow big;
            big.restoreWindowState();
            big.setGeometry(QRect(2500, 1400, 2400, 1500));
            big.close();
        }
        // When the window opens on this screen
        MainWindow window;
        window.restoreWindowState();
        // Then it lies within the screen's available area
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                                .arg(window.x())
                                .arg(window.y())
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        // and the rule itself shrinks and moves, but leaves what fits alone
        const QRect laptop(0, 0, 1366, 740);
        QCOMPARE(WindowState::fitted(QRect(100, 50, 800, 600), laptop), QRect(100, 50, 800, 600));
        QCOMPARE(WindowState::fitted(QRect(1600, 900, 1920, 1080), laptop), QRect(0, 0, 1366, 740));
        QCOMPARE(WindowState::fitted(QRect(900, 300, 800, 600), laptop), QRect(566, 140, 800, 600));
    }

    void theFirstWindowFitsTheScreen()
    {
        // A laptop or projector gets a window within its screen, a large monitor 1400x900.
        const QSize laptop = WindowState::defaultSize(QRect(0, 0, 1366, 740));
        QVERIFY(laptop.width() + 16 <= 1366 && laptop.height() + 48 <= 740);
        QCOMPARE(WindowState::defaultSize(QRect(0, 0, 1920, 1050)), QSize(1400, 900));
        MainWindow window;
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(window.width() <= available.width() && window.height() <= available.height());
    }

    void toolbarsFitA1366PixelWindow_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("German") << true;
        QTest::newRow("English") << false;
    }

    void toolbarsFitA1366PixelWindow()
    {
        QFETCH(bool, german);
        const Language language(german);
        QVERIFY(language.loaded());
        // Given the window on a 1366x768 screen (less the window frame), a project with two
        // levels (so the level chooser shows too)
        MainWindow window;
        QVERIFY(window.openProject(m_projectPath, nullptr, false));
        window.resize(1366 - 16, 768 - 48);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        // (its panels' minimum widths let it be that narrow)
        QCOMPARE(window.size(), QSize(1366 - 16, 768 - 48));
        const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
        QVERIFY(bars.size() >= 2);
        for (QToolBar *bar : bars) {
            if (!bar->isVisible())
                continue;
            // Then no toolbar needs its » extension menu
            const auto *extension = bar->findChild<QToolButton *>("qt_toolbar_ext_button");
            QVERIFY2(!extension || !extension->isVisible(), qPrintable(bar->windowTitle()));
            // and every control is shown whole inside its toolbar
            for (QAction *a : bar->actions()) {
                if (!a->isVisible() || a->isSeparator())
                    continue;
                QWidget *w = bar->widgetForAction(a);
                QVERIFY2(w && w->isVisible(), qPrintable(a->text()));
                QVERIFY2(bar->rect().contains(w->geometry()),
                         qPrintable(bar->windowTitle() + QStringLiteral(": ") + a->text()));
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), qPrintable(a->text()));
            }
        }
        // and the German zoom commands are icons with their name as a tooltip
        if (german) {
            const QToolBar *nav = window.findChild<QToolBar *>("navigationToolBar");
            QVERIFY(nav);
            QVERIFY(nav->actions().first()->toolTip().contains(QStringLiteral("Gesamtansicht")));
            QVERIFY(!nav->actions().first()->icon().isNull());
        }
    }

    void aPlayingFilmShowsFramesRenderedAhead()
    {
        // Given the window on a project whose indicator has several periods, the last shown
        MainWindow window;
        QVERIFY(window.openProject(m_projectPath, nullptr, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MapWidget *map = window.mapWidget();
        QVERIFY(QTest::qWaitFor([&] { return map->isUpToDate(); }, 10000));
        TimeSlider *slider = window.timeSlider();
        const QStringList periods = window.project()->periods(window.currentIndicator());
        QVERIFY(periods.size() >= 3);
        // When Play is pressed
        QSignalSpy shown(map, &MapWidget::renderFinished);
        slider->play();
        // Then the next period's frame is rendered ahead while the first is shown
        QCOMPARE(window.currentPeriod(), periods.first());
        QCOMPARE(slider->nextPeriod(), periods.at(1));
        QVERIFY(QTest::qWaitFor([&] { return map->hasFrameAhead(); }, 10000));
        // and at the next step (the slider's timer) it is on the map at once, with no render
        // to wait for
        const qsizetype before = shown.size();
        QVERIFY(QTest::qWaitFor([&] { return window.currentPeriod() == periods.at(1); },
                                4 * slider->interval()));
        QCOMPARE(shown.size(), before + 1);
        QVERIFY(map->isUpToDate());
        // When it is paused, the frame shown is rendered again as a still
        QSignalSpy still(map, &MapWidget::renderFinished);
        slider->pause();
        QVERIFY(still.wait(10000));
    }

    void overlayBoxNamesTheWholeIndicator()
    {
        const Language language(true);
        // Given the window whose map shows circles of the inhabitants over another indicator
        MainWindow window;
        QVERIFY(window.openProject(m_projectPath, nullptr, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProjectMap::View view = window.currentView();
        view.overlay = ProjectMap::Overlay::Circles;
        view.overlayIndicator = QStringLiteral("pop_total");
        QString error;
        QVERIFY2(window.applyView(view, &error), qPrintable(error));
        QComboBox *box = nullptr;
        for (QComboBox *b : window.findChildren<QComboBox *>())
            if (b->findData(QStringLiteral("pop_total")) >= 0)
                box = b;
        QVERIFY(box);
        const QString name = QStringLiteral("Einwohnerinnen und Einwohner");
        QCOMPARE(box->currentText(), name);
        // Then the box, narrower than the name, names it whole in its tooltip
        QVERIFY(box->width() < box->fontMetrics().horizontalAdvance(name) + 40);
        QCOMPARE(box->toolTip(), name);
        // and its list opens wide enough for the longest name
        int longest = 0;
        for (int i = 0; i < box->count(); ++i)
            longest =
                std::max(longest, box->view()->fontMetrics().horizontalAdvance(box->itemText(i)));
        box->showPopup();
        QTRY_VERIFY(box->view()->isVisible());
        QVERIFY2(
            box->view()->viewport()->width() > longest,
            qPrintable(
                QStringLiteral("%1 <= %2").arg(box->view()->viewport()->width()).arg(longest)));
        box->hidePopup();
    }

    void f1OpensTheGuideInTheWindowsLanguage_data()
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("shortcuts");
        QTest::newRow("German") << true << QStringLiteral("Kurzanleitung")
                                << QStringLiteral("Tastenkürzel");
        QTest::newRow("English") << false << QStringLiteral("User guide")
                                 << QStringLiteral("Keyboard shortcuts");
    }

    void f1OpensTheGuideInTheWindowsLanguage()
    {
        QFETCH(bool, german);
        QFETCH(QString, title);
        QFETCH(QString, shortcuts);
        const Language language(german);
        // Given the window
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.findChild<HelpWindow *>());
        // When the planner presses F1
        QTest::keyClick(&window, Qt::Key_F1);
        // Then the guide opens in the window's language, with its table of contents
        auto *help = window.findChild<HelpWindow *>();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        const QString text = help->browser()->toPlainText();
        QVERIFY2(text.contains(title), qPrintable(text.left(200)));
        QVERIFY(help->contents().contains(shortcuts));
        QVERIFY(help->contents().size() >= 10);
        QVERIFY(text.contains(QStringLiteral("Ctrl+K")) != german);
        // and choosing a section scrolls it to the top
        help->showSection(int(help->contents().size()) - 1);
        QVERIFY(help->browser()->verticalScrollBar()->value() > 0);
    }

    void saveViewQuestionShowsItsGermanTitleWhole()
    {
        const Language language(true);
        // Given the window with a project
        MainWindow window;
        QVERIFY(window.openProject(m_projectPath, nullptr, false));
        auto *views = window.findChild<SavedViewsController *>();
        QVERIFY(views);
        // When the planner asks to save a view
        const auto dialog = views->saveDialog();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        // Then the dialog is wide enough for its German title beside the title bar buttons
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Ansicht speichern"));
        QFont bold = dialog->font();
        bold.setBold(true);
        QVERIFY2(dialog->width()
                     >= QFontMetrics(bold).horizontalAdvance(dialog->windowTitle()) + 150,
                 qPrintable(QString::number(dialog->width())));
        QVERIFY(dialog->width() >= TextPrompt::widthForTitle(dialog->windowTitle(), *dialog));
    }

    void contextMenusOfTheWindowsViews()
    {
        const Language language(false);
        // Given the window with a project
        MainWindow window;
        QVERIFY(window.openProject(m_projectPath, nullptr, false));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<AreaListPanel *>();
        QVERIFY(list);
        // When the planner adds two areas to the selection from the list's menu
        for (int row : {1, 2}) {
            std::unique_ptr<QMenu> menu(list->contextMenuForRow(row));
            menu->actions().at(3)->trigger(); // "Add to selection"
        }
        QCOMPARE(window.selectedAreaKeys().size(), 2);
        // and right-clicks another row of the list (for its menu), the selection stays
        auto *table = list->table();
        const QPoint onRow = table->visualRect(table->model()->index(5, 1)).center();
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(onRow),
                          table->viewport()->mapToGlobal(QPointF(onRow)), Qt::RightButton,
                          Qt::RightButton, Qt::NoModifier);
        QCoreApplication::sendEvent(table->viewport(), &press);
        QCOMPARE(window.selectedAreaKeys().size(), 2);
        // and compares them from the map's menu
        MapWidget *map = window.mapWidget();
        std::unique_ptr<QMenu> mapMenu(map->contextMenuAt(QPointF(map->width() - 3.0, 3)));
        QAction *compare = nullptr;
        for (QAction *a : mapMenu->actions())
            if (a->data().isValid()
                && AreaContextMenu::commandOf(a) == AreaContextMenu::Command::CompareSelected)
                compare = a;
        QVERIFY(compare && compare->isEnabled());
        compare->trigger();
        // Then the comparison opens with them
        QCOMPARE(window.comparedAreaKeys(), window.selectedAreaKeys());
        // and a value cell's menu copies the value and offers the area's profile
        auto *view = window.findChild<ComparisonView *>();
        QVERIFY(view);
        const QAbstractItemModel *model = view->model();
        const QModelIndex department = model->index(0, 0);
        const QModelIndex cell = model->index(0, ComparisonModel::FirstAreaColumn + 1, department);
        QVERIFY(cell.isValid());
        std::unique_ptr<QMenu> cellMenu(view->contextMenuFor(cell));
        QStringList texts;
        for (QAction *a : cellMenu->actions())
            if (!a->isSeparator())
                texts << a->text();
        const QString area = model->headerData(cell.column(), Qt::Horizontal).toString();
        QCOMPARE(texts,
                 (QStringList {QStringLiteral("&Copy value"), QStringLiteral("Copy &row"),
                               QStringLiteral("&Profile of %1…").arg(area)}));
        cellMenu->actions().first()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), cell.data().toString());
    }

    void fileDialogsOpenInTheProjectThenTheLastFolder()
    {
        QTemporaryDir root;
        const QString appData = root.filePath(QStringLiteral(".local/share/Quartierswerkstatt"));
        const QString documents = root.filePath(QStringLiteral("Documents"));
        const QString projects = root.filePath(QStringLiteral("Planung"));
        const QString exports = root.filePath(QStringLiteral("Sitzung"));
        for (const QString &d : {appData, documents, projects, exports})
            QVERIFY(QDir().mkpath(d));
        const QString project = projects + QStringLiteral("/stadt.gpkg");
        const QString demo = appData + QStringLiteral("/musterstadt.gpkg");
        // A project's first dialog opens in its folder
        QCOMPARE(FileDialogFolders::choose(project, {}, {}, appData, documents), projects);
        // then in the folder last used with it
        QCOMPARE(FileDialogFolders::choose(project, exports, project, appData, documents), exports);
        // but another project starts in its own folder again
        QCOMPARE(FileDialogFolders::choose(project, exports, projects + QStringLiteral("/alt.gpkg"),
                                           appData, documents),
                 projects);
        // The demo in the hidden data folder: documents, or the folder last used
        QCOMPARE(FileDialogFolders::choose(demo, {}, {}, appData, documents), documents);
        QCOMPARE(FileDialogFolders::choose(demo, exports, project, appData, documents), exports);
        // No project: the folder last used, else documents; never a hidden or vanished one
        QCOMPARE(FileDialogFolders::choose({}, exports, project, appData, documents), exports);
        QCOMPARE(FileDialogFolders::choose({}, appData, demo, appData, documents), documents);
        QCOMPARE(FileDialogFolders::choose({}, root.filePath(QStringLiteral("gone")), {}, appData,
                                           documents),
                 documents);
        // and the settings remember a chosen file's folder with its project
        FileDialogFolders::remember(exports + QStringLiteral("/karte.pdf"), project);
        QCOMPARE(FileDialogFolders::startFolder(project), exports);
        QCOMPARE(FileDialogFolders::suggest(project, QStringLiteral("a.pdf")),
                 exports + QStringLiteral("/a.pdf"));
        FileDialogFolders::remember({}, project); // cancelled: kept
        QCOMPARE(FileDialogFolders::startFolder(project), exports);
    }
};

QTEST_MAIN(TestWindow)
#include "test_window.moc"

// The window's keyboard as a planner uses it: Alt+letter opens the menu of that letter
// (no tab or button of the window takes it), the window's shortcuts also work while the
// area search field has the focus, each planning dialog takes each Alt letter once, and F1 opens
// the user guide at the section of what the planner is working in.
#include "AllocationController.h"
#include "AllocationFixtures.h"
#include "AllocationPanel.h"
#include "AllocationTableView.h"
#include "AreaListPanel.h"
#include "ComparisonView.h"
#include "DerivedController.h"
#include "DerivedIndicatorDialog.h"
#include "HelpWindow.h"
#include "ImportController.h"
#include "ImportWizard.h"
#include "IndexBuilderDialog.h"
#include "IndexController.h"
#include "IndexFixtures.h"
#include "MainWindow.h"
#include "MapWidget.h"
#include "ProjectAllocation.h"
#include "SensitivityController.h"
#include "SensitivityDialog.h"
#include "TestLanguage.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>

#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

using namespace qw;

namespace {

using test::Language;

// The letter Alt takes for a text with a mnemonic ("&Datei" -> 'D'), or none.
QChar mnemonicLetter(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    return QChar(char32_t(key[0].key())).toUpper();
}

// Every visible mnemonic in the window itself (its docks, panels and tabs; not its dialogs),
// as "letter: text".
QStringList windowMnemonics(const QWidget &window)
{
    QStringList found;
    const auto add = [&found](const QString &text) {
        const QChar letter = mnemonicLetter(text);
        if (!letter.isNull())
            found << QString(letter) + QStringLiteral(": ") + text;
    };
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (w->window() != &window || !w->isVisible() || qobject_cast<QMenuBar *>(w))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w); group && group->isCheckable())
            add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i));
    }
    return found;
}

// The guide's section that F1 opens with the focus in widget: the anchor and whether the
// guide is shown there (scrolled down to it, the section chosen in its contents).
struct Opened
{
    QString anchor;
    bool shown = false;
};

Opened pressF1In(QWidget *widget)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget, Qt::Key_F1);
    Opened opened;
    QWidget *top = widget->window();
    auto *help = top->findChild<HelpWindow *>();
    if (!help) // opened from the main window: the guide is the window's
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *h = qobject_cast<HelpWindow *>(w))
                help = h;
    if (!help || !help->isVisible())
        return opened;
    opened.anchor = help->currentAnchor();
    opened.shown = help->browser()->verticalScrollBar()->value() > 0;
    help->close();
    return opened;
}

// Runs open (which shows a modal dialog and waits, as the menu does), presses F1 in the
// dialog once it is active and closes it again.
Opened pressF1InModalOpenedBy(const std::function<void()> &open, const char *dialogClass)
{
    Opened opened;
    QElapsedTimer waited;
    waited.start();
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [&opened, &waited, poll, dialogClass] {
        QWidget *modal = QApplication::activeModalWidget();
        QWidget *focus = QApplication::focusWidget();
        if (modal && modal->inherits(dialogClass) && focus && focus->window() == modal) {
            poll->stop();
            QTest::keyClick(focus, Qt::Key_F1);
            if (auto *help = modal->findChild<HelpWindow *>(); help && help->isVisible()) {
                opened.anchor = help->currentAnchor();
                opened.shown = help->browser()->verticalScrollBar()->value() > 0;
            }
            modal->close();
        } else if (waited.elapsed() > 5000) {
            poll->stop();
            if (modal)
                modal->close();
        }
    });
    poll->start();
    open();
    delete poll;
    return opened;
}

// The mnemonics of a modal dialog that open() shows, one list per tab of its tab widgets
// (each as it shows with that tab open), or none when no such dialog came up.
std::vector<QStringList> modalMnemonicsOpenedBy(const std::function<void()> &open,
                                                const char *dialogClass)
{
    std::vector<QStringList> found;
    QElapsedTimer waited;
    waited.start();
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [&found, &waited, poll, dialogClass] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->inherits(dialogClass) && modal->isVisible()) {
            poll->stop();
            found.push_back(windowMnemonics(*modal));
            for (QTabWidget *tabs : modal->findChildren<QTabWidget *>())
                for (int i = 1; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    found.push_back(windowMnemonics(*modal));
                }
            modal->close();
        } else if (waited.elapsed() > 5000) {
            poll->stop();
            if (modal)
                modal->close();
        }
    });
    poll->start();
    open();
    delete poll;
    return found;
}

// The letters taken twice in one dialog's list, as "letter: text" lines.
QStringList clashesIn(const QStringList &mnemonics)
{
    QStringList clashes;
    for (const QString &m : mnemonics)
        if (std::count_if(mnemonics.begin(), mnemonics.end(),
                          [&](const QString &o) { return o.at(0) == m.at(0); })
            > 1)
            clashes << m;
    return clashes;
}

} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_projectPath;
    QString m_tablePath;

    // The window on the project with three areas compared, an allocation in its dock and
    // every dock shown: all the window offers at once.
    void showEverything(MainWindow &window)
    {
        QString error;
        QVERIFY2(window.openProject(m_projectPath, &error, false), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QStringList keys;
        for (const AreaInfo &area : window.project()->areas())
            if (area.level == window.currentLevel())
                keys << area.key;
        QVERIFY(keys.size() >= 3);
        QVERIFY2(window.compareAreas(keys.mid(0, 3), &error), qPrintable(error));
        auto *allocations = window.findChild<AllocationController *>();
        QVERIFY(allocations);
        auto a = ProjectAllocation::compute(*window.project(), test::demoAllocationRule(), false,
                                            &error);
        QVERIFY2(a, qPrintable(error));
        allocations->show(std::make_shared<const Allocation>(std::move(*a)));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("QuartierswerkstattTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_window_keys"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QStandardPaths::setTestModeEnabled(true);
        m_projectPath = m_dir.filePath(QStringLiteral("city.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(m_projectPath);
        const QString indexError =
            test::defineIndex(m_projectPath, QStringLiteral("needs"), QStringLiteral("Bedarf"),
                              "index(+child_poverty, +unemployment)");
        QVERIFY2(indexError.isEmpty(), qPrintable(indexError));
        // A department's table of the areas' keys, for the import wizard.
        m_tablePath = m_dir.filePath(QStringLiteral("table.csv"));
        QFile table(m_tablePath);
        QVERIFY(table.open(QIODevice::WriteOnly));
        QTextStream out(&table);
        out << "Schluessel;Anzahl\n";
        const auto project = Project::open(m_projectPath);
        for (const AreaInfo &area : project->areas())
            out << area.key << ";" << 7 << "\n";
    }

    void init() { QSettings().clear(); }

    void altLettersOfTheMenusBelongToTheMenus_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("German") << true;
        QTest::newRow("English") << false;
    }

    void altLettersOfTheMenusBelongToTheMenus()
    {
        QFETCH(bool, german);
        const Language language(german);
        QVERIFY(language.loaded());
        // Given the window with everything it offers shown
        MainWindow window;
        showEverything(window);
        if (QTest::currentTestFailed())
            return;
        QSet<QChar> menuLetters;
        for (QAction *menu : window.menuBar()->actions())
            menuLetters << mnemonicLetter(menu->text());
        QCOMPARE(menuLetters.size(), 5); // Datei, Bearbeiten, Ansicht, Analyse, Hilfe
        // Then no tab, button or label of the window takes a menu's Alt letter, whichever
        // tab is open
        QStringList mnemonics = windowMnemonics(window);
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                mnemonics << windowMnemonics(window);
            }
            tabs->setCurrentIndex(0);
        }
        mnemonics.removeDuplicates();
        QVERIFY(mnemonics.size() >= 5); // the comparison's tabs, the dock's buttons …
        QStringList clashes;
        for (const QString &m : mnemonics)
            if (menuLetters.contains(m.at(0)))
                clashes << m;
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(" | "))));
        // and Alt+D (Alt+F) opens the file menu
        QTest::keyClick(&window, german ? Qt::Key_D : Qt::Key_F, Qt::AltModifier);
        QMenu *file = window.menuBar()->actions().first()->menu();
        QTRY_VERIFY(file->isVisible());
        file->hide();
    }

    void eachMenuTakesEachLetterOnce_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("German") << true;
        QTest::newRow("English") << false;
    }

    void eachMenuTakesEachLetterOnce()
    {
        QFETCH(bool, german);
        const Language language(german);
        QVERIFY(language.loaded());
        // Given the window with everything it offers
        MainWindow window;
        showEverything(window);
        if (QTest::currentTestFailed())
            return;
        // Then within each menu and submenu a letter opens one item only: a second item of
        // the letter would take the key from the first (View > N was both "Notes on the
        // map" and "Priorities beside the map")
        QStringList clashes;
        std::function<void(QMenu *)> check = [&](QMenu *menu) {
            QHash<QChar, QString> taken;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                const QChar letter = mnemonicLetter(a->text());
                if (!letter.isNull() && taken.contains(letter))
                    clashes << QStringLiteral("%1: %2 | %3 (%4)")
                                   .arg(letter)
                                   .arg(taken[letter], a->text(), menu->title());
                else if (!letter.isNull())
                    taken.insert(letter, a->text());
                if (a->menu())
                    check(a->menu());
            }
        };
        for (QAction *top : window.menuBar()->actions())
            if (top->menu())
                check(top->menu());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void eachPlanningDialogTakesEachAltLetterOnce_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("German") << true;
        QTest::newRow("English") << false;
    }

    void eachPlanningDialogTakesEachAltLetterOnce()
    {
        QFETCH(bool, german);
        const Language language(german);
        QVERIFY(language.loaded());
        // Given the window on a project with a needs index and an allocation
        MainWindow window;
        showEverything(window);
        if (QTest::currentTestFailed())
            return;
        // When each planning dialog is opened from its menu (and each of its tabs shown)
        const std::vector<std::pair<const char *, std::function<void()>>> dialogs {
            {"qw::DerivedIndicatorDialog",
             [&] {
                 window.findChild<DerivedController *>()->newDerivedIndicator();
             }},
            {"qw::IndexBuilderDialog",
             [&] {
                 window.findChild<IndexController *>()->buildIndex();
             }},
            {"qw::SensitivityDialog",
             [&] {
                 window.findChild<SensitivityController *>()->checkRobustness();
             }},
            {"qw::AllocationDialog",
             [&] {
                 window.findChild<AllocationController *>()->allocate();
             }},
            {"qw::ImportWizard",
             [&] {
                 window.findChild<ImportController *>()->importTable(m_tablePath);
             }},
        };
        for (const auto &[dialogClass, open] : dialogs) {
            const std::vector<QStringList> tabs = modalMnemonicsOpenedBy(open, dialogClass);
            QVERIFY2(!tabs.empty(), dialogClass);
            // Then no Alt letter is taken twice where the planner sees them together
            for (const QStringList &mnemonics : tabs) {
                QVERIFY2(mnemonics.size() >= 2, dialogClass);
                const QStringList clashes = clashesIn(mnemonics);
                QVERIFY2(clashes.isEmpty(),
                         qPrintable(QStringLiteral("%1: %2").arg(
                             QLatin1String(dialogClass), clashes.join(QStringLiteral(" | ")))));
            }
        }
    }

    void windowShortcutsWorkInTheAreaSearchField()
    {
        const Language language(true);
        // Given the window with the focus in the area search field
        MainWindow window;
        QVERIFY(window.openProject(m_projectPath, nullptr, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = window.findChild<AreaListPanel *>();
        QVERIFY(list);
        list->focusSearch();
        auto *search = list->findChild<QLineEdit *>();
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Nord"));
        QAction *exportMap = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportMap = a;
        QVERIFY(exportMap);
        // (the file dialog is not what is tested here)
        QObject::disconnect(exportMap, &QAction::triggered, nullptr, nullptr);
        QSignalSpy exported(exportMap, &QAction::triggered);
        // When the planner presses Ctrl+E there
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
        // Then the map is exported, as from anywhere else in the window
        QCOMPARE(exported.count(), 1);
        // (offscreen Qt has the Windows key scheme; on X11 the field claims Ctrl+E and
        // Ctrl+K as end of line and delete to end: it must leave them to the window)
        for (const QKeyCombination key : {Qt::CTRL | Qt::Key_E, Qt::CTRL | Qt::Key_K}) {
            QKeyEvent claim(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
            claim.ignore();
            QCoreApplication::sendEvent(search, &claim);
            QVERIFY(!claim.isAccepted());
        }
        // while it keeps its own undo and select all
        for (const QKeyCombination key : {Qt::CTRL | Qt::Key_Z, Qt::CTRL | Qt::Key_A}) {
            QKeyEvent claim(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
            claim.ignore();
            QCoreApplication::sendEvent(search, &claim);
            QVERIFY(claim.isAccepted());
        }
        // and typing in the field still works as in any field
        QCOMPARE(search->text(), QStringLiteral("Nord"));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(search->selectedText(), QStringLiteral("Nord"));
    }
    void f1OpensTheGuideAtWhatThePlannerWorksIn_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("German") << true;
        QTest::newRow("English") << false;
    }

    void f1OpensTheGuideAtWhatThePlannerWorksIn()
    {
        QFETCH(bool, german);
        const Language language(german);
        // Given the window with everything shown, on a project with a needs index
        MainWindow window;
        showEverything(window);
        if (QTest::currentTestFailed())
            return;
        // When the planner presses F1 in the map, the comparison or the allocation's panel
        // Then the guide opens at that part's section
        const auto expect = [](const Opened &opened, const char *anchor) {
            QCOMPARE(opened.anchor, QString::fromLatin1(anchor));
            QVERIFY2(opened.shown, anchor);
        };
        expect(pressF1In(window.mapWidget()), "map");
        if (QTest::currentTestFailed())
            return;
        expect(pressF1In(window.findChild<ComparisonView *>()), "compare");
        if (QTest::currentTestFailed())
            return;
        auto *allocation = window.findChild<AllocationPanel *>();
        QVERIFY(allocation);
        window.findChild<AllocationController *>()->dock()->raise();
        auto *allocationTable = allocation->findChild<AllocationTableView *>();
        QVERIFY(allocationTable);
        QTRY_VERIFY(allocationTable->isVisible());
        expect(pressF1In(allocationTable), "allocation");
        if (QTest::currentTestFailed())
            return;
        // and in each planning dialog, opened from its menu (modal: the guide is the
        // dialog's, so the planner can read it while the dialog is open)
        expect(pressF1InModalOpenedBy(
                   [&] { window.findChild<DerivedController *>()->newDerivedIndicator(); },
                   "qw::DerivedIndicatorDialog"),
               "derived");
        if (QTest::currentTestFailed())
            return;
        expect(pressF1InModalOpenedBy([&] { window.findChild<IndexController *>()->buildIndex(); },
                                      "qw::IndexBuilderDialog"),
               "index");
        if (QTest::currentTestFailed())
            return;
        expect(pressF1InModalOpenedBy(
                   [&] { window.findChild<SensitivityController *>()->checkRobustness(); },
                   "qw::SensitivityDialog"),
               "robustness");
        if (QTest::currentTestFailed())
            return;
        expect(
            pressF1InModalOpenedBy([&] { window.findChild<AllocationController *>()->allocate(); },
                                   "qw::AllocationDialog"),
            "allocation");
        if (QTest::currentTestFailed())
            return;
        expect(pressF1InModalOpenedBy(
                   [&] { window.findChild<ImportController *>()->importTable(m_tablePath); },
                   "qw::ImportWizard"),
               "import");
        if (QTest::currentTestFailed())
            return;
        // and anywhere else it opens at the top, with the whole guide in its contents
        QApplication::setActiveWindow(&window);
        window.menuBar()->setFocus();
        QTest::keyClick(&window, Qt::Key_F1);
        HelpWindow *help = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *h = qobject_cast<HelpWindow *>(w))
                help = h;
        QVERIFY(help);
        for (const QString &title : german
                 ? QStringList {QStringLiteral("Abgeleitete Indikatoren"),
                                QStringLiteral("Sozialindex (Bedarfsindex)"),
                                QStringLiteral("Robustheit des Index"),
                                QStringLiteral("Mittel verteilen (Mittelverteilung)")}
                 : QStringList {QStringLiteral("Derived indicators"),
                                QStringLiteral("Needs index (Sozialindex)"),
                                QStringLiteral("Robustness of the index"),
                                QStringLiteral("Allocating a budget (Mittelverteilung)")})
            QVERIFY2(help->contents().contains(title), qPrintable(title));
        // and every title of the contents reads whole, without scrolling sideways
        auto *contents = help->findChild<QListWidget *>();
        QVERIFY(contents);
        QTRY_VERIFY(contents->isVisible());
        QCOMPARE(contents->horizontalScrollBar()->maximum(), 0);
        for (int i = 0; i < contents->count(); ++i)
            QVERIFY2(contents->visualItemRect(contents->item(i)).right()
                         <= contents->viewport()->width(),
                     qPrintable(contents->item(i)->text()));
        help->close();
    }
};

QTEST_MAIN(TestWindowKeys)
#include "test_window_keys.moc"

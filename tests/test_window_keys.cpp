// The window's keyboard as a planner uses it: Alt+letter opens the menu of that letter
// (no tab or button of the window takes it), the window's shortcuts also work while the
// area search field has the focus, and F1 opens the user guide at the section of what the
// planner is working in.
#include "AllocationController.h"
#include "AllocationFixtures.h"
#include "AreaListPanel.h"
#include "MainWindow.h"
#include "ProjectAllocation.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace qw;

namespace {

// The window's language as main() sets it: locale and catalogue.
class Language
{
public:
    explicit Language(bool german)
    {
        QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom));
        if (m_translator.load(german ? QStringLiteral(":/i18n/quartierswerkstatt_de.qm")
                                     : QStringLiteral(":/i18n/quartierswerkstatt_en.qm")))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~Language() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return !m_translator.isEmpty(); }

private:
    QTranslator m_translator;
};

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
QStringList windowMnemonics(const QMainWindow &window)
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

} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_projectPath;

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
};

QTEST_MAIN(TestWindowKeys)
#include "test_window_keys.moc"

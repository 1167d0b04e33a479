// Presentation mode: the saved views as slides in the order the planner gives them (drag and
// drop in the Views panel, undoable, kept in the project file), the window for the room
// showing what the workbench shows at projector size, the high-contrast colours, the screen
// the presentation goes to, and the keys that step and leave.
#include "ChoroplethRenderer.h"
#include "ColorRamp.h"
#include "DemoCityGenerator.h"
#include "MainWindow.h"
#include "MapPanes.h"
#include "MapPanesController.h"
#include "MapWidget.h"
#include "NoteMarkers.h"
#include "NotesController.h"
#include "PresentationController.h"
#include "PresentationWindow.h"
#include "Project.h"
#include "ProjectMap.h"
#include "SavedViewsController.h"
#include "TestSupport.h"
#include "UndoController.h"
#include "ViewsPanel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace qw;

namespace {

QStringList slideNames(const SavedViewsController &views)
{
    QStringList names;
    for (const SavedView &v : views.readableViews())
        names << v.name;
    return names;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_keys; // three indicators of the small city

    // A small city with three saved views "A", "B", "C", each of another indicator.
    QString cityWithViews()
    {
        const QString path = m_dir.filePath(QStringLiteral("views.gpkg"));
        QFile::remove(path);
        DemoCityGenerator(test::smallCity()).writeProject(path);
        MainWindow w;
        QString error;
        if (!w.openProject(path, &error, false))
            qFatal("%s", qPrintable(error));
        m_keys.clear();
        for (const Indicator &ind : w.project()->indicators())
            if (ind.valueLabels.empty() && m_keys.size() < 3)
                m_keys << ind.key;
        for (int i = 0; i < 3; ++i) {
            if (!w.setIndicator(m_keys[i], &error) || !w.saveView(QString(QChar('A' + i)), &error))
                qFatal("%s", qPrintable(error));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    void viewsReorderedUndoneAndKept()
    {
        // Given a project with the views A, B, C
        const QString path = cityWithViews();
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(path, &error, false), qPrintable(error));
        QCOMPARE(slideNames(*w.savedViews()), (QStringList {"A", "B", "C"}));
        QCOMPARE(w.presentation()->slides(), (QStringList {"A", "B", "C"}));

        // When C is put first
        QVERIFY2(w.savedViews()->reorderViews({"C", "A", "B"}, &error), qPrintable(error));
        // Then the slides follow, the panel lists them so, and the change can be undone
        QCOMPARE(w.presentation()->slides(), (QStringList {"C", "A", "B"}));
        auto *list = w.findChild<ViewsPanel *>()->findChild<QListWidget *>();
        QCOMPARE(list->item(0)->text(), QStringLiteral("C"));
        QCOMPARE(w.undoController()->stack()->undoText(), QStringLiteral("Reorder views"));
        w.undoController()->stack()->undo();
        QCOMPARE(w.presentation()->slides(), (QStringList {"A", "B", "C"}));
        w.undoController()->stack()->redo();
        QCOMPARE(w.presentation()->slides(), (QStringList {"C", "A", "B"}));

        // and names that are not the project's views are refused, naming them
        QVERIFY(!w.savedViews()->reorderViews({"C", "A"}, &error));
        QVERIFY2(error.contains(QLatin1String("A, B, C"))
                     || error.contains(QLatin1String("C, A, B")),
                 qPrintable(error));

        // When the project is opened again, then the order is the one given
        MainWindow again;
        QVERIFY2(again.openProject(path, &error, false), qPrintable(error));
        QCOMPARE(again.presentation()->slides(), (QStringList {"C", "A", "B"}));
    }

    void panelMovesTheCurrentView()
    {
        // Given the panel with three views, B current
        ViewsPanel panel;
        panel.setViews({"A", "B", "C"});
        auto *list = panel.findChild<QListWidget *>();
        list->setCurrentRow(1);
        QSignalSpy order(&panel, &ViewsPanel::orderChanged);
        // When the down button is pressed
        QPushButton *down = nullptr;
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("▼"))
                down = b;
        QVERIFY(down && down->isEnabled());
        down->click();
        // Then it asks for B after C
        QCOMPARE(order.count(), 1);
        QCOMPARE(order.at(0).at(0).toStringList(), (QStringList {"A", "C", "B"}));
        // and, the store's order coming back, B stays current and cannot go further down
        panel.setViews({"A", "C", "B"});
        QCOMPARE(panel.currentName(), QStringLiteral("B"));
        QVERIFY(!down->isEnabled());
    }

    void slidesSteppedInTheRoom()
    {
        // Given the window on the project with views C, A, B (in this order)
        const QString path = cityWithViews();
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(path, &error, false), qPrintable(error));
        QVERIFY(w.savedViews()->reorderViews({"C", "A", "B"}, &error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PresentationController *p = w.presentation();

        // When presentation mode is entered from the View menu (F11)
        QAction *enter = w.findChild<QAction *>(QStringLiteral("presentation"));
        QVERIFY(enter);
        QCOMPARE(enter->shortcut(), QKeySequence(Qt::Key_F11));
        enter->trigger();
        // Then the room's window is full screen with the map the workbench shows, drawn large
        PresentationWindow *room = p->presentation();
        QVERIFY(room && room->isVisible() && p->active());
        QVERIFY(QTest::qWaitForWindowExposed(room));
        QVERIFY(room->isFullScreen());
        QCOMPARE(room->map()->snapshot().choropleth->indicator().key, w.currentIndicator());
        QVERIFY(room->map()->displayScale() > 1.4);
        QCOMPARE(w.dialogParent(), room);

        // When Page Down is pressed twice
        QTest::keyClick(room, Qt::Key_PageDown);
        QCOMPARE(p->currentSlide(), 0);
        QCOMPARE(w.currentIndicator(), m_keys[2]); // view C
        QTest::keyClick(room, Qt::Key_PageDown);
        // Then the second slide (A) shows in workbench and room, and the counter says so
        QCOMPARE(p->currentSlide(), 1);
        QCOMPARE(w.currentIndicator(), m_keys[0]);
        QTRY_COMPARE(room->map()->snapshot().choropleth->indicator().key, m_keys[0]);
        QVERIFY2(room->slideText().contains(QLatin1String("2"))
                     && room->slideText().contains(QLatin1String("3"))
                     && room->slideText().contains(QLatin1String("A")),
                 qPrintable(room->slideText()));
        QVERIFY(room->inTransition()); // the last slide fades out
        // and the last slide is the end: a third and fourth step stay on B
        QTest::keyClick(room, Qt::Key_Right);
        QTest::keyClick(room, Qt::Key_Right);
        QCOMPARE(p->currentSlide(), 2);
        QCOMPARE(w.currentIndicator(), m_keys[1]);
        QTest::keyClick(room, Qt::Key_PageUp);
        QCOMPARE(p->currentSlide(), 1);

        // When high contrast is switched on, then the room's map has the projector's
        // colours and outlines; the workbench's keeps its own
        p->contrastAction()->trigger();
        QTRY_VERIFY(room->map()->snapshot().outline.isValid());
        QVERIFY(!w.mapWidget()->snapshot().outline.isValid());
        QCOMPARE(room->map()->snapshot().background, QColor(Qt::white));

        // When Esc is pressed, then the room's window goes and the workbench is back
        QTest::keyClick(room, Qt::Key_Escape);
        QVERIFY(!p->active());
        QVERIFY(!enter->isChecked());
        QCOMPARE(w.dialogParent(), &w);
    }

    void presentationStartsAtTheShownView()
    {
        // Given the window showing view A, the second of C, A, B (as --view A --present does)
        const QString path = cityWithViews();
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(path, &error, false), qPrintable(error));
        QVERIFY(w.savedViews()->reorderViews({"C", "A", "B"}, &error));
        QVERIFY2(w.restoreSavedView(QStringLiteral("A"), &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PresentationController *p = w.presentation();

        // When the presentation opens on it
        p->enter(QStringLiteral("A"));
        PresentationWindow *room = p->presentation();
        QVERIFY(QTest::qWaitForWindowExposed(room));
        // Then the counter names it, and Page Down goes on to B rather than back to C
        QCOMPARE(p->currentSlide(), 1);
        QVERIFY2(room->slideText().contains(QLatin1String("A")), qPrintable(room->slideText()));
        QTest::keyClick(room, Qt::Key_PageDown);
        QCOMPARE(p->currentSlide(), 2);
        QCOMPARE(w.currentIndicator(), m_keys[1]);

        // When a note comes in while the room watches (here from a file, as N does through
        // the same controller), then its marker is on the room's map at once
        const AreaInfo &area = w.project()->areas().front();
        const QString csv = m_dir.filePath(QStringLiteral("note.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                QStringLiteral("area;text;category;author\n%1;Mehr Krippenplätze;need;Tisch 3\n")
                    .arg(area.key)
                    .toUtf8());
        }
        QTimer::singleShot(0, [] { // the import's report
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(w.notes()->importFile(csv));
        const auto markers = room->map()->noteMarkers();
        QVERIFY(markers);
        QCOMPARE(markers->count(0), 1);

        // When Ctrl+Left is pressed in the room, then the time slider steps back a period
        const QStringList periods = w.project()->periods(w.currentIndicator());
        QVERIFY(periods.size() >= 2);
        const QString shown = w.currentPeriod().isEmpty() ? periods.last() : w.currentPeriod();
        room->activateWindow(); // a window's shortcuts work where it is the active one
        QVERIFY(QTest::qWaitForWindowActive(room));
        QTest::keyClick(room, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(w.currentPeriod(), periods.at(periods.indexOf(shown) - 1));
        QCOMPARE(p->currentSlide(), 2); // not a slide back
        p->leave();
    }

    void panesShownInTheRoom()
    {
        // Given the workbench showing two linked maps
        const QString path = cityWithViews();
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(path, &error, false), qPrintable(error));
        w.show();
        QVERIFY(w.showMapPanes({}, &error));
        // When the presentation starts, then it shows the same panes without their buttons
        w.presentation()->enter();
        PresentationWindow *room = w.presentation()->presentation();
        QVERIFY(room->panesShown());
        QCOMPARE(room->panes()->panes(), w.panes()->widget()->panes());
        QCOMPARE(room->visibleMaps().size(), 2);
        // When the workbench goes back to one map, then so does the room
        w.showSingleMap();
        QTRY_VERIFY(!room->panesShown());
        w.presentation()->leave();
    }

    void projectorScaleAndScreen()
    {
        // The type grows with the picture: about 1.7 at 768 rows, 2.4 at 1,080.
        QVERIFY(qAbs(PresentationWindow::typeScale({1366, 768}) - 1.707) < 0.01);
        QVERIFY(qAbs(PresentationWindow::typeScale({1920, 1080}) - 2.4) < 0.01);
        QCOMPARE(PresentationWindow::typeScale({640, 400}), 1.0);
        // The projector is the largest other screen; with one screen, the window's own
        const QRect laptop(0, 0, 1366, 768), projector(1366, 0, 1920, 1080),
            small(3286, 0, 800, 600);
        QCOMPARE(PresentationWindow::screenFor({laptop, projector}, 0), 1);
        QCOMPARE(PresentationWindow::screenFor({projector, laptop}, 1), 0);
        QCOMPARE(PresentationWindow::screenFor({laptop, small, projector}, 0), 2);
        QCOMPARE(PresentationWindow::screenFor({laptop}, 0), 0);
    }

    void displayScaleDrawsTheMapLarger()
    {
        // Given a map widget 800 x 600 on the small city
        QTemporaryDir dir;
        auto project = test::openSmallCity(dir);
        ProjectMap map(project, project->levels().front().key);
        ProjectMap::View view;
        view.indicator = project->indicators().front().key;
        MapWidget widget;
        widget.resize(800, 600);
        widget.setSnapshot(map.snapshot(view, QLocale()), true);
        const double desk = widget.transform().unitsPerPixel();
        QCOMPARE(widget.transform().size(), QSize(800, 600));
        // When it draws twice as large, then the map's own canvas is half the size, the
        // city fitted into it, and the legend twice as large on screen
        widget.setDisplayScale(2);
        QCOMPARE(widget.transform().size(), QSize(400, 300));
        QVERIFY(widget.transform().unitsPerPixel() > desk * 1.5);
        QVERIFY(widget.legendRect().width() < 400);
    }

    void highContrastColours()
    {
        // Given an indicator where higher is worse, in five classes
        QTemporaryDir dir;
        auto project = test::openSmallCity(dir);
        const Indicator *worse = nullptr;
        for (const Indicator &ind : project->indicators())
            if (ind.polarity == Polarity::HigherIsWorse && ind.valueLabels.empty() && !worse)
                worse = &ind;
        QVERIFY(worse);
        ProjectMap map(project, project->levels().front().key);
        ProjectMap::View view;
        view.indicator = worse->key;
        view.classification.ramp = QStringLiteral("Blues");
        // When the map is drawn in high contrast
        view.classification.highContrast = true;
        const MapSnapshot s = map.snapshot(view, QLocale());
        // Then the classes run from plasma's saturated yellow (never near white) to its deep
        // blue, whatever ramp the view has, and the areas are outlined on white
        std::vector<QColor> classes;
        for (const LegendEntry &e : s.choropleth->legend(QLocale()))
            if (e.kind == LegendEntry::Kind::Class)
                classes.push_back(e.brush.color());
        QVERIFY(classes.size() >= 3);
        QCOMPARE(classes, ColorRamp::projector(RampKind::Sequential).colors(int(classes.size())));
        QVERIFY2(classes.front().hsvSaturation() > 180, qPrintable(classes.front().name()));
        QCOMPARE(classes.back(), QColor(0x0d, 0x08, 0x87));
        QVERIFY(s.outline.isValid() && s.outlineWidth >= 1.5);
        // and the saved view keeps the desk's ramp: contrast is never saved
        QCOMPARE(ProjectMap::toSaved(view).ramp, QStringLiteral("Blues"));
        // A diverging ramp keeps a grey middle apart from the white ground
        const ColorRamp &div = ColorRamp::projector(RampKind::Diverging);
        QCOMPARE(div.kind(), RampKind::Diverging);
        QVERIFY(div.at(0.5).lightness() < 215);
    }
};

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"

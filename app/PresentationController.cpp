#include "PresentationController.h"

#include "AreaGeometrySet.h"
#include "MainWindow.h"
#include "MapPanes.h"
#include "MapPanesController.h"
#include "MapWidget.h"
#include "NotesController.h"
#include "PresentationWindow.h"
#include "Project.h"
#include "ProjectMap.h"
#include "SavedViewsController.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

namespace qw {

PresentationController::PresentationController(MainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Presentation"), this))
    , m_contrast(new QAction(tr("Hi&gh contrast for the projector"), this))
{
    m_action->setObjectName(QStringLiteral("presentation"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setStatusTip(tr("The map full screen for the room, the saved views as slides "
                              "(Page Down, Page Up); Esc ends it"));
    connect(m_action, &QAction::triggered, this, [this](bool on) { on ? enter() : leave(); });
    m_contrast->setObjectName(QStringLiteral("highContrast"));
    m_contrast->setCheckable(true);
    m_contrast->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    m_contrast->setStatusTip(tr("Colours and outlines that survive a washed-out projector (in "
                                "the presentation)"));
    connect(m_contrast, &QAction::toggled, this, [this] {
        m_refit = false;
        scheduleSync();
    });
    viewMenu->addSeparator();
    viewMenu->addAction(m_action);
    viewMenu->addAction(m_contrast);
    connect(window, &MainWindow::shownMapsChanged, this, &PresentationController::scheduleSync);
    // A note added in the room (N) or in the workbench shows on the room's maps at once.
    connect(window->notes(), &NotesController::markersChanged, this, [this] {
        if (m_presentation)
            for (MapWidget *map : m_presentation->visibleMaps())
                map->setNoteMarkers(m_window->notes()->markers());
    });
}

PresentationController::~PresentationController()
{
    delete m_presentation;
}

PresentationWindow *PresentationController::presentation() const
{
    return m_presentation;
}

bool PresentationController::active() const
{
    return m_presentation && m_presentation->isVisible();
}

void PresentationController::enter(const QString &shownView)
{
    if (!m_window->project()) {
        m_action->setChecked(false);
        return;
    }
    if (!m_presentation) {
        m_presentation = new PresentationWindow;
        PresentationWindow *p = m_presentation;
        p->map()->setSelectionModel(m_window->mapWidget()->selectionModel(),
                                    m_window->mapWidget()->areaTable());
        p->panes()->setSelectionModel(m_window->mapWidget()->selectionModel(),
                                      m_window->mapWidget()->areaTable());
        connect(p, &PresentationWindow::nextRequested, this, &PresentationController::next);
        connect(p, &PresentationWindow::previousRequested, this, &PresentationController::previous);
        connect(p, &PresentationWindow::closeRequested, this, &PresentationController::leave);
        // The workbench's commands for the room: a note (N), a point of the dot voting (P,
        // Shift+P), the time slider (Ctrl+Space plays, Ctrl+Right/Left step), the contrast;
        // each acts on the workbench's project and selection.
        const QStringList forTheRoom {
            QStringLiteral("playPause"),      QStringLiteral("nextPeriod"),
            QStringLiteral("previousPeriod"), QStringLiteral("addNote"),
            QStringLiteral("givePoint"),      QStringLiteral("takePoint")};
        for (QAction *a : m_window->findChildren<QAction *>())
            if (forTheRoom.contains(a->objectName()))
                p->addAction(a);
        p->addAction(m_contrast);
    }
    // The projector: another screen than the workbench's where there is one.
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<QRect> geometries;
    for (const QScreen *s : screens)
        geometries << s->geometry();
    const int own = int(screens.indexOf(m_window->screen()));
    QScreen *target =
        screens.value(PresentationWindow::screenFor(geometries, own), m_window->screen());
    m_presentation->setScreen(target);
    m_presentation->setGeometry(target->geometry());
    m_presentation->showFullScreen();
    m_presentation->raise();
    m_presentation->activateWindow();
    const QStringList names = slides();
    const int count = int(names.size());
    m_slide = shownView.isEmpty() ? -1 : int(names.indexOf(shownView));
    m_refit = true;
    sync();
    m_presentation->setSlide(m_slide, count, m_slide >= 0 ? names[m_slide] : QString());
    m_presentation->showHint(
        count > 0
            ? tr("Page Down / Page Up: the %n saved view(s) in turn · Esc: end", nullptr, count)
            : tr("No saved views to step through (Views panel: Save …) · Esc: end"));
    m_action->setChecked(true);
}

void PresentationController::leave()
{
    if (m_presentation)
        m_presentation->hide();
    m_action->setChecked(false);
    m_window->activateWindow();
}

QStringList PresentationController::slides() const
{
    QStringList names;
    for (const SavedView &v : m_window->savedViews()->readableViews())
        names << v.name;
    return names;
}

bool PresentationController::showSlide(int index, QString *errorMessage)
{
    const std::vector<SavedView> views = m_window->savedViews()->readableViews();
    if (views.empty()) {
        if (errorMessage)
            *errorMessage = tr("The project has no saved views to show as slides.");
        return false;
    }
    index = std::clamp(index, 0, int(views.size()) - 1);
    if (index == m_slide)
        return true;
    if (active())
        m_presentation->beginTransition();
    const SavedView &view = views[std::size_t(index)];
    if (!m_window->showSavedView(view, errorMessage))
        return false;
    m_slide = index;
    m_refit = true;
    sync();
    if (m_presentation)
        m_presentation->setSlide(index, int(views.size()), view.name);
    m_window->statusBar()->showMessage(
        tr("View %1 of %2: %3").arg(index + 1).arg(views.size()).arg(view.name), 6000);
    return true;
}

void PresentationController::next()
{
    QString error;
    if (!showSlide(m_slide + 1, &error) && !error.isEmpty() && m_presentation)
        m_presentation->showHint(error);
}

void PresentationController::previous()
{
    QString error;
    if (!showSlide(std::max(0, m_slide - 1), &error) && !error.isEmpty() && m_presentation)
        m_presentation->showHint(error);
}

void PresentationController::scheduleSync()
{
    if (!active() || m_syncPending)
        return;
    // One sync for the several changes a view brings (indicator, period, panes, extent).
    m_syncPending = true;
    QTimer::singleShot(0, this, [this] {
        m_syncPending = false;
        sync();
    });
}

void PresentationController::sync()
{
    if (!m_presentation || !m_window->project() || !m_window->projectMap())
        return;
    PresentationWindow *p = m_presentation;
    ProjectMap::View view = m_window->currentView();
    view.classification.highContrast = m_contrast->isChecked();
    MapWidget *source = m_window->panes()->activeMap();
    if (m_window->mapPanesShown()) {
        MapPanes *panes = p->panes();
        panes->setContext(m_window->project(), m_window->projectMap(), view);
        const QList<MapPanes::Pane> shown = m_window->panes()->widget()->panes();
        if (panes->panes() != shown)
            panes->setPanes(shown);
        p->showPanes(true);
    } else {
        p->map()->setSnapshot(m_window->projectMap()->snapshot(view, QLocale()), false);
        p->showPanes(false);
    }
    for (MapWidget *map : p->visibleMaps()) {
        map->setNoteMarkers(m_window->notes()->markers());
        if (!m_refit)
            continue;
        // As the workbench shows it: the whole city fitted clear of the (larger) legend, or
        // the part of the city a saved view keeps.
        const Bounds extent = source->exportExtent();
        const Bounds city = map->snapshot().areas ? map->snapshot().areas->bounds() : Bounds {};
        // A kept extent with the whole city in it is the whole city: fitted anew, larger.
        const double dx = city.width() * 0.02, dy = city.height() * 0.02;
        const bool whole = !city.isEmpty() && extent.contains(city.minX + dx, city.minY + dy)
            && extent.contains(city.maxX - dx, city.maxY - dy);
        if (source->fitsWhole() || whole)
            map->zoomToFullExtent();
        else
            map->showExtent(extent);
    }
    m_refit = false;
}

} // namespace qw

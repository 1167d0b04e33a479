#include "MapPanesController.h"

#include "MainWindow.h"
#include "MapPaneChoice.h"
#include "MapPanes.h"
#include "MapWidget.h"
#include "Project.h"

#include <QAction>
#include <QStackedWidget>

namespace qw {

MapPanesController::MapPanesController(MainWindow *window, QStackedWidget *stack, QWidget *mapPage,
                                       MapWidget *map, MapPanes *panes)
    : QObject(window)
    , m_window(window)
    , m_stack(stack)
    , m_mapPage(mapPage)
    , m_map(map)
    , m_panes(panes)
    , m_action(new QAction(tr("&Map comparison (linked maps)"), this))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_action->setToolTip(
        tr("Two to four maps side by side: one indicator in two periods, or two indicators"));
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        if (on)
            show({}, nullptr);
        else
            showSingle();
    });
    connect(m_panes, &MapPanes::closeRequested, this, &MapPanesController::showSingle);
}

bool MapPanesController::show(const QStringList &words, QString *errorMessage)
{
    const std::shared_ptr<Project> project = m_window->project();
    if (!project || !m_window->projectMap())
        return false;
    const QString indicator = m_window->currentIndicator(), period = m_window->currentPeriod();
    QList<MapPanes::Pane> panes;
    if (words.isEmpty()) {
        panes = MapPaneChoice::defaults(*project, indicator, period);
    } else if (const QString error =
                   MapPaneChoice::resolve(words, *project, indicator, period, &panes);
               !error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    m_panes->setContext(project, m_window->projectMap(), m_window->currentView());
    m_panes->setPanes(panes);
    m_stack->setCurrentWidget(m_panes);
    m_action->setChecked(true);
    return true;
}

void MapPanesController::showSingle()
{
    const bool fromPanes = shown();
    if (m_window->project())
        m_stack->setCurrentWidget(m_mapPage);
    m_action->setChecked(false);
    // The hidden single map was not drawn while the panes showed; it catches up now.
    if (fromPanes)
        m_window->refreshMap(false);
}

bool MapPanesController::shown() const
{
    return m_window->project() && m_stack->currentWidget() == m_panes;
}

QStringList MapPanesController::words() const
{
    return shown() ? MapPaneChoice::words(m_panes->panes()) : QStringList();
}

void MapPanesController::refresh()
{
    m_panes->setContext(m_window->project(), m_window->projectMap(), m_window->currentView());
}

void MapPanesController::reset()
{
    m_panes->clear();
    m_stack->setCurrentWidget(m_mapPage);
    m_action->setChecked(false);
}

QList<MapWidget *> MapPanesController::visibleMaps() const
{
    if (!m_window->project())
        return {};
    return shown() ? m_panes->maps() : QList<MapWidget *> {m_map};
}

MapWidget *MapPanesController::activeMap() const
{
    return shown() && !m_panes->maps().isEmpty() ? m_panes->maps().first() : m_map;
}

} // namespace qw

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace qw {

class MainWindow;
class MapPanesController;
class MapViewControls;
class WorkbenchDocks;

// The View menu: zoom (on the single map or the first pane, which moves the others), the
// map comparison, the map settings, the title, and finding an indicator or an area; and
// the navigation toolbar with the two zooms planners use most. Owned by the window.
class ViewMenu : public QObject
{
    Q_OBJECT
public:
    ViewMenu(MainWindow *window, QMenu *menu, MapPanesController *panes, MapViewControls *controls,
             const WorkbenchDocks &docks);

    // Enabled only while a project is open.
    QList<QAction *> projectActions() const { return m_projectActions; }
    QToolBar *navigationBar() const { return m_bar; }

private:
    QList<QAction *> m_projectActions;
    QToolBar *m_bar;
};

} // namespace qw

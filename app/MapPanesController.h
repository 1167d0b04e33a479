#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QStackedWidget;
class QWidget;

namespace qw {

class MainWindow;
class MapPanes;
class MapWidget;

// Switches the centre of the window between the single map and 2 to 4 linked map panes
// (View > Map comparison), and says which maps are on screen. Owned by the window; the
// stack, map and panes are the window's widgets.
class MapPanesController : public QObject
{
    Q_OBJECT
public:
    // mapPage: the stack's page holding the single map (with the time slider).
    MapPanesController(MainWindow *window, QStackedWidget *stack, QWidget *mapPage, MapWidget *map,
                       MapPanes *panes);

    // View > Map comparison, checked while the panes show.
    QAction *action() const { return m_action; }
    // Shows the panes (MapPaneChoice words; empty: the shown indicator's first and latest
    // period); false with a message when a word names nothing in the project.
    bool show(const QStringList &words, QString *errorMessage);
    void showSingle();
    bool shown() const;
    // The panes as MapPaneChoice words, for a saved view; empty for the single map.
    QStringList words() const;
    // The panes follow the window's view (indicator, classification, ...).
    void refresh();
    // After a project opened or closed: the single map, no panes.
    void reset();

    // The panes widget (shown or not), owned by the window.
    MapPanes *widget() const { return m_panes; }
    // The maps on screen: the single map, or every pane.
    QList<MapWidget *> visibleMaps() const;
    // The map that zoom commands move (the first pane moves its linked neighbours).
    MapWidget *activeMap() const;
    // The panes' widget, for the commands of their right-click menus.
    MapPanes *panesWidget() const { return m_panes; }

private:
    MainWindow *m_window;
    QStackedWidget *m_stack;
    QWidget *m_mapPage;
    MapWidget *m_map;
    MapPanes *m_panes;
    QAction *m_action;
};

} // namespace qw

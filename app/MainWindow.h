#pragma once

#include "ProjectMap.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace qw {

class AreaListPanel;
class AreaTableModel;
class IndicatorPanel;
class IndicatorTreeModel;
class ComparisonModel;
class ComparisonChartsView;
class MapViewControls;
class ImportController;
class ReportsController;
class SavedViewsController;
class UndoController;
class MapPanes;
class MapWidget;
class Project;
class StartPage;

// The workbench window: the composition root of models, map and panels. Owns the open
// project; the panels share one selection model over the area table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file. On failure shows the message (or, when interactive is false,
    // returns it in errorMessage) and keeps the current state.
    bool openProject(const QString &path, QString *errorMessage = nullptr, bool interactive = true);
    bool setIndicator(const QString &key, QString *errorMessage = nullptr);
    bool setPeriod(const QString &period, QString *errorMessage = nullptr);
    // Shows the areas of another level (level key or name); values of coarser levels
    // without their own are aggregated from the areas inside.
    bool setLevel(const QString &level, QString *errorMessage = nullptr);
    // Shows a view (indicator, period, classification, overlays, labels); checks it
    // against the project first and leaves everything as it was when it cannot be shown.
    bool applyView(const ProjectMap::View &view, QString *errorMessage = nullptr);
    // What the window shows now, as a saved view (with extent and selected areas), and back
    // (on the level of the view's areas).
    SavedView captureView() const;
    bool showSavedView(const SavedView &view, QString *errorMessage = nullptr);
    // Opens the comparison of these areas (2 to 6 keys of one level; the --compare option)
    // and shows their level on the map with them selected.
    bool compareAreas(const QStringList &keys, QString *errorMessage = nullptr);
    // Shows 2 to 4 linked map panes (MapPaneChoice::resolve words; empty: the current
    // indicator's first and latest period), or the single map again.
    bool showMapPanes(const QStringList &words, QString *errorMessage = nullptr);
    void showSingleMap();
    bool mapPanesShown() const;
    // Shows the project's saved view of that name (the --view option).
    bool restoreSavedView(const QString &name, QString *errorMessage = nullptr);
    // Saves what the window shows as a view of that name (the --save-view option).
    bool saveView(const QString &name, QString *errorMessage = nullptr);
    void showStartPage();

    MapWidget *mapWidget() const { return m_map; }
    // The maps on screen: the single map, or every pane of the map comparison.
    QList<MapWidget *> visibleMaps() const;
    const QString &currentLevel() const { return m_level; }
    const QString &currentIndicator() const { return m_indicator; }
    const QString &currentPeriod() const { return m_period; }
    // Keys of the areas selected in the map and table, and of those being compared.
    QStringList selectedAreaKeys() const;
    QStringList comparedAreaKeys() const;
    std::shared_ptr<Project> project() const { return m_project; }
    // The controllers behind the menus (for tests; undoController()->push() takes the
    // undo commands of other controllers, e.g. applying class breaks).
    UndoController *undoController() const { return m_undo; }
    SavedViewsController *savedViews() const { return m_views; }
    ImportController *imports() const { return m_imports; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void updateRecentMenu();
    void addRecent(const QString &path);
    QStringList recentProjects() const;
    void refreshMap(bool resetView);
    ProjectMap::View currentView() const;
    void updateStatus();
    void openDialog();
    void openDemo();
    void newFromGeoPackage();
    void about();
    void editTitle();
    QString defaultIndicator() const;
    // The map that zoom commands move (the first pane moves its linked neighbours).
    MapWidget *activeMap() const;
    void showAreaInStatus(int projectIndex);
    void compareSelected();
    // Selects these areas of the shown level in the map and table (others are left out).
    void selectAreas(const QStringList &keys);
    // Sets the current indicator (and a period it has) without redrawing the map.
    void selectIndicator(const QString &key);

    std::shared_ptr<Project> m_project;
    QString m_indicator;
    QString m_period;
    QString m_level;
    QString m_title; // the planner's own map title; empty: the indicator's name
    // Builds the maps of the open project (areas built once per project and level).
    std::unique_ptr<ProjectMap> m_projectMap;

    QStackedWidget *m_stack;
    StartPage *m_startPage;
    MapWidget *m_map;
    MapPanes *m_panes;
    QAction *m_panesAction = nullptr;
    IndicatorTreeModel *m_indicatorModel;
    AreaTableModel *m_tableModel;
    QItemSelectionModel *m_selection;
    IndicatorPanel *m_indicatorPanel = nullptr;
    AreaListPanel *m_areaPanel = nullptr;
    QTableView *m_table = nullptr; // the area panel's
    MapViewControls *m_controls;
    UndoController *m_undo = nullptr;
    SavedViewsController *m_views = nullptr;
    ImportController *m_imports = nullptr;
    ReportsController *m_reports = nullptr;
    ComparisonModel *m_comparison = nullptr;
    QDockWidget *m_comparisonDock = nullptr;
    ComparisonChartsView *m_charts = nullptr;
    QLabel *m_statusProject = nullptr;
    QLabel *m_statusFiction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QWidget *> m_projectOnly; // hidden on the start page
    QList<QAction *> m_projectActions; // disabled on the start page
};

} // namespace qw

#pragma once

#include "ProjectMap.h"

#include <QMainWindow>

#include <memory>

class QItemSelectionModel;
class QLabel;
class QStackedWidget;
class QTableView;

namespace qw {

class AreaTableModel;
class ComparisonController;
class ImportController;
class IndicatorTreeModel;
class MapPanes;
class MapPanesController;
class MapViewControls;
class MapWidget;
class NotesController;
class PresentationController;
class PrioritiesController;
class TimeSlider;
class Project;
class ProjectFileController;
class ReportsController;
class SavedViewsController;
class StartPage;
class UndoController;
class ViewStateController;
class WorkbenchDocks;

// The workbench window: the composition root of models, map, panels and the controllers
// behind the menus. Owns the open project and what the window shows of it (indicator,
// period, level, title); the panels share one selection model over the area table. Each
// controller does one job and works through this class's public functions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file. On failure shows the message (or, when interactive is false,
    // returns it in errorMessage) and keeps the current state.
    bool openProject(const QString &path, QString *errorMessage = nullptr, bool interactive = true);
    void showStartPage();
    bool setIndicator(const QString &key, QString *errorMessage = nullptr);
    bool setPeriod(const QString &period, QString *errorMessage = nullptr);
    // Shows the areas of another level (level key or name); values of coarser levels
    // without their own are aggregated from the areas inside.
    bool setLevel(const QString &level, QString *errorMessage = nullptr);
    // Shows a view (indicator, period, classification, overlays, labels); checks it
    // against the project first and leaves everything as it was when it cannot be shown.
    bool applyView(const ProjectMap::View &view, QString *errorMessage = nullptr);
    // What the window shows now (indicator, period, title and the map settings).
    ProjectMap::View currentView() const;
    // Draws the map (or the panes) for the current view again.
    void refreshMap(bool resetView);
    // Asks for the map's own title.
    void editTitle();
    // Selects these areas of the shown level in the map and table (others are left out).
    void selectAreas(const QStringList &keys);

    // What the window shows, as a saved view, and back (SavedViewsController).
    SavedView captureView() const;
    bool showSavedView(const SavedView &view, QString *errorMessage = nullptr);
    // Shows the project's saved view of that name (the --view option), or saves what the
    // window shows under that name (--save-view).
    bool restoreSavedView(const QString &name, QString *errorMessage = nullptr);
    bool saveView(const QString &name, QString *errorMessage = nullptr);
    // Opens the comparison of these areas (2 to 6 keys of one level; --compare).
    bool compareAreas(const QStringList &keys, QString *errorMessage = nullptr);
    // Shows 2 to 4 linked map panes (MapPaneChoice words; empty: the current indicator's
    // first and latest period), or the single map again.
    bool showMapPanes(const QStringList &words, QString *errorMessage = nullptr);
    void showSingleMap();
    bool mapPanesShown() const;
    // Takes the size, position and panel layout of the last interactive session (and keeps
    // them on close). Not called for screenshots, which lay the window out the same way
    // every time.
    void restoreWindowState();

    MapWidget *mapWidget() const { return m_map; }
    TimeSlider *timeSlider() const { return m_timeSlider; }
    // The maps on screen: the single map, or every pane of the map comparison.
    QList<MapWidget *> visibleMaps() const;
    const QString &currentLevel() const;
    const QString &currentIndicator() const;
    const QString &currentPeriod() const;
    // Keys of the areas selected in the map and table, and of those being compared.
    QStringList selectedAreaKeys() const;
    QStringList comparedAreaKeys() const;
    std::shared_ptr<Project> project() const { return m_project; }
    // Builds the maps of the open project's shown level; null without a project.
    const ProjectMap *projectMap() const;
    // The controllers behind the menus (for tests; undoController()->push() takes the
    // undo commands of other controllers, e.g. applying class breaks).
    UndoController *undoController() const { return m_undo; }
    SavedViewsController *savedViews() const { return m_views; }
    ImportController *imports() const { return m_imports; }
    MapPanesController *panes() const { return m_panesControl; }
    ComparisonController *comparison() const { return m_comparison; }
    NotesController *notes() const { return m_notes; }
    PresentationController *presentation() const { return m_presentation; }
    // The parent of the dialogs a command opens: the presentation while it shows (a dialog
    // under it would be hidden), else the window.
    QWidget *dialogParent();
    PrioritiesController *priorities() const { return m_priorities; }

Q_SIGNALS:
    // The maps on screen were drawn anew or replaced: another view, the panes shown or
    // hidden, other panes. Sent once per change, after it.
    void shownMapsChanged();

public:
protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void connectMaps();
    // The panels, toolbars and commands of an open project, shown or hidden.
    void showProjectWidgets(bool shown);
    void updateStatus();
    void showAreaInStatus(int projectIndex);

    std::shared_ptr<Project> m_project;

    QStackedWidget *m_stack;
    StartPage *m_startPage;
    QWidget *m_mapPage; // the single map with the time slider under it
    MapWidget *m_map;
    TimeSlider *m_timeSlider;
    MapPanes *m_panes;
    IndicatorTreeModel *m_indicatorModel;
    AreaTableModel *m_tableModel;
    QItemSelectionModel *m_selection;
    MapViewControls *m_controls;
    std::unique_ptr<WorkbenchDocks> m_docks;
    QTableView *m_table; // the area panel's
    UndoController *m_undo;
    MapPanesController *m_panesControl;
    ComparisonController *m_comparison;
    ViewStateController *m_view;
    SavedViewsController *m_views;
    ProjectFileController *m_files;
    ImportController *m_imports = nullptr;
    ReportsController *m_reports = nullptr;
    NotesController *m_notes = nullptr;
    PresentationController *m_presentation = nullptr;
    PrioritiesController *m_priorities = nullptr;
    QLabel *m_statusProject;
    QLabel *m_statusFiction;
    QList<QWidget *> m_projectOnly; // hidden on the start page
    QList<QAction *> m_projectActions; // disabled on the start page
    bool m_keepsWindowState = false; // saves its layout on close (restoreWindowState)
};

} // namespace qw

#pragma once

#include "ProjectMap.h"

#include <QObject>

#include <memory>
#include <optional>

class QTableView;

namespace qw {

class AreaTableModel;
class ComparisonController;
class IndicatorPanel;
class MapPanesController;
class MapViewControls;
class MapWidget;
class Project;

// What the window shows of the open project: indicator, period, level, the planner's title
// and (in the toolbar) the classification and overlays. Checks every change against the
// project, then brings the toolbar, the indicator panel, the area table and the maps in
// line. Owned by the window; the widgets are the window's.
class ViewStateController : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        MapViewControls *controls;
        IndicatorPanel *indicators;
        AreaTableModel *areas;
        QTableView *areaTable;
        MapWidget *map;
        MapPanesController *panes;
        ComparisonController *comparison;
    };
    ViewStateController(QObject *parent, const Widgets &widgets);

    // A new project (null: none) on its finest level with its default indicator.
    void setProject(std::shared_ptr<Project> project);
    bool setIndicator(const QString &key, QString *errorMessage);
    bool setPeriod(const QString &period, QString *errorMessage);
    // A level key or name; false with the project's levels named when there is none.
    bool setLevel(const QString &level, QString *errorMessage);
    bool applyView(const ProjectMap::View &view, QString *errorMessage);
    // The planner's map title; the indicator's name (or empty) goes back to that name.
    void setTitle(const QString &title);
    ProjectMap::View currentView() const;
    void refreshMap(bool resetView);
    // While the time slider plays: builds the map of the current view in the next period
    // now and has the map render it ahead; refreshMap shows that very snapshot when the
    // view is the same by then. An empty period (the film's end) renders nothing ahead.
    void renderAhead(const QString &period);

    const QString &indicator() const { return m_indicator; }
    const QString &period() const { return m_period; }
    const QString &level() const { return m_level; }
    const ProjectMap *projectMap() const { return m_projectMap.get(); }

Q_SIGNALS:
    // A message for the status bar.
    void notice(const QString &text);
    void levelChanged();
    // The maps were drawn anew for the current view (refreshMap).
    void mapRefreshed();

private:
    // Sets the indicator (and a period it has) without redrawing the map.
    void selectIndicator(const QString &key);
    void showLevel(const QString &key);

    Widgets m_w;
    std::shared_ptr<Project> m_project;
    QString m_indicator;
    QString m_period;
    QString m_level;
    QString m_title; // the planner's own map title; empty: the indicator's name
    // Builds the maps of the shown level (areas built once per project and level).
    std::unique_ptr<ProjectMap> m_projectMap;
    // The snapshot renderAhead built, and for which view.
    std::optional<ProjectMap::View> m_aheadView;
    MapSnapshot m_aheadSnapshot;
};

} // namespace qw

#pragma once

#include "MapPaneChoice.h"
#include "MapTransform.h"
#include "ProjectMap.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QItemSelectionModel;
class QLabel;
class QScrollArea;
class QToolButton;

namespace qw {

class AreaTableModel;
class LegendStackView;
class MapWidget;
class Project;

// Two to four maps side by side with one extent, one hovered area and one selection:
// the same indicator in two periods, or two indicators in one period. Each pane picks
// its own indicator and period; everything else (classification, ramp, overlays,
// labels, facilities) follows the main map's view. Classes of an indicator are pooled
// over its periods, so a colour means the same in every pane that shows it.
class MapPanes : public QWidget
{
    Q_OBJECT
public:
    using Pane = MapPaneChoice;
    static constexpr int kMinPanes = MapPaneChoice::kMinPanes;
    static constexpr int kMaxPanes = MapPaneChoice::kMaxPanes;

    explicit MapPanes(QWidget *parent = nullptr);
    ~MapPanes() override;

    // The maps of the open project and the main map's view, whenever either changes.
    // The ProjectMap is not owned and must outlive its use here (until the next call or
    // clear()).
    void setContext(std::shared_ptr<Project> project, const ProjectMap *map,
                    const ProjectMap::View &base);
    void clear();
    // The shared selection; not owned.
    void setSelectionModel(QItemSelectionModel *selection, AreaTableModel *table);

    // Shows these panes (2 to 4; unknown indicators or periods are replaced by the
    // nearest valid choice).
    void setPanes(const QList<Pane> &panes);
    QList<Pane> panes() const { return m_panes; }
    void setTransform(const MapTransform &transform);
    MapTransform transform() const;
    QList<MapWidget *> maps() const;
    // For the room (presentation mode): no title bar, no pickers, no add and remove
    // buttons (each pane's legend names its indicator and period); the source line in the
    // panes' font, which the room sets larger before.
    void setPresenting(bool presenting);

Q_SIGNALS:
    void areaActivated(int projectIndex);
    void compareRequested(); // a pane's right-click menu
    void noteRequested(int projectIndex); // ... on an area
    void pointRequested(int projectIndex);
    void hoveredAreaChanged(int projectIndex); // -1 when leaving
    void panesChanged();
    void closeRequested();

private:
    struct PaneWidgets;
    void rebuild();
    // Shows pane i's map anew; the caller then calls updateLegends once for all panes.
    void refreshPane(int i, bool resetView);
    // The legend column and each pane's own legend (MapPanesLayout's split), then the
    // shared fit clear of the union of the panes' legends.
    void updateLegends();
    void fillPeriods(int i);
    void onIndicatorChosen(int i);
    void onPeriodChosen(int i);
    void addPane();
    void removePane(int i);
    void onTransformChanged(MapWidget *source, const MapTransform &transform, bool settled);
    void onHover(MapWidget *source, int projectIndex);

    std::shared_ptr<Project> m_project;
    const ProjectMap *m_map = nullptr;
    ProjectMap::View m_base;
    QList<Pane> m_panes;
    std::vector<std::unique_ptr<PaneWidgets>> m_widgets;
    QItemSelectionModel *m_selection = nullptr;
    AreaTableModel *m_table = nullptr;
    QGridLayout *m_grid;
    QToolButton *m_add;
    QLabel *m_note;
    LegendStackView *m_legend; // in m_legendScroll
    QScrollArea *m_legendScroll;
    QLabel *m_sources; // the panes' source lines, once, under them
    // The user moved a pane: a rebuilt grid keeps that extent instead of fitting anew.
    bool m_userMoved = false;
    bool m_presenting = false;
    QList<QWidget *> m_barWidgets; // title, note, add and close
};

} // namespace qw

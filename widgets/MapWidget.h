#pragma once

#include "MapSnapshot.h"
#include "MapTransform.h"

#include <QImage>
#include <QItemSelection>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QItemSelectionModel;
class QMenu;

namespace qw {

class AreaTableModel;
class LegendBlock;
class MapRenderQueue;
class NoteMarkers;

// Shows the map: displays the last finished render (transformed while a new one is
// being drawn on a worker thread), and turns mouse and keys into zoom, pan, hover and
// selection. It draws nothing of the map itself; MapRenderer does. Selection lives in a
// QItemSelectionModel on an AreaTableModel shared with the table.
class MapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    // New content; resetView fits the view to the areas.
    void setSnapshot(const MapSnapshot &snapshot, bool resetView);
    const MapSnapshot &snapshot() const { return m_snapshot; }
    // The shared selection; the widget does not own either object.
    void setSelectionModel(QItemSelectionModel *selection, AreaTableModel *table);

    const MapTransform &transform() const { return m_transform; }
    void setTransform(const MapTransform &transform);
    // Shows the given world extent whole (a saved view's), keeping it on resize.
    void showExtent(const Bounds &extent);
    bool isRendering() const;
    // True once a render for the current view has been shown (no newer one pending).
    bool isUpToDate() const;
    // The geometry row under a widget position, or -1.
    int rowAt(QPointF pos) const;

    // While the time slider plays (a film): each frame recolours the areas the last frame
    // traced (MapRenderer::renderFrame) instead of rasterising them again. When it stops,
    // the frame shown is rendered again as a still, exact in every pixel.
    void setFilm(bool playing);
    // Renders the film's next frame ahead on the worker thread (after the frame under way),
    // so the film does not wait for it: setSnapshot with this snapshot (the same shared
    // data, as the caller kept it) then shows it at once.
    void renderAhead(const MapSnapshot &next);
    // Whether the frame rendered ahead is done and waits to be shown.
    bool hasFrameAhead() const;

    // Linked panes: takes another pane's centre and scale (this pane keeps its size);
    // while not settled only the last image moves, as during the user's own drag.
    void followTransform(const MapTransform &transform, bool settled);
    // Outlines the area another pane hovers (-1: none) without signalling back.
    void setLinkedHover(int projectIndex);
    // A pane's legend: smaller, titled by the indicator (cut to fit) over its period and
    // the city's value, and without the facility key that the panes' legend column shows once;
    // no class legend either where the panes' legend column shows it (sharedClasses: one
    // legend for all, or every pane's in the column). See MapPanesLayout::ownLegends.
    void setCompactLegend(bool compact, bool sharedClasses = false);
    // The project index of the outlined (hovered or linked-hovered) area, or -1.
    int hoveredArea() const;
    // Where the legend boxes lie (top left), empty without a legend. The default view and
    // "zoom to selection" keep the areas clear of it.
    QRectF legendRect() const;
    // Linked panes fit the city clear of every pane's legend (the union of their
    // legendRect()s), so that all show one scale and place; empty: this pane's own only.
    void setFitObstacle(const QRectF &obstacle);
    // The world extent an export of this view shows: the whole city (or the requested
    // extent) while the view still fits itself, else what is visible.
    Bounds exportExtent() const;
    // The right-click menu at pos: an area's, a legend class's or the map's. The caller
    // owns it; its actions act on this map and its shared selection, or signal the window.
    QMenu *contextMenuAt(QPointF pos);
    // The areas (project indexes) of the choropleth legend entry at pos and its label;
    // false when pos is on no entry.
    bool legendEntryAt(QPointF pos, QString *label, std::vector<int> *projectIndexes) const;
    QItemSelectionModel *selectionModel() const;
    AreaTableModel *areaTable() const;
    // Presentation (projector): draws everything (legend, labels, scale bar, borders,
    // markers) scale times larger, as on a widget that many times smaller; 1 on the desk.
    void setDisplayScale(double scale);
    double displayScale() const { return m_displayScale; }
    // Whether hovering shows a tooltip (the presentation shows its own, larger card).
    void setHoverTips(bool shown) { m_hoverTips = shown; }
    // The tooltip's words for an area (project index) of this map; empty for none.
    QString areaText(int projectIndex) const;
    // True while the view fits the whole city by itself (not moved, no kept extent).
    bool fitsWhole() const { return m_autoFit && m_fixedExtent.isEmpty(); }
    // The workshop notes' markers drawn over the areas (null: none); repaints, no render.
    void setNoteMarkers(std::shared_ptr<const NoteMarkers> markers);
    const std::shared_ptr<const NoteMarkers> &noteMarkers() const { return m_noteMarkers; }

public Q_SLOTS:
    void zoomToFullExtent();
    void zoomToSelection();
    void zoomToArea(int projectIndex);
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void renderFinished();
    // The user moved the view (wheel, drag, keys, zoom commands); not sent for changes
    // made through the API, so linked panes do not echo each other. settled is false
    // while a drag is under way.
    void transformChanged(const qw::MapTransform &transform, bool settled);
    void hoveredAreaChanged(int projectIndex); // -1 when leaving
    void areaActivated(int projectIndex); // double click
    void legendTitleEditRequested(); // double click on the legend
    void compareRequested(); // from the right-click menu
    void noteRequested(int projectIndex); // "Add note" in the right-click menu
    void pointRequested(int projectIndex); // "Give a point" in the right-click menu

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    static constexpr QPointF kLegendOrigin {12, 12};
    static constexpr double kLegendSpacing = 8;
    // Kept free of areas above the default fit's margin: the scale bar and the source line.
    static constexpr double kBottomStrip = 16;
    static constexpr int kPaneLegendWidth = 170; // the longest pane legend title, pixels

    // The widget in the map's own units: its size and positions over the display scale.
    QSize canvasSize() const;
    QPointF canvasPos(QPointF widgetPos) const { return widgetPos / m_displayScale; }
    void requestRender();
    void panBy(QPointF delta);
    // Takes a transform the user asked for: no more auto-fit, render when settled, tell
    // linked panes.
    void moveTo(const MapTransform &transform, bool settled = true);
    MapTransform fullExtent() const;
    std::vector<std::unique_ptr<LegendBlock>> legends() const;
    void onRenderFinished(const QImage &image, const MapTransform &transform);
    void paintOverlays(QPainter &painter);
    void updateHover(QPointF pos, QPoint globalPos);
    void selectRow(int row, bool add);
    QString tooltipText(int row) const;

    MapSnapshot m_snapshot;
    MapTransform m_transform;
    QImage m_image;
    MapTransform m_imageTransform;
    MapRenderQueue *m_renders; // the render jobs, a film's frames ahead
    QPointer<QItemSelectionModel> m_selection;
    QPointer<AreaTableModel> m_table;
    int m_hoverRow = -1;
    // Refit on resize until the user moves the view, so the first picture fills the pane.
    bool m_autoFit = true;
    Bounds m_fixedExtent; // a requested extent to keep fitted until the user moves
    bool m_compactLegend = false;
    bool m_sharedClasses = false;
    QRectF m_fitObstacle; // see setFitObstacle
    bool m_dragging = false;
    bool m_dragged = false;
    QPointF m_dragStart;
    MapTransform m_dragStartTransform;
    // The selection before the last click: a double click opens a profile and leaves the
    // selection as it was, though its first click had already changed it.
    QItemSelection m_selectionBeforeClick;
    std::shared_ptr<const NoteMarkers> m_noteMarkers;
    double m_displayScale = 1.0;
    bool m_hoverTips = true;
};

} // namespace qw

#include "MapWidget.h"

#include "AreaContextMenu.h"
#include "AreaGeometrySet.h"
#include "AreaTableModel.h"
#include "ChoroplethRenderer.h"
#include "MapDecorations.h"
#include "MapLegends.h"
#include "MapPanesLayout.h"
#include "MapRenderQueue.h"
#include "MapRenderer.h"
#include "MapTooltip.h"
#include "NoteMarkers.h"
#include "Project.h"
#include "UiLanguage.h"
#include "ViewFit.h"

#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace qw {

MapWidget::MapWidget(QWidget *parent) : QWidget(parent), m_renders(new MapRenderQueue(this))
{
    connect(m_renders, &MapRenderQueue::frameReady, this, &MapWidget::onRenderFinished);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Map"));
}

MapWidget::~MapWidget() = default; // the queue, a child, cancels and waits for its jobs

void MapWidget::setSnapshot(const MapSnapshot &snapshot, bool resetView)
{
    m_snapshot = snapshot;
    m_hoverRow = -1;
    if (resetView) {
        m_autoFit = true;
        m_fixedExtent = Bounds {};
    }
    if ((resetView || !m_transform.isValid()) && m_snapshot.areas)
        m_transform = fullExtent();
    requestRender();
    update();
}

void MapWidget::setFilm(bool playing)
{
    if (m_renders->setFilm(playing))
        requestRender();
}

void MapWidget::renderAhead(const MapSnapshot &next)
{
    m_renders->renderAhead(next, m_transform, devicePixelRatioF() * m_displayScale);
}

bool MapWidget::hasFrameAhead() const
{
    return m_renders->hasFrameAhead();
}

void MapWidget::setSelectionModel(QItemSelectionModel *selection, AreaTableModel *table)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    m_table = table;
    if (m_selection)
        connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                qOverload<>(&QWidget::update));
}

void MapWidget::setTransform(const MapTransform &transform)
{
    m_transform = transform.resized(canvasSize());
    requestRender();
    update();
}

void MapWidget::showExtent(const Bounds &extent)
{
    m_fixedExtent = extent;
    m_autoFit = true;
    m_transform = fullExtent();
    requestRender();
    update();
}

bool MapWidget::isRendering() const
{
    return m_renders->isRendering();
}

bool MapWidget::isUpToDate() const
{
    return !m_image.isNull() && m_renders->hasJob() && m_imageTransform == m_renders->transform();
}

void MapWidget::requestRender()
{
    if (!m_transform.isValid() || !m_snapshot.areas)
        return;
    m_renders->render(m_snapshot, m_transform, devicePixelRatioF() * m_displayScale);
}

QSize MapWidget::canvasSize() const
{
    return (QSizeF(size()) / m_displayScale).toSize();
}

void MapWidget::setDisplayScale(double scale)
{
    scale = std::clamp(scale, 1.0, 4.0);
    if (scale == m_displayScale)
        return;
    m_displayScale = scale;
    resizeEvent(nullptr);
    update();
}

void MapWidget::onRenderFinished(const QImage &image, const MapTransform &transform)
{
    m_image = image;
    m_imageTransform = transform;
    update();
    Q_EMIT renderFinished();
}

std::vector<std::unique_ptr<LegendBlock>> MapWidget::legends() const
{
    QFont f = font();
    if (m_compactLegend)
        return MapPanesLayout::paneLegends(m_snapshot, m_sharedClasses, f, kPaneLegendWidth);
    f.setPointSizeF(std::max(9.0, f.pointSizeF()));
    return MapLegends::build(m_snapshot, m_snapshot.caption.title, m_snapshot.caption.subtitle, f,
                             QLocale());
}

void MapWidget::setCompactLegend(bool compact, bool sharedClasses)
{
    m_compactLegend = compact;
    m_sharedClasses = sharedClasses;
    update();
}

QRectF MapWidget::legendRect() const
{
    const QSizeF legend = MapLegends::stackSize(legends(), kLegendSpacing);
    return legend.isEmpty() ? QRectF() : QRectF(kLegendOrigin, legend);
}

MapTransform MapWidget::fullExtent() const
{
    // Beside or below the legend, or over the whole pane where the city's shape leaves the
    // legend's corner free, whichever shows the areas largest: none hides under the legend.
    // A requested extent (a saved view's visible one) fills the pane exactly as it was.
    const double xScale = m_snapshot.areas->xScale();
    if (!m_fixedExtent.isEmpty())
        return MapTransform::fit(m_fixedExtent, canvasSize(), QRectF(QPointF(), canvasSize()),
                                 xScale);
    const QRectF obstacle = m_fitObstacle.isEmpty() ? legendRect() : m_fitObstacle;
    const AreaGeometrySet *areas = m_snapshot.areas.get();
    // The bottom strip holds the scale bar and the source line: no area under them.
    return ViewFit::clearOf(
        areas->bounds(), canvasSize(), obstacle, 20, xScale,
        [areas](const Bounds &world) { return !areas->query(world).empty(); }, kBottomStrip);
}

void MapWidget::setFitObstacle(const QRectF &obstacle)
{
    if (obstacle == m_fitObstacle)
        return;
    m_fitObstacle = obstacle;
    if (m_autoFit && m_snapshot.areas) {
        m_transform = fullExtent();
        requestRender();
        update();
    }
}

Bounds MapWidget::exportExtent() const
{
    if (!m_autoFit || !m_snapshot.areas)
        return m_transform.visibleBounds();
    return m_fixedExtent.isEmpty() ? m_snapshot.areas->bounds() : m_fixedExtent;
}

void MapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_snapshot.background);
    p.scale(m_displayScale, m_displayScale);
    if (!m_image.isNull() && m_transform.isValid()) {
        // Place the last image where its world extent now lies: instant pan and zoom.
        const QPointF topLeft = m_transform.toScreen(m_imageTransform.toWorld(QPointF(0, 0)).x(),
                                                     m_imageTransform.toWorld(QPointF(0, 0)).y());
        const double scale = m_imageTransform.unitsPerPixel() / m_transform.unitsPerPixel();
        const QSizeF logical = QSizeF(m_imageTransform.size()) * scale;
        p.setRenderHint(QPainter::SmoothPixmapTransform, scale != 1.0);
        p.drawImage(QRectF(topLeft, logical), m_image);
    }
    paintOverlays(p);
}

void MapWidget::setNoteMarkers(std::shared_ptr<const NoteMarkers> markers)
{
    m_noteMarkers = std::move(markers);
    update();
}

void MapWidget::paintOverlays(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    const QSize canvas = canvasSize();
    const auto &areas = m_snapshot.areas;
    if (areas && m_transform.isValid()) {
        p.setTransform(m_transform.worldToScreen() * p.transform());
        p.setBrush(Qt::NoBrush);
        if (m_selection && m_table) {
            QPen pen(QColor(0x00, 0x5f, 0xcc), 3.0 * m_displayScale);
            pen.setCosmetic(true);
            p.setPen(pen);
            for (const QModelIndex &idx : m_selection->selectedRows()) {
                const int row = areas->rowOfProjectIndex(m_table->projectIndexOfRow(idx.row()));
                if (row >= 0)
                    p.drawPath(areas->path(row));
            }
        }
        if (m_hoverRow >= 0 && m_hoverRow < areas->count()) {
            QPen pen(QColor(0x20, 0x20, 0x20), 2.0 * m_displayScale);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawPath(areas->path(m_hoverRow));
        }
        p.setTransform(QTransform::fromScale(m_displayScale, m_displayScale));
        if (m_noteMarkers)
            m_noteMarkers->paint(p, m_transform, *areas);
    }

    const QLocale locale;
    MapLegends::paintStack(p, kLegendOrigin, legends(), kLegendSpacing);
    if (m_transform.isValid())
        MapDecorations::paintScaleBar(
            p, QPointF(16, canvas.height() - 34.0),
            m_transform.metresPerPixel(areas ? areas->geodesy() : Geodesy::planar()), 120, locale);
    MapDecorations::paintNorthArrow(p, QPointF(canvas.width() - 28.0, 16), 26);
    // Panes leave the source to the line under them all: theirs would be cut to nothing.
    if (!m_snapshot.caption.source.isEmpty() && !m_compactLegend) {
        QFont f = font();
        f.setPointSizeF(std::max(7.5, f.pointSizeF() * 0.85));
        p.setFont(f);
        const QRectF r(0, canvas.height() - 22.0, canvas.width() - 10.0, 20.0);
        p.setPen(QColor(0x55, 0x55, 0x55));
        // Narrow panes: cut the end rather than run into the scale bar.
        const int room = std::max(40, canvas.width() - 160);
        p.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(m_snapshot.caption.source, Qt::ElideRight, room));
    }
}

void MapWidget::resizeEvent(QResizeEvent *)
{
    if ((m_autoFit || !m_transform.isValid()) && m_snapshot.areas)
        m_transform = fullExtent();
    else
        m_transform = m_transform.resized(canvasSize());
    requestRender();
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    if (!m_transform.isValid())
        return;
    const double steps = event->angleDelta().y() / 120.0;
    moveTo(m_transform.zoomedAt(canvasPos(event->position()), std::pow(1.25, steps)));
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragged = false;
        m_dragStart = canvasPos(event->position());
        m_dragStartTransform = m_transform;
    }
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const QPointF delta = canvasPos(event->position()) - m_dragStart;
        if (!m_dragged && delta.manhattanLength() < 4)
            return;
        m_dragged = true;
        setCursor(Qt::ClosedHandCursor);
        // Show the moved image at once; the sharp render follows on release.
        moveTo(m_dragStartTransform.panned(delta), false);
        return;
    }
    updateHover(canvasPos(event->position()), event->globalPosition().toPoint());
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
    if (m_dragged) {
        moveTo(m_transform);
        return;
    }
    if (m_selection)
        m_selectionBeforeClick = m_selection->selection();
    selectRow(rowAt(canvasPos(event->position())), event->modifiers() & Qt::ControlModifier);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The release after this event is no click: it would select again.
    m_dragging = false;
    if (legendRect().contains(canvasPos(event->position()))) {
        Q_EMIT legendTitleEditRequested();
        return;
    }
    const int row = rowAt(canvasPos(event->position()));
    if (row < 0)
        return;
    // Qt delivers the double click after press and release of the first click, which
    // selected this area alone: put back the areas chosen before (a profile of one of
    // three chosen areas keeps all three). With none chosen, the opened area stays selected.
    if (m_selection && !m_selectionBeforeClick.isEmpty())
        m_selection->select(m_selectionBeforeClick,
                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT areaActivated(m_snapshot.areas->projectIndex(row));
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        return;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        return;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        return;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        return;
    case Qt::Key_Home:
        zoomToFullExtent();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapWidget::panBy(QPointF delta)
{
    moveTo(m_transform.panned(delta));
}

void MapWidget::moveTo(const MapTransform &transform, bool settled)
{
    m_autoFit = false;
    m_fixedExtent = Bounds {};
    m_transform = transform;
    if (settled)
        requestRender();
    update();
    Q_EMIT transformChanged(m_transform, settled);
}

void MapWidget::followTransform(const MapTransform &transform, bool settled)
{
    if (!transform.isValid())
        return;
    m_autoFit = false;
    m_fixedExtent = Bounds {};
    m_transform = transform.resized(canvasSize());
    if (settled)
        requestRender();
    update();
}

void MapWidget::setLinkedHover(int projectIndex)
{
    const int row = (projectIndex >= 0 && m_snapshot.areas)
        ? m_snapshot.areas->rowOfProjectIndex(projectIndex)
        : -1;
    if (row != m_hoverRow) {
        m_hoverRow = row;
        update();
    }
}

void MapWidget::leaveEvent(QEvent *)
{
    if (m_hoverRow != -1) {
        m_hoverRow = -1;
        update();
        Q_EMIT hoveredAreaChanged(-1);
    }
}

int MapWidget::hoveredArea() const
{
    return m_hoverRow >= 0 && m_snapshot.areas ? m_snapshot.areas->projectIndex(m_hoverRow) : -1;
}

int MapWidget::rowAt(QPointF pos) const
{
    if (!m_snapshot.areas || !m_transform.isValid())
        return -1;
    const QPointF w = m_transform.toWorld(pos);
    return m_snapshot.areas->hitTest(w.x(), w.y());
}

void MapWidget::updateHover(QPointF pos, QPoint globalPos)
{
    const int row = rowAt(pos);
    if (row != m_hoverRow) {
        m_hoverRow = row;
        update();
        Q_EMIT hoveredAreaChanged(row >= 0 ? m_snapshot.areas->projectIndex(row) : -1);
    }
    // A facility under the cursor wins over the area around it.
    const int facility = MapRenderer::facilityAt(m_snapshot, m_transform, pos);
    if (!m_hoverTips) {
        QToolTip::hideText();
    } else if (facility >= 0) {
        const Facility &f = (*m_snapshot.facilities)[std::size_t(facility)];
        QToolTip::showText(globalPos,
                           QStringLiteral("<b>%1</b><br>%2")
                               .arg(f.name.toHtmlEscaped(), f.subkind.toHtmlEscaped()),
                           this);
    } else if (row >= 0) {
        QToolTip::showText(globalPos, tooltipText(row), this);
    } else {
        QToolTip::hideText();
    }
}

QString MapWidget::areaText(int projectIndex) const
{
    const int row = m_snapshot.areas && projectIndex >= 0
        ? m_snapshot.areas->rowOfProjectIndex(projectIndex)
        : -1;
    return row >= 0 ? tooltipText(row) : QString();
}

QString MapWidget::tooltipText(int row) const
{
    const int pi = m_snapshot.areas->projectIndex(row);
    const int tableRow = m_table ? m_table->rowOfProjectIndex(pi) : -1;
    QString name;
    QString key;
    if (tableRow >= 0) {
        key = m_table->index(tableRow, AreaTableModel::KeyColumn).data().toString();
        name = m_table->index(tableRow, AreaTableModel::NameColumn).data().toString();
    }
    return MapTooltip::text(m_snapshot, row, key, name, QLocale());
}

void MapWidget::selectRow(int row, bool add)
{
    if (!m_selection || !m_table)
        return;
    const auto flags = QItemSelectionModel::Rows
        | (add ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect);
    if (row < 0) {
        if (!add)
            m_selection->clearSelection();
        return;
    }
    const int tableRow = m_table->rowOfProjectIndex(m_snapshot.areas->projectIndex(row));
    if (tableRow >= 0) {
        const QModelIndex idx = m_table->index(tableRow, 0);
        m_selection->select(idx, flags);
        m_selection->setCurrentIndex(idx, QItemSelectionModel::NoUpdate);
    }
}

void MapWidget::zoomToFullExtent()
{
    if (!m_snapshot.areas)
        return;
    m_fixedExtent = Bounds {};
    moveTo(fullExtent());
    // Back to the whole city: keep it whole when the pane is resized.
    m_autoFit = true;
}

void MapWidget::zoomToSelection()
{
    if (!m_snapshot.areas || !m_selection || !m_table)
        return;
    Bounds b;
    for (const QModelIndex &idx : m_selection->selectedRows()) {
        const int row = m_snapshot.areas->rowOfProjectIndex(m_table->projectIndexOfRow(idx.row()));
        if (row >= 0)
            b.include(m_snapshot.areas->bounds(row));
    }
    if (!b.isEmpty())
        moveTo(ViewFit::clearOf(b, canvasSize(), legendRect(), 32, m_snapshot.areas->xScale()));
}

void MapWidget::zoomToArea(int projectIndex)
{
    const int row = m_snapshot.areas ? m_snapshot.areas->rowOfProjectIndex(projectIndex) : -1;
    if (row >= 0)
        moveTo(ViewFit::clearOf(m_snapshot.areas->bounds(row), canvasSize(), legendRect(), 32,
                                m_snapshot.areas->xScale()));
}

bool MapWidget::legendEntryAt(QPointF pos, QString *label, std::vector<int> *projectIndexes) const
{
    if (!m_snapshot.choropleth || !m_snapshot.areas)
        return false;
    QPointF topLeft = kLegendOrigin;
    for (const auto &block : legends()) {
        const int entry = block->entryAt(topLeft, pos);
        topLeft.ry() += block->size().height() + kLegendSpacing;
        if (entry < 0)
            continue;
        const auto &c = *m_snapshot.choropleth;
        const std::vector<LegendEntry> entries = c.legend(QLocale());
        if (entry >= int(entries.size()))
            return false;
        *label = entries[std::size_t(entry)].label;
        projectIndexes->clear();
        for (int row : c.rowsOf(entries[std::size_t(entry)], entry))
            projectIndexes->push_back(m_snapshot.areas->projectIndex(row));
        return true;
    }
    return false;
}

QItemSelectionModel *MapWidget::selectionModel() const
{
    return m_selection;
}

AreaTableModel *MapWidget::areaTable() const
{
    return m_table;
}

QMenu *MapWidget::contextMenuAt(QPointF pos)
{
    return AreaContextMenu::forMapWidget(*this, pos);
}

void MapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(contextMenuAt(canvasPos(event->pos())));
    menu->exec(event->globalPos());
}

void MapWidget::zoomIn()
{
    if (m_transform.isValid())
        moveTo(m_transform.zoomedAt(QPointF(canvasSize().width(), canvasSize().height()) / 2, 1.5));
}

void MapWidget::zoomOut()
{
    if (m_transform.isValid())
        moveTo(m_transform.zoomedAt(QPointF(canvasSize().width(), canvasSize().height()) / 2,
                                    1 / 1.5));
}

} // namespace qw

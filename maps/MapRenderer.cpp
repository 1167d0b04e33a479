#include "MapRenderer.h"

#include "AreaGeometrySet.h"
#include "AreaRaster.h"
#include "BivariateRenderer.h"
#include "ChoroplethRenderer.h"
#include "LabelPlacer.h"
#include "MapDecorations.h"
#include "PolygonRaster.h"
#include "ProportionalSymbols.h"
#include "ScratchBuffers.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <functional>
#include <future>

namespace qw {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

QColor MapRenderer::facilityColor(FacilityKind kind)
{
    switch (kind) {
    case FacilityKind::School:
        return QColor(0x1f, 0x4e, 0x9c);
    case FacilityKind::Kita:
        return QColor(0x1b, 0x9e, 0x77);
    case FacilityKind::YouthCentre:
        return QColor(0x75, 0x30, 0x9a);
    case FacilityKind::Other:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

namespace {

// The stages of a map, in drawing order. Each returns false when cancelled.
struct RenderContext
{
    QPainter &painter;
    const MapSnapshot &s;
    const MapTransform &t;
    const std::atomic_bool *cancel;
    QTransform base; // the caller's transform (page placement and scale)
    double scale; // its linear scale, for widths that must look alike on every device
    Bounds visible;
    std::vector<int> rows; // areas in view
    bool hatchedOnly = false; // the solid areas are drawn already (rasterAreas)
};

// The rings of an area in view coordinates, thinned to what the view can show: a vertex
// closer than `tolerance` to the last kept one adds nothing at this zoom. This is what keeps
// a full view of 100,000 detailed areas cheap; zoomed in, every vertex is kept.
// Takes a MultiPolygon (landmarks) or an AreaShapes::Outline (areas).
template<class Rings>
void screenRings(const Rings &g, const MapTransform &t, double tolerance,
                 std::vector<QPolygonF> &out)
{
    // The polygons in out are reused: their storage stays allocated from area to area.
    std::size_t used = 0;
    // As MapTransform::toScreen, with the scales hoisted out of the loop (x stretched by
    // the transform's xScale, 1 for projected coordinates).
    const double s = 1.0 / t.unitsPerPixel();
    const double sx = s * t.xScale();
    const double ox = t.size().width() / 2.0 - t.centre().x() * sx;
    const double oy = t.size().height() / 2.0 + t.centre().y() * s;
    const double tol2 = tolerance * tolerance;
    for (int r = 0; r < g.ringCount(); ++r) {
        const int begin = g.pointBegin(r), end = g.pointEnd(r);
        if (out.size() <= used)
            out.emplace_back();
        QPolygonF &poly = out[used];
        poly.clear();
        poly.reserve(end - begin);
        QPointF last(g.x(begin) * sx + ox, oy - g.y(begin) * s);
        poly << last;
        for (int k = begin + 1; k < end; ++k) {
            const QPointF p(g.x(k) * sx + ox, oy - g.y(k) * s);
            const double dx = p.x() - last.x(), dy = p.y() - last.y();
            if (dx * dx + dy * dy >= tol2 || k + 1 == end) {
                poly << p;
                last = p;
            }
        }
        if (poly.size() >= 3)
            ++used;
    }
    out.resize(used);
}

bool fillAreas(RenderContext &c)
{
    // One pass: each area filled and outlined in one call, in view coordinates.
    // A cosmetic one-pixel pen takes Qt's fast line rasteriser; wider pens go through the
    // general stroker, which costs many times more per vertex. Exports (scaled painters)
    // keep a proportional width.
    QPen border(QColor(255, 255, 255, 235), c.scale == 1.0 ? 1.0 : 1.1);
    border.setCosmetic(c.scale == 1.0);
    border.setJoinStyle(Qt::BevelJoin);
    c.painter.setPen(border);
    const QBrush plain(QColor(0xe8, 0xe4, 0xda));
    const QBrush ground(QColor(0xf2, 0xf2, 0xf2));
    const AreaStyle *style =
        c.s.bivariate ? static_cast<const AreaStyle *>(c.s.bivariate.get()) : c.s.choropleth.get();
    const double tolerance = 0.5 / std::max(1.0, c.scale); // half a device pixel
    std::vector<QPolygonF> rings;
    QPainterPath path;
    const double pixelsPerUnit = 1.0 / c.t.unitsPerPixel();
    const double xPixelsPerUnit = pixelsPerUnit * c.t.xScale();
    bool bordered = true;
    for (int row : c.rows) {
        if (cancelled(c.cancel))
            return false;
        const QBrush &brush = style ? style->brush(row) : plain;
        if (c.hatchedOnly && brush.style() == Qt::SolidPattern)
            continue;
        // Areas a few pixels wide (a whole country on one screen) show as their colour:
        // a border would cover them, and stroking costs more than filling.
        const Bounds &b = c.s.areas->bounds(row);
        const double w = b.width() * xPixelsPerUnit, h = b.height() * pixelsPerUnit;
        if (w < 1.5 && h < 1.5) {
            const QPointF p = c.t.toScreen(b.minX, b.maxY);
            c.painter.fillRect(QRectF(p, QSizeF(std::max(w, 1.0), std::max(h, 1.0))),
                               brush.color());
            continue;
        }
        const bool wantBorder = w >= 4 && h >= 4;
        if (wantBorder != bordered) {
            c.painter.setPen(wantBorder ? border : QPen(Qt::NoPen));
            bordered = wantBorder;
        }
        screenRings(c.s.areas->outline(row), c.t, tolerance, rings);
        if (rings.empty())
            continue;
        const bool hatched = brush.style() != Qt::SolidPattern;
        if (rings.size() == 1) {
            if (hatched) {
                // Hatched brushes need a ground, or the background shows through.
                c.painter.setBrush(ground);
                c.painter.drawPolygon(rings.front());
            }
            c.painter.setBrush(brush);
            c.painter.drawPolygon(rings.front());
            continue;
        }
        // Holes and several parts: one path with the odd-even rule.
        path.clear();
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : rings)
            path.addPolygon(ring);
        if (hatched) {
            c.painter.setBrush(ground);
            c.painter.drawPath(path);
        }
        c.painter.setBrush(brush);
        c.painter.drawPath(path);
    }
    return true;
}

// The borders between areas in rasterised images.
const QRgb kBorder = qPremultiply(qRgba(255, 255, 255, 235));

// The solid areas of a snapshot drawn straight into an image by PolygonRaster, as
// fillAreas draws them (antialiased fills, white borders between areas at least 4 pixels
// wide, pixel-sized areas as pixels), on two bands of rows in parallel. Hatched fills are
// left to fillAreas. Returns false when cancelled.
// With traces (one per device pixel), every composite is recorded for recolouring.
bool rasterAreas(QImage &image, const MapSnapshot &s, const MapTransform &t, double dpr,
                 const std::vector<int> &rows, const std::atomic_bool *cancel,
                 PolygonRaster::Trace *traces = nullptr)
{
    const MapTransform device(t.centre(), t.unitsPerPixel() / dpr, image.size(), t.xScale());
    const AreaStyle *style =
        s.bivariate ? static_cast<const AreaStyle *>(s.bivariate.get()) : s.choropleth.get();
    const QBrush plain(QColor(0xe8, 0xe4, 0xda));
    uchar *bits = image.bits(); // detaches here, once, not in the threads
    const qsizetype stride = image.bytesPerLine();
    ScratchVector<quint32> ids;
    ids->assign(std::size_t(image.width()) * std::size_t(image.height()), 0);
    const auto fill = [&](const QRect &clip) {
        PolygonRaster raster(bits, stride, ids->data(), image.size(), clip);
        raster.setTraces(traces);
        std::vector<QPolygonF> rings;
        for (int row : rows) {
            if (cancelled(cancel))
                return false;
            const Bounds &b = s.areas->bounds(row);
            const QPointF tl = device.toScreen(b.minX, b.maxY);
            const QPointF br = device.toScreen(b.maxX, b.minY);
            if (br.y() + 2 < clip.top() || tl.y() - 2 > clip.bottom() + 1)
                continue;
            const QBrush &brush = style ? style->brush(row) : plain;
            // Hatched areas are QPainter's; a trace records them all the same, for frames
            // in which they are solid.
            const bool solid = brush.style() == Qt::SolidPattern;
            if (!solid && !traces)
                continue;
            const QRgb colour = qPremultiply(brush.color().rgba());
            const double w = br.x() - tl.x(), h = br.y() - tl.y();
            const quint32 id =
                quint32(row + 1) | (w >= 4 * dpr && h >= 4 * dpr ? 0u : PolygonRaster::kNoBorder);
            if (w < 1.5 * dpr && h < 1.5 * dpr) {
                const QRectF pixel(tl, QSizeF(std::max(w, dpr), std::max(h, dpr)));
                solid ? raster.fillRect(pixel, colour, id) : raster.traceOnlyRect(pixel, id);
                continue;
            }
            // Thinned to a device pixel: finer detail is lost in the antialiasing anyway.
            // Small areas start from their coarse outline, which is that fine already.
            const bool coarse = std::max(w, h) <= AreaGeometrySet::kCoarseSteps;
            screenRings(coarse ? s.areas->coarseOutline(row) : s.areas->outline(row), device, 1.0,
                        rings);
            if (rings.empty())
                continue;
            solid ? raster.fill(rings, colour, id) : raster.traceOnly(rings, id);
        }
        return true;
    };
    const auto borders = [&](const QRect &clip) {
        PolygonRaster raster(bits, stride, ids->data(), image.size(), clip);
        raster.setTraces(traces);
        raster.drawBorders(kBorder, dpr);
        return true;
    };
    const int split = image.height() / 2;
    const QRect upper(0, 0, image.width(), split);
    const QRect lower(0, split, image.width(), image.height() - split);
    for (const auto &pass :
         {std::function<bool(const QRect &)>(fill), std::function<bool(const QRect &)>(borders)}) {
        auto other = std::async(std::launch::async, pass, lower);
        const bool upperDone = pass(upper);
        if (!other.get() || !upperDone)
            return false;
    }
    return true;
}

// High contrast: every area in view outlined in the snapshot's outline colour, over the
// white borders and the water, for a projector that washes light colours out.
bool drawOutlines(RenderContext &c)
{
    if (!c.s.outline.isValid() || c.s.outlineWidth <= 0)
        return true;
    QPen pen(c.s.outline, c.s.outlineWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    c.painter.setPen(pen);
    c.painter.setBrush(Qt::NoBrush);
    const double tolerance = 0.5 / std::max(1.0, c.scale);
    std::vector<QPolygonF> rings;
    for (int row : c.rows) {
        if (cancelled(c.cancel))
            return false;
        screenRings(c.s.areas->outline(row), c.t, tolerance, rings);
        for (const QPolygonF &ring : rings)
            c.painter.drawPolygon(ring);
    }
    return true;
}

bool drawLandmarks(RenderContext &c)
{
    if (!c.s.landmarks)
        return true;
    const double tolerance = 0.5 / std::max(1.0, c.scale);
    std::vector<QPolygonF> rings;
    QPainterPath path;
    c.painter.setPen(Qt::NoPen);
    for (const Landmark &l : *c.s.landmarks) {
        if (!l.geometry.bounds().intersects(c.visible))
            continue;
        screenRings(l.geometry, c.t, tolerance, rings);
        path.clear();
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : rings)
            path.addPolygon(ring);
        c.painter.setBrush(l.kind == LandmarkKind::Water ? QColor(0x9e, 0xc9, 0xe8, 230)
                                                         : QColor(0xb8, 0xd9, 0xa0, 200));
        c.painter.drawPath(path);
    }
    return true;
}

bool drawCircles(RenderContext &c)
{
    if (!c.s.circles)
        return true;
    c.painter.setPen(QPen(Qt::white, 1.0));
    c.painter.setBrush(QColor(0x2b, 0x3a, 0x55, 150));
    for (int row : c.s.circles->drawOrder()) {
        if (cancelled(c.cancel))
            return false;
        const QPointF w = c.s.areas->labelPoint(row);
        if (!c.visible.contains(w.x(), w.y()))
            continue;
        const double r = c.s.circles->radius(row);
        if (r > 0)
            c.painter.drawEllipse(c.t.toScreen(w.x(), w.y()), r, r);
    }
    return true;
}

bool drawFacilities(RenderContext &c)
{
    if (!c.s.showFacilities || !c.s.facilities)
        return true;
    const double radius = 3.2;
    c.painter.setPen(QPen(Qt::white, 1.0));
    for (const Facility &f : *c.s.facilities) {
        if (cancelled(c.cancel))
            return false;
        if (!c.s.facilityKinds[std::size_t(f.kind)]
            || !c.visible.contains(f.position.x, f.position.y))
            continue;
        MapDecorations::paintFacilitySymbol(c.painter, c.t.toScreen(f.position.x, f.position.y),
                                            f.kind, radius);
    }
    return true;
}

bool drawLabels(RenderContext &c)
{
    if (c.s.labels == LabelMode::None)
        return true;
    const bool values = c.s.labels == LabelMode::Values;
    if ((values && !c.s.choropleth) || c.rows.size() > 4000)
        return true; // too dense to read: zoom in
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    const QFontMetricsF fm(font);
    // Larger areas first: they have the most room and matter most for orientation.
    std::vector<std::pair<double, int>> order;
    for (int row : c.rows) {
        const Bounds &b = c.s.areas->bounds(row);
        order.emplace_back(-(b.width() * b.height()), row);
    }
    std::sort(order.begin(), order.end());
    LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(c.t.size())), 64);
    QPainterPath halo, text;
    for (const auto &[negArea, row] : order) {
        if (cancelled(c.cancel))
            return false;
        QString label;
        if (values) {
            const double v = c.s.choropleth->value(row);
            if (std::isnan(v))
                continue; // missing or suppressed: never a number on the map
            label = c.s.choropleth->indicator().format(v, c.s.locale);
        } else {
            label = c.s.areas->name(row);
        }
        const QPointF w = c.s.areas->labelPoint(row);
        const QPointF p = c.t.toScreen(w.x(), w.y());
        const double width = fm.horizontalAdvance(label);
        const Bounds &b = c.s.areas->bounds(row);
        // Only where the label fits the area roughly: avoids labels floating over neighbours.
        if (width > 1.4 * b.width() * c.t.xScale() / c.t.unitsPerPixel())
            continue;
        // With circles on the label points, names and values go just below the circle.
        const double dy = c.s.circles ? c.s.circles->radius(row) + fm.height() / 2 + 1 : 0;
        const QRectF box(p.x() - width / 2 - 2, p.y() + dy - fm.height() / 2, width + 4,
                         fm.height());
        if (!placer.tryPlace(box))
            continue;
        text.addText(QPointF(box.left() + 2, box.top() + fm.ascent()), font, label);
    }
    c.painter.setBrush(Qt::NoBrush);
    c.painter.setPen(
        QPen(QColor(255, 255, 255, 220), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    c.painter.drawPath(text);
    c.painter.setPen(Qt::NoPen);
    c.painter.setBrush(QColor(0x1a, 0x1a, 0x1a));
    c.painter.drawPath(text);
    return true;
}

} // namespace

namespace {

// The rows of the areas a view shows (none without areas or a valid view).
std::vector<int> rowsInView(const MapSnapshot &s, const MapTransform &t)
{
    return s.areas && t.isValid() ? s.areas->query(t.visibleBounds()) : std::vector<int> {};
}

// The layers in drawing order, for the areas in rows (rowsInView); with areasDrawn the
// background and solid areas are in the painter's image already (rasterAreas).
bool renderLayers(QPainter &painter, const MapSnapshot &s, const MapTransform &t,
                  std::vector<int> rows, const std::atomic_bool *cancel, bool areasDrawn)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!areasDrawn)
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(t.size())), s.background);
    if (!s.areas || !t.isValid()) {
        painter.restore();
        return true;
    }
    // Everything below is in the view's coordinates on top of whatever transform the
    // caller set (a page layout places and scales the map); line widths follow its scale.
    RenderContext c {painter, s, t, cancel, painter.transform(), 1.0, t.visibleBounds(), {}};
    c.scale = std::sqrt(std::abs(c.base.determinant()));
    c.rows = std::move(rows);
    c.hatchedOnly = areasDrawn;
    const bool done = fillAreas(c) && drawLandmarks(c) && drawOutlines(c) && drawCircles(c)
        && drawFacilities(c) && drawLabels(c);
    painter.restore();
    return done;
}

} // namespace

bool MapRenderer::render(QPainter &painter, const MapSnapshot &s, const MapTransform &t,
                         const std::atomic_bool *cancel)
{
    return renderLayers(painter, s, t, rowsInView(s, t), cancel, false);
}

int MapRenderer::facilityAt(const MapSnapshot &s, const MapTransform &t, QPointF pos,
                            double tolerance)
{
    if (!s.showFacilities || !s.facilities)
        return -1;
    int best = -1;
    double bestDistance = tolerance * tolerance;
    for (int i = 0; i < int(s.facilities->size()); ++i) {
        const Facility &f = (*s.facilities)[std::size_t(i)];
        if (!s.facilityKinds[std::size_t(f.kind)])
            continue;
        const QPointF d = t.toScreen(f.position.x, f.position.y) - pos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= bestDistance) {
            bestDistance = dist;
            best = i;
        }
    }
    return best;
}

namespace {

// An image whose pixels come from ScratchBuffers and go back there when its last copy is
// gone (on whichever thread): a 1920x1080 image is 8 MB, and its fresh pages cost more
// than drawing a small city on a virtualised machine.
QImage pooledImage(const QSize &size)
{
    if (size.isEmpty())
        return QImage(size, QImage::Format_ARGB32_Premultiplied);
    auto *pixels = new std::vector<uchar>(ScratchBuffers<uchar>::take());
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    pixels->resize(std::size_t(bytesPerLine) * std::size_t(size.height()));
    return QImage(
        pixels->data(), size.width(), size.height(), bytesPerLine,
        QImage::Format_ARGB32_Premultiplied,
        [](void *info) {
            auto *buffer = static_cast<std::vector<uchar> *>(info);
            ScratchBuffers<uchar>::give(std::move(*buffer));
            delete buffer;
        },
        pixels);
}

} // namespace

namespace {

// The premultiplied colour of the rows in view by row + 1, [0] the background, for
// recolouring a trace. Hatched rows (QPainter draws them on top) are transparent: a blend
// of them leaves the pixel as it was, as if they were not rasterised.
std::vector<QRgb> solidColours(const MapSnapshot &s, const std::vector<int> &rows)
{
    const AreaStyle *style =
        s.bivariate ? static_cast<const AreaStyle *>(s.bivariate.get()) : s.choropleth.get();
    const QBrush plain(QColor(0xe8, 0xe4, 0xda));
    std::vector<QRgb> colours(std::size_t(s.areas->count()) + 1, 0);
    colours[0] = qPremultiply(s.background.rgba());
    for (int row : rows) {
        const QBrush &brush = style ? style->brush(row) : plain;
        if (brush.style() == Qt::SolidPattern)
            colours[std::size_t(row) + 1] = qPremultiply(brush.color().rgba());
    }
    return colours;
}

// The layers QPainter draws on the rasterised areas; a null image when cancelled.
QImage finish(QImage image, const MapSnapshot &s, const MapTransform &t, qreal dpr,
              std::vector<int> rows, bool areasDrawn, const std::atomic_bool *cancel)
{
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    const bool done = renderLayers(painter, s, t, std::move(rows), cancel, areasDrawn);
    painter.end();
    return done ? image : QImage();
}

} // namespace

QImage MapRenderer::renderImage(const MapSnapshot &snapshot, const MapTransform &transform,
                                qreal devicePixelRatio, const std::atomic_bool *cancel)
{
    const QSize px = (QSizeF(transform.size()) * devicePixelRatio).toSize();
    QImage image = pooledImage(px);
    image.fill(snapshot.background);
    // Images take the fast path for the many areas; QPainter draws the rest on top.
    const bool raster = snapshot.areas && transform.isValid();
    std::vector<int> rows = rowsInView(snapshot, transform);
    if (raster && !rasterAreas(image, snapshot, transform, devicePixelRatio, rows, cancel))
        return {};
    return finish(std::move(image), snapshot, transform, devicePixelRatio, std::move(rows), raster,
                  cancel);
}

QImage MapRenderer::renderFrame(const MapSnapshot &snapshot, const MapTransform &transform,
                                qreal devicePixelRatio, std::shared_ptr<const AreaRaster> &raster,
                                const std::atomic_bool *cancel)
{
    if (!snapshot.areas || !transform.isValid()) {
        raster.reset();
        return renderImage(snapshot, transform, devicePixelRatio, cancel);
    }
    const QSize px = (QSizeF(transform.size()) * devicePixelRatio).toSize();
    std::vector<int> rows = rowsInView(snapshot, transform);
    QImage image = pooledImage(px);
    if (raster && raster->fits(snapshot.areas.get(), transform, devicePixelRatio)) {
        if (!raster->paint(image, solidColours(snapshot, rows), kBorder, cancel))
            return {};
    } else {
        auto traced = std::make_shared<AreaRaster>(snapshot.areas, transform, devicePixelRatio, px);
        image.fill(snapshot.background);
        if (!rasterAreas(image, snapshot, transform, devicePixelRatio, rows, cancel,
                         traced->traces()))
            return {};
        raster = std::move(traced);
    }
    return finish(std::move(image), snapshot, transform, devicePixelRatio, std::move(rows), true,
                  cancel);
}

} // namespace qw

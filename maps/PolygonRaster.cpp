#include "PolygonRaster.h"

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

QRectF boundsOf(const std::vector<QPolygonF> &rings, double pad)
{
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const QPolygonF &ring : rings)
        for (const QPointF &p : ring) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
    return x0 > x1 ? QRectF() : QRectF(QPointF(x0 - pad, y0 - pad), QPointF(x1 + pad, y1 + pad));
}

} // namespace

PolygonRaster::PolygonRaster(uchar *bits, qsizetype bytesPerLine, quint32 *ids, QSize size,
                             const QRect &clip)
    : m_bits(bits)
    , m_bytesPerLine(bytesPerLine)
    , m_ids(ids)
    , m_size(size)
    , m_clip(clip.intersected(QRect(QPoint(0, 0), size)))
{ }

bool PolygonRaster::begin(const QRectF &bounds)
{
    if (bounds.isNull())
        return false;
    const QRect box = QRect(QPoint(int(std::floor(bounds.left())), int(std::floor(bounds.top()))),
                            QPoint(int(std::ceil(bounds.right())), int(std::ceil(bounds.bottom()))))
                          .intersected(m_clip);
    if (box.isEmpty())
        return false;
    m_box = box;
    m_stride = box.width() + 2;
    const std::size_t need = std::size_t(m_stride) * std::size_t(box.height());
    if (m_acc->size() < need)
        m_acc->resize(need, 0.0f);
    return true;
}

// Adds the signed area an edge covers, row by row, into the buffer. x is clamped to the
// box: the part of an edge left of it acts as a vertical edge on its left side (the area
// it covers to the right is the same), the part right of it falls in the spill column.
void PolygonRaster::line(QPointF p0, QPointF p1)
{
    // Single precision is plenty within a box of a few thousand pixels and is faster.
    const float ox = float(m_box.left()), oy = float(m_box.top());
    float x0 = float(p0.x()) - ox, y0 = float(p0.y()) - oy;
    float x1 = float(p1.x()) - ox, y1 = float(p1.y()) - oy;
    if (y0 == y1)
        return;
    float dir = 1;
    if (y0 > y1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
        dir = -1;
    }
    const int h = m_box.height();
    const float w = float(m_box.width());
    if (y1 <= 0 || y0 >= float(h))
        return;
    const float dxdy = (x1 - x0) / (y1 - y0);
    float x = x0;
    if (y0 < 0) {
        x -= y0 * dxdy;
        y0 = 0;
    }
    const int rowEnd = std::min(h, int(std::ceil(y1)));
    for (int y = int(y0); y < rowEnd; ++y) {
        float *row = m_acc->data() + std::size_t(y) * std::size_t(m_stride);
        const float dy = std::min(float(y + 1), y1) - std::max(float(y), y0);
        const float xnext = x + dxdy * dy;
        const float d = dy * dir;
        const float a = std::clamp(std::min(x, xnext), 0.0f, w);
        const float b = std::clamp(std::max(x, xnext), 0.0f, w);
        x = xnext;
        const float af = std::floor(a);
        const int ai = int(af);
        const int bi = int(std::ceil(b));
        if (bi <= ai + 1) {
            // Within one pixel column: split by the mean x.
            const float xm = 0.5f * (a + b) - af;
            row[ai] += d - d * xm;
            row[ai + 1] += d * xm;
            continue;
        }
        const float s = 1.0f / (b - a);
        const float x0f = a - af;
        const float a0 = 0.5f * s * (1.0f - x0f) * (1.0f - x0f);
        const float x1f = b - float(bi) + 1.0f;
        const float am = 0.5f * s * x1f * x1f;
        row[ai] += d * a0;
        if (bi == ai + 2) {
            row[ai + 1] += d * (1.0f - a0 - am);
        } else {
            const float a1 = s * (1.5f - x0f);
            row[ai + 1] += d * (a1 - a0);
            for (int xi = ai + 2; xi < bi - 1; ++xi)
                row[xi] += d * s;
            const float a2 = a1 + float(bi - ai - 3) * s;
            row[bi - 1] += d * (1.0f - a2 - am);
        }
        row[bi] += d * am;
    }
}

void PolygonRaster::composite(QRgb color, quint32 id)
{
    const int w = m_box.width();
    const bool opaque = qAlpha(color) == 255;
    for (int y = 0; y < m_box.height(); ++y) {
        float *row = m_acc->data() + std::size_t(y) * std::size_t(m_stride);
        QRgb *dst = scanLine(m_box.top() + y) + m_box.left();
        quint32 *ids = idLine(m_box.top() + y) + m_box.left();
        Trace *traces = traceLine(m_box.top() + y);
        if (traces)
            traces += m_box.left();
        float sum = 0;
        unsigned coverage = 0;
        for (int x = 0; x < w; ++x) {
            // Coverage changes only where an edge left something; between edges (the
            // inside of the area, the outside) it stays what it was.
            if (row[x] != 0.0f) {
                sum += row[x];
                row[x] = 0;
                float c = std::abs(sum);
                if (c > 1.0f) {
                    // Odd-even: winding 2 is outside again (a hole); fractions fold around it.
                    c = std::fmod(c, 2.0f);
                    if (c > 1.0f)
                        c = 2.0f - c;
                }
                coverage = std::min(256u, unsigned(c * 256.0f + 0.5f));
            }
            if (coverage <= 2)
                continue;
            if (traces)
                trace(traces[x], id, coverage);
            if (!m_draw)
                continue;
            dst[x] = coverage == 256 && opaque ? color : blend(dst[x], color, coverage);
            // The pixel belongs to the area that covers most of it.
            if (coverage >= 128)
                ids[x] = id;
        }
        row[w] = 0;
        row[w + 1] = 0;
    }
}

void PolygonRaster::fill(const std::vector<QPolygonF> &rings, QRgb color, quint32 id)
{
    if (!begin(boundsOf(rings, 1)))
        return;
    for (const QPolygonF &ring : rings) {
        const int n = int(ring.size());
        for (int i = 0; i < n; ++i)
            line(ring[i], ring[(i + 1) % n]);
    }
    composite(color, id);
}

void PolygonRaster::fillRect(const QRectF &rect, QRgb color, quint32 id)
{
    const QRect r = rect.toAlignedRect().intersected(m_clip);
    for (int y = r.top(); y <= r.bottom(); ++y) {
        QRgb *dst = scanLine(y);
        quint32 *ids = idLine(y);
        Trace *traces = traceLine(y);
        for (int x = r.left(); x <= r.right(); ++x) {
            if (traces)
                trace(traces[x], id, 256);
            if (!m_draw)
                continue;
            dst[x] = blend(dst[x], color, 256);
            ids[x] = id;
        }
    }
}

void PolygonRaster::traceOnly(const std::vector<QPolygonF> &rings, quint32 id)
{
    m_draw = false;
    fill(rings, 0, id);
    m_draw = true;
}

void PolygonRaster::traceOnlyRect(const QRectF &rect, quint32 id)
{
    m_draw = false;
    fillRect(rect, 0, id);
    m_draw = true;
}

void PolygonRaster::drawBorders(QRgb color, double devicePixelRatio)
{
    // Where two areas meet, each of the two pixels at the seam takes part of the border
    // colour: together a line about one logical pixel wide, centred on the seam, as an
    // antialiased one-pixel pen draws it (at a device pixel ratio of 2, both pixels are
    // full: two device pixels are one logical pixel).
    // Each pixel looks at its four neighbours and writes only itself, so bands can run in
    // parallel once every fill is done.
    const unsigned weight = unsigned(std::lround(180.0 * std::max(1.0, devicePixelRatio)));
    const int w = m_size.width(), h = m_size.height();
    const auto bordered = [](quint32 a, quint32 b) {
        return a != b && !(a & kNoBorder) && !(b & kNoBorder);
    };
    for (int y = m_clip.top(); y <= m_clip.bottom(); ++y) {
        const quint32 *up = y > 0 ? idLine(y - 1) : nullptr;
        const quint32 *mid = idLine(y);
        const quint32 *down = y + 1 < h ? idLine(y + 1) : nullptr;
        QRgb *dst = scanLine(y);
        Trace *traces = traceLine(y);
        for (int x = m_clip.left(); x <= m_clip.right(); ++x) {
            const quint32 id = mid[x];
            const unsigned seams = (x > 0 && bordered(id, mid[x - 1]))
                + (x + 1 < w && bordered(id, mid[x + 1])) + (up && bordered(id, up[x]))
                + (down && bordered(id, down[x]));
            if (seams) {
                const unsigned coverage = std::min(256u, seams * weight);
                dst[x] = blend(dst[x], color, coverage);
                if (traces)
                    traces[x].borderCoverage = Trace::stored(coverage);
            }
        }
    }
}

} // namespace qw

#pragma once

#include "ScratchBuffers.h"

#include <QImage>
#include <QPointF>
#include <QRect>

#include <algorithm>
#include <vector>

namespace qw {

// Fills the polygons of a map's areas with exact-area antialiasing straight into a
// premultiplied ARGB32 image and draws the borders between them, for the thousands of
// small areas of a map: QPainter pays a fixed price per call that dominates at 10,000
// areas and more, here a polygon costs its edges plus the pixels of its bounding box.
// Filling is signed-area accumulation as in font-rs (R. Levien): each edge adds the area
// it covers to a buffer, a running sum per row gives the coverage. Each pixel also
// records which area covers most of it (an id buffer), and the borders are drawn where
// neighbouring ids differ: each shared edge once, at the cost of one pass over the image
// instead of a stroke per area. Works on a band of rows (clip), so threads can share one
// image. Not thread-safe itself: one instance per thread, on disjoint bands.
class PolygonRaster
{
public:
    // Ids with this bit set get no border (areas too small for one); 0 is the background.
    static constexpr quint32 kNoBorder = 0x80000000u;

    // What drew one pixel, apart from the colours: the last two ids composited onto it with
    // their coverage (0..256; 0: none), the border's coverage on top. Recolouring a traced
    // raster (AreaRaster) repeats the same blends in other colours: exact where at most two
    // areas touch a pixel, which holds for all but the few pixels where three areas meet.
    // Coverages are kept as coverage - 1 in a byte (12 bytes a pixel, not 16): composites
    // below 3 are skipped and borders weigh at least 180, so 1 and 2 never occur.
    struct Trace
    {
        quint32 top = 0; // ids without kNoBorder
        quint32 under = 0;
        quint8 topCoverage = 0;
        quint8 underCoverage = 0;
        quint8 borderCoverage = 0;

        static unsigned coverage(quint8 stored) { return stored ? stored + 1u : 0u; }
        static quint8 stored(unsigned coverage) { return quint8(coverage - 1); }
    };

    // Draws into the pixels of a premultiplied ARGB32 image (not owned; take them with
    // QImage::bits() once, before threads share the image) and an id buffer of the same
    // size (size.width() ids per row, zeroed by the caller) within clip (device pixels).
    PolygonRaster(uchar *bits, qsizetype bytesPerLine, quint32 *ids, QSize size, const QRect &clip);

    // Fills the rings (device pixels; closed implicitly) with a premultiplied colour by
    // the odd-even rule, so holes stay empty whichever way their rings turn.
    void fill(const std::vector<QPolygonF> &rings, QRgb premultiplied, quint32 id);
    // A rectangle without antialiasing (areas smaller than a pixel).
    void fillRect(const QRectF &rect, QRgb premultiplied, quint32 id);
    // The borders between areas (and between areas and the background), one logical
    // pixel wide, after all fills of every band are done.
    void drawBorders(QRgb premultiplied, double devicePixelRatio = 1.0);
    // Records every composite into traces (one per pixel, as the id buffer; default
    // constructed by the caller) as well; null: nothing recorded.
    void setTraces(Trace *traces) { m_traces = traces; }
    // As fill and fillRect, but only recorded into the traces: nothing drawn, no id (an
    // area QPainter hatches now, which a later frame may fill from the traces).
    void traceOnly(const std::vector<QPolygonF> &rings, quint32 id);
    void traceOnlyRect(const QRectF &rect, quint32 id);

    // src * coverage (0..256) over dst, both premultiplied ARGB: the one blend of fills and
    // borders, also for recolouring a trace.
    static QRgb blend(QRgb dst, QRgb src, unsigned coverage)
    {
        const unsigned a = (qAlpha(src) * coverage) >> 8;
        if (a >= 255)
            return src;
        const unsigned inv = 255 - a;
        const auto mix = [&](unsigned s, unsigned d) {
            return std::min(255u, ((s * coverage) >> 8) + (d * inv + 127) / 255);
        };
        return qRgba(mix(qRed(src), qRed(dst)), mix(qGreen(src), qGreen(dst)),
                     mix(qBlue(src), qBlue(dst)), mix(qAlpha(src), qAlpha(dst)));
    }

private:
    // Prepares the buffer for a bounding box (device pixels); false when nothing is visible.
    bool begin(const QRectF &bounds);
    void line(QPointF p0, QPointF p1);
    void composite(QRgb premultiplied, quint32 id);

    QRgb *scanLine(int y) const { return reinterpret_cast<QRgb *>(m_bits + y * m_bytesPerLine); }

    quint32 *idLine(int y) const { return m_ids + std::size_t(y) * std::size_t(m_size.width()); }

    Trace *traceLine(int y) const
    {
        return m_traces ? m_traces + std::size_t(y) * std::size_t(m_size.width()) : nullptr;
    }

    static void trace(Trace &t, quint32 id, unsigned coverage)
    {
        t.under = t.top;
        t.underCoverage = t.topCoverage;
        t.top = id & ~kNoBorder;
        t.topCoverage = Trace::stored(coverage);
    }

    uchar *m_bits;
    qsizetype m_bytesPerLine;
    quint32 *m_ids;
    Trace *m_traces = nullptr;
    bool m_draw = true; // false within traceOnly
    QSize m_size;
    QRect m_clip;
    // The accumulation buffer of the current shape: m_box in device pixels, one extra
    // column on the right for the edge's spill; all zero between shapes (composite()
    // clears what line() wrote). Its memory is kept for the next raster.
    ScratchVector<float> m_acc;
    QRect m_box;
    int m_stride = 0;
};

} // namespace qw

#include "AreaRaster.h"

#include <future>

namespace qw {

AreaRaster::AreaRaster(std::shared_ptr<const AreaGeometrySet> areas, const MapTransform &transform,
                       qreal devicePixelRatio, QSize pixels)
    : m_areas(std::move(areas))
    , m_transform(transform)
    , m_dpr(devicePixelRatio)
    , m_pixels(pixels)
    , m_traces(std::size_t(std::max(0, pixels.width())) * std::size_t(std::max(0, pixels.height())))
{ }

bool AreaRaster::fits(const AreaGeometrySet *areas, const MapTransform &transform,
                      qreal devicePixelRatio) const
{
    return areas == m_areas.get() && transform == m_transform && devicePixelRatio == m_dpr;
}

bool AreaRaster::paint(QImage &image, const std::vector<QRgb> &colours, QRgb border,
                       const std::atomic_bool *cancel) const
{
    if (image.size() != m_pixels || image.format() != QImage::Format_ARGB32_Premultiplied)
        return false;
    const int w = m_pixels.width();
    uchar *bits = image.bits(); // detaches here, once, not in the threads
    const qsizetype stride = image.bytesPerLine();
    const QRgb background = colours.front();
    const auto band = [&](int top, int bottom) {
        for (int y = top; y < bottom; ++y) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            auto *dst = reinterpret_cast<QRgb *>(bits + y * stride);
            const PolygonRaster::Trace *t = m_traces.data() + std::size_t(y) * std::size_t(w);
            for (int x = 0; x < w; ++x) {
                const PolygonRaster::Trace &p = t[x];
                const QRgb top = colours[p.top];
                QRgb c;
                // Most pixels lie inside one area: its colour, as the fill wrote it.
                if (p.topCoverage == 255 && qAlpha(top) == 255) {
                    c = top;
                } else {
                    c = background;
                    if (p.underCoverage)
                        c = PolygonRaster::blend(c, colours[p.under],
                                                 PolygonRaster::Trace::coverage(p.underCoverage));
                    if (p.topCoverage)
                        c = PolygonRaster::blend(c, top,
                                                 PolygonRaster::Trace::coverage(p.topCoverage));
                }
                if (p.borderCoverage)
                    c = PolygonRaster::blend(c, border,
                                             PolygonRaster::Trace::coverage(p.borderCoverage));
                dst[x] = c;
            }
        }
        return true;
    };
    const int split = m_pixels.height() / 2;
    auto lower = std::async(std::launch::async, band, split, m_pixels.height());
    const bool upperDone = band(0, split);
    return lower.get() && upperDone;
}

} // namespace qw

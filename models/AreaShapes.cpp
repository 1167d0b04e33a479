#include "AreaShapes.h"

#include <QtEndian>
#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>

namespace qw {

// m_meta for one area, from Record::meta on:
//   P, R, C                     polygons, rings, coarse rings
//   P polygon ends              in rings
//   R ring ends                 in points, counted from the area's first point
//   C coarse ring ends          in points, counting on after the last full point
// The points themselves (x, y pairs of 16-bit steps) sit in one run from Record::xy.

namespace {

constexpr double kSteps = 65535.0;
constexpr std::size_t kBlockValues = std::size_t(1) << 20; // 2 MB

// A stored chunk: magic, area count, meta count, value count (u32 each), then per area
// its bounds (4 doubles), then the areas' m_meta runs, then their points (u16 each).
constexpr quint32 kChunkMagic = 0x31535751; // "QWS1"
constexpr std::size_t kChunkHeader = 16;
constexpr std::size_t kBoundsBytes = 4 * sizeof(double);

std::size_t metaLength(const std::uint32_t *m)
{
    return 3 + std::size_t(m[0]) + m[1] + m[2];
}

// Points of the area whose m_meta run starts at m (full and coarse).
std::uint32_t pointCount(const std::uint32_t *m)
{
    return m[1] + m[2] > 0 ? m[metaLength(m) - 1] : 0;
}

// Checks one area's m_meta run of at most available values and returns its length, or 0
// if it is malformed: polygons end at strictly rising ring counts up to the ring count,
// rings at rising point counts.
std::size_t checkedMetaLength(const std::uint32_t *m, std::size_t available)
{
    if (available < 3)
        return 0;
    const std::size_t length = metaLength(m);
    if (length > available || (m[0] == 0) != (m[1] == 0))
        return 0;
    std::uint32_t last = 0;
    for (std::uint32_t p = 0; p < m[0]; ++p) {
        if (m[3 + p] <= last || m[3 + p] > m[1])
            return 0;
        last = m[3 + p];
    }
    if (last != m[1])
        return 0;
    last = 0;
    for (std::size_t r = 3 + m[0]; r < length; ++r) {
        if (m[r] < last)
            return 0;
        last = m[r];
    }
    return length;
}

bool validBounds(const Bounds &b, std::uint32_t points)
{
    if (b == Bounds())
        return points == 0; // an empty area
    return std::isfinite(b.minX) && std::isfinite(b.minY) && std::isfinite(b.maxX)
        && std::isfinite(b.maxY) && b.minX <= b.maxX && b.minY <= b.maxY;
}

// Keeps the vertices at least tolerance from the last kept one (and every ring's closing
// point); rings that collapse below a triangle are left out, and a polygon whose exterior
// collapses with them.
MultiPolygon thinned(const MultiPolygon &g, double tolerance)
{
    MultiPolygon out;
    const double tol2 = tolerance * tolerance;
    std::vector<std::vector<double>> rings;
    for (int p = 0; p < g.polygonCount(); ++p) {
        rings.clear();
        for (int r = g.firstRing(p); r < g.ringEnd(p); ++r) {
            const auto c = g.ring(r);
            std::vector<double> ring {c[0], c[1]};
            double lx = c[0], ly = c[1];
            for (std::size_t k = 2; k + 1 < c.size(); k += 2) {
                const double dx = c[k] - lx, dy = c[k + 1] - ly;
                if (dx * dx + dy * dy >= tol2 || k + 2 >= c.size()) {
                    ring.push_back(c[k]);
                    ring.push_back(c[k + 1]);
                    lx = c[k];
                    ly = c[k + 1];
                }
            }
            if (ring.size() >= 8)
                rings.push_back(std::move(ring));
            else if (r == g.firstRing(p))
                break;
        }
        if (!rings.empty())
            out.addPolygon(rings);
    }
    return out;
}

struct Grid
{
    double ox, oy, sx, sy;

    explicit Grid(const Bounds &b)
        : ox(b.minX), oy(b.minY), sx(b.width() / kSteps), sy(b.height() / kSteps)
    { }
    static std::uint16_t step(double v, double origin, double size)
    {
        // Rounded by adding a half and truncating: v - origin is never negative here but
        // for rounding error, which the clamp takes (and lround was a tenth of reading). A
        // NaN of a damaged file is no step at all: 0, not a conversion of NaN (fuzzing).
        const double t = size > 0 ? (v - origin) / size + 0.5 : 0;
        return t > 0 ? std::uint16_t(std::min(t, 65535.0)) : 0;
    }
    void put(std::span<const double> ring, std::uint16_t *&out) const
    {
        for (std::size_t k = 0; k + 1 < ring.size(); k += 2) {
            *out++ = step(ring[k], ox, sx);
            *out++ = step(ring[k + 1], oy, sy);
        }
    }
};

} // namespace

AreaShapes::AreaShapes() = default;
AreaShapes::~AreaShapes() = default;
AreaShapes::AreaShapes(AreaShapes &&) noexcept = default;
AreaShapes &AreaShapes::operator=(AreaShapes &&) noexcept = default;

namespace {

// A block of values. On Linux a full block is one 2 MiB-aligned huge page where the
// system offers them: its first touch is one page fault instead of 512, and a million
// areas fill 300 blocks (on a virtualised machine the faults were a second of opening).
std::uint16_t *newBlock(std::size_t values)
{
    const std::size_t bytes = values * sizeof(std::uint16_t);
#ifdef Q_OS_LINUX
    constexpr std::size_t kHugePage = std::size_t(2) << 20;
    if (bytes % kHugePage == 0) {
        void *p = std::aligned_alloc(kHugePage, bytes);
        if (!p)
            throw std::bad_alloc();
        madvise(p, bytes, MADV_HUGEPAGE);
        return static_cast<std::uint16_t *>(p);
    }
#endif
    void *p = std::malloc(bytes);
    if (!p)
        throw std::bad_alloc();
    return static_cast<std::uint16_t *>(p);
}

} // namespace

void AreaShapes::FreeBlock::operator()(std::uint16_t *block) const
{
    std::free(block);
}

std::uint16_t *AreaShapes::allocate(std::size_t values)
{
    if (values > kBlockValues) { // a very detailed area gets a block of its own
        m_values += values;
        return m_large.emplace_back(newBlock(values)).get();
    }
    if (m_blocks.empty() || m_blockUsed + values > kBlockValues) {
        m_blocks.emplace_back(newBlock(kBlockValues));
        m_blockUsed = 0;
        m_values += kBlockValues;
    }
    std::uint16_t *out = m_blocks.back().get() + m_blockUsed;
    m_blockUsed += values;
    return out;
}

void AreaShapes::append(const MultiPolygon &g)
{
    // An outline reaching to infinity (a damaged file) has no grid to be stored on, and its
    // chunk was refused when read back (fuzzing): it is kept as an area without outline,
    // which the map sets apart (AreaGeometrySet::outlandishRows).
    if (const Bounds &b = g.bounds(); !g.isEmpty()
        && !(std::isfinite(b.minX) && std::isfinite(b.maxX) && std::isfinite(b.minY)
             && std::isfinite(b.maxY))) {
        append(MultiPolygon());
        return;
    }
    Record record;
    record.bounds = g.bounds();
    record.meta = std::uint32_t(m_meta.size());
    const Bounds &b = g.bounds();
    const MultiPolygon coarse =
        g.isEmpty() ? MultiPolygon() : thinned(g, std::max(b.width(), b.height()) / kCoarseSteps);
    m_meta.push_back(std::uint32_t(g.polygonCount()));
    m_meta.push_back(std::uint32_t(g.ringCount()));
    m_meta.push_back(std::uint32_t(coarse.ringCount()));
    for (int p = 0; p < g.polygonCount(); ++p)
        m_meta.push_back(std::uint32_t(g.ringEnd(p)));
    std::uint32_t points = 0;
    for (int r = 0; r < g.ringCount(); ++r)
        m_meta.push_back(points += std::uint32_t(g.ring(r).size() / 2));
    for (int r = 0; r < coarse.ringCount(); ++r)
        m_meta.push_back(points += std::uint32_t(coarse.ring(r).size() / 2));
    if (points > 0) {
        std::uint16_t *out = allocate(std::size_t(points) * 2);
        record.xy = out;
        const Grid grid(b);
        for (int r = 0; r < g.ringCount(); ++r)
            grid.put(g.ring(r), out);
        for (int r = 0; r < coarse.ringCount(); ++r)
            grid.put(coarse.ring(r), out);
    }
    m_areas.push_back(record);
}

void AreaShapes::finish()
{
    m_areas.shrink_to_fit();
    m_meta.shrink_to_fit();
}

AreaShapes::Outline AreaShapes::outline(int area) const
{
    const Record &a = m_areas[std::size_t(area)];
    const std::uint32_t *m = m_meta.data() + a.meta;
    const Grid grid(a.bounds);
    Outline o;
    o.m_ringCount = int(m[1]);
    o.m_ringEnds = m + 3 + m[0];
    o.m_xy = a.xy;
    o.m_ox = grid.ox;
    o.m_oy = grid.oy;
    o.m_sx = grid.sx;
    o.m_sy = grid.sy;
    return o;
}

AreaShapes::Outline AreaShapes::coarseOutline(int area) const
{
    Outline o = outline(area);
    const int full = o.m_ringCount;
    o.m_first = full == 0 ? 0 : int(o.m_ringEnds[full - 1]);
    o.m_ringCount = int(m_meta[m_areas[std::size_t(area)].meta + 2]);
    o.m_ringEnds += full;
    return o;
}

MultiPolygon AreaShapes::geometry(int area) const
{
    const Outline o = outline(area);
    const std::uint32_t *m = m_meta.data() + m_areas[std::size_t(area)].meta;
    MultiPolygon out;
    std::vector<std::vector<double>> rings;
    int ring = 0;
    for (std::uint32_t p = 0; p < m[0]; ++p) {
        rings.clear();
        for (; ring < int(m[3 + p]); ++ring) {
            std::vector<double> xy;
            xy.reserve(std::size_t(o.pointEnd(ring) - o.pointBegin(ring)) * 2);
            for (int k = o.pointBegin(ring); k < o.pointEnd(ring); ++k) {
                xy.push_back(o.x(k));
                xy.push_back(o.y(k));
            }
            rings.push_back(std::move(xy));
        }
        out.addPolygon(rings);
    }
    return out;
}

bool AreaShapes::contains(int area, double x, double y) const
{
    return bounds(area).contains(x, y) && evenOddContains(outline(area), x, y);
}

std::size_t AreaShapes::memoryBytes() const
{
    return m_areas.capacity() * sizeof(Record) + m_meta.capacity() * sizeof(std::uint32_t)
        + m_values * sizeof(std::uint16_t);
}

void AreaShapes::writeChunks(
    const std::function<void(int areaCount, QByteArray &&chunk)> &take) const
{
    std::size_t first = 0;
    while (first < m_areas.size()) {
        std::size_t end = first, values = 0, meta = 0;
        do {
            const std::uint32_t *m = m_meta.data() + m_areas[end].meta;
            values += 2 * std::size_t(pointCount(m));
            meta += metaLength(m);
            ++end;
        } while (end < m_areas.size()
                 && values + 2 * std::size_t(pointCount(m_meta.data() + m_areas[end].meta))
                     <= kBlockValues);
        const std::size_t count = end - first;
        QByteArray chunk(qsizetype(kChunkHeader + count * kBoundsBytes
                                   + meta * sizeof(std::uint32_t) + values * sizeof(std::uint16_t)),
                         Qt::Uninitialized);
        char *out = chunk.data();
        for (const std::size_t v : {std::size_t(kChunkMagic), count, meta, values}) {
            qToLittleEndian(quint32(v), out);
            out += 4;
        }
        for (std::size_t a = first; a < end; ++a) {
            const Bounds &b = m_areas[a].bounds;
            const double xy[4] = {b.minX, b.minY, b.maxX, b.maxY};
            qToLittleEndian<double>(xy, 4, out);
            out += kBoundsBytes;
        }
        for (std::size_t a = first; a < end; ++a) {
            const std::uint32_t *m = m_meta.data() + m_areas[a].meta;
            qToLittleEndian<quint32>(m, qsizetype(metaLength(m)), out);
            out += metaLength(m) * sizeof(std::uint32_t);
        }
        for (std::size_t a = first; a < end; ++a) {
            const std::size_t n = 2 * std::size_t(pointCount(m_meta.data() + m_areas[a].meta));
            if (n == 0)
                continue; // an area without points has no xy to copy (memcpy from null)
            qToLittleEndian<quint16>(m_areas[a].xy, qsizetype(n), out);
            out += n * sizeof(std::uint16_t);
        }
        take(int(count), std::move(chunk));
        first = end;
    }
}

bool AreaShapes::appendChunk(QByteArrayView chunk)
{
    if (std::size_t(chunk.size()) < kChunkHeader)
        return false;
    const char *in = chunk.data();
    const auto header = [&](int i) {
        return std::size_t(qFromLittleEndian<quint32>(in + 4 * i));
    };
    const std::size_t count = header(1), metaCount = header(2), values = header(3);
    if (header(0) != kChunkMagic
        || std::size_t(chunk.size())
            != kChunkHeader + count * kBoundsBytes + metaCount * sizeof(std::uint32_t)
                + values * sizeof(std::uint16_t))
        return false;
    const char *boundsIn = in + kChunkHeader;
    std::vector<std::uint32_t> meta(metaCount);
    qFromLittleEndian<quint32>(boundsIn + count * kBoundsBytes, qsizetype(metaCount), meta.data());
    std::vector<Record> records(count);
    std::vector<std::size_t> firstValue(count);
    std::size_t at = 0, points = 0;
    for (std::size_t a = 0; a < count; ++a) {
        const std::size_t length = checkedMetaLength(meta.data() + at, metaCount - at);
        if (length == 0)
            return false;
        Record &r = records[a];
        double xy[4];
        qFromLittleEndian<double>(boundsIn + a * kBoundsBytes, 4, xy);
        r.bounds = {xy[0], xy[1], xy[2], xy[3]};
        const std::uint32_t n = pointCount(meta.data() + at);
        if (!validBounds(r.bounds, n))
            return false;
        r.meta = std::uint32_t(m_meta.size() + at);
        firstValue[a] = 2 * points;
        at += length;
        points += n;
    }
    if (at != metaCount || 2 * points != values)
        return false;
    std::uint16_t *xy = values > 0 ? allocate(values) : nullptr;
    if (xy)
        qFromLittleEndian<quint16>(boundsIn + count * kBoundsBytes
                                       + metaCount * sizeof(std::uint32_t),
                                   qsizetype(values), xy);
    for (std::size_t a = 0; a < count; ++a)
        records[a].xy = xy + firstValue[a];
    m_meta.insert(m_meta.end(), meta.begin(), meta.end());
    m_areas.insert(m_areas.end(), records.begin(), records.end());
    return true;
}

} // namespace qw

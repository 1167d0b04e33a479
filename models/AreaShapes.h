#pragma once

#include "Geometry.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace qw {

// The outlines of a project's areas as the map draws and hit-tests them, stored compactly.
// Each area's coordinates are 16-bit steps across its bounding box (1/65,535 of its width
// and of its height: under 2 cm on a kilometre-wide Sozialraum, far below a pixel at any
// zoom the map offers), where doubles would take four times the memory: a million areas of
// 125 vertices take about 0.6 GB here. The bounds are kept exactly, and so is every vertex
// on them. The exact geometry stays in the project file: imports and GEOS work read it
// from there. Each area also keeps a coarse outline (see kCoarseSteps) for views that show
// it a few pixels wide.
//
// Filled once, then immutable: any thread may read while no one appends.
class AreaShapes
{
public:
    // The coarse outline keeps the vertices at least 1/kCoarseSteps of the area's larger
    // side apart: all a view shows of an area at most kCoarseSteps pixels wide (the error
    // stays under a pixel), at about 4 x kCoarseSteps vertices instead of a hundred or more.
    static constexpr double kCoarseSteps = 16;

    // The rings of one area's outline (full or coarse), in world coordinates on demand.
    // Points k of ring r: [pointBegin(r), pointEnd(r)); the last repeats the first (the
    // same accessors as MultiPolygon's, so drawing code takes either). A view into
    // AreaShapes: valid while they live.
    class Outline
    {
    public:
        int ringCount() const { return m_ringCount; }
        int pointBegin(int ring) const { return ring == 0 ? m_first : int(m_ringEnds[ring - 1]); }
        int pointEnd(int ring) const { return int(m_ringEnds[ring]); }
        double x(int k) const { return m_ox + m_xy[2 * k] * m_sx; }
        double y(int k) const { return m_oy + m_xy[2 * k + 1] * m_sy; }

    private:
        friend class AreaShapes;
        const std::uint32_t *m_ringEnds = nullptr;
        const std::uint16_t *m_xy = nullptr;
        int m_ringCount = 0;
        int m_first = 0;
        double m_ox = 0, m_oy = 0, m_sx = 0, m_sy = 0;
    };

    AreaShapes();
    ~AreaShapes();
    AreaShapes(AreaShapes &&) noexcept;
    AreaShapes &operator=(AreaShapes &&) noexcept;

    // Appends the next area's outline (an empty geometry gives an empty outline).
    void append(const MultiPolygon &geometry);
    // Frees growth reserve once every area is in.
    void finish();

    int count() const { return int(m_areas.size()); }
    const Bounds &bounds(int area) const { return m_areas[std::size_t(area)].bounds; }
    Outline outline(int area) const;
    Outline coarseOutline(int area) const;
    // The area's geometry as doubles (rebuilt from the compact form, with its polygons and
    // holes), for the few uses that need a MultiPolygon: label points, highlight paths.
    MultiPolygon geometry(int area) const;
    // Even-odd test over the area's rings, as the map fills it.
    bool contains(int area, double x, double y) const;
    // Bytes held, for the benchmark's account of memory.
    std::size_t memoryBytes() const;

    // The stored form (the project file keeps it in qw_area_shapes, so that opening reads
    // it instead of decoding every geometry): consecutive areas in chunks of at most a
    // block of points (or one area, if it has more), little-endian, so a chunk is read
    // back with one copy into a block.
    void writeChunks(const std::function<void(int areaCount, QByteArray &&chunk)> &take) const;
    // Appends the areas of one chunk. A file can be damaged: a chunk that is not exactly
    // what writeChunks() makes (sizes, counts, ring ends, bounds) appends nothing and
    // returns false.
    bool appendChunk(QByteArrayView chunk);

private:
    struct Record
    {
        Bounds bounds;
        const std::uint16_t *xy = nullptr; // full points, then coarse points
        std::uint32_t meta = 0; // offset in m_meta (layout in AreaShapes.cpp)
    };
    std::uint16_t *allocate(std::size_t values);

    std::vector<Record> m_areas;
    std::vector<std::uint32_t> m_meta;
    // Coordinates in fixed blocks, so appending never moves (and never briefly doubles) the
    // hundreds of megabytes already read.
    struct FreeBlock
    {
        void operator()(std::uint16_t *block) const;
    };
    using Block = std::unique_ptr<std::uint16_t[], FreeBlock>;
    std::vector<Block> m_blocks; // the last one is being filled
    std::vector<Block> m_large; // one per area too big for a block
    std::size_t m_blockUsed = 0;
    std::size_t m_values = 0; // allocated, for memoryBytes()
};

} // namespace qw

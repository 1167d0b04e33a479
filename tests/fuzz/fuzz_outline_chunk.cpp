// Fuzz target: the stored-outline chunk decoder (AreaShapes::appendChunk, the rows of a
// project's qw_area_shapes read at open). A damaged chunk must be refused whole; the
// areas of an accepted one must be safe to draw and hit-test, and store again unchanged.

#include "AreaShapes.h"
#include "FuzzCheck.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    qw::AreaShapes shapes;
    const QByteArrayView chunk(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!shapes.appendChunk(chunk)) {
        QW_FUZZ_CHECK(shapes.count() == 0);
        return 0;
    }
    shapes.finish();
    for (int area = 0; area < shapes.count(); ++area) {
        for (const qw::AreaShapes::Outline &o : {shapes.outline(area), shapes.coarseOutline(area)})
            for (int ring = 0; ring < o.ringCount(); ++ring)
                for (int k = o.pointBegin(ring); k < o.pointEnd(ring); ++k)
                    (void)(o.x(k) + o.y(k));
        const qw::Bounds &b = shapes.bounds(area);
        (void)shapes.contains(area, (b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2);
        (void)shapes.geometry(area);
    }
    // Stored again, the areas read back the same; in one chunk, byte for byte.
    std::vector<QByteArray> written, rewritten;
    shapes.writeChunks([&](int, QByteArray &&c) { written.push_back(std::move(c)); });
    qw::AreaShapes reread;
    for (const QByteArray &c : written)
        QW_FUZZ_CHECK(reread.appendChunk(QByteArrayView(c)));
    reread.writeChunks([&](int, QByteArray &&c) { rewritten.push_back(std::move(c)); });
    QW_FUZZ_CHECK(written == rewritten);
    if (written.size() == 1)
        QW_FUZZ_CHECK(written[0] == chunk);
    return 0;
}

#include "MapRenderJob.h"

#include "AreaRaster.h"
#include "MapRenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace qw {

MapRenderJob::MapRenderJob(MapSnapshot snapshot, MapTransform transform, qreal devicePixelRatio,
                           QObject *parent)
    : QObject(parent)
    , m_snapshot(std::move(snapshot))
    , m_transform(transform)
    , m_dpr(devicePixelRatio)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<Frame>::finished, this, [this] {
        if (m_cancel->load())
            return;
        const Frame frame = m_watcher.result();
        m_raster = frame.raster;
        if (!frame.image.isNull())
            Q_EMIT finished(frame.image, m_transform);
    });
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    waitForFinished();
}

void MapRenderJob::setFilm(std::shared_ptr<const AreaRaster> raster)
{
    m_film = true;
    m_raster = std::move(raster);
}

void MapRenderJob::start()
{
    // The lambda holds its own references: the job may be deleted while it runs.
    auto cancelFlag = m_cancel;
    auto snapshot = m_snapshot;
    const auto transform = m_transform;
    const qreal dpr = m_dpr;
    const bool film = m_film;
    auto raster = m_raster;
    m_watcher.setFuture(QtConcurrent::run([snapshot, transform, dpr, cancelFlag, film, raster] {
        Frame frame;
        if (film) {
            frame.raster = raster;
            frame.image =
                MapRenderer::renderFrame(snapshot, transform, dpr, frame.raster, cancelFlag.get());
        } else {
            frame.image = MapRenderer::renderImage(snapshot, transform, dpr, cancelFlag.get());
        }
        return frame;
    }));
}

void MapRenderJob::cancel()
{
    m_cancel->store(true);
}

void MapRenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace qw

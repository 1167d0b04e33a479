#include "MapRenderJob.h"

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
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, [this] {
        if (m_cancel->load())
            return;
        const QImage image = m_watcher.result();
        if (!image.isNull())
            Q_EMIT finished(image, m_transform);
    });
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    waitForFinished();
}

void MapRenderJob::start()
{
    // The lambda holds its own references: the job may be deleted while it runs.
    auto cancelFlag = m_cancel;
    auto snapshot = m_snapshot;
    const auto transform = m_transform;
    const qreal dpr = m_dpr;
    m_watcher.setFuture(QtConcurrent::run([snapshot, transform, dpr, cancelFlag] {
        return MapRenderer::renderImage(snapshot, transform, dpr, cancelFlag.get());
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

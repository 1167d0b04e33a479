#pragma once

#include "MapSnapshot.h"
#include "MapTransform.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace qw {

class AreaRaster;

// Renders a snapshot on a worker thread (Qt's global thread pool). The job owns its copy
// of the snapshot and transform; cancel() makes the worker stop at the next feature and
// suppresses finished(). Owned by its QObject parent; delete it to cancel and forget it.
class MapRenderJob : public QObject
{
    Q_OBJECT
public:
    MapRenderJob(MapSnapshot snapshot, MapTransform transform, qreal devicePixelRatio,
                 QObject *parent = nullptr);
    ~MapRenderJob() override;

    // A film frame (MapRenderer::renderFrame): recolours raster where it fits this view,
    // else traces a new one. Call before start(); without it the job renders a still frame.
    void setFilm(std::shared_ptr<const AreaRaster> raster);
    // After finished(): the trace the film frame used or made (null for a still frame).
    const std::shared_ptr<const AreaRaster> &areaRaster() const { return m_raster; }

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const MapTransform &transform() const { return m_transform; }
    // Blocks until the worker has returned (used on shutdown and in tests).
    void waitForFinished();

Q_SIGNALS:
    void finished(const QImage &image, const qw::MapTransform &transform);

private:
    MapSnapshot m_snapshot;
    MapTransform m_transform;
    qreal m_dpr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_film = false;
    std::shared_ptr<const AreaRaster> m_raster;
    struct Frame
    {
        QImage image;
        std::shared_ptr<const AreaRaster> raster;
    };
    QFutureWatcher<Frame> m_watcher;
};

} // namespace qw

#pragma once

#include "MapSnapshot.h"
#include "MapTransform.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <atomic>
#include <memory>

namespace qw {

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
    QFutureWatcher<QImage> m_watcher;
};

} // namespace qw

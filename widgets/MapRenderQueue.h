#pragma once

#include "MapSnapshot.h"
#include "MapTransform.h"

#include <QImage>
#include <QObject>

#include <memory>

namespace qw {

class AreaRaster;
class MapRenderJob;

// The map widget's render jobs on the worker thread: the job for what the map shows, and
// while a film plays (the time slider) the next frame's, rendered ahead after it. Film
// frames recolour the areas the last frame traced (MapRenderer::renderFrame) instead of
// rasterising them again; a still (not playing) is the full render. Only the frame of
// what is shown comes out, through frameReady.
class MapRenderQueue : public QObject
{
    Q_OBJECT
public:
    explicit MapRenderQueue(QObject *parent = nullptr);
    ~MapRenderQueue() override;

    // Renders what is shown; a render under way is cancelled. The frame rendered ahead for
    // this very snapshot (the same shared data) and view is taken instead: frameReady at
    // once when it is done, else when it is.
    void render(const MapSnapshot &snapshot, const MapTransform &transform, qreal dpr);
    // Starts or stops the film. Stopping returns true when the frame shown (or under way)
    // was recoloured: the caller renders it again as a still.
    bool setFilm(bool playing);
    bool isFilm() const { return m_film; }
    // The film's next frame, rendered after the one under way; nothing when not playing.
    void renderAhead(const MapSnapshot &next, const MapTransform &transform, qreal dpr);
    bool hasFrameAhead() const { return !m_aheadImage.isNull(); }

    bool isRendering() const;
    // Whether anything was asked for, and the view of the newest render asked for.
    bool hasJob() const { return m_job; }
    MapTransform transform() const;

Q_SIGNALS:
    void frameReady(const QImage &image, const qw::MapTransform &transform);

private:
    MapRenderJob *startJob(const MapSnapshot &snapshot, const MapTransform &transform, qreal dpr);
    void startAhead();
    void dropAhead();
    void onJobFinished(MapRenderJob *job, const QImage &image);
    static void discard(MapRenderJob *job);

    MapRenderJob *m_job = nullptr;
    // The film: the areas the last frame traced, and whether the last frame shown was one.
    bool m_film = false;
    bool m_shownIsFilm = false;
    std::shared_ptr<const AreaRaster> m_areaRaster;
    // The next frame (renderAhead): its job, waiting for the one under way while null and
    // m_aheadWaiting; its image once done.
    MapSnapshot m_aheadSnapshot;
    MapTransform m_aheadTransform;
    qreal m_aheadDpr = 1.0;
    MapRenderJob *m_ahead = nullptr;
    bool m_aheadWaiting = false;
    QImage m_aheadImage;
};

} // namespace qw

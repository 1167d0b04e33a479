#include "MapRenderQueue.h"

#include "AreaRaster.h"
#include "MapRenderJob.h"

#include <utility>

namespace qw {

namespace {

// Whether two snapshots draw the same map: the same shared data (a snapshot kept and
// handed back, not one built again) and the same settings.
bool sameDrawing(const MapSnapshot &a, const MapSnapshot &b)
{
    return a.areas == b.areas && a.choropleth == b.choropleth && a.bivariate == b.bivariate
        && a.circles == b.circles && a.groupAxes == b.groupAxes && a.labels == b.labels
        && a.landmarks == b.landmarks && a.facilities == b.facilities
        && a.showFacilities == b.showFacilities && a.facilityKinds == b.facilityKinds
        && a.locale == b.locale && a.background == b.background;
}

} // namespace

MapRenderQueue::MapRenderQueue(QObject *parent) : QObject(parent) { }

MapRenderQueue::~MapRenderQueue()
{
    delete m_job; // cancels and waits for the worker
    delete m_ahead;
}

void MapRenderQueue::discard(MapRenderJob *job)
{
    // The worker stops at the next feature, so deleting the job later waits only briefly.
    if (job) {
        job->cancel();
        job->deleteLater();
    }
}

bool MapRenderQueue::isRendering() const
{
    return m_job && m_job->isRunning();
}

MapTransform MapRenderQueue::transform() const
{
    return m_job ? m_job->transform() : MapTransform();
}

void MapRenderQueue::render(const MapSnapshot &snapshot, const MapTransform &transform, qreal dpr)
{
    discard(m_job);
    if (m_ahead && sameDrawing(snapshot, m_aheadSnapshot) && m_ahead->transform() == transform
        && dpr == m_aheadDpr) {
        m_job = std::exchange(m_ahead, nullptr);
        const QImage image = std::exchange(m_aheadImage, QImage());
        m_aheadSnapshot = {};
        if (!image.isNull())
            onJobFinished(m_job, image);
        return;
    }
    // A frame ahead for another view is of no use: it starts again after this one.
    if (m_ahead && (m_ahead->transform() != transform || dpr != m_aheadDpr)) {
        discard(std::exchange(m_ahead, nullptr));
        m_aheadImage = {};
        m_aheadTransform = transform;
        m_aheadDpr = dpr;
        m_aheadWaiting = true;
    }
    m_job = startJob(snapshot, transform, dpr);
}

bool MapRenderQueue::setFilm(bool playing)
{
    if (playing == m_film)
        return false;
    m_film = playing;
    if (playing)
        return false;
    dropAhead();
    m_areaRaster.reset();
    return m_shownIsFilm || isRendering();
}

void MapRenderQueue::renderAhead(const MapSnapshot &next, const MapTransform &transform, qreal dpr)
{
    dropAhead();
    if (!m_film || !next.areas || !transform.isValid())
        return;
    m_aheadSnapshot = next;
    m_aheadTransform = transform;
    m_aheadDpr = dpr;
    m_aheadWaiting = true;
    // One frame at a time: the first traces the areas that the next recolours.
    if (!isRendering())
        startAhead();
}

void MapRenderQueue::startAhead()
{
    m_aheadWaiting = false;
    m_ahead = startJob(m_aheadSnapshot, m_aheadTransform, m_aheadDpr);
}

void MapRenderQueue::dropAhead()
{
    discard(std::exchange(m_ahead, nullptr));
    m_aheadSnapshot = {};
    m_aheadImage = {};
    m_aheadWaiting = false;
}

MapRenderJob *MapRenderQueue::startJob(const MapSnapshot &snapshot, const MapTransform &transform,
                                       qreal dpr)
{
    auto *job = new MapRenderJob(snapshot, transform, dpr, this);
    if (m_film)
        job->setFilm(m_areaRaster);
    connect(job, &MapRenderJob::finished, this,
            [this, job](const QImage &image) { onJobFinished(job, image); });
    job->start();
    return job;
}

void MapRenderQueue::onJobFinished(MapRenderJob *job, const QImage &image)
{
    if (m_film && job->areaRaster())
        m_areaRaster = job->areaRaster();
    if (job == m_ahead) {
        m_aheadImage = image;
        return;
    }
    if (job != m_job)
        return;
    m_shownIsFilm = m_film;
    Q_EMIT frameReady(image, job->transform());
    if (m_aheadWaiting)
        startAhead();
}

} // namespace qw

#include "LocatorMap.h"

#include "MapTransform.h"
#include "Project.h"

#include <QPainter>

#include <cmath>

namespace qw {

namespace {

const QColor kGrey(0xd9, 0xd9, 0xd9);
const QColor kMarked(0xd6, 0x60, 0x4d);
// Pixels per point of the grey image: 300 dpi, as the PDF pages are written.
constexpr double kImageScale = 300.0 / 72.0;

MapTransform fitted(const AreaGeometrySet &set, const QSizeF &size)
{
    return MapTransform::fit(set.bounds(), size.toSize(), 4, set.xScale());
}

} // namespace

LocatorMap::LocatorMap(std::shared_ptr<const Project> project, const QString &levelKey)
    : m_set(std::move(project), levelKey)
{ }

QImage LocatorMap::background(const QSizeF &size) const
{
    const std::pair<int, int> key {int(std::lround(size.width() * 10)),
                                   int(std::lround(size.height() * 10))};
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_images.find(key); it != m_images.end())
        return it->second;
    QImage image(QSize(int(std::ceil(size.width() * kImageScale)),
                       int(std::ceil(size.height() * kImageScale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(kImageScale, kImageScale);
    p.setTransform(fitted(m_set, size).worldToScreen(), true);
    p.setPen(QPen(Qt::white, 0));
    p.setBrush(kGrey);
    for (int i = 0; i < m_set.count(); ++i)
        p.drawPath(m_set.path(i));
    p.end();
    m_images.emplace(key, image);
    return image;
}

void LocatorMap::paint(QPainter &p, const QRectF &r, int projectIndex) const
{
    if (m_set.count() == 0 || r.isEmpty())
        return;
    p.save();
    p.translate(r.topLeft());
    p.drawImage(QRectF(QPointF(0, 0), r.size()), background(r.size()));
    const int chosen = m_set.rowOfProjectIndex(projectIndex);
    if (chosen >= 0) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setTransform(fitted(m_set, r.size()).worldToScreen(), true);
        p.setPen(QPen(Qt::white, 0));
        p.setBrush(kMarked);
        p.drawPath(m_set.path(chosen));
    }
    p.restore();
}

void LocatorMap::paintVector(QPainter &p, const QRectF &r,
                             const std::shared_ptr<const Project> &project) const
{
    if (m_set.count() == 0 || r.isEmpty())
        return;
    // The level above: the level of the first area's parent.
    QString parentLevel;
    for (int i = 0; i < m_set.count() && parentLevel.isEmpty(); ++i) {
        const AreaInfo &a = project->areas()[size_t(m_set.projectIndex(i))];
        if (const int parent = project->areaIndex(a.parentKey); parent >= 0)
            parentLevel = project->areas()[size_t(parent)].level;
    }
    const MapTransform t = fitted(m_set, r.size());
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(r.topLeft());
    p.setTransform(t.worldToScreen(), true);
    p.setPen(QPen(Qt::white, 0));
    p.setBrush(QColor(0xc6, 0xd4, 0xe1));
    for (int i = 0; i < m_set.count(); ++i)
        p.drawPath(m_set.path(i));
    if (!parentLevel.isEmpty()) {
        const AreaGeometrySet parents(project, parentLevel);
        p.setPen(QPen(QColor(0x4a, 0x5a, 0x6a), 0.8 * t.unitsPerPixel())); // 0.8 pt
        p.setBrush(Qt::NoBrush);
        for (int i = 0; i < parents.count(); ++i)
            p.drawPath(parents.path(i));
    }
    p.restore();
}

} // namespace qw

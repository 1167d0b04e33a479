#include "NoteMarkers.h"

#include "AreaGeometrySet.h"
#include "MapTransform.h"
#include "Project.h"
#include "ProjectStore.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace qw {

std::shared_ptr<const NoteMarkers> NoteMarkers::ofProject(Project &project)
{
    QHash<int, int> counts;
    for (const Note &n : project.store().notes().notes())
        if (const int index = project.areaIndex(n.areaKey); index >= 0)
            ++counts[index];
    if (counts.isEmpty())
        return nullptr;
    return std::make_shared<const NoteMarkers>(std::move(counts));
}

void NoteMarkers::paint(QPainter &p, const MapTransform &transform,
                        const AreaGeometrySet &areas) const
{
    if (m_counts.isEmpty() || !transform.isValid())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont font = p.font();
    font.setPixelSize(11);
    font.setBold(true);
    p.setFont(font);
    // A yellow sticky note with a folded corner: the paper cards of a workshop, and a
    // colour that no choropleth ramp uses for its classes' outlines.
    const QColor paper(0xff, 0xd8, 0x4d);
    const QColor edge(0x6b, 0x4f, 0x00);
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        const int row = areas.rowOfProjectIndex(it.key());
        if (row < 0 || it.value() <= 0)
            continue;
        const QPointF world = areas.labelPoint(row);
        const QPointF at = transform.toScreen(world.x(), world.y());
        const QString text = it.value() > 99 ? QStringLiteral("99+") : QString::number(it.value());
        const double w = std::max(kSize, p.fontMetrics().horizontalAdvance(text) + 8.0);
        const QRectF r(at.x() + 4, at.y() - kSize - 4, w, kSize);
        const double fold = 5;
        QPainterPath card;
        card.moveTo(r.topLeft());
        card.lineTo(r.right() - fold, r.top());
        card.lineTo(r.right(), r.top() + fold);
        card.lineTo(r.bottomRight());
        card.lineTo(r.bottomLeft());
        card.closeSubpath();
        p.setPen(QPen(edge, 1.0));
        p.setBrush(paper);
        p.drawPath(card);
        p.drawLine(QPointF(r.right() - fold, r.top()), QPointF(r.right() - fold, r.top() + fold));
        p.drawLine(QPointF(r.right() - fold, r.top() + fold), QPointF(r.right(), r.top() + fold));
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(r.adjusted(0, 1, -2, 0), Qt::AlignCenter, text);
    }
    p.restore();
}

} // namespace qw

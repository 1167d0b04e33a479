#include "AllocationMapView.h"

#include "AllocationMap.h"

#include <QMouseEvent>
#include <QPainter>

namespace qw {

AllocationMapView::AllocationMapView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 160);
    setAccessibleName(tr("Map of the amounts"));
}

void AllocationMapView::setMap(std::shared_ptr<const AllocationMap> map)
{
    m_map = std::move(map);
    update();
}

void AllocationMapView::setSelected(std::vector<bool> selected)
{
    m_selected = std::move(selected);
    update();
}

void AllocationMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_map)
        return;
    p.setRenderHint(QPainter::Antialiasing);
    m_map->paint(p, QRectF(rect()).adjusted(4, 0, -4, 0), m_selected);
}

void AllocationMapView::mousePressEvent(QMouseEvent *event)
{
    if (!m_map || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int row = m_map->rowAt(QRectF(rect()).adjusted(4, 0, -4, 0), event->position());
    if (row >= 0)
        Q_EMIT rowClicked(row, event->modifiers() & Qt::ControlModifier);
}

} // namespace qw

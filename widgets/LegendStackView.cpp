#include "LegendStackView.h"

#include "LegendRenderer.h"
#include "MapLegends.h"
#include "MapPanesLayout.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <cmath>

#include <algorithm>

namespace qw {

LegendStackView::LegendStackView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    hide();
}

LegendStackView::~LegendStackView() = default;

void LegendStackView::setMaps(const std::vector<MapSnapshot> &maps, const QString &title)
{
    m_blocks.clear(); // before the snapshots whose renderers they refer to
    m_maps = maps;
    QFont f = font();
    f.setPointSizeF(std::max(7.5, f.pointSizeF() * 0.85));
    QFont bold = f;
    bold.setBold(true);
    const QString shown = QFontMetricsF(bold).elidedText(title, Qt::ElideRight, kMaxTitleWidth);
    m_blocks = MapPanesLayout::sharedLegends(m_maps, shown, f, QLocale());
    m_sources = MapPanesLayout::sources(m_maps);
    setVisible(!m_blocks.empty() || !m_sources.isEmpty());
    updateGeometry();
    update();
}

QFont LegendStackView::sourceFont() const
{
    QFont f = font();
    f.setPointSizeF(std::max(7.5, f.pointSizeF() * 0.85));
    return f;
}

QRectF LegendStackView::sourceRect() const
{
    const QSizeF s = MapLegends::stackSize(m_blocks, kSpacing);
    const double width = std::max(s.width(), double(kMaxTitleWidth) * 0.8);
    const QRectF bound = QFontMetricsF(sourceFont())
                             .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, m_sources);
    const double top = kMargin + s.height() + (s.height() > 0 ? kSpacing : 0);
    return m_sources.isEmpty() ? QRectF(kMargin, top, width, 0)
                               : QRectF(kMargin, top, width, bound.height());
}

QSize LegendStackView::sizeHint() const
{
    const QRectF r = sourceRect();
    return QSize(int(std::ceil(r.width())) + 2 * kMargin, int(std::ceil(r.bottom())) + kMargin);
}

QSize LegendStackView::minimumSizeHint() const
{
    return QSize(sizeHint().width(), 0);
}

void LegendStackView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    MapLegends::paintStack(p, QPointF(kMargin, kMargin), m_blocks, kSpacing);
    if (!m_sources.isEmpty()) {
        p.setFont(sourceFont());
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(sourceRect(), Qt::TextWordWrap, m_sources);
    }
}

} // namespace qw

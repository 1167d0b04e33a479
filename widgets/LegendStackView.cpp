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

void LegendStackView::setMaps(const std::vector<MapSnapshot> &maps, const QString &title,
                              bool everyMap)
{
    m_blocks.clear(); // before the snapshots whose renderers they refer to
    m_maps = maps;
    QFont f = font();
    f.setPointSizeF(std::max(7.5, f.pointSizeF() * 0.85));
    QFont bold = f;
    bold.setBold(true);
    const QString shown = QFontMetricsF(bold).elidedText(title, Qt::ElideRight, kMaxTitleWidth);

    const QFontMetricsF fm(f), bfm(bold);
    if (everyMap) {
        // Each map's classes, headed by its indicator and period, one under the other.
        for (const MapSnapshot &map : m_maps) {
            const QString name = bfm.elidedText(map.caption.title, Qt::ElideRight, kMaxTitleWidth);
            const QString sub = fm.elidedText(map.caption.subtitle, Qt::ElideRight, kMaxTitleWidth);
            for (auto &block : MapPanesLayout::ownLegends(map, false, name, sub, f, QLocale()))
                m_blocks.push_back(std::move(block));
        }
    }
    for (auto &block : MapPanesLayout::sharedLegends(m_maps, shown, f, QLocale()))
        m_blocks.push_back(std::move(block));
    setVisible(!m_blocks.empty());
    updateGeometry();
    update();
}

QSize LegendStackView::sizeHint() const
{
    const QSizeF s = MapLegends::stackSize(m_blocks, kSpacing);
    return QSize(int(std::ceil(s.width())) + 2 * kMargin, int(std::ceil(s.height())) + 2 * kMargin);
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
}

} // namespace qw

#include "AllocationMap.h"

#include "AllocationTableModel.h"
#include "AreaGeometrySet.h"
#include "ChoroplethRenderer.h"
#include "Classification.h"
#include "ColorRamp.h"
#include "MapTransform.h"

#include <QPainter>

#include <cmath>

namespace qw {

AllocationMap::AllocationMap(const std::shared_ptr<const Project> &project,
                             const Allocation &allocation, const QLocale &locale,
                             const QFont &legendFont)
    : m_set(std::make_shared<AreaGeometrySet>(project, allocation.rule.levelKey))
{
    std::vector<double> amounts;
    for (double a : allocation.result.amount)
        if (std::isfinite(a))
            amounts.push_back(a);
    // Whole units (staff positions) get whole-number breaks and no empty classes.
    const ClassificationMethod *pretty =
        ClassificationRegistry::instance().method(ClassificationKind::Pretty);
    const bool whole = ClassificationMethod::wholeNumbers(amounts);
    const std::vector<double> edges =
        whole ? pretty->wholeNumberClasses(amounts, 5) : pretty->classes(amounts, 5);
    const int classes = std::max(1, int(edges.size()) - 1);
    const std::vector<QColor> colors = ColorRamp::byId(QStringLiteral("Blues")).colors(classes);
    // As many decimals as the breaks need to differ: pretty breaks of 1 to 3 positions are
    // 1, 1.5, 2, ..., which whole numbers would show as "über 2 bis 2".
    int decimals = 0;
    const auto needs = [&](int d) {
        const double scale = std::pow(10.0, d);
        for (double e : edges)
            if (std::abs(e * scale - std::round(e * scale)) > 1e-6 * std::max(1.0, e * scale))
                return true;
        return false;
    };
    while (decimals < 2 && needs(decimals))
        ++decimals;
    std::vector<LegendEntry> entries(static_cast<std::size_t>(classes));
    for (int c = 0; c < classes; ++c) {
        entries[std::size_t(c)].brush = colors[std::size_t(c)];
        entries[std::size_t(c)].label = whole
            ? ChoroplethRenderer::wholeClassLabel(std::size_t(c), edges, locale)
            : ChoroplethRenderer::classLabel(std::size_t(c), edges, decimals, locale);
    }
    LegendEntry missing {LegendEntry::Kind::Missing,
                         AllocationTableModel::limitText(AllocationLimit::NoValue),
                         ChoroplethRenderer::missingBrush(), 0};
    for (int row = 0; row < m_set->count(); ++row) {
        const double a = std::size_t(row) < allocation.size()
            ? allocation.result.amount[std::size_t(row)]
            : std::nan("");
        const int c = std::isfinite(a) ? std::clamp(classIndex(edges, a), 0, classes - 1) : -1;
        if (c < 0) {
            m_fills.push_back(missing.brush);
            ++missing.count;
        } else {
            m_fills.push_back(colors[std::size_t(c)]);
            ++entries[std::size_t(c)].count;
        }
    }
    if (missing.count > 0)
        entries.push_back(missing);
    m_paths.reserve(std::size_t(m_set->count()));
    for (int row = 0; row < m_set->count(); ++row)
        m_paths.push_back(m_set->path(row));
    m_legend = std::make_shared<LegendRenderer>(
        tr("Amount (%1)").arg(AllocationRule::unitName(allocation.rule.unit)), allocation.levelName,
        std::move(entries), legendFont);
}

QRectF AllocationMap::mapRect(const QRectF &r) const
{
    const QSizeF legend = m_legend->size();
    return {r.left(), r.top() + 4, std::max(10.0, r.width() - legend.width() - 12),
            std::max(10.0, r.height() - 8)};
}

void AllocationMap::paint(QPainter &p, const QRectF &r, const std::vector<bool> &selected) const
{
    const QRectF map = mapRect(r);
    const MapTransform t =
        MapTransform::fit(m_set->bounds(), map.size().toSize(), 4, m_set->xScale());
    p.save();
    p.translate(map.topLeft());
    p.setTransform(t.worldToScreen(), true);
    for (int i = 0; i < m_set->count(); ++i) {
        p.setPen(QPen(Qt::white, 0));
        p.setBrush(m_fills[std::size_t(i)]);
        p.drawPath(m_paths[std::size_t(i)]);
    }
    // The selection on top, in the map's highlight colour, so no neighbour hides it.
    for (int i = 0; i < m_set->count() && std::size_t(i) < selected.size(); ++i)
        if (selected[std::size_t(i)]) {
            QPen pen(QColor(0xe6, 0x55, 0x0d), 2.5);
            pen.setCosmetic(true); // the same width at any scale
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(m_paths[std::size_t(i)]);
        }
    p.restore();
    m_legend->paint(p, QPointF(r.right() - m_legend->size().width(), r.top() + 4));
}

int AllocationMap::rowAt(const QRectF &r, QPointF point) const
{
    const QRectF map = mapRect(r);
    if (!map.contains(point))
        return -1;
    const MapTransform t =
        MapTransform::fit(m_set->bounds(), map.size().toSize(), 4, m_set->xScale());
    const QPointF world = t.toWorld(point - map.topLeft());
    return m_set->hitTest(world.x(), world.y());
}

} // namespace qw

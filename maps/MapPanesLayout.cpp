#include "MapPanesLayout.h"

#include "ChoroplethRenderer.h"
#include "MapLayout.h"
#include "MapLegends.h"
#include "SharedLegend.h"
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace qw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::MapPanesLayout", text);
}

bool sameIndicator(const std::vector<MapSnapshot> &maps)
{
    for (const MapSnapshot &s : maps)
        if (!s.choropleth || !maps.front().choropleth
            || s.choropleth->indicator().key != maps.front().choropleth->indicator().key)
            return false;
    return !maps.empty();
}

} // namespace

QString MapPanesLayout::periodOf(const MapSnapshot &s)
{
    return s.choropleth ? s.choropleth->period()
                        : s.caption.subtitle.section(QStringLiteral(" · "), 0, 0);
}

bool MapPanesLayout::sharesClasses(const std::vector<MapSnapshot> &maps)
{
    if (!sameIndicator(maps))
        return false;
    const ChoroplethRenderer &first = *maps.front().choropleth;
    // A status x dynamics matrix counts its own map's areas per cell: one per map.
    for (const MapSnapshot &s : maps)
        if (s.bivariate || s.groupAxes || s.choropleth->edges() != first.edges()
            || s.choropleth->colors() != first.colors())
            return false;
    return true;
}

QString MapPanesLayout::title(const std::vector<MapSnapshot> &maps)
{
    bool same = !maps.empty();
    for (const MapSnapshot &s : maps)
        same = same && s.caption.title == maps.front().caption.title;
    return same ? maps.front().caption.title : tr("Map comparison");
}

QString MapPanesLayout::sources(const std::vector<MapSnapshot> &maps)
{
    QStringList lines;
    for (const MapSnapshot &s : maps)
        if (!s.caption.source.isEmpty() && !lines.contains(s.caption.source))
            lines << s.caption.source;
    // "Quelle: A; B" rather than "Quelle: A; Quelle: B": the word once, where all share it.
    const qsizetype colon = lines.isEmpty() ? -1 : lines.front().indexOf(QLatin1String(": "));
    if (colon > 0) {
        const QString prefix = lines.front().left(colon + 2);
        if (std::all_of(lines.begin(), lines.end(),
                        [&](const QString &l) { return l.startsWith(prefix); }))
            for (qsizetype i = 1; i < lines.size(); ++i)
                lines[i] = lines[i].mid(prefix.size());
    }
    return lines.join(QStringLiteral("; "));
}

std::vector<std::unique_ptr<LegendBlock>>
MapPanesLayout::sharedLegends(const std::vector<MapSnapshot> &maps, const QString &title,
                              const QFont &font, const QLocale &locale)
{
    std::vector<std::unique_ptr<LegendBlock>> blocks;
    if (maps.empty())
        return blocks;
    if (sharesClasses(maps)) {
        QStringList periods;
        std::vector<std::vector<LegendEntry>> entries;
        for (const MapSnapshot &s : maps) {
            periods << periodOf(s);
            entries.push_back(s.choropleth->legend(locale));
        }
        // An index's status classes say which way need runs, as on the single map.
        const QString note =
            MapLegends::classSubtitle(maps.front().choropleth->indicator(),
                                      maps.front().caption.legendNote, germanUi(locale));
        blocks.push_back(std::make_unique<SharedLegend>(title, note, periods, entries, font));
        for (const MapSnapshot &s : maps) {
            MapSnapshot circlesOnly = s; // the blocks refer to s's renderers, shared here
            circlesOnly.choropleth.reset();
            circlesOnly.showFacilities = false;
            for (auto &block : MapLegends::build(circlesOnly, {}, {}, font, locale))
                blocks.push_back(std::move(block));
        }
    }
    // The panes show the same facilities: their key once.
    MapSnapshot facilitiesOnly = maps.front();
    facilitiesOnly.choropleth.reset();
    facilitiesOnly.bivariate.reset();
    facilitiesOnly.circles.reset();
    for (auto &block : MapLegends::build(facilitiesOnly, {}, {}, font, locale))
        blocks.push_back(std::move(block));
    return blocks;
}

std::vector<std::unique_ptr<LegendBlock>>
MapPanesLayout::paneLegends(const MapSnapshot &map, bool shared, QFont font, double titleWidth)
{
    font.setPointSizeF(std::max(7.5, font.pointSizeF() * 0.85));
    const QString city = map.caption.cityValue.isEmpty()
        ? QString()
        : QCoreApplication::translate("qw::MapWidget", "City: %1").arg(map.caption.cityValue);
    // What the pane shows, in the legend too (its header's box may cut the name): the
    // indicator, cut to a small pane's legend, then the period and the city's value.
    QFont bold = font;
    bold.setBold(true);
    const QString title =
        QFontMetricsF(bold).elidedText(map.caption.title, Qt::ElideRight, titleWidth);
    QStringList subtitle;
    // The period as the caption words it: a change names its base ("Change 2022 → 2024").
    if (map.choropleth)
        subtitle << map.caption.subtitle.section(QStringLiteral(" · "), 0, 0);
    if (!city.isEmpty())
        subtitle << city;
    return ownLegends(map, shared, title, subtitle.join(QStringLiteral(" · ")), font, QLocale());
}

std::vector<std::unique_ptr<LegendBlock>>
MapPanesLayout::ownLegends(const MapSnapshot &map, bool shared, const QString &title,
                           const QString &subtitle, const QFont &font, const QLocale &locale)
{
    if (shared)
        return {};
    MapSnapshot withoutFacilities = map; // the blocks refer to map's renderers, shared here
    withoutFacilities.showFacilities = false;
    return MapLegends::build(withoutFacilities, title, subtitle, font, locale);
}

void MapPanesLayout::paint(QPainter &p, const QRectF &page, const std::vector<MapSnapshot> &maps,
                           const Bounds &extent, const QLocale &locale)
{
    if (maps.empty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(page, Qt::white);
    const double margin = page.width() * 0.035;
    const QRectF inner = page.adjusted(margin, margin, -margin, -margin);
    const int n = int(maps.size());
    const int columns = n == 4 ? 2 : n;
    const int rows = (n + columns - 1) / columns;
    const double scale = rows > 1 || columns > 2 ? 0.85 : 1.0; // smaller type in small panes

    // Page title; the subtitle says what is compared.
    const QFont titleFont = MapLayout::font(page.width() * 0.026, true);
    const QFont subFont = MapLayout::font(page.width() * 0.016);
    const QFont smallFont = MapLayout::font(page.width() * 0.012);
    const QFont headFont = MapLayout::font(page.width() * 0.016 * scale, true);
    const QFont headSubFont = MapLayout::font(page.width() * 0.0125 * scale);
    const QFont legendFont = MapLayout::font(page.width() * 0.0125 * scale);
    const QFontMetricsF tfm(titleFont), sfm(subFont), smfm(smallFont), hfm(headFont),
        hsfm(headSubFont);
    const bool shared = sharesClasses(maps);
    QStringList periods, panes;
    for (const MapSnapshot &s : maps) {
        periods << periodOf(s);
        panes << s.caption.title + QLatin1Char(' ') + periodOf(s);
    }
    double y = inner.top();
    p.setPen(QColor(0x1a, 0x1a, 0x1a));
    p.setFont(titleFont);
    p.drawText(QPointF(inner.left(), y + tfm.ascent()),
               tfm.elidedText(title(maps), Qt::ElideRight, inner.width()));
    y += tfm.height();
    p.setFont(subFont);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const QString subtitle = sameIndicator(maps)
        ? tr("Periods compared: %1").arg(periods.join(QStringLiteral(", ")))
        : panes.join(QStringLiteral(" | "));
    // Wrapped, not cut: four indicators with their periods, or several sources, take two
    // lines, and a handout must name every one.
    const QRectF subRect = sfm.boundingRect(
        QRectF(inner.left(), y, inner.width(), inner.height() / 4), Qt::TextWordWrap, subtitle);
    p.drawText(QRectF(inner.left(), y, inner.width(), subRect.height()), Qt::TextWordWrap,
               subtitle);
    y += subRect.height() + margin * 0.4;

    // Source lines at the bottom.
    const QString sourceText = sources(maps);
    const double footer = smfm.boundingRect(QRectF(0, 0, inner.width(), inner.height() / 4),
                                            Qt::TextWordWrap, sourceText)
                              .height()
        + smfm.height() * 0.4;
    p.setFont(smallFont);
    p.drawText(QRectF(inner.left(), inner.bottom() - footer, inner.width(), footer),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, sourceText);

    // One legend for all at the right (the class legend, then each map's circles), or
    // one per map beside it.
    const double spacing = margin * 0.3;
    const std::vector<std::unique_ptr<LegendBlock>> common =
        sharedLegends(maps, tr("Legend"), legendFont, locale);
    const QSizeF commonSize = MapLegends::stackSize(common, spacing);
    const double commonWidth = common.empty() ? 0 : commonSize.width() + margin * 0.5;
    MapLegends::paintStack(p, QPointF(inner.right() - commonSize.width(), y), common, spacing);

    // The grid of maps.
    const double gap = margin * 0.5;
    const QRectF grid(inner.left(), y, inner.width() - commonWidth, inner.bottom() - footer - y);
    const double cellW = (grid.width() - gap * (columns - 1)) / columns;
    const double cellH = (grid.height() - gap * (rows - 1)) / rows;
    for (int i = 0; i < n; ++i) {
        const MapSnapshot &s = maps[std::size_t(i)];
        const QRectF cell(grid.left() + (i % columns) * (cellW + gap),
                          grid.top() + (i / columns) * (cellH + gap), cellW, cellH);
        // Heading: the map's title, then its period with unit and city value.
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.setFont(headFont);
        p.drawText(QPointF(cell.left(), cell.top() + hfm.ascent()),
                   hfm.elidedText(s.caption.title, Qt::ElideRight, cell.width()));
        p.setFont(headSubFont);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QPointF(cell.left(), cell.top() + hfm.height() + hsfm.ascent()),
                   hsfm.elidedText(s.caption.subtitle, Qt::ElideRight, cell.width()));
        const double top = cell.top() + hfm.height() + hsfm.height() + 4;
        const std::vector<std::unique_ptr<LegendBlock>> own =
            ownLegends(s, shared, tr("Legend"), {}, legendFont, locale);
        // The legend beside the map or below it, whichever leaves the map larger (three
        // tall panes in a row take it below).
        const QSizeF ownSize = MapLegends::stackSize(own, spacing);
        const double ownWidth = own.empty() ? 0 : ownSize.width() + spacing;
        const double ownHeight = own.empty() ? 0 : ownSize.height() + spacing;
        const QRectF beside(cell.left(), top, cell.width() - ownWidth, cell.bottom() - top);
        const QRectF below(cell.left(), top, cell.width(), cell.bottom() - top - ownHeight);
        const auto mapScale = [&](const QRectF &r) {
            return std::min(r.width() / std::max(extent.width(), 1e-9),
                            r.height() / std::max(extent.height(), 1e-9));
        };
        const bool legendBelow = !own.empty() && below.height() > 0
            && ownSize.width() <= cell.width() && mapScale(below) > mapScale(beside);
        const QRectF mapRect = legendBelow ? below : beside;
        const QPointF legendAt = legendBelow ? QPointF(cell.left(), mapRect.bottom() + spacing)
                                             : QPointF(cell.right() - ownSize.width(), top);
        p.setFont(smallFont);
        p.setPen(QColor(0x33, 0x33, 0x33));
        // One north arrow, on the top right map.
        MapLayout::paintMap(p, mapRect, s, extent, locale,
                            i == columns - 1 ? margin * 0.5 * scale : 0);
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(mapRect);
        MapLegends::paintStack(p, legendAt, own, spacing);
    }
    p.restore();
}

} // namespace qw

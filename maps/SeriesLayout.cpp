#include "SeriesLayout.h"

#include "AreaGeometrySet.h"
#include "AxisTicks.h"
#include "ChoroplethRenderer.h"
#include "LegendRenderer.h"
#include "MapLayout.h"
#include "MapPanesLayout.h"
#include "Project.h"
#include "UiLanguage.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qw {

namespace {

QString periodOf(const MapSnapshot &s)
{
    return MapPanesLayout::periodOf(s);
}

// The city's line: a dot and its value per period, gaps where there is none, the periods
// under the dots.
void paintCityTrend(QPainter &p, const QRectF &box, const SeriesLayout::Series &series,
                    const QLocale &locale, const QFont &font, const QFont &bold)
{
    const std::size_t n = series.maps.size();
    if (n == 0 || series.city.size() != n)
        return;
    const Indicator *ind =
        series.maps.front().choropleth ? &series.maps.front().choropleth->indicator() : nullptr;
    double lo = INFINITY, hi = -INFINITY;
    for (double v : series.city)
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const QFontMetricsF fm(font), bfm(bold);
    p.save();
    p.setFont(bold);
    p.setPen(QColor(0x1a, 0x1a, 0x1a));
    // The heading names the unit of the value axis and the periods it spans.
    const QString unit = ind ? ind->unitName(germanUi(locale)) : QString();
    const QString span = n > 1
        ? SeriesLayout::tr("%1 to %2")
              .arg(periodOf(series.maps.front()), periodOf(series.maps.back()))
        : periodOf(series.maps.front());
    p.drawText(QPointF(box.left(), box.top() + bfm.ascent()),
               unit.isEmpty()
                   ? SeriesLayout::tr("The city over the periods (%1)").arg(span)
                   : SeriesLayout::tr("The city over the periods (%1), in %2").arg(span, unit));
    if (!std::isfinite(lo)) {
        p.setFont(font);
        p.drawText(QPointF(box.left(), box.top() + bfm.height() + fm.ascent()),
                   SeriesLayout::tr("No city value in any period."));
        p.restore();
        return;
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    // A value axis of round ticks, so the line reads as values, not only as a shape.
    const std::vector<double> ticks = AxisTicks::round(lo, hi, 3);
    lo = ticks.front();
    hi = ticks.back();
    const int decimals = ind ? ind->decimals : 1;
    QStringList tickLabels;
    double labelWidth = 0;
    for (double t : ticks) {
        // As many decimals as the ticks need, at most the indicator's own.
        int d = 0;
        while (d < decimals
               && std::abs(t * std::pow(10.0, d) - std::round(t * std::pow(10.0, d))) > 1e-6)
            ++d;
        tickLabels << locale.toString(t, 'f', d);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tickLabels.back()));
    }
    const double left = box.left() + labelWidth + 8;
    const QRectF plot(left + 6, box.top() + bfm.height() + fm.height() + 2,
                      box.right() - left - 6
                          - fm.horizontalAdvance(periodOf(series.maps.back())) / 2,
                      box.height() - bfm.height() - 2.5 * fm.height() - 4);
    // The first period's label clear of the value axis' labels.
    const double inset = fm.horizontalAdvance(periodOf(series.maps.front())) / 2 + 4;
    const auto x = [&](std::size_t i) {
        return n == 1 ? plot.center().x()
                      : plot.left() + inset + (plot.width() - inset) * double(i) / double(n - 1);
    };
    const auto y = [&](double v) {
        return plot.bottom() - plot.height() * (v - lo) / (hi - lo);
    };
    p.setFont(font);
    for (std::size_t t = 0; t < ticks.size(); ++t) {
        const double ty = y(ticks[t]);
        p.setPen(QPen(QColor(0xe2, 0xe2, 0xe2), 0.5));
        p.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(box.left(), ty - fm.height() / 2, labelWidth + 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabels[int(t)]);
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.6));
    p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    for (std::size_t i = 0; i < n; ++i) // a tick per period on the time axis
        p.drawLine(QPointF(x(i), plot.bottom()), QPointF(x(i), plot.bottom() + 2));
    QPainterPath line;
    bool open = false;
    for (std::size_t i = 0; i < n; ++i) {
        const double v = series.city[i];
        if (!std::isfinite(v)) {
            open = false; // a gap, never an interpolated value
            continue;
        }
        const QPointF pt(x(i), y(v));
        open ? line.lineTo(pt) : line.moveTo(pt);
        open = true;
    }
    p.setPen(QPen(QColor(0x33, 0x44, 0x55), 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setFont(font);
    for (std::size_t i = 0; i < n; ++i) {
        const QString period = periodOf(series.maps[i]);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(
            QPointF(x(i) - fm.horizontalAdvance(period) / 2, plot.bottom() + fm.ascent() + 2),
            period);
        const double v = series.city[i];
        if (!std::isfinite(v))
            continue;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x33, 0x44, 0x55));
        p.drawEllipse(QPointF(x(i), y(v)), 2.2, 2.2);
        const QString text = ind ? ind->format(v, locale) : locale.toString(v, 'f', 1);
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.drawText(QPointF(x(i) - fm.horizontalAdvance(text) / 2, y(v) - 4), text);
    }
    p.restore();
}

} // namespace

SeriesLayout::Series SeriesLayout::collect(const ProjectMap &map, Project &project,
                                           ProjectMap::View view, const QLocale &locale)
{
    Series series;
    view.showFacilities = false;
    for (const QString &period : project.periods(view.indicator)) {
        view.period = period;
        series.maps.push_back(map.snapshot(view, locale));
        const auto city = project.cityValue(view.indicator, period, map.levelKey());
        series.city.push_back(city ? *city : std::numeric_limits<double>::quiet_NaN());
    }
    return series;
}

int SeriesLayout::columnsFor(int n, double mapAspect, QSizeF box)
{
    int best = 1;
    double bestSide = 0;
    for (int c = 1; c <= std::max(1, n); ++c) {
        const int r = (n + c - 1) / c;
        const double w = box.width() / c, h = box.height() / r;
        const double side = std::min(w, h * mapAspect); // the map's width in its cell
        if (side > bestSide + 1e-9) {
            bestSide = side;
            best = c;
        }
    }
    return best;
}

void SeriesLayout::paint(QPainter &p, const QRectF &page, const Series &series,
                         const Bounds &extent, const QLocale &locale)
{
    if (series.maps.empty())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(page, Qt::white);
    const double margin = page.width() * 0.03;
    const QRectF inner = page.adjusted(margin, margin, -margin, -margin);
    const QFont titleFont = MapLayout::font(page.width() * 0.024, true);
    const QFont subFont = MapLayout::font(page.width() * 0.014);
    const QFont smallFont = MapLayout::font(page.width() * 0.011);
    const QFont headFont = MapLayout::font(page.width() * 0.013, true);
    const QFont legendFont = MapLayout::font(page.width() * 0.012);
    const QFontMetricsF tfm(titleFont), sfm(subFont), smfm(smallFont), hfm(headFont);
    const MapSnapshot &first = series.maps.front();
    const int n = int(series.maps.size());

    double y = inner.top();
    p.setPen(QColor(0x1a, 0x1a, 0x1a));
    p.setFont(titleFont);
    p.drawText(QPointF(inner.left(), y + tfm.ascent()),
               tfm.elidedText(first.caption.title, Qt::ElideRight, inner.width()));
    y += tfm.height();
    p.setFont(subFont);
    p.setPen(QColor(0x55, 0x55, 0x55));
    QString subtitle =
        tr("%1 to %2: %n maps", nullptr, n).arg(periodOf(first), periodOf(series.maps.back()));
    if (!first.caption.legendNote.isEmpty())
        subtitle += QStringLiteral(" · ") + first.caption.legendNote;
    p.drawText(QPointF(inner.left(), y + sfm.ascent()),
               sfm.elidedText(subtitle, Qt::ElideRight, inner.width()));
    y += sfm.height() + margin * 0.3;

    const double footer = smfm.height() * 1.4;
    p.setFont(smallFont);
    p.drawText(
        QRectF(inner.left(), inner.bottom() - footer, inner.width(), footer),
        Qt::AlignLeft | Qt::AlignVCenter,
        smfm.elidedText(MapPanesLayout::sources(series.maps), Qt::ElideRight, inner.width()));

    // The legend on the right: the pooled classes, without counts (they differ by period).
    std::vector<LegendEntry> entries;
    if (first.choropleth)
        entries = first.choropleth->legend(locale);
    for (LegendEntry &e : entries)
        e.count = -1;
    const QString unit =
        first.choropleth ? first.choropleth->indicator().unitName(germanUi(locale)) : QString();
    const LegendRenderer legend(tr("Legend"), unit, entries, legendFont);
    const QSizeF legendSize = entries.empty() ? QSizeF(0, 0) : legend.size();
    if (!entries.empty())
        legend.paint(p, QPointF(inner.right() - legendSize.width(), y));

    // The city's line under the grid, as wide as the grid.
    const double gridRight =
        inner.right() - (entries.empty() ? 0 : legendSize.width() + margin * 0.5);
    const double trendHeight = (inner.bottom() - footer - y) * 0.2;
    const QRectF trend(inner.left(), inner.bottom() - footer - trendHeight,
                       gridRight - inner.left(), trendHeight);
    paintCityTrend(p, trend, series, locale, smallFont, headFont);

    const QRectF grid(inner.left(), y, gridRight - inner.left(), trend.top() - margin * 0.3 - y);
    const double aspect = extent.isEmpty() || extent.height() <= 0
        ? 1.0
        : extent.width() * (first.areas ? first.areas->xScale() : 1.0) / extent.height();
    const double gap = margin * 0.3;
    const double head = hfm.height() + 2;
    const int columns = columnsFor(n, aspect, QSizeF(grid.width(), grid.height() - head));
    const int rows = (n + columns - 1) / columns;
    const double cellW = (grid.width() - gap * (columns - 1)) / columns;
    const double cellH = (grid.height() - gap * (rows - 1)) / rows;
    for (int i = 0; i < n; ++i) {
        const MapSnapshot &s = series.maps[std::size_t(i)];
        const QRectF cell(grid.left() + (i % columns) * (cellW + gap),
                          grid.top() + (i / columns) * (cellH + gap), cellW, cellH);
        p.setFont(headFont);
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.drawText(QPointF(cell.left(), cell.top() + hfm.ascent()), periodOf(s));
        const QRectF mapRect(cell.left(), cell.top() + head, cell.width(), cell.height() - head);
        p.setFont(smallFont);
        p.setPen(QColor(0x33, 0x33, 0x33));
        MapLayout::paintMap(p, mapRect, s, extent, locale, i == columns - 1 ? margin * 0.4 : 0);
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(mapRect);
    }
    p.restore();
}

QString SeriesLayout::exportFile(const QString &path, const Series &series, const Bounds &extent,
                                 const QLocale &locale, int dpi)
{
    if (series.maps.empty())
        return tr("%1: the indicator has no period to show.").arg(path);
    if (series.maps.size() < 2)
        return tr("%1: the indicator has only one period (%2): there is no series to show.")
            .arg(path, periodOf(series.maps.front()));
    return MapLayout::exportPage(
        path, series.maps.front().caption.title, MapPanesLayout::sources(series.maps),
        [&](QPainter &p, const QRectF &page) { paint(p, page, series, extent, locale); }, dpi);
}

} // namespace qw

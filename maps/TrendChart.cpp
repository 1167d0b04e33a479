#include "TrendChart.h"

#include "AxisTicks.h"
#include "ComparisonCharts.h"
#include "NumberFormat.h"
#include "TrendModel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kGrid(0xdd, 0xdd, 0xdd);
const QColor kBand(0xd9, 0xd9, 0xd9);
const QColor kShown(0xf1, 0xf1, 0xf1);

// Round ticks over lo..hi, 1, 2, 2.5 or 5 x 10^k apart. Zero is kept when it costs little
// room (the values are at least as far from zero as they spread), so a rate from 20 to
// 40 % is not drawn as if it had doubled from nothing, and an index near 100 keeps its
// detail.
std::vector<double> ticksFor(double lo, double hi, int count)
{
    if (lo >= 0 && lo <= hi - lo)
        lo = 0;
    if (!(hi > lo)) {
        const double pad = std::abs(hi) > 0 ? std::abs(hi) * 0.1 : 1;
        lo -= pad;
        hi += pad;
    }
    return AxisTicks::round(lo, hi, count);
}

int decimalsOf(double step)
{
    int decimals = 0;
    while (
        decimals < 6
        && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals)))
            > 1e-6)
        ++decimals;
    return decimals;
}

bool isGap(const TrendModel &model, int row, int column)
{
    return std::isnan(model.value(row, column));
}

struct LegendEntry
{
    enum class Mark { Line, City, Band, Gap } mark;
    QColor colour;
    QString text;
};

std::vector<LegendEntry> legendEntries(const TrendModel &model)
{
    std::vector<LegendEntry> entries;
    for (int r = 0; r < model.areaRows(); ++r)
        entries.push_back(
            {LegendEntry::Mark::Line, TrendChart::areaColour(r), model.seriesName(r)});
    entries.push_back(
        {LegendEntry::Mark::City, TrendChart::cityColour(), model.seriesName(model.cityRow())});
    entries.push_back({LegendEntry::Mark::Band, kBand, TrendChart::bandName(model)});
    bool gaps = false;
    for (int r = 0; r <= model.cityRow() && !gaps; ++r)
        for (int c = 0; c < model.columnCount() && !gaps; ++c)
            gaps = isGap(model, r, c);
    if (gaps)
        entries.push_back(
            {LegendEntry::Mark::Gap, kInk, TrendChart::tr("no value (suppressed or missing)")});
    return entries;
}

// The entries flowed into lines: the top left of each, relative to the legend's corner.
std::vector<QPointF> flow(const std::vector<LegendEntry> &entries, double width,
                          const QFontMetricsF &fm, double *height)
{
    const double swatch = fm.height() * 1.4, gap = fm.height() * 0.9, line = fm.height() + 2;
    std::vector<QPointF> at;
    double x = 0, y = 0;
    for (const LegendEntry &e : entries) {
        const double w = std::min(width, swatch + 4 + fm.horizontalAdvance(e.text));
        if (x > 0 && x + w > width) {
            x = 0;
            y += line;
        }
        at.emplace_back(x, y);
        x += w + gap;
    }
    *height = entries.empty() ? 0 : y + line;
    return at;
}

void drawGapMark(QPainter &p, const QPointF &c, double r, const QColor &colour)
{
    p.setPen(QPen(colour, std::max(1.0, r / 2.5)));
    p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
    p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
}

} // namespace

QColor TrendChart::areaColour(int row)
{
    return ComparisonCharts::areaColour(row);
}

QColor TrendChart::cityColour()
{
    return kInk;
}

QString TrendChart::bandName(const TrendModel &model)
{
    return model.band() == TrendModel::Band::Range ? tr("Range of the level")
                                                   : tr("Middle half of the level");
}

double TrendChart::Geometry::x(int column) const
{
    if (columns <= 1)
        return plot.center().x();
    return plot.left() + plot.width() * column / double(columns - 1);
}

int TrendChart::Geometry::columnAt(double px) const
{
    if (columns == 0 || px < plot.left() - 8 || px > plot.right() + 8)
        return -1;
    if (columns == 1)
        return 0;
    const double step = plot.width() / double(columns - 1);
    return std::clamp(int(std::lround((px - plot.left()) / step)), 0, columns - 1);
}

double TrendChart::Geometry::y(double value) const
{
    const double lo = ticks.front(), hi = ticks.back();
    return plot.bottom() - (value - lo) / (hi - lo) * plot.height();
}

double TrendChart::legendHeight(const TrendModel &model, double width, const QFont &font)
{
    double height = 0;
    flow(legendEntries(model), width, QFontMetricsF(font), &height);
    return height;
}

TrendChart::Geometry TrendChart::geometry(const TrendModel &model, const QRectF &rect,
                                          const Options &o)
{
    Geometry g;
    g.columns = model.columnCount();
    double lo = INFINITY, hi = -INFINITY;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < g.columns; ++c)
            if (const double v = model.value(r, c); !std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    g.ticks = ticksFor(lo, hi, o.maxTicks);
    const QFontMetricsF fm(o.font);
    const int decimals = decimalsOf(g.ticks[1] - g.ticks[0]);
    double axis = 0;
    for (double t : g.ticks)
        axis = std::max(axis, fm.horizontalAdvance(formatNumber(t, decimals, o.locale)));
    axis += 6;
    const double legend = o.legend ? legendHeight(model, rect.width(), o.font) : 0;
    // Room above for the unit, below for the periods and the gap marks, and half a
    // period label on the right so the last one is not cut.
    const double lastLabel =
        g.columns > 0 ? fm.horizontalAdvance(model.periods().constLast()) / 2 + 2 : 0;
    g.plot = rect.adjusted(axis + 4, fm.height() * 1.2, -lastLabel,
                           -(fm.height() * 2.0 + 4 + (legend > 0 ? legend + 4 : 0)));
    if (legend > 0)
        g.legend = QRectF(rect.left(), rect.bottom() - legend, rect.width(), legend);
    return g;
}

void TrendChart::paint(QPainter &p, const QRectF &rect, const TrendModel &model, const Options &o)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(o.font);
    const QFontMetricsF fm(o.font);
    if (model.columnCount() == 0) {
        p.setPen(kInk);
        p.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, tr("No values to draw."));
        p.restore();
        return;
    }
    const Geometry g = geometry(model, rect, o);
    const QRectF plot = g.plot;
    const int columns = g.columns;
    const double line = fm.height();

    // The period on the map, shaded behind everything.
    if (o.shownColumn >= 0 && o.shownColumn < columns) {
        const double half = columns > 1 ? plot.width() / (columns - 1) / 2 : plot.width() / 2;
        const double x = g.x(o.shownColumn);
        p.fillRect(QRectF(QPointF(std::max(plot.left(), x - half), plot.top()),
                          QPointF(std::min(plot.right(), x + half), plot.bottom())),
                   kShown);
    }
    // Value axis: grid lines, tick labels and the unit above them.
    const int decimals = decimalsOf(g.ticks[1] - g.ticks[0]);
    for (double t : g.ticks) {
        const double y = g.y(t);
        p.setPen(QPen(t == 0 ? QColor(0x80, 0x80, 0x80) : kGrid, t == 0 ? 1.0 : 0.6));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kInk);
        p.drawText(QRectF(rect.left(), y - line / 2, plot.left() - rect.left() - 4, line),
                   Qt::AlignRight | Qt::AlignVCenter, formatNumber(t, decimals, o.locale));
    }
    if (o.unitLabel && model.indicator().kind != IndicatorKind::Count) {
        p.setPen(kInk);
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line),
                   Qt::AlignLeft | Qt::AlignVCenter, model.unit());
    }
    // Period labels: as many as fit without touching, always the first and the last.
    double widest = 0;
    for (const QString &period : model.periods())
        widest = std::max(widest, fm.horizontalAdvance(period));
    const double step = columns > 1 ? plot.width() / (columns - 1) : plot.width();
    const int every = std::max(1, int(std::ceil((widest + line) / std::max(1.0, step))));
    p.setPen(kInk);
    // The last period (usually the map's) and the map's own are always named; a regular
    // label that would touch one of them gives way.
    const auto named = [&](int c) {
        return c == columns - 1 || c == o.shownColumn;
    };
    for (int c = 0; c < columns; ++c) {
        if (!named(c)) {
            if (c % every != 0)
                continue;
            bool touches = false;
            for (int m : {columns - 1, o.shownColumn})
                touches =
                    touches || (m >= 0 && m != c && std::abs(m - c) * step < widest + line / 2);
            if (touches)
                continue;
        }
        const double x = g.x(c);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        QFont f = o.font;
        f.setBold(c == o.shownColumn);
        p.setFont(f);
        p.drawText(QRectF(x - widest, plot.bottom() + 3, 2 * widest, line), Qt::AlignCenter,
                   model.periods()[c]);
    }
    p.setFont(o.font);

    // The band, in pieces between periods without values.
    const int low = model.bandLowRow(), high = model.bandHighRow();
    for (int c = 0; c < columns;) {
        if (isGap(model, low, c)) {
            ++c;
            continue;
        }
        int end = c;
        while (end + 1 < columns && !isGap(model, low, end + 1))
            ++end;
        QPainterPath band;
        band.moveTo(g.x(c), g.y(model.value(high, c)));
        for (int k = c + 1; k <= end; ++k)
            band.lineTo(g.x(k), g.y(model.value(high, k)));
        for (int k = end; k >= c; --k)
            band.lineTo(g.x(k), g.y(model.value(low, k)));
        band.closeSubpath();
        p.setPen(c == end ? QPen(kBand, 4, Qt::SolidLine, Qt::FlatCap) : QPen(Qt::NoPen));
        p.setBrush(kBand);
        p.drawPath(band);
        c = end + 1;
    }

    // The lines: the city under the areas, each broken at its gaps, a dot per value.
    const double dot = std::max(1.5, o.lineWidth * 1.2);
    const double markY = plot.bottom() + line + 4 + line * 0.4;
    const auto drawLine = [&](int row, const QColor &colour, double width, int markSlot) {
        QPainterPath path;
        bool open = false;
        for (int c = 0; c < columns; ++c) {
            if (isGap(model, row, c)) {
                open = false;
                continue;
            }
            const QPointF pt(g.x(c), g.y(model.value(row, c)));
            open ? path.lineTo(pt) : path.moveTo(pt);
            open = true;
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        for (int c = 0; c < columns; ++c)
            if (!isGap(model, row, c))
                p.drawEllipse(QPointF(g.x(c), g.y(model.value(row, c))), dot, dot);
        // A gap is marked under its period, one mark per series side by side.
        const double r = line * 0.22, slotWidth = 2.6 * r;
        const int slots = model.areaRows() + 1;
        for (int c = 0; c < columns; ++c)
            if (isGap(model, row, c))
                drawGapMark(p, QPointF(g.x(c) + (markSlot - (slots - 1) / 2.0) * slotWidth, markY),
                            r, colour);
    };
    drawLine(model.cityRow(), cityColour(), o.lineWidth * 1.6, model.areaRows());
    for (int r = 0; r < model.areaRows(); ++r)
        drawLine(r, areaColour(r), o.lineWidth, r);

    // The period under the mouse.
    if (o.hoverColumn >= 0 && o.hoverColumn < columns) {
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
        const double x = g.x(o.hoverColumn);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (!g.legend.isEmpty())
        paintLegend(p, g.legend, model, o.font);
    p.restore();
}

double TrendChart::paintLegend(QPainter &p, const QRectF &rect, const TrendModel &model,
                               const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const std::vector<LegendEntry> entries = legendEntries(model);
    double height = 0;
    const std::vector<QPointF> at = flow(entries, rect.width(), fm, &height);
    const double swatch = fm.height() * 1.4, line = fm.height() + 2;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries[i];
        const QPointF corner = rect.topLeft() + at[i];
        const double mid = corner.y() + line / 2;
        switch (e.mark) {
        case LegendEntry::Mark::Line:
        case LegendEntry::Mark::City:
            p.setPen(QPen(e.colour, e.mark == LegendEntry::Mark::City ? 2.6 : 1.8, Qt::SolidLine,
                          Qt::RoundCap));
            p.drawLine(QPointF(corner.x() + 1, mid), QPointF(corner.x() + swatch - 1, mid));
            break;
        case LegendEntry::Mark::Band:
            p.fillRect(QRectF(corner.x(), mid - line * 0.3, swatch, line * 0.6), e.colour);
            break;
        case LegendEntry::Mark::Gap:
            drawGapMark(p, QPointF(corner.x() + swatch / 2, mid), fm.height() * 0.22, e.colour);
            break;
        }
        p.setPen(kInk);
        const double textWidth = rect.width() - at[i].x() - swatch - 4;
        p.drawText(QRectF(corner.x() + swatch + 4, corner.y(), textWidth, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.text, Qt::ElideRight, textWidth));
    }
    p.restore();
    return height;
}

} // namespace qw

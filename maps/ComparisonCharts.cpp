#include "ComparisonCharts.h"

#include "AxisTicks.h"
#include "ComparisonModel.h"
#include "NumberFormat.h"
#include "Project.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

const QColor kAreaColours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                               QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                               QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};

const QColor kInk(0x20, 0x20, 0x20);

void drawText(QPainter &p, const QRectF &r, const QString &text, Qt::Alignment align)
{
    p.drawText(r.adjusted(3, 0, -3, 0), align | Qt::AlignVCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width() - 6)));
}

double cellValue(const QModelIndex &row, int column)
{
    return row.siblingAtColumn(column).data(ComparisonModel::ValueRole).toDouble();
}

} // namespace

QColor ComparisonCharts::areaColour(int area)
{
    return kAreaColours[std::size_t(area) % std::size(kAreaColours)];
}

QStringList ComparisonCharts::areaNames(const ComparisonModel &model)
{
    QStringList names;
    for (int a = 0; a < int(model.areaKeys().size()); ++a)
        names << model
                     .headerData(ComparisonModel::FirstAreaColumn + a, Qt::Horizontal,
                                 Qt::DisplayRole)
                     .toString();
    return names;
}

std::optional<ComparisonCharts::Bars> ComparisonCharts::bars(const ComparisonModel &model,
                                                             const QString &indicatorKey)
{
    const int areas = int(model.areaKeys().size());
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex dept = model.index(d, 0);
        for (int r = 0; r < model.rowCount(dept); ++r) {
            const QModelIndex row = model.index(r, 0, dept);
            if (row.data(ComparisonModel::IndicatorKeyRole).toString() != indicatorKey)
                continue;
            Bars b;
            // The period the bars come from, or "no value for 2019" (then there are none).
            b.title = tr("%1, %2").arg(
                row.data().toString(),
                row.siblingAtColumn(ComparisonModel::PeriodColumn).data().toString());
            b.names = areaNames(model);
            for (int a = 0; a < areas; ++a) {
                b.values.push_back(cellValue(row, ComparisonModel::FirstAreaColumn + a));
                b.labels
                    << row.siblingAtColumn(ComparisonModel::FirstAreaColumn + a).data().toString();
            }
            b.city = cellValue(row, model.cityColumn());
            const Indicator *ind = model.project()
                ? model.project()->indicator(row.data(ComparisonModel::IndicatorKeyRole).toString())
                : nullptr;
            if (ind) {
                b.decimals = ind->decimals;
                if (ind->kind != IndicatorKind::Count)
                    b.unit = row.siblingAtColumn(ComparisonModel::UnitColumn).data().toString();
            }
            b.locale = model.locale();
            return b;
        }
    }
    return std::nullopt;
}

std::vector<double> ComparisonCharts::axisTicks(double lo, double hi, int targetCount)
{
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (!(hi > lo))
        hi = lo + 1;
    return AxisTicks::round(lo, hi, targetCount);
}

void ComparisonCharts::paintBars(QPainter &p, const QRectF &rect, const Bars &b, const QFont &font)
{
    const int areas = int(b.values.size());
    double lo = std::isnan(b.city) ? 0 : b.city, hi = lo;
    for (double v : b.values)
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    const std::vector<double> ticks = axisTicks(lo, hi);
    const double bottom = ticks.front(), top = ticks.back();
    // Ticks carry as many decimals as their step needs ("2,5"), not the indicator's.
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
    int decimals = 0;
    while (
        decimals < 6
        && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals)))
            > 1e-6)
        ++decimals;
    QStringList tickLabels;
    for (double t : ticks)
        tickLabels << formatNumber(t, decimals, b.locale);

    p.save();
    p.setFont(font);
    const QFontMetricsF fm(p.font());
    const double line = fm.height();
    double axisWidth = fm.horizontalAdvance(b.unit);
    for (const QString &t : tickLabels)
        axisWidth = std::max(axisWidth, fm.horizontalAdvance(t));
    axisWidth += 6;
    // Room above for the unit, right for the city's label at the end of its line, below
    // for a value and two lines of name.
    const QString cityLabel = std::isnan(b.city) ? QString() : tr("City");
    const double cityWidth = cityLabel.isEmpty() ? 0 : fm.horizontalAdvance(cityLabel) + 6;
    const QRectF plot = rect.adjusted(axisWidth, 1.5 * line, -cityWidth, -3 * line - 4);
    const auto yOf = [&](double v) {
        return plot.bottom() - (v - bottom) / (top - bottom) * plot.height();
    };
    p.setPen(kInk);
    p.drawText(QRectF(rect.left(), rect.top(), axisWidth - 4, line),
               Qt::AlignRight | Qt::AlignVCenter, b.unit);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const double y = yOf(ticks[i]);
        p.setPen(QPen(ticks[i] == 0 ? QColor(0x80, 0x80, 0x80) : QColor(0xdd, 0xdd, 0xdd),
                      ticks[i] == 0 ? 1.0 : 0.6));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kInk);
        p.drawText(QRectF(rect.left(), y - line / 2, axisWidth - 4, line),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabels[int(i)]);
    }
    const double slot = plot.width() / std::max(1, areas);
    const double zero = yOf(0);
    for (int a = 0; a < areas; ++a) {
        const double v = b.values[std::size_t(a)];
        const QRectF slotRect(plot.left() + a * slot, plot.top(), slot, plot.height());
        if (!std::isnan(v)) {
            const double y = yOf(v);
            p.fillRect(QRectF(QPointF(slotRect.center().x() - slot * 0.3, std::min(y, zero)),
                              QPointF(slotRect.center().x() + slot * 0.3, std::max(y, zero))),
                       areaColour(a));
        }
        p.setPen(kInk);
        drawText(p, QRectF(slotRect.left(), plot.bottom() + 2, slot, line), b.labels.value(a),
                 Qt::AlignHCenter);
        p.drawText(QRectF(slotRect.left() + 2, plot.bottom() + 2 + line, slot - 4, 2 * line),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, b.names.value(a));
    }
    if (!std::isnan(b.city)) {
        const double y = yOf(b.city);
        p.setPen(QPen(kInk, 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.right() + 4, y - line / 2, cityWidth, line),
                   Qt::AlignLeft | Qt::AlignVCenter, cityLabel);
    }
    p.restore();
}

std::vector<ComparisonCharts::SpineRow> ComparisonCharts::spineRows(const ComparisonModel &model)
{
    std::vector<SpineRow> out;
    const auto &project = model.project();
    if (!project)
        return out;
    const std::vector<int> levelAreas = project->areasOfLevel(model.levelKey());
    const int areas = int(model.areaKeys().size());
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex dept = model.index(d, 0);
        for (int r = 0; r < model.rowCount(dept); ++r) {
            const QModelIndex row = model.index(r, 0, dept);
            const Indicator *ind =
                project->indicator(row.data(ComparisonModel::IndicatorKeyRole).toString());
            // Counts have no city value on the areas' scale (the city's is the total); a row
            // without a period matching the chosen one has no values to place.
            const QString period = row.data(ComparisonModel::PeriodRole).toString();
            if (!ind || ind->kind == IndicatorKind::Count || period.isEmpty())
                continue;
            const double city = cellValue(row, model.cityColumn());
            const auto all = project->values(ind->key, period);
            double lo = INFINITY, hi = -INFINITY;
            for (int i : levelAreas) {
                const double v = all->values[std::size_t(i)];
                if (!std::isnan(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
            if (std::isnan(city) || !(lo < hi))
                continue;
            const bool lowIsBest = ind->polarity == Polarity::HigherIsWorse;
            const double best = lowIsBest ? lo : hi, worst = lowIsBest ? hi : lo;
            // Each half of the track is scaled on its own: city to best, city to worst.
            const auto position = [&](double v) {
                const bool better = lowIsBest ? v < city : v > city;
                if (better)
                    return 0.5 + 0.5 * std::abs(v - city) / std::max(1e-12, std::abs(best - city));
                return 0.5 - 0.5 * std::abs(city - v) / std::max(1e-12, std::abs(city - worst));
            };
            SpineRow s;
            s.label = row.data().toString();
            s.neutral = ind->polarity == Polarity::Neutral;
            for (int a = 0; a < areas; ++a) {
                const double v = cellValue(row, ComparisonModel::FirstAreaColumn + a);
                s.positions.push_back(std::isnan(v) ? std::nan("")
                                                    : std::clamp(position(v), 0.0, 1.0));
            }
            out.push_back(std::move(s));
        }
    }
    return out;
}

void ComparisonCharts::paintSpineRow(QPainter &p, const QRectF &r, const SpineRow &row,
                                     double labelWidth, const QFont &font)
{
    p.save();
    p.setFont(font);
    p.setPen(kInk);
    drawText(p, QRectF(r.left(), r.top(), labelWidth, r.height()), row.label, Qt::AlignLeft);
    const QRectF bar(r.left() + labelWidth + 4, r.top() + 3, r.width() - labelWidth - 8,
                     r.height() - 6);
    p.fillRect(bar, row.neutral ? QColor(0xee, 0xee, 0xee) : QColor(0xe4, 0xe4, 0xe4));
    p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
    p.drawLine(QPointF(bar.center().x(), bar.top() - 2),
               QPointF(bar.center().x(), bar.bottom() + 2));
    p.setRenderHint(QPainter::Antialiasing, true);
    const double radius = std::clamp(bar.height() / 2, 2.5, 5.0);
    for (std::size_t a = 0; a < row.positions.size(); ++a) {
        if (std::isnan(row.positions[a]))
            continue;
        p.setBrush(areaColour(int(a)));
        p.setPen(QPen(Qt::white, 0.6));
        p.drawEllipse(QPointF(bar.left() + row.positions[a] * bar.width(), bar.center().y()),
                      radius, radius);
    }
    p.restore();
}

void ComparisonCharts::paintAreaKey(QPainter &p, const QRectF &r, const QStringList &names,
                                    const QFont &font)
{
    p.save();
    p.setFont(font);
    p.setRenderHint(QPainter::Antialiasing, true);
    double x = r.left();
    for (int a = 0; a < names.size(); ++a) {
        p.setBrush(areaColour(a));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(x + 4, r.center().y()), 3.5, 3.5);
        p.setPen(kInk);
        const double tw = p.fontMetrics().horizontalAdvance(names[a]) + 18;
        p.drawText(QRectF(x + 10, r.top(), tw, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   names[a]);
        x += tw;
    }
    p.restore();
}

} // namespace qw

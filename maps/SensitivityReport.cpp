#include "SensitivityReport.h"

#include "AreaGeometrySet.h"
#include "AreaReports.h"
#include "ChoroplethRenderer.h"
#include "LegendRenderer.h"
#include "MapTransform.h"
#include "NumberFormat.h"
#include "Project.h"
#include "ReportTable.h"
#include "Sensitivity.h"
#include "SensitivityExport.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace qw {

namespace {

constexpr double kChartHeight = 260;
constexpr double kMapHeight = 300;
const QColor kStable(0x31, 0x82, 0xbd);
const QColor kUnstable(0xe6, 0x55, 0x0d);

ReportDocument::Block rankChart(const std::shared_ptr<const SensitivityResult> &r)
{
    return {kChartHeight, [r](QPainter &p, const QRectF &rect) {
                SensitivityReport::paintRankChart(p, rect, *r);
            }};
}

} // namespace

std::function<void(QPainter &, const QRectF &)>
SensitivityReport::stabilityMap(const std::shared_ptr<const Project> &project,
                                const std::shared_ptr<const SensitivityResult> &r)
{
    auto set = std::make_shared<AreaGeometrySet>(project, r->level);
    std::vector<QBrush> fills(std::size_t(set->count()), ChoroplethRenderer::missingBrush());
    int stable = 0, unstable = 0;
    for (std::size_t i = 0; i < r->size(); ++i) {
        const int row = set->rowOfProjectIndex(r->rows[i]);
        if (row < 0)
            continue;
        fills[std::size_t(row)] = r->stable[i] ? kStable : kUnstable;
        ++(r->stable[i] ? stable : unstable);
    }
    std::vector<LegendEntry> entries {
        {LegendEntry::Kind::Class, SensitivityReport::tr("stable"), kStable, stable},
        {LegendEntry::Kind::Class, SensitivityReport::tr("unstable"), kUnstable, unstable}};
    const int outside = set->count() - stable - unstable;
    if (outside > 0)
        entries.push_back({LegendEntry::Kind::Missing, SensitivityReport::tr("not in the index"),
                           ChoroplethRenderer::missingBrush(), outside});
    auto legend =
        std::make_shared<LegendRenderer>(SensitivityReport::tr("Class under varied weights"),
                                         r->levelName, std::move(entries), ReportDocument::font(8));
    return [set, fills, legend](QPainter &p, const QRectF &rect) {
        const QSizeF legendSize = legend->size();
        const QRectF map(rect.left(), rect.top() + 4, rect.width() - legendSize.width() - 12,
                         rect.height() - 8);
        const MapTransform t =
            MapTransform::fit(set->bounds(), map.size().toSize(), 4, set->xScale());
        p.save();
        p.translate(map.topLeft());
        p.setTransform(t.worldToScreen(), true);
        for (int i = 0; i < set->count(); ++i) {
            p.setPen(QPen(Qt::white, 0));
            p.setBrush(fills[std::size_t(i)]);
            p.drawPath(set->path(i));
        }
        // Unstable areas outlined on top: a few small quarters among hundreds stay visible.
        QPen outline(kUnstable.darker(160), 1.6);
        outline.setCosmetic(true);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        for (int i = 0; i < set->count(); ++i)
            if (fills[std::size_t(i)].color() == kUnstable)
                p.drawPath(set->path(i));
        p.restore();
        legend->paint(p, QPointF(rect.right() - legendSize.width(), rect.top() + 4));
    };
}

namespace {

// A plain table: a bold header row that repeats on every page, then the rows.
void addTable(ReportDocument &doc, const QStringList &titles, const std::vector<QStringList> &rows)
{
    auto columns =
        std::make_shared<ReportTable>(doc.contentWidth(), int(titles.size()),
                                      ReportDocument::font(8), ReportDocument::font(8, true));
    columns->measureHeader(titles, 80);
    for (const QStringList &row : rows)
        columns->measure(row);
    ReportTable::addTo(doc, columns, titles, rows);
}

} // namespace

void SensitivityReport::paintRankChart(QPainter &p, const QRectF &rect, const SensitivityResult &r)
{
    const int n = int(r.size());
    if (n == 0)
        return;
    const QFont font = ReportDocument::font(7);
    const QFontMetricsF fm(font);
    const double left = fm.horizontalAdvance(QString::number(n)) + 8;
    const QRectF plot = rect.adjusted(left + 14, 6, -4, -2 * fm.height() - 6);
    // Rank 1 at the top: the most need first, as the areas are read.
    const auto y = [&](double rank) {
        return plot.top() + (rank - 1) / std::max(1, n - 1) * plot.height();
    };
    const double step = plot.width() / n;
    const auto x = [&](int position) {
        return plot.left() + (position + 0.5) * step;
    };
    p.save();
    p.setFont(font);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    p.drawRect(plot);
    // A few ranks on the axis: 1, n, and round steps between.
    const double raw = n / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, raw))));
    double tick = magnitude;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * magnitude >= raw) {
            tick = f * magnitude;
            break;
        }
    std::vector<int> ticks {1};
    for (int t = int(tick); t < n; t += int(tick))
        ticks.push_back(t);
    if (n > 1)
        ticks.push_back(n);
    for (int t : ticks) {
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.3));
        p.drawLine(QPointF(plot.left(), y(t)), QPointF(plot.right(), y(t)));
        p.setPen(QColor(0x40, 0x40, 0x40));
        p.drawText(QRectF(rect.left() + 14, y(t) - fm.height() / 2, left - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(t));
    }
    p.save();
    p.translate(rect.left() + fm.height(), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -fm.height(), plot.height(), fm.height()),
               Qt::AlignCenter, tr("Rank (1 = most need)"));
    p.restore();
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignCenter,
               tr("%n area(s) by their rank in the index as computed (base rank)", nullptr, n));
    const std::vector<std::size_t> order = r.byBaseRank();
    const double bar = std::clamp(step * 0.6, 0.3, 4.0);
    // Unstable areas last and at least 1.5 points wide: a few among hundreds stay visible.
    for (const bool unstable : {false, true}) {
        for (int k = 0; k < n; ++k) {
            const std::size_t i = order[std::size_t(k)];
            if (bool(r.stable[i]) == unstable)
                continue;
            const double width = unstable ? std::max(bar, 1.5) : bar;
            const double top = y(r.p5[i]), bottom = y(r.p95[i]);
            p.setPen(Qt::NoPen);
            p.setBrush(unstable ? kUnstable : kStable);
            p.drawRect(QRectF(x(k) - width / 2, top - 0.5, width, bottom - top + 1));
            p.setPen(QPen(QColor(0x20, 0x20, 0x20), std::min(1.0, std::max(0.3, step * 0.5))));
            p.drawLine(QPointF(x(k) - std::max(width, 1.0) / 2, y(r.baseRank[i])),
                       QPointF(x(k) + std::max(width, 1.0) / 2, y(r.baseRank[i])));
        }
    }
    // The legend in the bottom line.
    const double ly = plot.bottom() + fm.height() + 4;
    double lx = plot.left();
    const auto swatch = [&](const QColor &colour, const QString &text) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(QRectF(lx, ly + 2, 8, fm.height() - 4));
        p.setPen(QColor(0x20, 0x20, 0x20));
        const double w = fm.horizontalAdvance(text);
        p.drawText(QRectF(lx + 11, ly, w + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += 11 + w + 14;
    };
    swatch(kStable, tr("stable: 5th–95th percentile of the rank"));
    swatch(kUnstable, tr("unstable"));
    swatch(QColor(0x20, 0x20, 0x20), tr("base rank"));
    p.restore();
}

ReportDocument SensitivityReport::document(const std::shared_ptr<const Project> &project,
                                           const SensitivityResult &result,
                                           const QString &indexName, const QLocale &locale)
{
    const auto r = std::make_shared<const SensitivityResult>(result);
    const int stable = r->stableCount();
    const QString subtitle =
        tr("%n area(s) of the level %1", nullptr, int(r->size())).arg(r->levelName)
        + QStringLiteral(" · ")
        + tr("%1 stable, %2 unstable").arg(stable).arg(int(r->size()) - stable);
    ReportDocument doc(SensitivityExport::title(*r, indexName), subtitle,
                       AreaReports::footer(*project, locale));
    doc.add(ReportDocument::heading(tr("Method")));
    doc.add(ReportDocument::paragraph(r->describe(locale), 9, QColor(0x20, 0x20, 0x20)));
    if (const Indicator *i = project->indicator(r->indexKey); i && !i->source.isEmpty())
        doc.add(ReportDocument::paragraph(tr("Source: %1").arg(i->source), 9,
                                          QColor(0x20, 0x20, 0x20)));
    doc.add(
        ReportDocument::heading(tr("Ranks with their 5th–95th percentile under varied weights")));
    doc.add(rankChart(r));
    doc.add(ReportDocument::heading(tr("Stable and unstable areas")));
    doc.add({kMapHeight, stabilityMap(project, r)});

    if (!r->leftOut.empty()) {
        doc.add(ReportDocument::heading(tr("Each input left out once")));
        std::vector<QStringList> rows;
        for (const SensitivityResult::LeftOut &l : r->leftOut) {
            rows.push_back({r->inputName(l.inputKey), locale.toString(l.changedClass),
                            locale.toString(l.largestShift)});
        }
        addTable(doc, {tr("Input left out"), tr("Areas changing class"), tr("Largest rank shift")},
                 rows);
    }

    doc.add(ReportDocument::heading(tr("Areas by base rank")));
    const bool german = locale.language() == QLocale::German;
    std::vector<QStringList> rows;
    for (std::size_t i : r->byBaseRank())
        rows.push_back({tr("%1 (%2)").arg(r->names[qsizetype(i)], r->keys[qsizetype(i)]),
                        locale.toString(r->baseRank[i]), locale.toString(r->p5[i]),
                        locale.toString(r->median[i]), locale.toString(r->p95[i]),
                        formatNumber(r->topShare[i] * 100, 1, locale),
                        r->className(r->baseClass[i], german),
                        formatNumber(r->baseClassShare[i] * 100, 1, locale),
                        r->stable[i] ? tr("stable") : tr("unstable")});
    addTable(doc,
             {tr("Area"), tr("Base rank"), tr("Rank p5"), tr("Rank median"), tr("Rank p95"),
              tr("In top class (%)"), tr("Base class"), tr("In base class (%)"), tr("Stable")},
             rows);
    return doc;
}

} // namespace qw

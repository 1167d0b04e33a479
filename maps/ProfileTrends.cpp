#include "ProfileTrends.h"

#include "Project.h"
#include "ReportDocument.h"
#include "TrendChart.h"
#include "TrendModel.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace qw {

namespace {

constexpr int kPerRow = 3;
constexpr double kChartHeight = 118; // a chart with its title, in points
constexpr double kGapX = 12;

// The indicators a profile draws trends for, in catalogue order.
std::vector<QString> keyIndicators(Project &project)
{
    std::vector<QString> directed, all;
    for (const auto &group : project.indicatorGroups())
        for (int i : group.indicators) {
            const Indicator &ind = project.indicators()[std::size_t(i)];
            if (project.periods(ind.key).size() < 2)
                continue;
            all.push_back(ind.key);
            if (ind.kind != IndicatorKind::Count && ind.polarity != Polarity::Neutral)
                directed.push_back(ind.key);
        }
    return directed.empty() ? all : directed;
}

bool hasGap(const TrendModel &model)
{
    for (int r = 0; r <= model.cityRow(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            if (std::isnan(model.value(r, c)))
                return true;
    return false;
}

} // namespace

void ProfileTrends::add(ReportDocument &doc, const std::shared_ptr<Project> &project,
                        const QString &areaKey, const QString &levelKey, const QString &period,
                        bool german, const QLocale &locale)
{
    struct Chart
    {
        std::shared_ptr<TrendModel> model;
        int shownColumn = -1;
    };
    std::vector<Chart> charts;
    for (const QString &key : keyIndicators(*project)) {
        // Up to the profile's period, as its rows: a profile of 2019 shows no later year,
        // and no chart for an indicator without a value for it.
        const QString shown = period.isEmpty() ? project->periods(key).constLast()
                                               : project->matchingPeriod(key, period);
        if (shown.isEmpty())
            continue;
        auto model = std::make_shared<TrendModel>();
        model->setTrend(project, key, levelKey, {areaKey}, german, locale, shown);
        if (model->columnCount() < 2)
            continue;
        charts.push_back({model, int(model->columnCount()) - 1});
    }
    if (charts.empty())
        return;
    // One legend for all charts, from a chart with a gap where there is one (so the gap's
    // mark is explained), in one block with the heading: both stay with the first charts.
    std::shared_ptr<TrendModel> legend = charts.front().model;
    for (const Chart &c : charts)
        if (hasGap(*c.model)) {
            legend = c.model;
            break;
        }
    const QFont font = ReportDocument::font(7);
    const ReportDocument::Block heading =
        ReportDocument::heading(tr("Trends of the key indicators"));
    const double legendHeight =
        TrendChart::legendHeight(*legend, doc.contentWidth(), ReportDocument::font(8));
    doc.add({heading.height + legendHeight + 4,
             [heading, legend, legendHeight](QPainter &p, const QRectF &r) {
                 heading.paint(p, QRectF(r.left(), r.top(), r.width(), heading.height));
                 TrendChart::paintLegend(
                     p, QRectF(r.left(), r.top() + heading.height, r.width(), legendHeight),
                     *legend, ReportDocument::font(8));
             },
             true});
    const double width = (doc.contentWidth() - (kPerRow - 1) * kGapX) / kPerRow;
    for (std::size_t i = 0; i < charts.size(); i += kPerRow) {
        const std::vector<Chart> row(charts.begin() + std::ptrdiff_t(i),
                                     charts.begin()
                                         + std::ptrdiff_t(std::min(charts.size(), i + kPerRow)));
        doc.add({kChartHeight + 8, [row, width, font, locale](QPainter &p, const QRectF &r) {
                     const QFont title = ReportDocument::font(8, true);
                     const double titleHeight = 2 * QFontMetricsF(title).height() + 2;
                     for (std::size_t c = 0; c < row.size(); ++c) {
                         const QRectF cell(r.left() + double(c) * (width + kGapX), r.top() + 2,
                                           width, kChartHeight);
                         p.setFont(title);
                         p.setPen(QColor(0x20, 0x20, 0x20));
                         p.drawText(QRectF(cell.left(), cell.top(), cell.width(), titleHeight),
                                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                    row[c].model->title());
                         TrendChart::Options o;
                         o.font = font;
                         o.locale = locale;
                         o.legend = false;
                         o.unitLabel = false; // the title says it
                         o.maxTicks = 4;
                         o.lineWidth = 1.1;
                         o.shownColumn = row[c].shownColumn;
                         TrendChart::paint(p, cell.adjusted(0, titleHeight, 0, 0), *row[c].model,
                                           o);
                     }
                 }});
    }
    doc.add(ReportDocument::note(
        tr("Each chart: the area's values over all periods against the city's; grey: the range "
           "of the areas of the level; the shaded period is the profile's. A gap (×) is a "
           "period without a value shown for the area, never an estimate.")));
}

} // namespace qw

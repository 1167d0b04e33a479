#include "AreaReports.h"

#include "AreaGeometrySet.h"
#include "ColorRamp.h"
#include "ComparisonCharts.h"
#include "ComparisonModel.h"
#include "ContributionReport.h"
#include "Geodesy.h"
#include "LocatorMap.h"
#include "MapTransform.h"
#include "NoteReport.h"
#include "NumberFormat.h"
#include "Period.h"
#include "ProfileTrends.h"
#include "Project.h"
#include "ReportTable.h"
#include "Sparkline.h"

#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

constexpr double kRow = ReportTable::kRow;
constexpr double kHeading = 20;
constexpr double kTrendWidth = 56; // the sparkline column of the profile

struct TableRow
{
    QModelIndex index; // the indicator row (column 0)
    QString department;
};

std::vector<TableRow> rowsOf(const ComparisonModel &model)
{
    std::vector<TableRow> rows;
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex dept = model.index(d, 0);
        for (int r = 0; r < model.rowCount(dept); ++r)
            rows.push_back({model.index(r, 0, dept), dept.data().toString()});
    }
    return rows;
}

} // namespace

QString AreaReports::printedDate(const QDate &date, const QLocale &locale)
{
    // The locale's short date with the whole year: a council report is kept for years.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QString AreaReports::footer(const Project &project, const QLocale &locale)
{
    QString text = QStringLiteral("Quartierswerkstatt");
    if (!project.metadata().city.isEmpty())
        text += QStringLiteral(" · ") + project.metadata().city;
    text += QStringLiteral(" · ")
        + AreaReports::tr("printed %1").arg(printedDate(QDate::currentDate(), locale));
    if (project.metadata().fictional)
        text += QStringLiteral(" · ") + AreaReports::tr("fictional demo data");
    return text;
}

namespace {

// A department's heading: its name in bold where the names stand, the column titles above
// the other columns (on two lines where one is too narrow, as area names may be); it stays
// with the first row under it.
ReportDocument::Block tableHeading(const QString &department, const QStringList &titles,
                                   const std::vector<double> &widths)
{
    const QFont titleFont = ReportDocument::font(8, true);
    // Each title on one line, in a smaller font where a narrow column needs it (six areas),
    // and only then on two.
    std::vector<QStringList> lines(widths.size());
    std::vector<int> sizes(widths.size(), 8);
    bool twoLines = false;
    for (int c = 1; c < titles.size() && c < int(widths.size()); ++c) {
        const double room = widths[size_t(c)] - 2 * ReportTable::kPadding;
        int &size = sizes[size_t(c)];
        while (size > 6
               && QFontMetricsF(ReportDocument::font(size, true)).horizontalAdvance(titles[c])
                   > room)
            --size;
        lines[size_t(c)] = ReportTable::wrap(titles[c], ReportDocument::font(size, true), room);
        twoLines = twoLines || lines[size_t(c)].size() > 1;
    }
    return {kHeading + (twoLines ? QFontMetricsF(titleFont).height() : 0),
            [=](QPainter &p, const QRectF &r) {
                const QRectF line = r.adjusted(0, 5, 0, -1);
                p.setFont(ReportDocument::font(10, true));
                p.setPen(QColor(0x20, 0x20, 0x20));
                p.drawText(QRectF(line.left(), line.top(), widths[0], line.height()),
                           Qt::AlignLeft | Qt::AlignBottom,
                           p.fontMetrics().elidedText(department, Qt::ElideRight, int(widths[0])));
                p.setPen(QColor(0x55, 0x55, 0x55));
                double x = r.left() + widths[0];
                for (size_t c = 1; c < lines.size(); ++c) {
                    p.setFont(ReportDocument::font(sizes[c], true));
                    const QRectF cell(x + ReportTable::kPadding, line.top(),
                                      widths[c] - 2 * ReportTable::kPadding, line.height());
                    p.drawText(cell, Qt::AlignRight | Qt::AlignBottom,
                               lines[c].join(QLatin1Char('\n')));
                    x += widths[c];
                }
            },
            true};
}

// The period a row comes from, or "–" where its indicator has none matching the chosen one
// (listed by noValueNote()).
QString periodCell(const QModelIndex &row)
{
    const QString period = row.data(ComparisonModel::PeriodRole).toString();
    return period.isEmpty() ? QStringLiteral("–") : period;
}

// The period the document shows, for its first lines: the periods of the rows ("Period:
// 2019, 2019/20", a year and its school year), each row's latest when none was chosen.
QString periodLine(const ComparisonModel &model, const std::vector<TableRow> &rows)
{
    QStringList periods;
    for (const TableRow &row : rows)
        if (const QString p = row.index.data(ComparisonModel::PeriodRole).toString();
            !p.isEmpty() && !periods.contains(p))
            periods << p;
    // In the order of periods, not of their text: "SJ 2018/19, 2019/20", "Q4/2023, Q1/2024".
    sortPeriods(periods);
    const QString list = periods.join(QStringLiteral(", "));
    if (model.chosenPeriod().isEmpty())
        return AreaReports::tr("Period: the latest of each indicator (%1)").arg(list);
    return AreaReports::tr("Period: %1")
        .arg(periods.isEmpty() ? ComparisonModel::noValueText(model.chosenPeriod()) : list);
}

// What "." and "–" stand for in a printed table.
QString signsNote()
{
    return AreaReports::tr("\".\" = suppressed (fewer cases than the indicator's minimum), "
                           "\"–\" = no value.");
}

// The rows without a value for the chosen period, named in a note: a printed row never
// shows another year in their place, and says why it is empty.
QString noValueNote(const ComparisonModel &model, const std::vector<TableRow> &rows)
{
    QStringList names;
    for (const TableRow &row : rows)
        if (row.index.data(ComparisonModel::PeriodRole).toString().isEmpty())
            names << row.index.data().toString();
    if (names.isEmpty())
        return {};
    return AreaReports::tr("Period \"–\": %1 (%2).")
        .arg(ComparisonModel::noValueText(model.chosenPeriod()), names.join(QStringLiteral(", ")));
}

// The area's size in km² from its outline, on the ellipsoid when the project is stored in
// longitude and latitude (a planar area of degrees means nothing), else planar; NaN when
// the area has no outline.
double areaSquareKilometres(const Project &project, const AreaInfo &area, int index)
{
    const std::vector<int> &ofLevel = project.areasOfLevel(area.level);
    const auto it = std::lower_bound(ofLevel.begin(), ofLevel.end(), index);
    if (it == ofLevel.end() || *it != index)
        return std::nan("");
    const MultiPolygon outline = project.shapes(area.level).geometry(int(it - ofLevel.begin()));
    if (outline.isEmpty())
        return std::nan("");
    return Geodesy::forCrs(project.metadata().srsId).area(outline) / 1e6;
}

// At least three significant digits ("0,367 km²", "8,42 km²", "12,3 km²", "1.234 km²"), so
// the figure is good to half a percent (down to a square of about 30 m, six decimals).
QString formatSquareKilometres(double km2, const QLocale &locale)
{
    const int decimals = km2 > 0 ? std::clamp(2 - int(std::floor(std::log10(km2))), 0, 6) : 0;
    return AreaReports::tr("%1 km²").arg(formatNumber(km2, decimals, locale));
}

} // namespace

ReportDocument AreaReports::profile(const std::shared_ptr<Project> &project, const QString &key,
                                    const Settings &s)
{
    const int index = project->areaIndex(key);
    const AreaInfo &area = project->areas()[size_t(index)];
    auto model = std::make_shared<ComparisonModel>();
    model->setComparison(project, s.levelKey, {key}, s.period, s.german, s.locale);
    QString levelName = area.level;
    for (const AreaLevel &l : project->levels())
        if (l.key == area.level)
            levelName = s.german || l.nameEn.isEmpty() ? l.nameDe : l.nameEn;
    QString subtitle = tr("%1 %2").arg(levelName, area.key);
    const int parent = project->areaIndex(area.parentKey);
    if (parent >= 0)
        subtitle += tr(" in %1").arg(project->areas()[size_t(parent)].name);
    subtitle += QStringLiteral(" · ") + periodLine(*model, rowsOf(*model));
    ReportDocument doc(tr("Profile: %1").arg(area.name), subtitle, footer(*project, s.locale));

    // Key figures (the size, the counts), facilities in the area and the locator map.
    QStringList figures;
    if (const double km2 = areaSquareKilometres(*project, area, index); std::isfinite(km2))
        figures << tr("Size: %1").arg(formatSquareKilometres(km2, s.locale));
    for (const TableRow &row : rowsOf(*model)) {
        const Indicator *ind =
            project->indicator(row.index.data(ComparisonModel::IndicatorKeyRole).toString());
        if (!ind || ind->kind != IndicatorKind::Count || figures.size() >= 7)
            continue;
        const QModelIndex cell = row.index.siblingAtColumn(ComparisonModel::FirstAreaColumn);
        figures
            << QStringLiteral("%1: %2 (%3)")
                   .arg(ind->name(s.german), cell.data().toString(),
                        row.index.siblingAtColumn(ComparisonModel::PeriodColumn).data().toString());
    }
    std::vector<const Facility *> facilities;
    for (const Facility &f : project->facilities())
        if (f.areaKey == key)
            facilities.push_back(&f);
    int byKind[4] = {0, 0, 0, 0};
    for (const Facility *f : facilities)
        ++byKind[size_t(f->kind)];
    figures << tr("Schools: %1 · Kitas: %2 · Youth centres: %3")
                   .arg(byKind[size_t(FacilityKind::School)])
                   .arg(byKind[size_t(FacilityKind::Kita)])
                   .arg(byKind[size_t(FacilityKind::YouthCentre)]);
    const std::shared_ptr<const LocatorMap> locator =
        s.locator ? s.locator : std::make_shared<const LocatorMap>(project, s.levelKey);
    constexpr double kFigure = 15; // a line of the key figures
    doc.add(
        {std::max(120.0, double(figures.size()) * kFigure + 10),
         [figures, locator, index](QPainter &p, const QRectF &r) {
             p.setFont(ReportDocument::font(9));
             p.setPen(QColor(0x20, 0x20, 0x20));
             double y = r.top() + 4;
             for (const QString &f : figures) {
                 p.drawText(QRectF(r.left(), y, r.width() * 0.58, kFigure),
                            Qt::AlignLeft | Qt::AlignVCenter,
                            p.fontMetrics().elidedText(f, Qt::ElideRight, int(r.width() * 0.58)));
                 y += kFigure;
             }
             locator->paint(
                 p, QRectF(r.left() + r.width() * 0.6, r.top(), r.width() * 0.4, r.height() - 8),
                 index);
         }});

    // Every indicator: value (tinted against the city), city value, rank and trend. Each
    // department's heading carries the column titles; the columns are as wide as their
    // texts, and the names take the rest.
    struct ProfileRow
    {
        QString department;
        QStringList cells; // indicator, period, value, city, rank
        QColor tint;
        QVariantList trend;
        QString firstPeriod, lastPeriod; // of the trend, written beside the sparkline
    };
    std::vector<ProfileRow> table;
    QStringList areaSums; // for city values that are official figures unlike the sum
    for (const TableRow &row : rowsOf(*model)) {
        const QModelIndex value = row.index.siblingAtColumn(ComparisonModel::FirstAreaColumn);
        const QModelIndex city = row.index.siblingAtColumn(model->cityColumn());
        const Indicator *indicator =
            project->indicator(row.index.data(ComparisonModel::IndicatorKeyRole).toString());
        if (const QVariant sum = city.data(ComparisonModel::SumOfAreasRole); sum.isValid())
            areaSums << QStringLiteral("%1 %2").arg(
                row.index.data().toString(),
                formatNumber(sum.toDouble(), indicator ? indicator->decimals : 0, s.locale));
        // Counts carry no unit word ("9.695", not "9.695 Personen"), as on the map.
        const QString unit = indicator && indicator->kind != IndicatorKind::Count
            ? row.index.siblingAtColumn(ComparisonModel::UnitColumn).data().toString()
            : QString();
        const int rank = value.data(ComparisonModel::RankRole).toInt();
        const QStringList trendPeriods =
            row.index.data(ComparisonModel::TrendPeriodsRole).toStringList();
        // The city's value in the unit too: "21,3 %", as the area's beside it.
        const bool cityShown = std::isfinite(city.data(ComparisonModel::ValueRole).toDouble());
        table.push_back(
            {row.department,
             {row.index.data().toString(), periodCell(row.index),
              value.data().toString() + (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit),
              // "*": the official figure, which differs from the sum of the areas (note below).
              city.data().toString()
                  + (cityShown && !unit.isEmpty() ? QStringLiteral(" ") + unit : QString())
                  + (city.data(ComparisonModel::SumOfAreasRole).isValid() ? QStringLiteral("*")
                                                                          : QString()),
              rank > 0
                  ? tr("%1 of %2").arg(rank).arg(value.data(ComparisonModel::RankCountRole).toInt())
                  : QStringLiteral("–")},
             ColorRamp::deviationTint(value.data(ComparisonModel::DeviationRole).toDouble()),
             value.data(ComparisonModel::TrendRole).toList(),
             trendPeriods.value(0),
             trendPeriods.size() > 1 ? trendPeriods.last() : QString()});
    }
    // The trend column: the sparkline with its first and last period beside it, as wide as
    // the widest of them needs.
    const QFont periodFont = ReportDocument::font(6);
    double periodWidth = 0;
    for (const ProfileRow &row : table)
        for (const QString &period : {row.firstPeriod, row.lastPeriod})
            periodWidth =
                std::max(periodWidth, QFontMetricsF(periodFont).horizontalAdvance(period));
    const double trendWidth = kTrendWidth + 2 * (periodWidth + 3);
    const QStringList head = {tr("Indicator"), tr("Period"), tr("Value"),
                              tr("City"),      tr("Rank"),   tr("Trend")};
    auto columns = std::make_shared<ReportTable>(doc.contentWidth(), 6, ReportDocument::font(8),
                                                 ReportDocument::font(8, true),
                                                 std::vector<double> {0, 0, 0, 0, 0, trendWidth});
    columns->measureHeader({QString(), head[1], head[2], head[3], head[4]});
    for (const ProfileRow &row : table)
        columns->measure(row.cells);
    const std::vector<double> widths = columns->widths();
    QString department;
    int headingIndex = -1;
    for (const ProfileRow &row : table) {
        if (row.department != department) {
            department = row.department;
            headingIndex = doc.add(tableHeading(department, head, widths));
        }
        doc.add({columns->rowHeight(row.cells[0]),
                 [row, columns, periodWidth](QPainter &p, const QRectF &r) {
                     p.setFont(ReportDocument::font(8));
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     const double x =
                         columns->paintRow(p, r, row.cells, {QColor(), QColor(), row.tint});
                     const double line = x + 8 + periodWidth + 3;
                     paintSparkline(p, QRectF(line, r.top() + 3, kTrendWidth - 10, kRow - 6),
                                    row.trend);
                     p.setFont(ReportDocument::font(6));
                     p.setPen(QColor(0x66, 0x66, 0x66));
                     p.drawText(QRectF(x + 8, r.top(), periodWidth, kRow),
                                Qt::AlignRight | Qt::AlignVCenter, row.firstPeriod);
                     p.drawText(QRectF(line + kTrendWidth - 10 + 3, r.top(), periodWidth, kRow),
                                Qt::AlignLeft | Qt::AlignVCenter, row.lastPeriod);
                 },
                 false, headingIndex});
    }
    ProfileTrends::add(doc, project, key, s.levelKey, s.period, s.german, s.locale);
    ContributionReport::add(doc, project, key, s.period, s.german);
    if (!facilities.empty()) {
        doc.add(ReportDocument::heading(tr("Facilities in the area")));
        // In three columns where every name fits a third of the line, else in two.
        QStringList names;
        double widest = 0;
        for (const Facility *f : facilities) {
            names << f->name
                    + (f->subkind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f->subkind));
            widest = std::max(widest,
                              QFontMetricsF(ReportDocument::font(8)).horizontalAdvance(names.back())
                                  + 2 * ReportTable::kPadding + 4);
        }
        const int perRow = widest <= doc.contentWidth() / 3 ? 3 : 2;
        for (int i = 0; i < names.size(); i += perRow) {
            const QStringList line = names.mid(i, perRow);
            doc.add({kRow, [line, perRow](QPainter &p, const QRectF &r) {
                         p.setFont(ReportDocument::font(8));
                         p.setPen(QColor(0x20, 0x20, 0x20));
                         const double w = r.width() / perRow;
                         for (int c = 0; c < line.size(); ++c)
                             ReportTable::drawCell(p,
                                                   QRectF(r.left() + c * w, r.top(), w, r.height()),
                                                   line[c], Qt::AlignLeft);
                     }});
        }
    }
    NoteReport::add(doc, project, key, s.locale);
    // One block of notes at the end: the rows without a value, the official city figures,
    // the tint and the signs.
    QStringList notes;
    if (const QString missing = noValueNote(*model, rowsOf(*model)); !missing.isEmpty())
        notes << missing;
    if (!areaSums.isEmpty())
        notes << tr("* The official figure for the city, from the statistics office's table; "
                    "the areas in the project sum to: %1.")
                     .arg(areaSums.join(QStringLiteral("; ")));
    notes << tr("Tint: blue = better, orange-red = worse than the city (by the "
                "indicator's direction). Rank 1 = highest value.")
            + QLatin1Char(' ') + signsNote();
    doc.add(ReportDocument::note(notes.join(QLatin1Char('\n'))));
    return doc;
}

ReportDocument AreaReports::comparison(const std::shared_ptr<Project> &project,
                                       const QStringList &keys, const QString &chartIndicator,
                                       const Settings &s)
{
    auto model = std::make_shared<ComparisonModel>();
    model->setComparison(project, s.levelKey, keys, s.period, s.german, s.locale);
    const int areas = int(model->areaKeys().size());
    const QStringList names = ComparisonCharts::areaNames(*model);
    ReportDocument doc(tr("Comparison: %1").arg(names.join(QStringLiteral(", "))),
                       tr("%n area(s) side by side with the city", nullptr, areas)
                           + QStringLiteral(" · ") + periodLine(*model, rowsOf(*model)),
                       footer(*project, s.locale));
    // The table: the value columns as wide as their numbers, the names take the rest.
    struct ComparisonRow
    {
        QString department;
        QStringList cells; // name (unit), period, the areas, the city
        QList<QColor> tints; // per column: none for name and period, then areas and city
    };
    std::vector<ComparisonRow> table;
    const auto rows = rowsOf(*model);
    for (const TableRow &row : rows) {
        const QString unit =
            row.index.siblingAtColumn(ComparisonModel::UnitColumn).data().toString();
        ComparisonRow r {row.department,
                         {row.index.data().toString()
                              + (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit)),
                          periodCell(row.index)},
                         {QColor(), QColor()}};
        for (int c = ComparisonModel::FirstAreaColumn; c <= model->cityColumn(); ++c) {
            const QModelIndex cell = row.index.siblingAtColumn(c);
            r.cells << cell.data().toString();
            r.tints << ColorRamp::deviationTint(
                cell.data(ComparisonModel::DeviationRole).toDouble());
        }
        table.push_back(std::move(r));
    }
    const QStringList titles =
        QStringList {tr("Indicator"), tr("Period")} + names + QStringList {tr("City")};
    auto columns = std::make_shared<ReportTable>(
        doc.contentWidth(), areas + 3, ReportDocument::font(8), ReportDocument::font(8, true));
    // Area names may take two lines in the heading: they widen their columns only so far.
    columns->measureHeader(titles, 64);
    for (const ComparisonRow &row : table)
        columns->measure(row.cells);
    const std::vector<double> widths = columns->widths();
    QString department;
    int headingIndex = -1;
    for (const ComparisonRow &row : table) {
        if (row.department != department) {
            department = row.department;
            headingIndex = doc.add(tableHeading(department, titles, widths));
        }
        doc.add({columns->rowHeight(row.cells[0]),
                 [row, columns](QPainter &p, const QRectF &r) {
                     p.setFont(ReportDocument::font(8));
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     columns->paintRow(p, r, row.cells, row.tints);
                 },
                 false, headingIndex});
    }

    // Bars of one indicator for the areas against the city line.
    const QString chartKey =
        chartIndicator.isEmpty() ? project->metadata().defaultIndicator : chartIndicator;
    if (const auto bars = ComparisonCharts::bars(*model, chartKey)) {
        doc.add(ReportDocument::heading(bars->title));
        doc.add({190, [=](QPainter &p, const QRectF &r) {
                     ComparisonCharts::paintBars(p, r, *bars, ReportDocument::font(8));
                 }});
    }

    // Spine chart: each area between the worst (left) and best (right) area of the level,
    // the city in the middle.
    doc.add(ReportDocument::heading(
        tr("Spine chart: from the worst to the best area (city in the middle)")));
    const auto spine = ComparisonCharts::spineRows(*model);
    double labelWidth = 0; // as wide as the longest name, at most half the page
    for (const ComparisonCharts::SpineRow &row : spine)
        labelWidth = std::max(labelWidth,
                              QFontMetricsF(ReportDocument::font(8)).horizontalAdvance(row.label)
                                  + 2 * ReportTable::kPadding + 2);
    labelWidth = std::clamp(labelWidth, doc.contentWidth() / 4, doc.contentWidth() / 2);
    const int key = doc.add({kRow,
                             [=](QPainter &p, const QRectF &r) {
                                 ComparisonCharts::paintAreaKey(p, r.adjusted(labelWidth, 0, 0, 0),
                                                                names, ReportDocument::font(8));
                             },
                             true});
    for (const ComparisonCharts::SpineRow &row : spine)
        doc.add({kRow,
                 [=](QPainter &p, const QRectF &r) {
                     ComparisonCharts::paintSpineRow(p, r, row, labelWidth,
                                                     ReportDocument::font(8));
                 },
                 false, key});
    if (const QString missing = noValueNote(*model, rows); !missing.isEmpty())
        doc.add(ReportDocument::note(missing));
    doc.add(ReportDocument::note(
        tr("Tint: blue = better, orange-red = worse than the city (by the "
           "indicator's direction). Spine chart: left = worst area, right = "
           "best area of the level; for neutral indicators right = highest; counts are not "
           "shown there.")
        + QLatin1Char(' ') + signsNote()));
    return doc;
}

} // namespace qw

#include "AreaReports.h"

#include "AreaGeometrySet.h"
#include "ColorRamp.h"
#include "ComparisonCharts.h"
#include "ComparisonModel.h"
#include "Geodesy.h"
#include "MapTransform.h"
#include "NumberFormat.h"
#include "Project.h"
#include "Sparkline.h"

#include <QDate>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

constexpr double kRow = 14;
constexpr double kHeading = 20;

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

QString footerFor(const Project &project, const QLocale &locale)
{
    QString text = QStringLiteral("Quartierswerkstatt");
    if (!project.metadata().city.isEmpty())
        text += QStringLiteral(" · ") + project.metadata().city;
    text += QStringLiteral(" · ")
        + AreaReports::tr("printed %1")
              .arg(locale.toString(QDate::currentDate(), QLocale::ShortFormat));
    if (project.metadata().fictional)
        text += QStringLiteral(" · ") + AreaReports::tr("fictional demo data");
    return text;
}

ReportDocument::Block heading(const QString &text)
{
    return {kHeading,
            [text](QPainter &p, const QRectF &r) {
                p.setFont(ReportDocument::font(10, true));
                p.setPen(QColor(0x20, 0x20, 0x20));
                p.drawText(r.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
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

// A small explanatory note at the end of a document.
ReportDocument::Block note(const QString &text)
{
    return {30, [text](QPainter &p, const QRectF &r) {
                p.setFont(ReportDocument::font(7));
                p.setPen(QColor(0x66, 0x66, 0x66));
                p.drawText(r, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
            }};
}

void drawCell(QPainter &p, const QRectF &r, const QString &text, Qt::Alignment align,
              const QColor &tint = {})
{
    if (tint.isValid())
        p.fillRect(r, tint);
    p.drawText(r.adjusted(3, 0, -3, 0), align | Qt::AlignVCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width() - 6)));
}

// A small map of the level with one area marked, to show where it lies.
void paintLocator(QPainter &p, const QRectF &r, const std::shared_ptr<const Project> &project,
                  const QString &level, const QString &areaKey)
{
    const AreaGeometrySet set(project, level);
    if (set.count() == 0)
        return;
    const MapTransform t = MapTransform::fit(set.bounds(), r.size().toSize(), 4, set.xScale());
    p.save();
    p.translate(r.topLeft());
    p.setTransform(t.worldToScreen(), true);
    const int chosen = set.rowOfProjectIndex(project->areaIndex(areaKey));
    for (int i = 0; i < set.count(); ++i) {
        p.setPen(QPen(Qt::white, 0));
        p.setBrush(i == chosen ? QColor(0xd6, 0x60, 0x4d) : QColor(0xd9, 0xd9, 0xd9));
        p.drawPath(set.path(i));
    }
    p.restore();
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
    ReportDocument doc(tr("Profile: %1").arg(area.name), subtitle, footerFor(*project, s.locale));

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
    const std::shared_ptr<const Project> constProject = project;
    const QString level = s.levelKey;
    doc.add({150, [figures, constProject, level, key](QPainter &p, const QRectF &r) {
                 p.setFont(ReportDocument::font(9));
                 p.setPen(QColor(0x20, 0x20, 0x20));
                 double y = r.top() + 4;
                 for (const QString &f : figures) {
                     p.drawText(QRectF(r.left(), y, r.width() * 0.55, 16),
                                Qt::AlignLeft | Qt::AlignVCenter, f);
                     y += 17;
                 }
                 paintLocator(
                     p,
                     QRectF(r.left() + r.width() * 0.6, r.top(), r.width() * 0.4, r.height() - 8),
                     constProject, level, key);
             }});

    // Every indicator: value (tinted against the city), city value, rank and trend.
    const double w = doc.contentWidth();
    const QString head[] = {tr("Indicator"), tr("Period"), tr("Value"),
                            tr("City"),      tr("Rank"),   tr("Trend")};
    const double widths[] = {w * 0.40, w * 0.12, w * 0.13, w * 0.13, w * 0.10, w * 0.12};
    QString department;
    QStringList areaSums; // for city values that are official figures unlike the sum
    for (const TableRow &row : rowsOf(*model)) {
        if (row.department != department) {
            department = row.department;
            doc.add(heading(department));
            doc.add({kRow,
                     [head, widths](QPainter &p, const QRectF &r) {
                         p.setFont(ReportDocument::font(8, true));
                         p.setPen(QColor(0x55, 0x55, 0x55));
                         double x = r.left();
                         for (int c = 0; c < 6; ++c) {
                             drawCell(p, QRectF(x, r.top(), widths[c], r.height()), head[c],
                                      c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                             x += widths[c];
                         }
                     },
                     true});
        }
        const QModelIndex value = row.index.siblingAtColumn(ComparisonModel::FirstAreaColumn);
        const QModelIndex city = row.index.siblingAtColumn(model->cityColumn());
        if (const QVariant sum = city.data(ComparisonModel::SumOfAreasRole); sum.isValid()) {
            const Indicator *ind =
                project->indicator(row.index.data(ComparisonModel::IndicatorKeyRole).toString());
            areaSums << QStringLiteral("%1 %2").arg(
                row.index.data().toString(),
                formatNumber(sum.toDouble(), ind ? ind->decimals : 0, s.locale));
        }
        // Counts carry no unit word ("9.695", not "9.695 Personen"), as on the map.
        const Indicator *indicator =
            project->indicator(row.index.data(ComparisonModel::IndicatorKeyRole).toString());
        const QString unit = indicator && indicator->kind != IndicatorKind::Count
            ? row.index.siblingAtColumn(ComparisonModel::UnitColumn).data().toString()
            : QString();
        const int rank = value.data(ComparisonModel::RankRole).toInt();
        const QString cells[] = {
            row.index.data().toString(), periodCell(row.index),
            value.data().toString() + (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit),
            // "*": the official figure, which differs from the sum of the areas (note below).
            city.data().toString()
                + (city.data(ComparisonModel::SumOfAreasRole).isValid() ? QStringLiteral("*")
                                                                        : QString()),
            rank > 0
                ? tr("%1 of %2").arg(rank).arg(value.data(ComparisonModel::RankCountRole).toInt())
                : QStringLiteral("–"),
            QString()};
        const QColor tint =
            ColorRamp::deviationTint(value.data(ComparisonModel::DeviationRole).toDouble());
        const QVariantList trend = value.data(ComparisonModel::TrendRole).toList();
        doc.add({kRow, [cells, widths, tint, trend](QPainter &p, const QRectF &r) {
                     p.setFont(ReportDocument::font(8));
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     double x = r.left();
                     for (int c = 0; c < 5; ++c) {
                         drawCell(p, QRectF(x, r.top(), widths[c], r.height()), cells[c],
                                  c == 0 ? Qt::AlignLeft : Qt::AlignRight,
                                  c == 2 ? tint : QColor());
                         x += widths[c];
                     }
                     paintSparkline(p, QRectF(x + 8, r.top() + 3, widths[5] - 10, r.height() - 6),
                                    trend);
                 }});
    }
    if (!facilities.empty()) {
        doc.add(heading(tr("Facilities in the area")));
        for (size_t i = 0; i < facilities.size(); i += 2) {
            QStringList pair;
            for (size_t j = i; j < std::min(facilities.size(), i + 2); ++j)
                pair << facilities[j]->name
                        + (facilities[j]->subkind.isEmpty()
                               ? QString()
                               : QStringLiteral(" (%1)").arg(facilities[j]->subkind));
            doc.add({kRow, [pair](QPainter &p, const QRectF &r) {
                         p.setFont(ReportDocument::font(8));
                         p.setPen(QColor(0x20, 0x20, 0x20));
                         for (int c = 0; c < pair.size(); ++c)
                             drawCell(p,
                                      QRectF(r.left() + c * r.width() / 2, r.top(), r.width() / 2,
                                             r.height()),
                                      pair[c], Qt::AlignLeft);
                     }});
        }
    }
    if (const QString missing = noValueNote(*model, rowsOf(*model)); !missing.isEmpty())
        doc.add(note(missing));
    if (!areaSums.isEmpty())
        doc.add(note(tr("* The official figure for the city, from the statistics office's table; "
                        "the areas in the project sum to: %1.")
                         .arg(areaSums.join(QStringLiteral("; ")))));
    doc.add(note(tr("Tint: blue = better, orange-red = worse than the city (by the "
                    "indicator's direction). Rank 1 = highest value. \".\" = "
                    "suppressed (too few cases), \"–\" = no value.")));
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
                       tr("%n area(s) side by side with the city", nullptr, areas),
                       footerFor(*project, s.locale));
    const double w = doc.contentWidth();
    const double first = w * 0.34;
    const double periodWidth = w * 0.09; // "2019/20"
    const double col = (w - first - periodWidth) / double(areas + 1);
    const double values = first + periodWidth; // where the value columns begin
    auto header = [=](QPainter &p, const QRectF &r) {
        p.setFont(ReportDocument::font(8, true));
        p.setPen(QColor(0x55, 0x55, 0x55));
        drawCell(p, QRectF(r.left(), r.top(), first, r.height()), tr("Indicator"), Qt::AlignLeft);
        drawCell(p, QRectF(r.left() + first, r.top(), periodWidth, r.height()), tr("Period"),
                 Qt::AlignRight);
        for (int a = 0; a <= areas; ++a)
            drawCell(p, QRectF(r.left() + values + a * col, r.top(), col, r.height()),
                     a < areas ? names[a] : tr("City"), Qt::AlignRight);
    };
    QString department;
    const auto rows = rowsOf(*model);
    for (const TableRow &row : rows) {
        if (row.department != department) {
            department = row.department;
            doc.add(heading(department));
            doc.add({kRow, header, true});
        }
        QStringList texts;
        QList<QColor> tints;
        for (int c = ComparisonModel::FirstAreaColumn; c <= model->cityColumn(); ++c) {
            const QModelIndex cell = row.index.siblingAtColumn(c);
            texts << cell.data().toString();
            tints << ColorRamp::deviationTint(cell.data(ComparisonModel::DeviationRole).toDouble());
        }
        const QString unit =
            row.index.siblingAtColumn(ComparisonModel::UnitColumn).data().toString();
        const QString label = row.index.data().toString()
            + (unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit));
        const QString period = periodCell(row.index);
        doc.add({kRow, [=](QPainter &p, const QRectF &r) {
                     p.setFont(ReportDocument::font(8));
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     drawCell(p, QRectF(r.left(), r.top(), first, r.height()), label,
                              Qt::AlignLeft);
                     drawCell(p, QRectF(r.left() + first, r.top(), periodWidth, r.height()), period,
                              Qt::AlignRight);
                     for (int a = 0; a < texts.size(); ++a)
                         drawCell(p, QRectF(r.left() + values + a * col, r.top(), col, r.height()),
                                  texts[a], Qt::AlignRight, tints[a]);
                 }});
    }

    // Bars of one indicator for the areas against the city line.
    const QString chartKey =
        chartIndicator.isEmpty() ? project->metadata().defaultIndicator : chartIndicator;
    if (const auto bars = ComparisonCharts::bars(*model, chartKey)) {
        doc.add(heading(bars->title));
        doc.add({170, [=](QPainter &p, const QRectF &r) {
                     ComparisonCharts::paintBars(p, r, *bars, ReportDocument::font(8));
                 }});
    }

    // Spine chart: each area between the worst (left) and best (right) area of the level,
    // the city in the middle.
    doc.add(heading(tr("Position between the worst and the best area (city in the middle)")));
    doc.add({kRow,
             [=](QPainter &p, const QRectF &r) {
                 ComparisonCharts::paintAreaKey(p, r.adjusted(first, 0, 0, 0), names,
                                                ReportDocument::font(8));
             },
             true});
    for (const ComparisonCharts::SpineRow &row : ComparisonCharts::spineRows(*model))
        doc.add({kRow, [=](QPainter &p, const QRectF &r) {
                     ComparisonCharts::paintSpineRow(p, r, row, first, ReportDocument::font(8));
                 }});
    if (const QString missing = noValueNote(*model, rows); !missing.isEmpty())
        doc.add(note(missing));
    doc.add(
        note(tr("Tint: blue = better, orange-red = worse than the city (by the "
                "indicator's direction). Spine chart: left = worst area, right = "
                "best area of the level; for neutral indicators right = highest; counts are not "
                "shown there.")));
    return doc;
}

} // namespace qw

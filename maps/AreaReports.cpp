#include "AreaReports.h"

#include "AreaGeometrySet.h"
#include "ColorRamp.h"
#include "ComparisonModel.h"
#include "MapTransform.h"
#include "Project.h"
#include "Sparkline.h"

#include <QDate>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace qw {

namespace {

constexpr double kRow = 14;
constexpr double kHeading = 20;

// Colours that tell up to six areas apart in charts (Okabe-Ito, colour-blind safe).
const QColor kAreaColours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                               QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                               QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};

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
    const MapTransform t = MapTransform::fit(set.bounds(), r.size().toSize(), 4);
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

} // namespace

ReportDocument AreaReports::profile(const std::shared_ptr<Project> &project, const QString &key,
                                    const Settings &s)
{
    const int index = project->areaIndex(key);
    const Area &area = project->areas()[size_t(index)];
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

    // Key figures (the counts), facilities in the area and the locator map.
    QStringList figures;
    for (const TableRow &row : rowsOf(*model)) {
        const Indicator *ind =
            project->indicator(row.index.data(ComparisonModel::IndicatorKeyRole).toString());
        if (!ind || ind->kind != IndicatorKind::Count || figures.size() >= 6)
            continue;
        const QModelIndex cell = row.index.siblingAtColumn(ComparisonModel::FirstAreaColumn);
        figures << QStringLiteral("%1: %2 (%3)")
                       .arg(ind->name(s.german), cell.data().toString(),
                            row.index.data(ComparisonModel::PeriodRole).toString());
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
        // Counts carry no unit word ("9.695", not "9.695 Personen"), as on the map.
        const Indicator *indicator =
            project->indicator(row.index.data(ComparisonModel::IndicatorKeyRole).toString());
        const QString unit = indicator && indicator->kind != IndicatorKind::Count
            ? row.index.siblingAtColumn(ComparisonModel::UnitColumn).data().toString()
            : QString();
        const int rank = value.data(ComparisonModel::RankRole).toInt();
        const QString cells[] = {
            row.index.data().toString(),
            row.index.data(ComparisonModel::PeriodRole).toString(),
            value.data().toString() + (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit),
            city.data().toString(),
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
    QStringList names;
    for (int a = 0; a < areas; ++a)
        names << model
                     ->headerData(ComparisonModel::FirstAreaColumn + a, Qt::Horizontal,
                                  Qt::DisplayRole)
                     .toString();
    ReportDocument doc(tr("Comparison: %1").arg(names.join(QStringLiteral(", "))),
                       tr("%n area(s) side by side with the city", nullptr, areas),
                       footerFor(*project, s.locale));
    const double w = doc.contentWidth();
    const double first = w * 0.34;
    const double col = (w - first) / double(areas + 1);
    auto header = [=](QPainter &p, const QRectF &r) {
        p.setFont(ReportDocument::font(8, true));
        p.setPen(QColor(0x55, 0x55, 0x55));
        drawCell(p, QRectF(r.left(), r.top(), first, r.height()), tr("Indicator"), Qt::AlignLeft);
        for (int a = 0; a <= areas; ++a)
            drawCell(p, QRectF(r.left() + first + a * col, r.top(), col, r.height()),
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
        doc.add({kRow, [=](QPainter &p, const QRectF &r) {
                     p.setFont(ReportDocument::font(8));
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     drawCell(p, QRectF(r.left(), r.top(), first, r.height()), label,
                              Qt::AlignLeft);
                     for (int a = 0; a < texts.size(); ++a)
                         drawCell(p, QRectF(r.left() + first + a * col, r.top(), col, r.height()),
                                  texts[a], Qt::AlignRight, tints[a]);
                 }});
    }

    // Bars of one indicator for the areas against the city line.
    const QString chartKey =
        chartIndicator.isEmpty() ? project->metadata().defaultIndicator : chartIndicator;
    for (const TableRow &row : rows) {
        if (row.index.data(ComparisonModel::IndicatorKeyRole).toString() != chartKey)
            continue;
        std::vector<double> values;
        for (int a = 0; a < areas; ++a)
            values.push_back(row.index.siblingAtColumn(ComparisonModel::FirstAreaColumn + a)
                                 .data(ComparisonModel::ValueRole)
                                 .toDouble());
        const double city = row.index.siblingAtColumn(model->cityColumn())
                                .data(ComparisonModel::ValueRole)
                                .toDouble();
        QStringList labels;
        for (int a = 0; a < areas; ++a)
            labels << row.index.siblingAtColumn(ComparisonModel::FirstAreaColumn + a)
                          .data()
                          .toString();
        doc.add(heading(tr("%1, %2").arg(row.index.data().toString(),
                                         row.index.data(ComparisonModel::PeriodRole).toString())));
        doc.add({170, [=](QPainter &p, const QRectF &r) {
                     double top = std::isnan(city) ? 0 : city;
                     for (double v : values)
                         if (!std::isnan(v))
                             top = std::max(top, v);
                     if (top <= 0)
                         top = 1;
                     const QRectF plot = r.adjusted(0, 6, 0, -28);
                     const double slot = plot.width() / std::max(1, areas);
                     p.setFont(ReportDocument::font(8));
                     for (int a = 0; a < areas; ++a) {
                         const double v = values[size_t(a)];
                         const QRectF slotRect(plot.left() + a * slot, plot.top(), slot,
                                               plot.height());
                         if (!std::isnan(v)) {
                             const double h = v / top * plot.height();
                             p.fillRect(QRectF(slotRect.center().x() - slot * 0.3,
                                               plot.bottom() - h, slot * 0.6, h),
                                        kAreaColours[a % 6]);
                         }
                         p.setPen(QColor(0x20, 0x20, 0x20));
                         drawCell(p, QRectF(slotRect.left(), plot.bottom() + 2, slot, 12),
                                  labels[a], Qt::AlignHCenter);
                         drawCell(p, QRectF(slotRect.left(), plot.bottom() + 14, slot, 12),
                                  names[a], Qt::AlignHCenter);
                     }
                     if (!std::isnan(city)) {
                         const double y = plot.bottom() - city / top * plot.height();
                         p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1, Qt::DashLine));
                         p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
                         p.drawText(QPointF(plot.left() + 2, y - 3), tr("City"));
                     }
                 }});
    }

    // Spine chart: each area between the worst (left) and best (right) area of the level,
    // the city in the middle.
    doc.add(heading(tr("Position between the worst and the best area (city in the middle)")));
    doc.add({kRow,
             [=](QPainter &p, const QRectF &r) {
                 p.setFont(ReportDocument::font(8));
                 double x = r.left() + first;
                 for (int a = 0; a < areas; ++a) {
                     p.setBrush(kAreaColours[a % 6]);
                     p.setPen(Qt::NoPen);
                     p.drawEllipse(QPointF(x + 4, r.center().y()), 3.5, 3.5);
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     const double tw = p.fontMetrics().horizontalAdvance(names[a]) + 18;
                     p.drawText(QRectF(x + 10, r.top(), tw, r.height()),
                                Qt::AlignLeft | Qt::AlignVCenter, names[a]);
                     x += tw;
                 }
             },
             true});
    for (const TableRow &row : rows) {
        const Indicator *ind =
            project->indicator(row.index.data(ComparisonModel::IndicatorKeyRole).toString());
        // Counts have no city value on the areas' scale (the city's is the total).
        if (!ind || ind->kind == IndicatorKind::Count)
            continue;
        const double city = row.index.siblingAtColumn(model->cityColumn())
                                .data(ComparisonModel::ValueRole)
                                .toDouble();
        const auto all =
            project->values(ind->key, row.index.data(ComparisonModel::PeriodRole).toString());
        double lo = INFINITY, hi = -INFINITY;
        for (int i : project->areasOfLevel(s.levelKey))
            if (!std::isnan(all->values[size_t(i)])) {
                lo = std::min(lo, all->values[size_t(i)]);
                hi = std::max(hi, all->values[size_t(i)]);
            }
        if (std::isnan(city) || !(lo < hi))
            continue;
        const bool lowIsBest = ind->polarity == Polarity::HigherIsWorse;
        // 0 = worst area, 0.5 = city, 1 = best area.
        auto position = [=](double v) {
            const double best = lowIsBest ? lo : hi, worst = lowIsBest ? hi : lo;
            const bool better = lowIsBest ? v < city : v > city;
            if (better)
                return 0.5 + 0.5 * std::abs(v - city) / std::max(1e-12, std::abs(best - city));
            return 0.5 - 0.5 * std::abs(city - v) / std::max(1e-12, std::abs(city - worst));
        };
        std::vector<double> positions;
        for (int a = 0; a < areas; ++a) {
            const double v = row.index.siblingAtColumn(ComparisonModel::FirstAreaColumn + a)
                                 .data(ComparisonModel::ValueRole)
                                 .toDouble();
            positions.push_back(std::isnan(v) ? std::nan("") : std::clamp(position(v), 0.0, 1.0));
        }
        const QString label = row.index.data().toString();
        const bool neutral = ind->polarity == Polarity::Neutral;
        doc.add(
            {kRow, [=](QPainter &p, const QRectF &r) {
                 p.setFont(ReportDocument::font(8));
                 p.setPen(QColor(0x20, 0x20, 0x20));
                 drawCell(p, QRectF(r.left(), r.top(), first, r.height()), label, Qt::AlignLeft);
                 const QRectF bar(r.left() + first + 4, r.top() + 3, w - first - 8, r.height() - 6);
                 p.fillRect(bar, neutral ? QColor(0xee, 0xee, 0xee) : QColor(0xe4, 0xe4, 0xe4));
                 p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
                 p.drawLine(QPointF(bar.center().x(), bar.top() - 2),
                            QPointF(bar.center().x(), bar.bottom() + 2));
                 for (size_t a = 0; a < positions.size(); ++a) {
                     if (std::isnan(positions[a]))
                         continue;
                     p.setBrush(kAreaColours[a % 6]);
                     p.setPen(QPen(Qt::white, 0.6));
                     p.drawEllipse(
                         QPointF(bar.left() + positions[a] * bar.width(), bar.center().y()), 3.5,
                         3.5);
                 }
             }});
    }
    doc.add(
        note(tr("Tint: blue = better, orange-red = worse than the city (by the "
                "indicator's direction). Spine chart: left = worst area, right = "
                "best area of the level; for neutral indicators right = highest; counts are not "
                "shown there.")));
    return doc;
}

} // namespace qw

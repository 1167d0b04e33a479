#include "AllocationReport.h"

#include "AllocationExport.h"
#include "AllocationMap.h"
#include "AllocationTableModel.h"
#include "AreaReports.h"
#include "NumberFormat.h"
#include "Project.h"
#include "ReportTable.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

#include <cmath>

namespace qw {

namespace {

constexpr double kMapHeight = 300;

// The amounts as a map with its legend (AllocationMap).
ReportDocument::Block amountMap(const std::shared_ptr<const Project> &project,
                                const Allocation &allocation, const QLocale &locale)
{
    auto map =
        std::make_shared<AllocationMap>(project, allocation, locale, ReportDocument::font(8));
    return {kMapHeight, [map](QPainter &p, const QRectF &r) {
                map->paint(p, r);
            }};
}

} // namespace

ReportDocument AllocationReport::document(const std::shared_ptr<const Project> &project,
                                          const AllocationTableModel &model, const QLocale &locale)
{
    const Allocation &a = *model.allocation();
    QString subtitle = tr("%n area(s) of the level %1", nullptr, int(a.size())).arg(a.levelName);
    if (!a.previousName.isEmpty())
        subtitle += QStringLiteral(" · ") + tr("change against \"%1\"").arg(a.previousName);
    ReportDocument doc(AllocationExport::title(model, locale), subtitle,
                       AreaReports::footer(*project, locale));

    doc.add(ReportDocument::heading(tr("The rule")));
    doc.add(ReportDocument::paragraph(a.describe(locale), 9, QColor(0x20, 0x20, 0x20)));
    if (const Indicator *i = project->indicator(a.rule.indicatorKey); i && !i->source.isEmpty())
        doc.add(ReportDocument::paragraph(tr("Source: %1").arg(i->source), 9,
                                          QColor(0x20, 0x20, 0x20)));
    doc.add(ReportDocument::heading(tr("Amounts per area")));
    doc.add(amountMap(project, a, locale));

    // The table: the area's name with its key, then the model's columns from the value on.
    using Column = AllocationTableModel::Column;
    QStringList titles;
    std::vector<int> shown; // model columns
    for (int c = 0; c < model.columnCount(); ++c) {
        const auto column =
            Column(model.headerData(c, Qt::Horizontal, AllocationTableModel::ColumnRole).toInt());
        if (column == Column::Key)
            continue;
        shown.push_back(c);
        titles << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    std::vector<QStringList> rows;
    for (const int r : model.rowsByAmount()) {
        QStringList cells;
        for (int c : shown)
            cells << model.index(r, c).data().toString();
        cells[0] = tr("%1 (%2)").arg(a.names[std::size_t(r)], a.keys[std::size_t(r)]);
        // The note below says what "no value" means: the short word leaves the numbers room.
        if (a.result.limit[std::size_t(r)] == AllocationLimit::NoValue)
            cells.last() = a.isNotComputed(std::size_t(r)) ? tr("not computed") : tr("no value");
        rows.push_back(cells);
    }
    QStringList total(titles.size());
    total[0] = tr("Total");
    for (int i = 0; i < int(shown.size()); ++i) {
        const auto column = Column(
            model
                .headerData(shown[std::size_t(i)], Qt::Horizontal, AllocationTableModel::ColumnRole)
                .toInt());
        if (column == Column::Amount)
            total[i] = formatNumber(model.total(), a.rule.amountDecimals(), locale);
        if (column == Column::Share)
            total[i] = tr("%1 %").arg(formatNumber(model.total() / a.rule.budget * 100, 2, locale));
        if (column == Column::BasisShare && a.result.basisTotal > 0)
            total[i] = tr("%1 %").arg(formatNumber(model.basisShareTotal() * 100, 2, locale));
    }
    auto columns =
        std::make_shared<ReportTable>(doc.contentWidth(), int(titles.size()),
                                      ReportDocument::font(8), ReportDocument::font(8, true));
    columns->measureHeader(titles, 90);
    for (const QStringList &row : rows)
        columns->measure(row);
    columns->measure(total, true); // painted bold: "100,00 %" is wider than in the rows
    ReportTable::addTo(doc, columns, titles, rows);
    doc.add({ReportTable::kRow + 4, [columns, total](QPainter &p, const QRectF &r) {
                 p.setFont(ReportDocument::font(8, true));
                 p.setPen(QColor(0x20, 0x20, 0x20));
                 columns->paintRow(p, r.adjusted(0, 4, 0, 0), total);
                 p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
                 p.drawLine(QPointF(r.left(), r.top() + 2), QPointF(r.right(), r.top() + 2));
             }});

    QStringList notes;
    notes << AllocationExport::rowOrder();
    const int notComputed = int(std::count(a.notComputed.begin(), a.notComputed.end(), 1));
    if (a.result.withoutValue - notComputed > 0)
        notes << tr("\"–\" = no value: %n area(s) without a value of the indicator were left out.",
                    nullptr, a.result.withoutValue - notComputed);
    if (notComputed > 0)
        notes << tr("\"not computed\": %n area(s) the indicator leaves out by its own rule (%1).",
                    nullptr, notComputed)
                     .arg(a.notComputedWords);
    notes << tr("Rule (to recompute it): %1").arg(a.rule.text());
    doc.add(ReportDocument::note(notes.join(QLatin1Char('\n'))));
    return doc;
}

} // namespace qw

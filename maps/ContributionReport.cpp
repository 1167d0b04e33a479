#include "ContributionReport.h"

#include "IndexContributions.h"
#include "IndexRecipe.h"
#include "Project.h"
#include "ReportDocument.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace qw {

void ContributionReport::add(ReportDocument &doc, const std::shared_ptr<Project> &project,
                             const QString &areaKey, const QString &period, bool german)
{
    const auto index =
        std::find_if(project->indicators().begin(), project->indicators().end(),
                     [](const Indicator &i) { return IndexRecipe::isIndex(i.recipe); });
    if (index == project->indicators().end())
        return;
    const QString key = index->key;
    const QString name = index->name(german);
    const QString shownPeriod = project->periodFor(key, period);
    auto model = std::make_shared<IndexContributions>();
    if (!model->compute(*project, key, shownPeriod, areaKey, german))
        return;
    const QLocale locale = german ? QLocale(QLocale::German) : QLocale(QLocale::English);
    doc.add(
        ReportDocument::heading(tr("Contribution to the index: %1 (%2)").arg(name, shownPeriod)));
    doc.add(ReportDocument::paragraph(
        tr("Index %1, rank %2 of %3 (1 = most need), class %4.")
            .arg(locale.toString(model->indexValue(), 'f', 2))
            .arg(model->rank())
            .arg(model->ranked())
            .arg(model->className().isEmpty() ? tr("none") : model->className()),
        9, QColor(0x20, 0x20, 0x20)));
    double extent = 0;
    for (const auto &r : model->rows())
        extent = std::max(extent, std::abs(r.contribution));
    if (extent <= 0)
        extent = 1;
    constexpr double kRowHeight = 16;
    for (const auto &row : model->rows()) {
        const QString parts =
            tr("%1 %2 · weight %3")
                .arg(model->standardisedName(), locale.toString(row.standardised, 'f', 2),
                     locale.toString(row.weight, 'g', 4));
        doc.add({kRowHeight, [row, parts, extent, locale](QPainter &p, const QRectF &r) {
                     p.setFont(ReportDocument::font(8));
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     const double nameWidth = r.width() * 0.38;
                     const double numbers = r.width() * 0.22;
                     p.drawText(
                         QRectF(r.left(), r.top(), nameWidth - 4, r.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         p.fontMetrics().elidedText(row.name, Qt::ElideRight, int(nameWidth - 4)));
                     p.drawText(QRectF(r.left() + nameWidth, r.top(), numbers, r.height()),
                                Qt::AlignLeft | Qt::AlignVCenter, parts);
                     const double left = r.left() + nameWidth + numbers;
                     const double half = (r.right() - left - 40) / 2;
                     const double zero = left + half;
                     const double length = row.contribution / extent * half;
                     const QRectF bar = length >= 0
                         ? QRectF(zero, r.top() + 3, length, r.height() - 6)
                         : QRectF(zero + length, r.top() + 3, -length, r.height() - 6);
                     p.fillRect(bar,
                                row.contribution >= 0 ? QColor(0xb2, 0x18, 0x2b)
                                                      : QColor(0x21, 0x66, 0xac));
                     p.drawLine(QPointF(zero, r.top()), QPointF(zero, r.bottom()));
                     p.drawText(QRectF(r.right() - 40, r.top(), 40, r.height()),
                                Qt::AlignRight | Qt::AlignVCenter,
                                locale.toString(row.contribution, 'f', 2));
                 }});
    }
    doc.add(ReportDocument::note(
        tr("Contribution = weight × standardised value (turned by the direction) / sum of "
           "weights; red adds to the need, blue lowers it.")
        + QLatin1Char(' ') + model->totalExplanation(locale)));
}

} // namespace qw

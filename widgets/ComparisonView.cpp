#include "ComparisonView.h"

#include "ComparisonModel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

#include <cmath>

namespace qw {

namespace {

class DeviationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QColor tint =
            ComparisonView::deviationColor(index.data(ComparisonModel::DeviationRole).toDouble());
        if (tint.isValid())
            painter->fillRect(option.rect, tint);
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

ComparisonView::ComparisonView(ComparisonModel *model, QWidget *parent) : QTreeView(parent)
{
    setModel(model);
    setItemDelegate(new DeviationDelegate(this));
    setUniformRowHeights(true);
    setAlternatingRowColors(false);
    setAccessibleName(tr("Comparison"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
}

QColor ComparisonView::deviationColor(double deviation)
{
    if (std::isnan(deviation) || std::abs(deviation) < 0.25)
        return {};
    // Up to two standard deviations, the tint grows; beyond, it stays.
    const double strength = std::min(1.0, std::abs(deviation) / 2.0);
    QColor c = deviation > 0 ? QColor(0x43, 0x93, 0xc3) : QColor(0xd6, 0x60, 0x4d);
    c.setAlphaF(float(0.15 + 0.45 * strength));
    return c;
}

} // namespace qw

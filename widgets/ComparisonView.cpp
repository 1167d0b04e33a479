#include "ComparisonView.h"

#include "ColorRamp.h"
#include "ComparisonModel.h"
#include "Sparkline.h"

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
            ColorRamp::deviationTint(index.data(ComparisonModel::DeviationRole).toDouble());
        if (tint.isValid())
            painter->fillRect(option.rect, tint);
        QStyledItemDelegate::paint(painter, option, index);
        // The trend of the last periods, left of the right-aligned value.
        const QVariantList trend = index.data(ComparisonModel::TrendRole).toList();
        if (trend.size() > 1) {
            const QRectF r = QRectF(option.rect).adjusted(4, 5, 0, -5);
            paintSparkline(*painter, QRectF(r.left(), r.top(), kSparkWidth - 8, r.height()), trend);
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        if (index.data(ComparisonModel::TrendRole).toList().size() > 1)
            s.rwidth() += kSparkWidth;
        return s;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // "no value for 2019" reads as a note, not as a period.
        if (index.column() == ComparisonModel::PeriodColumn && index.parent().isValid()
            && index.data(ComparisonModel::PeriodRole).toString().isEmpty()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        }
    }

private:
    static constexpr int kSparkWidth = 48;
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

} // namespace qw

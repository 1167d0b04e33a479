#include "ComparisonView.h"

#include "ColorRamp.h"
#include "ComparisonModel.h"
#include "Sparkline.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
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

ComparisonView::ComparisonView(ComparisonModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model)
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

QMenu *ComparisonView::contextMenuFor(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    const QString value = index.data(Qt::DisplayRole).toString();
    QAction *copy = menu->addAction(tr("&Copy value"), this,
                                    [value] { QApplication::clipboard()->setText(value); });
    copy->setEnabled(index.isValid() && !value.isEmpty());
    QAction *copyRow = menu->addAction(tr("Copy &row"), this, [this, index] {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(index.parent()); ++c)
            cells << index.siblingAtColumn(c).data(Qt::DisplayRole).toString();
        QApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
    });
    copyRow->setEnabled(index.isValid());
    const int area = index.column() - ComparisonModel::FirstAreaColumn;
    if (index.isValid() && area >= 0 && area < m_model->areaKeys().size()) {
        menu->addSeparator();
        const QString key = m_model->areaKeys().at(area);
        const QString name =
            m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *profile = menu->addAction(tr("&Profile of %1…").arg(name), this,
                                           [this, key] { Q_EMIT profileRequested(key); });
        menu->setDefaultAction(profile);
    }
    return menu;
}

void ComparisonView::contextMenuEvent(QContextMenuEvent *event)
{
    // Delivered from the viewport: pos is in its coordinates.
    const QModelIndex index = indexAt(event->pos());
    std::unique_ptr<QMenu> menu(contextMenuFor(index));
    menu->exec(event->globalPos());
}

} // namespace qw

#include "AllocationTableView.h"

#include "AllocationTableModel.h"

#include <QCollator>
#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <cmath>

namespace qw {

namespace {

// Numbers by value, areas without one last in ascending order; text by collation.
class AllocationSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(AllocationTableModel::NumberRole);
        const QVariant b = right.data(AllocationTableModel::NumberRole);
        const auto column =
            AllocationTableModel::Column(left.data(AllocationTableModel::ColumnRole).toInt());
        const bool numeric = column != AllocationTableModel::Column::Name
            && column != AllocationTableModel::Column::Key
            && column != AllocationTableModel::Column::Limit;
        if (numeric) {
            if (a.isValid() != b.isValid())
                return a.isValid(); // a number before none
            if (a.isValid() && a.toDouble() != b.toDouble())
                return a.toDouble() < b.toDouble();
            return left.row() < right.row();
        }
        const int order = m_collator.compare(left.data().toString(), right.data().toString());
        return order != 0 ? order < 0 : left.row() < right.row();
    }

private:
    QCollator m_collator;
};

} // namespace

AllocationTableView::AllocationTableView(AllocationTableModel *model, QWidget *parent)
    : QTableView(parent), m_model(model), m_proxy(new AllocationSortProxy(this))
{
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the level's order until a heading is clicked
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    // After the proxy has the new rows (the source resets first).
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AllocationTableView::fitColumns);
}

int AllocationTableView::modelRow(int viewRow) const
{
    const QModelIndex i = m_proxy->mapToSource(m_proxy->index(viewRow, 0));
    return i.isValid() ? i.row() : -1;
}

int AllocationTableView::viewRow(int modelRow) const
{
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(modelRow, 0));
    return i.isValid() ? i.row() : -1;
}

void AllocationTableView::fitColumns()
{
    // Contents, but a long indicator name in a heading (elided, whole in its tooltip) or a
    // long area name does not push the amounts out of sight.
    resizeColumnsToContents();
    const int names = std::max(160, viewport()->width() / 4);
    const int numbers =
        std::max(110, fontMetrics().horizontalAdvance(QStringLiteral("00.000.000,00 €")));
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        const auto column = AllocationTableModel::Column(
            m_proxy->headerData(c, Qt::Horizontal, AllocationTableModel::ColumnRole).toInt());
        const bool text = column == AllocationTableModel::Column::Name
            || column == AllocationTableModel::Column::Limit;
        const int most = text ? names : numbers;
        if (columnWidth(c) > most)
            setColumnWidth(c, most);
    }
}

QString AllocationTableView::summary(const Allocation &a, const QLocale &locale)
{
    int floors = 0, caps = 0, pinned = 0;
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        floors += a.result.limit[i] == AllocationLimit::Floor;
        caps += a.result.limit[i] == AllocationLimit::Cap;
        pinned += a.result.limit[i] == AllocationLimit::Pinned;
        if (std::isfinite(a.result.amount[i]))
            sum += a.result.amount[i];
    }
    const auto amount = [&](double v) {
        return AllocationRule::formatAmount(v, a.rule.unit, v == std::floor(v) ? 0 : 2, locale);
    };
    QString text =
        tr("Sum %1 of a budget of %2 · at the floor: %3 · at the cap: %4 · fixed: "
           "%5 · without a value: %6")
            .arg(AllocationRule::formatAmount(sum, a.rule.unit, a.rule.amountDecimals(), locale),
                 amount(a.rule.budget))
            .arg(floors)
            .arg(caps)
            .arg(pinned)
            .arg(a.result.withoutValue);
    // Whole units fewer than the areas leave some with nothing: said, not left to be found
    // in the table.
    if (const int zero = a.zeroUnits(); zero > 0)
        text += QStringLiteral(" · ") + tr("%n area(s) get 0 whole units", nullptr, zero);
    return text;
}

} // namespace qw

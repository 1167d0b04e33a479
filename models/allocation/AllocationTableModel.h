#pragma once

#include "ProjectAllocation.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>
#include <vector>

namespace qw {

// The table of an allocation, one row per area of the level in project order: name, key,
// the indicator's value (a class by its name), the population (when the rule multiplies by
// one), basis, the basis's share of the key's total (before floor, cap and rounding), the
// amount's share of the budget, amount, change against the previous allocation (when one
// is loaded) and what limited the amount. The exports (AllocationExport) write the same columns.
class AllocationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        Key,
        Value,
        Population,
        Basis,
        BasisShare,
        Share,
        Amount,
        Change,
        Limit
    };
    enum Roles {
        AreaKeyRole = Qt::UserRole + 1, // QString
        NumberRole, // double of a number column, invalid where there is none
        LimitRole, // int (AllocationLimit)
        ColumnRole, // int (Column) of the column, also for headerData
    };

    explicit AllocationTableModel(QObject *parent = nullptr);

    // Shows an allocation (shared, never changed); nullptr empties the table.
    void setAllocation(std::shared_ptr<const Allocation> allocation, const QLocale &locale);
    const std::shared_ptr<const Allocation> &allocation() const { return m_allocation; }
    // The columns shown, in order (the population and the change only when there is one).
    const std::vector<Column> &columns() const { return m_columns; }
    // The sum of the amounts: exactly the budget.
    double total() const;
    // The sum of the basis shares: 1 (but for rounding) where any area is split by the key.
    double basisShareTotal() const;
    // The decimals of the basis column: three significant digits of the largest basis.
    int basisDecimals() const { return m_basisDecimals; }
    // The rows as the exports list them: by amount, largest first, ties by basis, then in
    // the level's order; areas without a value last.
    std::vector<int> rowsByAmount() const;
    // The text for what limited an amount ("floor", "fixed", ...; empty for the key).
    static QString limitText(AllocationLimit limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    double number(int row, Column column) const;
    QString text(int row, Column column) const;

    std::shared_ptr<const Allocation> m_allocation;
    std::vector<Column> m_columns;
    QLocale m_locale;
    int m_basisDecimals = 2;
};

} // namespace qw

#pragma once

#include <QLocale>
#include <QTableView>

class QSortFilterProxyModel;

namespace qw {

class AllocationTableModel;
struct Allocation;

// The table of an allocation, sortable by any column: numbers by their value (not their
// text), names by the locale's collation; clicking a heading again reverses the order.
// Shows the model through a proxy it owns; does not own the model.
class AllocationTableView : public QTableView
{
    Q_OBJECT
public:
    explicit AllocationTableView(AllocationTableModel *model, QWidget *parent = nullptr);

    AllocationTableModel *allocationModel() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The model row of a view row, and back (-1: none).
    int modelRow(int viewRow) const;
    int viewRow(int modelRow) const;
    // Sizes the columns to their contents after the model changed.
    void fitColumns();

    // The totals under the table: the sum against the budget and how many areas each
    // limit bound ("Summe 500.000 € von 500.000 € · an der Untergrenze: 4 · ...").
    static QString summary(const Allocation &allocation, const QLocale &locale);

private:
    AllocationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace qw

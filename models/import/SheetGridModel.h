#pragma once

#include <QAbstractTableModel>

#include "HeaderDetector.h"
#include "SheetGrid.h"

#include <vector>

namespace qw {

// The first records of a sheet as they stand, for the import wizard: the sheet's own row
// numbers down the side, columns A, B, C… across, and each row marked with what the
// table found in it (title, header, data, notes), so that the planner sees at a glance
// whether the header was found and can point at the right rows. Read-only; the view
// colours rows by RowKindRole (models stay free of Qt GUI).
class SheetGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What a record is to the table. Rows between header and data (a units row) and notes
    // among or below the data are Outside: forEachRow passes them over.
    enum class RowKind { Above, Header, Data, Outside };
    Q_ENUM(RowKind)
    enum Roles {
        RowKindRole = Qt::UserRole + 1, // RowKind of the cell's row
        SheetRowRole, // the 1-based sheet row (first line in a text file), qint64
    };

    using QAbstractTableModel::QAbstractTableModel;

    // numbers: the source's decimal marks, to tell notes from data as the import does.
    void setGrid(std::vector<GridRow> rows, const TableShape &shape, const NumberParser &numbers);
    void clear();

    RowKind rowKind(int row) const { return m_kinds[size_t(row)]; }
    qint64 sheetRow(int row) const { return m_rows[size_t(row)].row; }
    // The model row showing a sheet row, or -1.
    int rowOf(qint64 sheetRow) const;
    // "A", "B", … "Z", "AA", as a spreadsheet names its columns.
    static QString columnName(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static QString describe(RowKind kind);

    std::vector<GridRow> m_rows;
    std::vector<RowKind> m_kinds;
    int m_columns = 0;
};

} // namespace qw

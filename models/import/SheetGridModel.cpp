#include "SheetGridModel.h"

#include <algorithm>

namespace qw {

void SheetGridModel::setGrid(std::vector<GridRow> rows, const TableShape &shape,
                             const NumberParser &numbers)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_kinds.clear();
    m_kinds.reserve(m_rows.size());
    m_columns = 0;
    // The same tests as TableSource::forEachRow, so that what is marked as data is what
    // the import reads.
    DataRowFilter filter(shape, numbers);
    for (const GridRow &r : m_rows) {
        m_columns = std::max(m_columns, int(r.cells.size()));
        RowKind kind = RowKind::Data;
        if (r.row < shape.headerRows.first)
            kind = RowKind::Above;
        else if (r.row <= shape.headerRows.last)
            kind = RowKind::Header;
        else {
            const auto verdict = filter.classify(r, shape.fieldsOf(r));
            if (verdict == DataRowFilter::Verdict::After
                || verdict == DataRowFilter::Verdict::PassedOver)
                kind = RowKind::Outside;
        }
        m_kinds.push_back(kind);
    }
    endResetModel();
}

void SheetGridModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_kinds.clear();
    m_columns = 0;
    endResetModel();
}

int SheetGridModel::rowOf(qint64 sheetRow) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sheetRow,
                                     [](const GridRow &r, qint64 row) { return r.row < row; });
    return it != m_rows.end() && it->row == sheetRow ? int(it - m_rows.begin()) : -1;
}

QString SheetGridModel::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

int SheetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QString SheetGridModel::describe(RowKind kind)
{
    switch (kind) {
    case RowKind::Above:
        return tr("Above the table (title); not read");
    case RowKind::Header:
        return tr("Header row: names the columns");
    case RowKind::Data:
        return tr("Data row: read");
    case RowKind::Outside:
        return tr("Not a data row (units, notes, below the data); not read");
    }
    return {};
}

QVariant SheetGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t row = size_t(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_rows[row].cell(index.column());
    case RowKindRole:
        return QVariant::fromValue(m_kinds[row]);
    case SheetRowRole:
        return m_rows[row].row;
    case Qt::ToolTipRole: {
        // The whole cell (a long column name is cut in the grid) and what the row is
        const QString cell = m_rows[row].cell(index.column());
        return cell.isEmpty() ? describe(m_kinds[row])
                              : cell + QLatin1Char('\n') + describe(m_kinds[row]);
    }
    default:
        return {};
    }
}

QVariant SheetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_columns)
            return columnName(section);
        return {};
    }
    if (section < 0 || section >= int(m_rows.size()))
        return {};
    if (role == Qt::DisplayRole || role == SheetRowRole)
        return m_rows[size_t(section)].row;
    if (role == RowKindRole)
        return QVariant::fromValue(m_kinds[size_t(section)]);
    if (role == Qt::ToolTipRole)
        return describe(m_kinds[size_t(section)]);
    return {};
}

QHash<int, QByteArray> SheetGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(SheetRowRole, "sheetRow");
    return names;
}

} // namespace qw

#include "TablePreviewModel.h"

namespace qw {

void TablePreviewModel::setTable(const QStringList &header, std::vector<QStringList> rows,
                                 std::vector<qint64> lines)
{
    beginResetModel();
    m_header = header;
    m_rows = std::move(rows);
    m_lines = std::move(lines);
    endResetModel();
}

int TablePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TablePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant TablePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    return m_rows[size_t(index.row())].value(index.column());
}

QVariant TablePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return size_t(section) < m_lines.size() ? QVariant(m_lines[size_t(section)]) : QVariant(section + 1);
    return m_header.value(section);
}

} // namespace qw

#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace qw {

// The first rows of a table as read with the current settings, for the import wizard's
// preview. Read-only; rows shorter than the header show empty cells.
class TablePreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // lines: each row's line in the file (row of the sheet), shown down the side; empty
    // numbers the rows from 1.
    void setTable(const QStringList &header, std::vector<QStringList> rows,
                  std::vector<qint64> lines = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
    std::vector<qint64> m_lines;
};

} // namespace qw

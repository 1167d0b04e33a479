#pragma once

#include "TableImport.h"

#include <QAbstractTableModel>

namespace qw {

// Keys of an import that match no area, with the area the user assigns to each (a
// suggestion, another area, or none). Column Assigned is editable: set the area key (or an
// empty string) with Qt::EditRole. mapping() gives the accepted file key -> area key pairs.
class UnmatchedKeyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Name, Rows, Suggestion, Assigned, ColumnCount };
    enum Roles { AreaKeyRole = Qt::UserRole + 1 };

    explicit UnmatchedKeyModel(QObject *parent = nullptr);

    // areaNames: area key -> name, for showing and validating assignments.
    void setKeys(std::vector<UnmatchedKey> keys, const QHash<QString, QString> &areaNames);
    // Assigns every key with exactly one suggestion to it; returns how many.
    int acceptSuggestions();
    QHash<QString, QString> mapping() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString areaLabel(const QString &key) const;

    std::vector<UnmatchedKey> m_keys;
    std::vector<QString> m_assigned;
    QHash<QString, QString> m_areaNames;
};

} // namespace qw

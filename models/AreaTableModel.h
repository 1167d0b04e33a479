#pragma once

#include "ProjectTypes.h"

#include <QAbstractTableModel>
#include <QItemSelection>
#include <QLocale>

#include <memory>
#include <vector>

namespace qw {

class Project;
struct AreaValues;

// The areas of one level with the current indicator's value and rank. Sortable in place
// (sort() moves rows and keeps persistent indexes), so one QItemSelectionModel on this
// model can be shared by the table, the map and charts without proxy mapping.
class AreaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, NameColumn, ValueColumn, RankColumn, ColumnCount };
    enum Roles {
        AreaKeyRole = Qt::UserRole + 1, // QString
        ProjectIndexRole, // int, index into Project::areas()
        ValueRole, // double, NaN when not shown
        StatusRole, // int (ValueStatus)
        SortRole, // value used by sort()
    };

    explicit AreaTableModel(QObject *parent = nullptr);
    ~AreaTableModel() override;

    void setAreas(std::shared_ptr<const Project> project, const QString &levelKey);
    void setValues(const Indicator &indicator, std::shared_ptr<const AreaValues> values);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    // The row showing a project area, or -1.
    int rowOfProjectIndex(int projectIndex) const;
    // The rows of these areas, to select (areas of other levels are left out).
    QItemSelection rowsOf(const QStringList &areaKeys) const;
    // How many rows have a rank (a shown value).
    int rankedCount() const { return m_rankedCount; }
    int projectIndexOfRow(int row) const { return m_rows[row].projectIndex; }
    const QString &levelKey() const { return m_level; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        int projectIndex = -1;
        double value = 0;
        ValueStatus status = ValueStatus::Missing;
        int rank = 0; // 1 = highest value; 0 = no rank
    };
    QVariant sortKey(const Row &row, int column) const;
    void indexRows();

    std::shared_ptr<const Project> m_project;
    QString m_level;
    std::vector<Row> m_rows;
    std::vector<int> m_rowOfProjectIndex; // project area index -> row, or -1
    int m_rankedCount = 0;
    Indicator m_indicator;
    bool m_hasIndicator = false;
    QLocale m_locale;
};

} // namespace qw

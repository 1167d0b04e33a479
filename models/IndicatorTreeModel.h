#pragma once

#include <QAbstractItemModel>

#include <memory>

namespace qw {

class Project;

// The indicator catalogue as a two-level tree: source departments, then their
// indicators. Column 0 is the name (German or English per the UI language), column 1
// the unit.
class IndicatorTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        IndicatorKeyRole = Qt::UserRole + 1, // QString, empty on department rows
        DepartmentRole, // QString
        IsDepartmentRole, // bool
        // QString: what the search matches, the names in both languages and the key, so
        // "Kinderarmut" finds the indicator under English too
        SearchTextRole,
    };

    explicit IndicatorTreeModel(QObject *parent = nullptr);
    ~IndicatorTreeModel() override;

    void setProject(std::shared_ptr<const Project> project, bool german);
    // The index of an indicator's row, or an invalid index.
    QModelIndex indexOfIndicator(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Department
    {
        QString name;
        std::vector<int> indicators; // indices into Project::indicators()
        QString searchText; // both names
    };
    std::shared_ptr<const Project> m_project;
    std::vector<Department> m_departments;
    bool m_german = true;
};

} // namespace qw

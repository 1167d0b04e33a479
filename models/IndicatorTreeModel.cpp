#include "IndicatorTreeModel.h"

#include "Project.h"

namespace qw {

// Internal ids: 0 for department rows, department index + 1 for indicator rows.
IndicatorTreeModel::IndicatorTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

IndicatorTreeModel::~IndicatorTreeModel() = default;

void IndicatorTreeModel::setProject(std::shared_ptr<const Project> project, bool german)
{
    beginResetModel();
    m_project = std::move(project);
    m_german = german;
    m_departments.clear();
    if (m_project)
        for (const auto &group : m_project->indicatorGroups())
            m_departments.push_back(
                {group.department.isEmpty() ? tr("Other") : group.name(m_german), group.indicators,
                 group.name(true) + QLatin1Char('\n') + group.name(false)});
    endResetModel();
}

QModelIndex IndicatorTreeModel::indexOfIndicator(const QString &key) const
{
    if (!m_project)
        return {};
    for (int d = 0; d < int(m_departments.size()); ++d)
        for (int r = 0; r < int(m_departments[d].indicators.size()); ++r)
            if (m_project->indicators()[m_departments[d].indicators[r]].key == key)
                return createIndex(r, 0, quintptr(d + 1));
    return {};
}

QModelIndex IndicatorTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex IndicatorTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int IndicatorTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_departments.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_departments[parent.row()].indicators.size());
    return 0;
}

int IndicatorTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant IndicatorTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Department &d = m_departments[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? QVariant(d.name) : QVariant();
        case DepartmentRole:
            return d.name;
        case SearchTextRole:
            return d.searchText;
        case IsDepartmentRole:
            return true;
        case IndicatorKeyRole:
            return QString();
        }
        return {};
    }
    const Department &d = m_departments[index.internalId() - 1];
    const auto &ind = m_project->indicators()[d.indicators[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? ind.name(m_german) : ind.unitName(m_german);
    case Qt::ToolTipRole:
        return ind.description.isEmpty()
            ? ind.name(m_german)
            : ind.name(m_german) + QStringLiteral("\n") + ind.description;
    case IndicatorKeyRole:
        return ind.key;
    case SearchTextRole:
        return QString(ind.nameDe + QLatin1Char('\n') + ind.nameEn + QLatin1Char('\n') + ind.key);
    case DepartmentRole:
        return d.name;
    case IsDepartmentRole:
        return false;
    }
    return {};
}

QVariant IndicatorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Indicator") : tr("Unit");
}

Qt::ItemFlags IndicatorTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace qw

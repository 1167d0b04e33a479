#include "AreaTableModel.h"

#include "NumberFormat.h"
#include "Project.h"
#include "Ranking.h"
#include "UiLanguage.h"
#include "ValueWording.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qw {

AreaTableModel::AreaTableModel(QObject *parent) : QAbstractTableModel(parent) { }

AreaTableModel::~AreaTableModel() = default;

void AreaTableModel::setAreas(std::shared_ptr<const Project> project, const QString &levelKey)
{
    beginResetModel();
    m_project = std::move(project);
    m_level = levelKey;
    m_rows.clear();
    m_hasIndicator = false;
    if (m_project)
        for (int i : m_project->areasOfLevel(levelKey))
            m_rows.push_back({i, std::nan(""), ValueStatus::Missing, 0});
    m_rankedCount = 0;
    indexRows();
    endResetModel();
}

void AreaTableModel::setValues(const Indicator &indicator, std::shared_ptr<const AreaValues> values)
{
    m_indicator = indicator;
    m_hasIndicator = true;
    for (Row &r : m_rows) {
        r.value = values ? values->values[r.projectIndex] : std::nan("");
        r.status = values ? values->status[r.projectIndex] : ValueStatus::Missing;
    }
    std::vector<double> shown(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        shown[i] = m_rows[i].value;
    // Codes (an index's classes) are not ranked: class 3 is not "third".
    const std::vector<int> ranks =
        indicator.isCategorical() ? std::vector<int>(shown.size(), 0) : Ranking::ranks(shown);
    m_rankedCount = 0;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].rank = ranks[i];
        m_rankedCount += ranks[i] > 0 ? 1 : 0;
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(int(m_rows.size()) - 1, RankColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, ValueColumn, ValueColumn);
}

void AreaTableModel::indexRows()
{
    m_rowOfProjectIndex.assign(m_project ? m_project->areas().size() : 0, -1);
    for (int r = 0; r < int(m_rows.size()); ++r)
        m_rowOfProjectIndex[m_rows[r].projectIndex] = r;
}

QItemSelection AreaTableModel::rowsOf(const QStringList &areaKeys) const
{
    QItemSelection selection;
    for (const QString &key : areaKeys) {
        const int row = m_project ? rowOfProjectIndex(m_project->areaIndex(key)) : -1;
        if (row >= 0)
            selection.select(index(row, 0), index(row, 0));
    }
    return selection;
}

int AreaTableModel::rowOfProjectIndex(int projectIndex) const
{
    return projectIndex >= 0 && projectIndex < int(m_rowOfProjectIndex.size())
        ? m_rowOfProjectIndex[projectIndex]
        : -1;
}

int AreaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AreaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AreaTableModel::sortKey(const Row &row, int column) const
{
    const AreaInfo &a = m_project->areas()[row.projectIndex];
    switch (column) {
    case KeyColumn:
        return a.key;
    case NameColumn:
        return a.name;
    case ValueColumn:
        return row.value;
    case RankColumn:
        return row.rank;
    }
    return {};
}

QVariant AreaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const AreaInfo &area = m_project->areas()[row.projectIndex];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return area.key;
        case NameColumn:
            return area.name;
        case ValueColumn:
            if (!m_hasIndicator)
                return {};
            if (row.status == ValueStatus::Suppressed)
                return QStringLiteral("."); // the official sign for a suppressed cell
            if (const QString words =
                    m_indicator.wordsFor(row.value, row.status, germanUi(m_locale));
                !words.isEmpty())
                return words;
            if (std::isnan(row.value))
                return QStringLiteral("–");
            return QString(
                formatNumber(row.value, m_indicator.decimals, m_locale)
                + (row.status == ValueStatus::Estimated ? QStringLiteral(" (g)") : QString()));
        case RankColumn:
            return row.rank > 0 ? QVariant(row.rank) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= ValueColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && row.status == ValueStatus::Suppressed)
            return ValueWording::suppressed(m_indicator.minCases);
        if (index.column() == ValueColumn && row.status == ValueStatus::NotComputed)
            return m_indicator.notComputedText(germanUi(m_locale));
        if (index.column() == ValueColumn && row.status == ValueStatus::Estimated)
            return tr("Estimated value");
        if (index.column() == ValueColumn && std::isnan(row.value))
            return tr("No data");
        // A code's name in full ("Status niedrig, Dynamik negativ"): the column is narrow.
        if (index.column() == ValueColumn)
            if (const QString words =
                    m_indicator.wordsFor(row.value, row.status, germanUi(m_locale));
                !words.isEmpty())
                return words;
        return {};
    case AreaKeyRole:
        return area.key;
    case ProjectIndexRole:
        return row.projectIndex;
    case ValueRole:
        return row.value;
    case StatusRole:
        return int(row.status);
    case SortRole:
        return sortKey(row, index.column());
    }
    return {};
}

QVariant AreaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        if (const QString unit = m_indicator.unitName(germanUi(m_locale));
            m_hasIndicator && !unit.isEmpty()) {
            // A long unit ("Prozentpunkte") would push the names out of a narrow panel: the
            // header gives it in its tooltip (and the map's legend names it).
            if (role == Qt::ToolTipRole || unit.size() <= 6)
                return tr("Value (%1)").arg(unit);
        }
        return role == Qt::DisplayRole ? QVariant(tr("Value")) : QVariant();
    case RankColumn:
        return tr("Rank");
    }
    return {};
}

void AreaTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || m_rows.empty())
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> perm(m_rows.size());
    std::iota(perm.begin(), perm.end(), 0);
    const bool asc = order == Qt::AscendingOrder;
    std::stable_sort(perm.begin(), perm.end(), [&](int a, int b) {
        const Row &ra = m_rows[a], &rb = m_rows[b];
        if (column == ValueColumn || column == RankColumn) {
            // Rows without a value always sort last.
            const double va = column == ValueColumn ? ra.value : (ra.rank ? ra.rank : std::nan(""));
            const double vb = column == ValueColumn ? rb.value : (rb.rank ? rb.rank : std::nan(""));
            if (std::isnan(va) != std::isnan(vb))
                return std::isnan(vb);
            if (std::isnan(va))
                return false;
            return asc ? va < vb : va > vb;
        }
        const QString sa = sortKey(ra, column).toString(), sb = sortKey(rb, column).toString();
        const int c = QString::localeAwareCompare(sa, sb);
        return asc ? c < 0 : c > 0;
    });
    std::vector<Row> sorted;
    std::vector<int> newRowOf(m_rows.size());
    for (std::size_t i = 0; i < perm.size(); ++i) {
        sorted.push_back(m_rows[perm[i]]);
        newRowOf[perm[i]] = int(i);
    }
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    for (const QModelIndex &idx : from)
        to << index(newRowOf[idx.row()], idx.column());
    m_rows = std::move(sorted);
    indexRows();
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace qw

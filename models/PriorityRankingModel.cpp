#include "PriorityRankingModel.h"

namespace qw {

PriorityRankingModel::PriorityRankingModel(QObject *parent) : QAbstractTableModel(parent) { }

void PriorityRankingModel::setTally(const PriorityTally &tally, QHash<QString, QString> areaNames)
{
    beginResetModel();
    m_tally = tally;
    m_places = m_tally.ranking();
    m_names = std::move(areaNames);
    endResetModel();
}

void PriorityRankingModel::clear()
{
    setTally(PriorityTally(0), {});
}

int PriorityRankingModel::rowOf(const QString &areaKey) const
{
    for (std::size_t i = 0; i < m_places.size(); ++i)
        if (m_places[i].areaKey == areaKey)
            return int(i);
    return -1;
}

int PriorityRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

int PriorityRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriorityRankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_places.size()))
        return {};
    const PriorityTally::Place &p = m_places[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return p.rank;
        case AreaColumn:
            return areaName(p.areaKey);
        case PointsColumn:
            return p.points;
        case VotersColumn:
            return p.voters;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == AreaColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1 (%2): %n point(s)", nullptr, p.points).arg(areaName(p.areaKey), p.areaKey);
    case AreaKeyRole:
        return p.areaKey;
    case RankRole:
        return p.rank;
    case PointsRole:
        return p.points;
    case VotersRole:
        return p.voters;
    default:
        return {};
    }
}

QVariant PriorityRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case AreaColumn:
        return tr("Area");
    case PointsColumn:
        return tr("Points");
    case VotersColumn:
        return tr("Voters");
    default:
        return {};
    }
}

} // namespace qw

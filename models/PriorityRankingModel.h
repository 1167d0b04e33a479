#pragma once

#include "PriorityTally.h"

#include <QAbstractTableModel>
#include <QHash>

namespace qw {

// The ranking of the workshop's dot voting: one row per area with points, most points
// first (PriorityTally::ranking), with its rank, name, points and how many voters gave
// them. Reset as a whole when the tally changes: a vote moves rows.
class PriorityRankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RankColumn, AreaColumn, PointsColumn, VotersColumn, ColumnCount };
    enum Roles {
        AreaKeyRole = Qt::UserRole + 1, // QString
        RankRole, // int, equal points share a rank
        PointsRole, // int
        VotersRole, // int
    };

    explicit PriorityRankingModel(QObject *parent = nullptr);

    // The tally to show and the areas' names by key (a key without a name shows itself).
    void setTally(const PriorityTally &tally, QHash<QString, QString> areaNames);
    void clear();
    const PriorityTally &tally() const { return m_tally; }
    QString areaName(const QString &areaKey) const { return m_names.value(areaKey, areaKey); }
    // The row of an area, or -1 when it has no points.
    int rowOf(const QString &areaKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    PriorityTally m_tally {0};
    std::vector<PriorityTally::Place> m_places;
    QHash<QString, QString> m_names;
};

} // namespace qw

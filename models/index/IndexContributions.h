#pragma once

#include "IndexRecipe.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

#include <utility>

#include <vector>

namespace qw {

// Why one area ranks where it does: each input of an index with the area's raw value, its
// standardised value (over the areas kept, turned by the input's direction), its weight and
// its contribution = weight x directed standardised value / sum of weights. The
// contributions add up to the index before it is standardised again; the last row holds
// that total. Computed from plain columns (one value per area, NaN: not kept) with
// CompositeIndex, so it matches the stored index. Owns its rows; no project, no store.
class Project;

class IndexContributions : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Input, Raw, Standardised, Direction, Weight, Contribution, ColumnCount };
    enum Roles {
        InputRole = Qt::UserRole + 1, // the input's key (QString)
        RawValueRole, // double, NaN for the total row
        StandardisedRole, // double: the directed standardised value
        DirectionRole, // int: +1 or -1
        WeightRole, // double
        ContributionRole, // double
        TotalRole, // bool: the row of the total
    };

    struct Row
    {
        QString key;
        QString name;
        double raw = 0;
        double standardised = 0; // turned by the direction
        int direction = 1;
        double weight = 1;
        double contribution = 0;
    };

    explicit IndexContributions(QObject *parent = nullptr);

    // Computes the contributions of the area at `area` (an index into each column) from the
    // inputs' raw columns, in the order of recipe.inputs (directions resolved), names in the
    // same order. False, with the rows cleared, when the area is not kept or the inputs do
    // not compute (then *error holds why).
    bool compute(const IndexRecipe &recipe, const std::vector<std::vector<double>> &columns,
                 const QStringList &names, int area, QString *error = nullptr);
    // The same for a stored index (its catalogue entry) and one area in one period, with the
    // raw values read through the project on the index's level and the population rule
    // applied; the area's stored index value, rank (1 = most need) among the areas kept,
    // and class name (german: the German one) go to index(), rank() and className().
    bool compute(Project &project, const QString &indexKey, const QString &period,
                 const QString &areaKey, bool german, QString *error = nullptr);
    void clear();
    double indexValue() const { return m_index; }
    int rank() const { return m_rank; }
    int ranked() const { return m_ranked; }
    const QString &className() const { return m_className; }

    const std::vector<Row> &rows() const { return m_rows; }
    // The sum of the contributions: the index before it is standardised again.
    double total() const { return m_total; }
    // Whether the recipe standardises that sum again, and the mean and (population)
    // standard deviation of the sums over the areas kept that it does it with:
    // index = (total - totalMean) / totalSd.
    bool restandardised() const { return m_restandardised; }
    double totalMean() const { return m_totalMoments.first; }
    double totalSd() const { return m_totalMoments.second; }
    // One sentence for the planner (locale: the window's): how the bars add up to the index,
    // with the numbers of this area. Empty when nothing is computed.
    QString totalExplanation(const QLocale &locale) const;
    // What the standardised column means under this recipe ("z-Wert", "0 bis 1", ...).
    QString standardisedName() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<Row> m_rows;
    double m_total = 0;
    bool m_restandardised = false;
    std::pair<double, double> m_totalMoments {0, 1};
    Standardisation m_standardisation = Standardisation::ZScore;
    double m_index = 0;
    int m_rank = 0, m_ranked = 0;
    QString m_className;
};

} // namespace qw

#pragma once

#include <QAbstractItemModel>
#include <QLocale>

#include <memory>
#include <vector>

namespace qw {

class Project;

// Areas side by side with the city: every indicator (grouped by source department) is a
// row; columns are the indicator, its unit, the period of the row, one column per chosen
// area, and the city.
// Each value cell also carries how far it lies from the city value in the indicator's
// good or bad direction (DeviationRole), so a view can colour it.
class ComparisonModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        ValueRole = Qt::UserRole + 1, // double, NaN when not shown
        StatusRole, // int (ValueStatus)
        // z-score against the areas of the level, signed so that positive is better;
        // NaN for neutral indicators, the city column and missing values.
        DeviationRole,
        RankRole, // int, 1 = highest value among the level's areas; 0 = none
        // QString, the period shown in this row: the indicator's period matching the chosen
        // one (qw::matchingPeriod); empty where it has none, and the row has no values.
        PeriodRole,
        IndicatorKeyRole, // QString, empty on department rows
        // QVariantList of doubles: the value in the last periods up to the row's period
        // (at most kTrendPeriods, oldest first; NaN where there is none).
        TrendRole,
        TrendPeriodsRole, // QStringList, the periods of TrendRole
        RankCountRole, // int, how many areas of the level have a value (the N of "rank r of N")
        // City column: QVariant of double, the areas' sum where the shown value is an
        // official city figure that differs from it; invalid otherwise.
        SumOfAreasRole,
    };
    static constexpr int kTrendPeriods = 6;
    enum Column { IndicatorColumn, UnitColumn, PeriodColumn, FirstAreaColumn };

    explicit ComparisonModel(QObject *parent = nullptr);
    ~ComparisonModel() override;

    // The areas (keys) to compare on a level, in the chosen period: each row shows its
    // indicator's matching period (qw::matchingPeriod) or no value where it has none, never
    // another year. An empty period chooses none: each row shows its latest period.
    void setComparison(std::shared_ptr<Project> project, const QString &levelKey,
                       const QStringList &areaKeys, const QString &chosenPeriod, bool german,
                       const QLocale &locale);
    const QString &chosenPeriod() const { return m_chosenPeriod; }
    // "no value for 2019": what a row without a matching period says, in every view.
    static QString noValueText(const QString &chosenPeriod);
    const QStringList &areaKeys() const { return m_areaKeys; }
    // The compared project (shared) and level; empty before setComparison().
    const std::shared_ptr<Project> &project() const { return m_project; }
    const QString &levelKey() const { return m_level; }
    const QLocale &locale() const { return m_locale; } // of the formatted values
    int cityColumn() const { return FirstAreaColumn + int(m_areaKeys.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Cell
    {
        double value = 0;
        int status = 0;
        double deviation = 0;
        int rank = 0;
        QVariantList trend;
        std::optional<double> sumOfAreas; // the city cell of an official, differing figure
    };
    struct Row
    {
        int indicator = -1; // index into Project::indicators()
        QString period;
        QStringList trendPeriods;
        int rankCount = 0;
        std::vector<Cell> cells; // areas, then the city
    };
    struct Department
    {
        QString name;
        std::vector<Row> rows;
    };
    Row buildRow(int indicator) const;

    std::shared_ptr<Project> m_project;
    QString m_level;
    QString m_chosenPeriod;
    QStringList m_areaKeys;
    QStringList m_areaNames;
    std::vector<Department> m_departments;
    bool m_german = true;
    QLocale m_locale;
};

} // namespace qw

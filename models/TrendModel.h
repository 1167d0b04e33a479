#pragma once

#include "ProjectTypes.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <vector>

namespace qw {

class Project;

// One indicator over all its periods for the chosen areas of a level, with the city and
// the spread of the level: the trend panel beside the map and the trend charts of the
// printed profile read it. Rows are the series (each area, then the city, then the low and
// the high edge of the band), columns the indicator's periods, oldest first. A period
// without a shown value (suppressed, missing, not computed) is NaN with its status: a gap,
// never an interpolated number. Holds a shared reference to the project only while
// building; the values are copied.
class TrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The level's spread in each period: lowest to highest area, or the middle half of the
    // areas (first to third quartile, type-7 quantiles as the classification's).
    enum class Band { Range, Interquartile };
    enum class Series { Area, City, BandLow, BandHigh };
    enum Roles {
        ValueRole = Qt::UserRole + 1, // double, NaN where the series has a gap
        StatusRole, // int (ValueStatus): Ok, or why there is a gap
        SeriesRole, // int (Series)
        AreaKeyRole, // QString, the area's key (area rows); empty otherwise
        PeriodRole, // QString, the column's period
        AreaCountRole, // int, band rows: how many areas of the level have a value
    };

    explicit TrendModel(QObject *parent = nullptr);
    ~TrendModel() override;

    // The indicator over all its periods for these areas (keys of the level; unknown keys
    // and areas of other levels are left out), the city's value of the level per period
    // (Project::cityValue) and the band. An empty or unknown indicator: no rows, no columns.
    // lastPeriod, one of the indicator's periods, ends the series there (a profile of 2019
    // shows no later year); empty or not a period of the indicator: all periods.
    void setTrend(const std::shared_ptr<Project> &project, const QString &indicatorKey,
                  const QString &levelKey, const QStringList &areaKeys, bool german,
                  const QLocale &locale, const QString &lastPeriod = {});
    void clear();
    // Switches the band's edges (the band rows' values change, the rows stay).
    void setBand(Band band);
    Band band() const { return m_band; }

    const QString &indicatorKey() const { return m_indicator.key; }
    const Indicator &indicator() const { return m_indicator; }
    const QString &levelKey() const { return m_level; }
    QStringList areaKeys() const;
    const QStringList &periods() const { return m_periods; }
    // "Kinderarmut, in %": the chart's title; empty without an indicator.
    QString title() const;
    QString unit() const { return m_indicator.unitName(m_german); }
    int areaRows() const { return int(m_areas.size()); }
    int cityRow() const { return areaRows(); }
    int bandLowRow() const { return areaRows() + 1; }
    int bandHighRow() const { return areaRows() + 2; }
    // The value of a series in a period, NaN for a gap (as ValueRole).
    double value(int row, int column) const;
    ValueStatus status(int row, int column) const;
    // A value as the tables write it: the number at the indicator's decimals, "." for a
    // suppressed one, "–" where there is none.
    QString text(int row, int column) const;
    // As text(), but a gap in words: "suppressed (fewer than 5 cases)", "no data" (for
    // tooltips and the values read out under the chart).
    QString describe(int row, int column) const;
    // The name of a series: the area's, "City", "Lowest area" / "First quartile", ...
    QString seriesName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line
    {
        QString key;
        QString name;
        std::vector<double> values; // per period
        std::vector<ValueStatus> status;
    };
    // The level's spread in one period.
    struct Spread
    {
        double min = 0, q1 = 0, q3 = 0, max = 0; // NaN without values
        int count = 0;
    };
    double bandValue(int column, bool high) const;

    Indicator m_indicator;
    QString m_level;
    QStringList m_periods;
    std::vector<Line> m_areas;
    Line m_city;
    std::vector<Spread> m_spread; // per period
    Band m_band = Band::Range;
    bool m_german = true;
    QLocale m_locale;
};

} // namespace qw

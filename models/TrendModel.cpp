#include "TrendModel.h"

#include "NumberFormat.h"
#include "Project.h"
#include "Quantile.h"
#include "ValueWording.h"

#include <algorithm>
#include <cmath>

namespace qw {

TrendModel::TrendModel(QObject *parent) : QAbstractTableModel(parent) { }

TrendModel::~TrendModel() = default;

void TrendModel::clear()
{
    beginResetModel();
    m_indicator = Indicator {};
    m_level.clear();
    m_periods.clear();
    m_areas.clear();
    m_city = Line {};
    m_spread.clear();
    endResetModel();
}

void TrendModel::setTrend(const std::shared_ptr<Project> &project, const QString &indicatorKey,
                          const QString &levelKey, const QStringList &areaKeys, bool german,
                          const QLocale &locale, const QString &lastPeriod)
{
    beginResetModel();
    m_indicator = Indicator {};
    m_level = levelKey;
    m_periods.clear();
    m_areas.clear();
    m_city = Line {};
    m_spread.clear();
    m_german = german;
    m_locale = locale;
    const Indicator *indicator = project ? project->indicator(indicatorKey) : nullptr;
    if (indicator) {
        m_indicator = *indicator;
        m_periods = project->periods(indicatorKey);
        if (const qsizetype last = m_periods.indexOf(lastPeriod); last >= 0)
            m_periods = m_periods.mid(0, last + 1);
        const std::vector<int> &ofLevel = project->areasOfLevel(levelKey);
        std::vector<int> chosen; // project indices of the areas drawn
        for (const QString &key : areaKeys) {
            const int i = project->areaIndex(key);
            if (i < 0 || !std::binary_search(ofLevel.begin(), ofLevel.end(), i)
                || std::find(chosen.begin(), chosen.end(), i) != chosen.end())
                continue;
            chosen.push_back(i);
            m_areas.push_back({key, project->areas()[std::size_t(i)].name, {}, {}});
        }
        m_city.name = tr("City");
        std::vector<double> level;
        for (const QString &period : m_periods) {
            const auto values = project->values(indicatorKey, period);
            for (std::size_t a = 0; a < chosen.size(); ++a) {
                const auto i = std::size_t(chosen[a]);
                // Only shown values: a suppressed one stays NaN (AreaValues drops it).
                const bool shown = values->isShown(i) && !std::isnan(values->values[i]);
                m_areas[a].values.push_back(shown ? values->values[i] : std::nan(""));
                m_areas[a].status.push_back(shown ? values->status[i]
                                                : values->status[i] == ValueStatus::Ok
                                                ? ValueStatus::Missing
                                                : values->status[i]);
            }
            const std::optional<double> city = project->cityValue(indicatorKey, period, levelKey);
            m_city.values.push_back(city.value_or(std::nan("")));
            m_city.status.push_back(city ? ValueStatus::Ok : ValueStatus::Missing);
            level.clear();
            for (int i : ofLevel)
                if (values->isShown(std::size_t(i)) && !std::isnan(values->values[std::size_t(i)]))
                    level.push_back(values->values[std::size_t(i)]);
            std::sort(level.begin(), level.end());
            Spread s;
            s.count = int(level.size());
            s.min = level.empty() ? std::nan("") : level.front();
            s.max = level.empty() ? std::nan("") : level.back();
            s.q1 = sortedQuantile(level, 0.25);
            s.q3 = sortedQuantile(level, 0.75);
            m_spread.push_back(s);
        }
    }
    endResetModel();
}

void TrendModel::setBand(Band band)
{
    if (band == m_band)
        return;
    m_band = band;
    if (m_periods.isEmpty())
        return;
    Q_EMIT dataChanged(index(bandLowRow(), 0), index(bandHighRow(), columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Vertical, bandLowRow(), bandHighRow());
}

QStringList TrendModel::areaKeys() const
{
    QStringList keys;
    for (const Line &l : m_areas)
        keys << l.key;
    return keys;
}

QString TrendModel::title() const
{
    if (m_indicator.key.isEmpty())
        return {};
    const QString name = m_indicator.name(m_german);
    return m_indicator.kind == IndicatorKind::Count || unit().isEmpty()
        ? name
        : tr("%1, in %2").arg(name, unit());
}

double TrendModel::bandValue(int column, bool high) const
{
    const Spread &s = m_spread[std::size_t(column)];
    if (m_band == Band::Range)
        return high ? s.max : s.min;
    return high ? s.q3 : s.q1;
}

double TrendModel::value(int row, int column) const
{
    if (row < areaRows())
        return m_areas[std::size_t(row)].values[std::size_t(column)];
    if (row == cityRow())
        return m_city.values[std::size_t(column)];
    return bandValue(column, row == bandHighRow());
}

ValueStatus TrendModel::status(int row, int column) const
{
    if (row < areaRows())
        return m_areas[std::size_t(row)].status[std::size_t(column)];
    if (row == cityRow())
        return m_city.status[std::size_t(column)];
    return m_spread[std::size_t(column)].count > 0 ? ValueStatus::Ok : ValueStatus::Missing;
}

QString TrendModel::text(int row, int column) const
{
    const ValueStatus s = status(row, column);
    if (s == ValueStatus::Suppressed)
        return QStringLiteral(".");
    const double v = value(row, column);
    if (const QString words = m_indicator.wordsFor(v, s, m_german); !words.isEmpty())
        return words;
    if (std::isnan(v))
        return QStringLiteral("–");
    return formatNumber(v, m_indicator.decimals, m_locale);
}

QString TrendModel::describe(int row, int column) const
{
    const ValueStatus s = status(row, column);
    if (s == ValueStatus::Suppressed)
        return ValueWording::suppressed(m_indicator.minCases);
    if (std::isnan(value(row, column)) && s != ValueStatus::NotComputed)
        return ValueWording::noData();
    return text(row, column);
}

QString TrendModel::seriesName(int row) const
{
    if (row < areaRows())
        return m_areas[std::size_t(row)].name;
    if (row == cityRow())
        return m_city.name;
    const bool high = row == bandHighRow();
    if (m_band == Band::Range)
        return high ? tr("Highest area") : tr("Lowest area");
    return high ? tr("Third quartile") : tr("First quartile");
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_periods.isEmpty() ? 0 : areaRows() + 3;
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const Series series = row < areaRows() ? Series::Area
        : row == cityRow()                 ? Series::City
        : row == bandLowRow()              ? Series::BandLow
                                           : Series::BandHigh;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1, %2: %3").arg(seriesName(row), m_periods[column], describe(row, column));
    case ValueRole:
        return value(row, column);
    case StatusRole:
        return int(status(row, column));
    case SeriesRole:
        return int(series);
    case AreaKeyRole:
        return series == Series::Area ? m_areas[std::size_t(row)].key : QString();
    case PeriodRole:
        return m_periods[column];
    case AreaCountRole:
        return series == Series::BandLow || series == Series::BandHigh
            ? QVariant(m_spread[std::size_t(column)].count)
            : QVariant();
    }
    return {};
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_periods.size() ? QVariant(m_periods[section])
                                                          : QVariant();
    return section >= 0 && section < rowCount() ? QVariant(seriesName(section)) : QVariant();
}

} // namespace qw

#include "ComparisonModel.h"

#include "NumberFormat.h"
#include "Period.h"
#include "Project.h"
#include "Ranking.h"
#include "UiLanguage.h"
#include "ValueWording.h"

#include <cmath>

namespace qw {

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractItemModel(parent) { }

ComparisonModel::~ComparisonModel() = default;

void ComparisonModel::setComparison(std::shared_ptr<Project> project, const QString &levelKey,
                                    const QStringList &areaKeys, const QString &chosenPeriod,
                                    bool german, const QLocale &locale)
{
    beginResetModel();
    m_project = std::move(project);
    m_level = levelKey;
    m_chosenPeriod = chosenPeriod;
    m_german = german;
    m_locale = locale;
    m_areaKeys.clear();
    m_areaNames.clear();
    m_departments.clear();
    if (m_project) {
        for (const QString &key : areaKeys) {
            const int i = m_project->areaIndex(key);
            if (i >= 0) {
                m_areaKeys << key;
                m_areaNames << m_project->areas()[i].name;
            }
        }
        for (const auto &group : m_project->indicatorGroups()) {
            Department dept {group.department.isEmpty() ? tr("Other") : group.name(m_german), {}};
            for (int i : group.indicators)
                if (!m_project->periods(m_project->indicators()[i].key).isEmpty())
                    dept.rows.push_back(buildRow(i));
            if (!dept.rows.empty())
                m_departments.push_back(std::move(dept));
        }
    }
    endResetModel();
}

QString ComparisonModel::noValueText(const QString &chosenPeriod)
{
    return tr("no value for %1").arg(chosenPeriod);
}

ComparisonModel::Row ComparisonModel::buildRow(int indicatorIndex) const
{
    const Indicator &ind = m_project->indicators()[indicatorIndex];
    const QStringList periods = m_project->periods(ind.key);
    Row row;
    row.indicator = indicatorIndex;
    row.period = m_chosenPeriod.isEmpty() ? periods.last()
                                          : m_project->matchingPeriod(ind.key, m_chosenPeriod);
    if (row.period.isEmpty()) {
        // No period of this indicator matches the chosen one: missing cells, no rank, no
        // trend (an empty period would read every period of the indicator).
        Cell none;
        none.value = none.deviation = std::nan("");
        none.status = int(ValueStatus::Missing);
        row.cells.assign(std::size_t(m_areaKeys.size()) + 1, none);
        return row;
    }
    const auto values = m_project->values(ind.key, row.period);
    const CityFigure figure = m_project->cityFigure(ind.key, row.period, m_level);
    const std::optional<double> city = figure.value;
    // Spread and ranks over all shown values of the level.
    std::vector<double> level;
    for (int i : m_project->areasOfLevel(m_level))
        if (!std::isnan(values->values[i]))
            level.push_back(values->values[i]);
    double mean = 0, sq = 0;
    for (double v : level)
        mean += v;
    mean = level.empty() ? 0 : mean / double(level.size());
    for (double v : level)
        sq += (v - mean) * (v - mean);
    const double sd = level.size() > 1 ? std::sqrt(sq / double(level.size())) : 0;
    const double sign = ind.polarity == Polarity::HigherIsBetter ? 1.0
        : ind.polarity == Polarity::HigherIsWorse                ? -1.0
                                                                 : 0.0;
    for (const QString &key : m_areaKeys) {
        const int i = m_project->areaIndex(key);
        Cell c;
        c.value = values->values[i];
        c.status = int(values->status[i]);
        c.deviation = (sign != 0 && city && sd > 0 && !std::isnan(c.value))
            ? sign * (c.value - *city) / sd
            : std::nan("");
        c.rank = ind.isCategorical() ? 0 : Ranking::rankOf(c.value, level);
        row.cells.push_back(c);
    }
    Cell cityCell;
    cityCell.value = city.value_or(std::nan(""));
    cityCell.status = int(city ? ValueStatus::Ok : ValueStatus::Missing);
    cityCell.deviation = std::nan("");
    if (figure.differs)
        cityCell.sumOfAreas = figure.sumOfAreas;
    row.cells.push_back(cityCell);
    row.rankCount = int(level.size());
    // The trend: the last periods up to the shown one, for sparklines.
    const qsizetype last = periods.indexOf(row.period);
    row.trendPeriods = periods.mid(std::max<qsizetype>(0, last + 1 - kTrendPeriods),
                                   std::min<qsizetype>(last + 1, kTrendPeriods));
    for (const QString &p : row.trendPeriods) {
        const auto v = m_project->values(ind.key, p);
        for (size_t a = 0; a < size_t(m_areaKeys.size()); ++a)
            row.cells[a].trend.append(v->values[size_t(m_project->areaIndex(m_areaKeys[int(a)]))]);
        row.cells.back().trend.append(
            m_project->cityValue(ind.key, p, m_level).value_or(std::nan("")));
    }
    return row;
}

// Internal ids: 0 for department rows, department index + 1 for indicator rows.
QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex ComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_departments.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_departments[parent.row()].rows.size());
    return 0;
}

int ComparisonModel::columnCount(const QModelIndex &) const
{
    return FirstAreaColumn + int(m_areaKeys.size()) + 1;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return role == Qt::DisplayRole && index.column() == 0
            ? QVariant(m_departments[index.row()].name)
            : QVariant();
    const Row &row = m_departments[index.internalId() - 1].rows[index.row()];
    const Indicator &ind = m_project->indicators()[row.indicator];
    if (role == IndicatorKeyRole)
        return ind.key;
    if (role == PeriodRole)
        return row.period;
    if (role == TrendPeriodsRole)
        return row.trendPeriods;
    if (role == RankCountRole)
        return row.rankCount;
    if (index.column() == IndicatorColumn)
        return role == Qt::DisplayRole ? QVariant(ind.name(m_german))
            : role == Qt::ToolTipRole
            ? QVariant(ind.description + QStringLiteral("\n")
                       + (row.period.isEmpty() ? noValueText(m_chosenPeriod) : row.period))
            : QVariant();
    if (index.column() == UnitColumn)
        return role == Qt::DisplayRole ? QVariant(ind.unitName(m_german)) : QVariant();
    if (index.column() == PeriodColumn) {
        if (role == Qt::DisplayRole)
            return row.period.isEmpty() ? noValueText(m_chosenPeriod) : row.period;
        // Say why a row shows another code than the one chosen (a school year for a year).
        if (role == Qt::ToolTipRole && !row.period.isEmpty() && !m_chosenPeriod.isEmpty()
            && row.period != m_chosenPeriod) {
            // Across kinds the kinds are named: "Schuljahr 2019/20 gegen Kalenderjahr 2019".
            const QString across = periodsAcrossKinds(row.period, m_chosenPeriod);
            return across.isEmpty()
                ? tr("%1 matches the chosen period %2").arg(row.period, m_chosenPeriod)
                : tr("%1 (chosen: %2)").arg(across, m_chosenPeriod);
        }
        return {};
    }
    const Cell &c = row.cells[std::size_t(index.column() - FirstAreaColumn)];
    const auto status = ValueStatus(c.status);
    switch (role) {
    case Qt::DisplayRole:
        if (status == ValueStatus::Suppressed)
            return QStringLiteral(".");
        if (const QString words = ind.wordsFor(c.value, status, germanUi(m_locale));
            !words.isEmpty())
            return words;
        if (std::isnan(c.value))
            return QStringLiteral("–");
        return formatNumber(c.value, ind.decimals, m_locale);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (row.period.isEmpty())
            return noValueText(m_chosenPeriod);
        if (status == ValueStatus::Suppressed)
            return ValueWording::suppressed(ind.minCases);
        if (status == ValueStatus::NotComputed)
            return ind.notComputedText(germanUi(m_locale));
        if (c.sumOfAreas)
            return tr("%1: the official city figure; the areas sum to %2")
                .arg(row.period, formatNumber(*c.sumOfAreas, ind.decimals, m_locale));
        if (c.rank > 0)
            return tr("Rank %1 (1 = highest), %2").arg(c.rank).arg(row.period);
        return row.period;
    case ValueRole:
        return c.value;
    case StatusRole:
        return c.status;
    case DeviationRole:
        return c.deviation;
    case RankRole:
        return c.rank;
    case TrendRole:
        return c.trend;
    case SumOfAreasRole:
        return c.sumOfAreas ? QVariant(*c.sumOfAreas) : QVariant();
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == IndicatorColumn)
        return tr("Indicator");
    if (section == UnitColumn)
        return tr("Unit");
    if (section == PeriodColumn)
        return tr("Period");
    if (section == cityColumn())
        return tr("City");
    return m_areaNames.value(section - FirstAreaColumn);
}

} // namespace qw

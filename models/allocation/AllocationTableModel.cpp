#include "AllocationTableModel.h"

#include "NumberFormat.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace qw {

AllocationTableModel::AllocationTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void AllocationTableModel::setAllocation(std::shared_ptr<const Allocation> allocation,
                                         const QLocale &locale)
{
    beginResetModel();
    m_allocation = std::move(allocation);
    m_locale = locale;
    m_columns.clear();
    if (m_allocation) {
        m_columns = {Column::Name, Column::Key, Column::Value};
        if (!m_allocation->rule.populationKey.isEmpty())
            m_columns.push_back(Column::Population);
        m_columns.insert(m_columns.end(),
                         {Column::Basis, Column::BasisShare, Column::Share, Column::Amount});
        if (!m_allocation->previousName.isEmpty())
            m_columns.push_back(Column::Change);
        m_columns.push_back(Column::Limit);
        // Bases of shifted z-values are small numbers, those times a population large ones:
        // as many decimals as three significant digits of the largest need.
        double largest = 0;
        for (double b : m_allocation->result.basis)
            if (std::isfinite(b))
                largest = std::max(largest, b);
        m_basisDecimals = largest < 10 ? 3 : largest < 1000 ? 1 : 0;
    }
    endResetModel();
}

double AllocationTableModel::total() const
{
    double sum = 0;
    if (m_allocation)
        for (double a : m_allocation->result.amount)
            if (std::isfinite(a))
                sum += a;
    return sum;
}

double AllocationTableModel::basisShareTotal() const
{
    double sum = 0;
    if (m_allocation)
        for (double s : m_allocation->result.basisShare)
            if (std::isfinite(s))
                sum += s;
    return sum;
}

std::vector<int> AllocationTableModel::rowsByAmount() const
{
    std::vector<int> rows(static_cast<std::size_t>(rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    if (!m_allocation)
        return rows;
    const AllocationResult &r = m_allocation->result;
    // NaN (no value) below every amount, -1 below every basis: they sort last.
    const auto key = [](double v) {
        return std::isfinite(v) ? v : -1.0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const auto i = std::size_t(a), j = std::size_t(b);
        if (std::isfinite(r.amount[i]) != std::isfinite(r.amount[j]))
            return std::isfinite(r.amount[i]);
        if (key(r.amount[i]) != key(r.amount[j]))
            return key(r.amount[i]) > key(r.amount[j]);
        return key(r.basis[i]) > key(r.basis[j]);
    });
    return rows;
}

QString AllocationTableModel::limitText(AllocationLimit limit)
{
    switch (limit) {
    case AllocationLimit::Key:
        return {};
    case AllocationLimit::Floor:
        return tr("floor");
    case AllocationLimit::Cap:
        return tr("cap");
    case AllocationLimit::Pinned:
        return tr("fixed amount");
    case AllocationLimit::NoValue:
        return tr("no value, left out");
    }
    return {};
}

int AllocationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_allocation ? 0 : int(m_allocation->size());
}

int AllocationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

double AllocationTableModel::number(int row, Column column) const
{
    const auto i = std::size_t(row);
    const Allocation &a = *m_allocation;
    switch (column) {
    case Column::Value:
        return a.input.values[i];
    case Column::Population:
        return a.input.population.empty() ? std::nan("") : a.input.population[i];
    case Column::Basis:
        return a.result.basis[i];
    case Column::BasisShare:
        return a.result.basisShare.empty() ? std::nan("") : a.result.basisShare[i];
    case Column::Share:
        return a.result.share[i];
    case Column::Amount:
        return a.result.amount[i];
    case Column::Change:
        return a.result.change[i];
    case Column::Name:
    case Column::Key:
    case Column::Limit:
        break;
    }
    return std::nan("");
}

QString AllocationTableModel::text(int row, Column column) const
{
    const Allocation &a = *m_allocation;
    const auto i = std::size_t(row);
    const double v = number(row, column);
    const QString none = QStringLiteral("–");
    switch (column) {
    case Column::Name:
        return a.names[i];
    case Column::Key:
        return a.keys[i];
    case Column::Limit:
        return a.limitWords(i);
    case Column::Value: {
        if (!std::isfinite(v))
            return none;
        // A class by its name, as the points are given ("sehr niedrig"), not as "1,0".
        const QString cls = v == std::floor(v) && v >= 1 ? a.className(int(v)) : QString();
        return cls.isEmpty() ? formatNumber(v, a.indicatorDecimals, m_locale) : cls;
    }
    case Column::Population:
        return std::isfinite(v) ? formatNumber(v, 0, m_locale) : none;
    case Column::Basis:
        return std::isfinite(v) ? formatNumber(v, m_basisDecimals, m_locale) : none;
    case Column::BasisShare:
    case Column::Share:
        return std::isfinite(v) ? tr("%1 %").arg(formatNumber(v * 100, 2, m_locale)) : none;
    case Column::Amount:
        return std::isfinite(v) ? formatNumber(v, a.rule.amountDecimals(), m_locale) : none;
    case Column::Change: {
        if (!std::isfinite(v))
            return std::isfinite(a.result.amount[i]) ? tr("new") : none;
        const QString t = formatNumber(v, a.rule.amountDecimals(), m_locale);
        return v > 0 && !t.startsWith(m_locale.negativeSign())
                && t != formatNumber(0, a.rule.amountDecimals(), m_locale)
            ? m_locale.positiveSign() + t
            : t;
    }
    }
    return {};
}

QVariant AllocationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_allocation)
        return {};
    const Column column = m_columns[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), column);
    case Qt::TextAlignmentRole:
        return column == Column::Name || column == Column::Key || column == Column::Limit
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case AreaKeyRole:
        return m_allocation->keys[std::size_t(index.row())];
    case NumberRole: {
        const double v = number(index.row(), column);
        return std::isfinite(v) ? QVariant(v) : QVariant();
    }
    case LimitRole:
        return int(m_allocation->result.limit[std::size_t(index.row())]);
    case ColumnRole:
        return int(column);
    default:
        return {};
    }
}

QVariant AllocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns[std::size_t(section)];
    if (role == ColumnRole)
        return int(column);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) // the tooltip: an elided heading whole
        return {};
    const QString unit = AllocationRule::unitName(m_allocation->rule.unit);
    switch (column) {
    case Column::Name:
        return m_allocation->levelName;
    case Column::Key:
        return tr("Key");
    case Column::Value:
        return m_allocation->indicatorName;
    case Column::Population:
        return m_allocation->populationName;
    case Column::Basis:
        return tr("Basis");
    case Column::BasisShare:
        return tr("Share of the basis");
    case Column::Share:
        return tr("Share of the budget");
    case Column::Amount:
        return tr("Amount (%1)").arg(unit);
    case Column::Change:
        return tr("Change against %1").arg(m_allocation->previousName);
    case Column::Limit:
        return tr("Limited by");
    }
    return {};
}

} // namespace qw

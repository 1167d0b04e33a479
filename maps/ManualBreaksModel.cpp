#include "ManualBreaksModel.h"

#include "NumberFormat.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>

namespace qw {

ManualBreaksModel::Input ManualBreaksModel::inputFrom(const ChoroplethRenderer &renderer)
{
    Input in;
    in.indicator = renderer.indicator();
    in.period = renderer.period();
    for (int row = 0; row < renderer.rowCount(); ++row)
        if (renderer.classOfRow(row) >= 0)
            in.values.push_back(renderer.value(row));
    in.min = renderer.classMin();
    in.max = renderer.classMax();
    in.edges = renderer.edges();
    in.settings = renderer.settings();
    in.breaks = in.settings.breaks; // the renderer keeps them for manual classes only
    return in;
}

ManualBreaksModel::ManualBreaksModel(Input input, const QLocale &locale, QObject *parent)
    : QAbstractTableModel(parent), m_input(std::move(input)), m_locale(locale)
{
    // Manual breaks stay as they were typed; others are rounded for a start.
    const std::vector<double> start = !m_input.breaks.empty()
        ? m_input.breaks
        : ManualBreaks::startingBreaks(m_input.edges, m_input.min, m_input.max,
                                       m_input.indicator.decimals);
    for (double b : start)
        m_breaks.push_back({b, ManualBreaks::format(b, m_locale)});
    update();
}

int ManualBreaksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breaks.size()) + 1;
}

int ManualBreaksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ManualBreaksModel::lowerOf(int row) const
{
    return row == 0 ? m_input.min : m_breaks[std::size_t(row - 1)].value;
}

double ManualBreaksModel::upperOf(int row) const
{
    return row == int(m_breaks.size()) ? m_input.max : m_breaks[std::size_t(row)].value;
}

QVariant ManualBreaksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool last = row == int(m_breaks.size());
    switch (index.column()) {
    case ClassColumn:
        if (role == Qt::DisplayRole)
            return isValid() ? ChoroplethRenderer::classLabel(
                       std::size_t(row), m_edges,
                       ChoroplethRenderer::labelDecimals(m_input.indicator, m_input.settings),
                       m_locale)
                             : QStringLiteral("–");
        if (role == Qt::DecorationRole && isValid() && std::size_t(row) < m_colors.size())
            return m_colors[std::size_t(row)];
        break;
    case BreakColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (last)
                return role == Qt::DisplayRole
                    ? tr("%1 (largest value)")
                          .arg(formatNumber(m_input.max, m_input.indicator.decimals, m_locale))
                    : QVariant();
            return m_breaks[std::size_t(row)].text;
        }
        if (role == Qt::ForegroundRole && last)
            return QBrush(QColor(0x60, 0x60, 0x60));
        if (role == Qt::BackgroundRole && !last && m_problem.index == row)
            return QBrush(QColor(0xfd, 0xd0, 0xcc));
        if (role == Qt::ToolTipRole)
            return !last && m_problem.index == row ? m_problem.message
                : last ? tr("The last class ends at the largest value of all periods.")
                       : tr("The upper break of this class (included in it)");
        break;
    case AreasColumn:
        if (role == Qt::DisplayRole)
            return isValid() && std::size_t(row) < m_counts.size()
                ? QVariant(m_counts[std::size_t(row)])
                : QVariant(QStringLiteral("–"));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool ManualBreaksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.typeId() == QMetaType::Double
        ? ManualBreaks::format(value.toDouble(), m_locale)
        : value.toString();
    return setBreakText(index.row(), text);
}

bool ManualBreaksModel::setBreakText(int index, const QString &text)
{
    if (index < 0 || index >= int(m_breaks.size()))
        return false;
    const std::optional<double> v = ManualBreaks::parseNumber(text, m_locale);
    m_breaks[std::size_t(index)] = {v.value_or(std::numeric_limits<double>::quiet_NaN()),
                                    text.trimmed()};
    update();
    // Labels and counts of every class may change with one break.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT breaksChanged();
    return true;
}

Qt::ItemFlags ManualBreaksModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == BreakColumn && index.row() < int(m_breaks.size()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ManualBreaksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class (as in the legend)");
    case BreakColumn:
        return tr("Upper break");
    case AreasColumn:
        return tr("Areas %1").arg(m_input.period);
    default:
        return {};
    }
}

bool ManualBreaksModel::canAdd() const
{
    return int(m_breaks.size()) < ManualBreaks::kMaxBreaks && m_input.min < m_input.max;
}

bool ManualBreaksModel::canRemove() const
{
    return int(m_breaks.size()) > ManualBreaks::kMinBreaks;
}

bool ManualBreaksModel::addBreak(int row)
{
    if (!canAdd() || row < 0 || row >= rowCount())
        return false;
    // The middle of the class, rounded to the indicator's decimals where that stays inside.
    const double lo = lowerOf(row), hi = upperOf(row);
    double mid = (lo + hi) / 2;
    if (!std::isfinite(mid))
        mid = std::isfinite(lo) ? lo : m_input.min;
    const double scale = std::pow(10.0, std::clamp(m_input.indicator.decimals, 0, 9));
    const double round = std::round(mid * scale) / scale;
    if (round > std::min(lo, hi) && round < std::max(lo, hi))
        mid = round;
    beginInsertRows({}, row, row);
    m_breaks.insert(m_breaks.begin() + row, {mid, ManualBreaks::format(mid, m_locale)});
    update(); // before the views look at the new rows
    endInsertRows();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT breaksChanged();
    return true;
}

bool ManualBreaksModel::removeBreak(int row)
{
    if (!canRemove() || row < 0 || row >= rowCount())
        return false;
    const int b = std::min(row, int(m_breaks.size()) - 1);
    // Break b separates classes b and b + 1: its row goes, class b + 1 takes over class b.
    beginRemoveRows({}, b, b);
    m_breaks.erase(m_breaks.begin() + b);
    update();
    endRemoveRows();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT breaksChanged();
    return true;
}

std::vector<double> ManualBreaksModel::breaks() const
{
    std::vector<double> out;
    for (const Break &b : m_breaks)
        out.push_back(b.value);
    return out;
}

void ManualBreaksModel::update()
{
    m_problem = {};
    for (std::size_t i = 0; i < m_breaks.size() && m_problem.isEmpty(); ++i)
        if (std::isnan(m_breaks[i].value))
            m_problem = {int(i),
                         m_breaks[i].text.isEmpty()
                             ? tr("Break %1 is empty.").arg(i + 1)
                             : tr("\"%1\" is not a number.").arg(m_breaks[i].text)};
    const std::vector<double> b = breaks();
    if (m_problem.isEmpty())
        m_problem =
            ManualBreaks::check(b, m_input.min, m_input.max, m_locale, m_input.indicator.decimals);
    m_input.settings.classification = QStringLiteral("manual");
    m_input.settings.breaks = b;
    if (!m_problem.isEmpty()) {
        m_edges.clear();
        m_counts.clear();
        m_colors.clear();
        return;
    }
    m_edges = ManualBreaks::edges(b, m_input.min, m_input.max);
    m_counts = ManualBreaks::counts(m_input.values, m_edges);
    m_colors = ChoroplethRenderer::classColors(m_input.indicator, m_edges, m_input.settings);
}

QString ManualBreaksModel::summary() const
{
    const Input &in = m_input;
    if (in.values.empty())
        return tr("No area has a value in %1.").arg(in.period);
    const auto [lo, hi] = std::minmax_element(in.values.begin(), in.values.end());
    QString text =
        tr("%n area(s) with a value in %1: smallest %2, largest %3.", nullptr,
           int(in.values.size()))
            .arg(in.period, in.indicator.format(*lo, m_locale), in.indicator.format(*hi, m_locale));
    text += QLatin1Char(' ')
        + tr("The classes cover the values of all periods, %1 to %2, so a colour means the "
             "same in every year.")
              .arg(in.indicator.format(in.min, m_locale), in.indicator.format(in.max, m_locale));
    return text;
}

} // namespace qw

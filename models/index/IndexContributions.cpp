#include "IndexContributions.h"

#include "CompositeIndex.h"
#include "Project.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qw {

IndexContributions::IndexContributions(QObject *parent) : QAbstractTableModel(parent) { }

void IndexContributions::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_restandardised = false;
    endResetModel();
}

bool IndexContributions::compute(const IndexRecipe &recipe,
                                 const std::vector<std::vector<double>> &columns,
                                 const QStringList &names, int area, QString *error)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        endResetModel();
        return false;
    };
    if (columns.size() != recipe.inputs.size() || columns.empty())
        return fail(tr("The index has no inputs."));
    std::vector<CompositeIndex::Column> in;
    double weights = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        in.push_back(
            {columns[i], recipe.inputs[i].direction < 0 ? -1 : 1, recipe.inputs[i].weight});
        weights += recipe.inputs[i].weight;
    }
    // The contributions explain the weighted mean, so it is never standardised again here.
    const CompositeIndex::Result result =
        CompositeIndex::compute(in, recipe.standardisation, false);
    if (!result.ok())
        return fail(result.zeroWeights ? tr("The weights sum to zero.")
                                       : tr("The inputs do not compute an index."));
    if (area < 0 || std::size_t(area) >= result.index.size() || std::isnan(result.index[area]))
        return fail(tr("The area is not in the index."));
    m_standardisation = recipe.standardisation;
    m_restandardised = recipe.restandardise;
    const CompositeIndex::Moments moments = CompositeIndex::moments(result.index);
    m_totalMoments = {moments.mean, moments.sd};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        Row row;
        row.key = recipe.inputs[i].key;
        row.name = i < std::size_t(names.size()) ? names[int(i)] : row.key;
        row.raw = columns[i][area];
        row.standardised = result.standardised[i][area];
        row.direction = in[i].direction;
        row.weight = in[i].weight;
        row.contribution = row.weight * row.standardised / weights;
        m_total += row.contribution;
        m_rows.push_back(row);
    }
    endResetModel();
    return true;
}

bool IndexContributions::compute(Project &project, const QString &indexKey, const QString &period,
                                 const QString &areaKey, bool german, QString *error)
{
    m_index = 0;
    m_rank = m_ranked = 0;
    m_className.clear();
    const auto fail = [&](const QString &message) {
        clear();
        if (error)
            *error = message;
        return false;
    };
    const Indicator *index = project.indicator(indexKey);
    QString why;
    const auto recipe = index ? IndexRecipe::parse(index->recipe, &why) : std::nullopt;
    if (!recipe)
        return fail(why.isEmpty() ? tr("\"%1\" is no composite index.").arg(indexKey) : why);
    const QString level = recipe->level.isEmpty() ? project.finestLevel() : recipe->level;
    const std::vector<int> &areas = project.areasOfLevel(level);
    const int areaIndex = project.areaIndex(areaKey);
    const auto at = std::find(areas.begin(), areas.end(), areaIndex);
    if (at == areas.end())
        return fail(tr("The area is not on the index's level."));
    const auto row = int(at - areas.begin());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<char> kept(areas.size(), 1);
    if (!recipe->populationKey.isEmpty()) {
        const auto population = project.values(recipe->populationKey, period);
        for (std::size_t r = 0; r < areas.size(); ++r) {
            const double p = population->values[std::size_t(areas[r])];
            kept[r] = !std::isnan(p) && p >= recipe->minPopulation;
        }
    }
    std::vector<std::vector<double>> columns;
    QStringList names;
    IndexRecipe resolved = *recipe;
    for (IndexInput &in : resolved.inputs) {
        const Indicator *input = project.indicator(in.key);
        if (!input)
            return fail(tr("The input \"%1\" is gone.").arg(in.key));
        if (in.direction == 0)
            in.direction = input->polarity == Polarity::HigherIsBetter ? -1 : 1;
        names << input->name(german);
        const auto values = project.values(in.key, period);
        std::vector<double> column(areas.size());
        for (std::size_t r = 0; r < areas.size(); ++r)
            column[r] = kept[r] ? values->values[std::size_t(areas[r])] : nan;
        columns.push_back(std::move(column));
    }
    if (!kept[std::size_t(row)])
        return fail(recipe->notComputedText(german));
    if (!compute(resolved, columns, names, row, error))
        return false;
    // The stored index, its rank among the areas that have one, and the class's name.
    const auto stored = project.values(indexKey, period);
    m_index = stored->values[std::size_t(areaIndex)];
    for (int a : areas) {
        const double v = stored->values[std::size_t(a)];
        if (std::isnan(v))
            continue;
        ++m_ranked;
        m_rank += v >= m_index ? 1 : 0;
    }
    const QString classKey = IndexParts::key(indexKey, IndexPart::Class);
    if (const Indicator *classes = project.indicator(classKey)) {
        const double c = project.values(classKey, period)->values[std::size_t(areaIndex)];
        if (const ValueLabel *label = std::isnan(c) ? nullptr : classes->label(c))
            m_className = label->name(german);
    }
    return true;
}

QString IndexContributions::totalExplanation(const QLocale &locale) const
{
    if (m_rows.empty())
        return {};
    const QString sum = locale.toString(m_total, 'f', 2);
    if (!m_restandardised)
        return tr("The contributions add up to the index, %1.").arg(sum);
    const double index =
        m_totalMoments.second > 0 ? (m_total - m_totalMoments.first) / m_totalMoments.second : 0.0;
    // Three decimals in the formula, so that a reader's pocket calculator gets the index
    // to its two (with two, 3,66 / 0,99 gave 3,70 against the 3,72 shown).
    return tr("The contributions add up to %1. The index standardises that sum again over "
              "the areas kept (mean %2, standard deviation %3): (%4 − %2) / %3 = %5.")
        .arg(sum, locale.toString(m_totalMoments.first, 'f', 3),
             locale.toString(m_totalMoments.second, 'f', 3), locale.toString(m_total, 'f', 3),
             locale.toString(index, 'f', 2));
}

QString IndexContributions::standardisedName() const
{
    switch (m_standardisation) {
    case Standardisation::ZScore:
        return tr("z-score");
    case Standardisation::MinMax:
        return tr("0 to 1");
    case Standardisation::Rank:
        return tr("rank");
    case Standardisation::Percentile:
        return tr("percentile");
    }
    return {};
}

int IndexContributions::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.empty() ? 0 : int(m_rows.size()) + 1;
}

int IndexContributions::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexContributions::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const bool total = std::size_t(index.row()) == m_rows.size();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (total) {
        switch (role) {
        case TotalRole:
            return true;
        case InputRole:
            return QString();
        case ContributionRole:
            return m_total;
        case RawValueRole:
        case StandardisedRole:
        case WeightRole:
            return nan;
        case DirectionRole:
            return 0;
        case Qt::DisplayRole:
            if (index.column() == Input)
                return tr("Index (before re-standardising)");
            if (index.column() == Contribution)
                return QLocale().toString(m_total, 'f', 2);
            return QString();
        default:
            return {};
        }
    }
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case TotalRole:
        return false;
    case InputRole:
        return r.key;
    case RawValueRole:
        return r.raw;
    case StandardisedRole:
        return r.standardised;
    case DirectionRole:
        return r.direction;
    case WeightRole:
        return r.weight;
    case ContributionRole:
        return r.contribution;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Input:
            return r.name;
        case Raw:
            return QLocale().toString(r.raw, 'f', 2);
        case Standardised:
            return QLocale().toString(r.standardised, 'f', 2);
        case Direction:
            return r.direction > 0 ? tr("more need") : tr("less need");
        case Weight:
            return QLocale().toString(r.weight, 'g', 4);
        case Contribution:
            return QLocale().toString(r.contribution, 'f', 2);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Input ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant IndexContributions::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Input:
        return tr("Input");
    case Raw:
        return tr("Value");
    case Standardised:
        return tr("Standardised");
    case Direction:
        return tr("Direction");
    case Weight:
        return tr("Weight");
    case Contribution:
        return tr("Contribution");
    default:
        return {};
    }
}

QHash<int, QByteArray> IndexContributions::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(InputRole, "input");
    names.insert(RawValueRole, "rawValue");
    names.insert(StandardisedRole, "standardised");
    names.insert(DirectionRole, "direction");
    names.insert(WeightRole, "weight");
    names.insert(ContributionRole, "contribution");
    names.insert(TotalRole, "total");
    return names;
}

} // namespace qw

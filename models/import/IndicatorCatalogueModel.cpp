#include "IndicatorCatalogueModel.h"

namespace qw {

IndicatorCatalogueModel::IndicatorCatalogueModel(QObject *parent) : QAbstractTableModel(parent) { }

void IndicatorCatalogueModel::setIndicators(const std::vector<PlannedIndicator> &planned)
{
    beginResetModel();
    m_rows.clear();
    for (const PlannedIndicator &p : planned)
        if (p.isNew)
            m_rows.push_back(p);
    endResetModel();
}

QHash<QString, Indicator> IndicatorCatalogueModel::catalogue() const
{
    QHash<QString, Indicator> result;
    for (const PlannedIndicator &p : m_rows)
        result.insert(p.label, p.indicator);
    return result;
}

QString IndicatorCatalogueModel::kindName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Count:
        return tr("count");
    case IndicatorKind::Share:
        return tr("share");
    case IndicatorKind::Rate:
        return tr("rate");
    case IndicatorKind::Mean:
        return tr("mean");
    case IndicatorKind::Index:
        return tr("index");
    }
    return {};
}

QString IndicatorCatalogueModel::polarityName(qw::Polarity polarity)
{
    switch (polarity) {
    case qw::Polarity::HigherIsBetter:
        return tr("higher is better");
    case qw::Polarity::HigherIsWorse:
        return tr("higher is worse");
    case qw::Polarity::Neutral:
        return tr("neutral");
    }
    return {};
}

int IndicatorCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const PlannedIndicator &p = m_rows[size_t(index.row())];
    const Indicator &i = p.indicator;
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Label:
        return p.label;
    case Name:
        return i.nameDe;
    case Unit:
        return i.unit;
    case Kind:
        return edit ? toCode(i.kind) : kindName(i.kind);
    case Polarity:
        return edit ? toCode(i.polarity) : polarityName(i.polarity);
    case Department:
        return i.department;
    case MinCases:
        return i.minCases;
    case Values:
        return p.values;
    default:
        return {};
    }
}

bool IndicatorCatalogueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Indicator &i = m_rows[size_t(index.row())].indicator;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Name:
        if (text.isEmpty())
            return false;
        i.nameDe = text;
        break;
    case Unit:
        i.unit = text;
        break;
    case Kind: {
        const auto kind = indicatorKindFromCode(text);
        if (!kind)
            return false;
        i.kind = *kind;
        break;
    }
    case Polarity: {
        const auto polarity = polarityFromCode(text);
        if (!polarity)
            return false;
        i.polarity = *polarity;
        break;
    }
    case Department:
        i.department = text;
        break;
    case MinCases: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > 1000)
            return false;
        i.minCases = n;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags IndicatorCatalogueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Label && index.column() != Values)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IndicatorCatalogueModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label:
        return tr("Column in the file");
    case Name:
        return tr("Name");
    case Unit:
        return tr("Unit");
    case Kind:
        return tr("Kind");
    case Polarity:
        return tr("Polarity");
    case Department:
        return tr("Department");
    case MinCases:
        return tr("Minimum cases");
    case Values:
        return tr("Values");
    default:
        return {};
    }
}

} // namespace qw

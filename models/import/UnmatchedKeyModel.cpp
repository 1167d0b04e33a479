#include "UnmatchedKeyModel.h"

namespace qw {

UnmatchedKeyModel::UnmatchedKeyModel(QObject *parent) : QAbstractTableModel(parent) { }

void UnmatchedKeyModel::setKeys(std::vector<UnmatchedKey> keys,
                                const QHash<QString, QString> &areaNames)
{
    beginResetModel();
    m_keys = std::move(keys);
    m_assigned.assign(m_keys.size(), QString());
    m_areaNames = areaNames;
    endResetModel();
}

int UnmatchedKeyModel::acceptSuggestions()
{
    int accepted = 0;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].suggestions.size() == 1 && m_assigned[i].isEmpty()) {
            m_assigned[i] = m_keys[i].suggestions.front().areaKey;
            ++accepted;
        }
    }
    if (accepted > 0 && !m_keys.empty())
        Q_EMIT dataChanged(index(0, Assigned), index(rowCount() - 1, Assigned));
    return accepted;
}

QHash<QString, QString> UnmatchedKeyModel::mapping() const
{
    QHash<QString, QString> result;
    for (size_t i = 0; i < m_keys.size(); ++i)
        if (!m_assigned[i].isEmpty())
            result.insert(m_keys[i].fileKey, m_assigned[i]);
    return result;
}

int UnmatchedKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int UnmatchedKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UnmatchedKeyModel::areaLabel(const QString &key) const
{
    return key.isEmpty() ? QString() : key + QStringLiteral(" ") + m_areaNames.value(key);
}

QVariant UnmatchedKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UnmatchedKey &k = m_keys[size_t(index.row())];
    if (role == AreaKeyRole || (role == Qt::EditRole && index.column() == Assigned))
        return m_assigned[size_t(index.row())];
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return k.fileKey;
    case Name:
        return k.fileName;
    case Rows:
        return k.rows;
    case Suggestion: {
        QStringList labels;
        for (const auto &s : k.suggestions)
            labels << areaLabel(s.areaKey);
        return labels.join(QStringLiteral("; "));
    }
    case Assigned:
        return m_assigned[size_t(index.row())].isEmpty()
            ? tr("(not imported)")
            : areaLabel(m_assigned[size_t(index.row())]);
    default:
        return {};
    }
}

bool UnmatchedKeyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Assigned
        || (role != Qt::EditRole && role != AreaKeyRole))
        return false;
    const QString key = value.toString();
    if (!key.isEmpty() && !m_areaNames.contains(key))
        return false; // only real areas can be assigned
    m_assigned[size_t(index.row())] = key;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags UnmatchedKeyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Assigned)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant UnmatchedKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key in the file");
    case Name:
        return tr("Name in the file");
    case Rows:
        return tr("Rows");
    case Suggestion:
        return tr("Suggestion");
    case Assigned:
        return tr("Assigned area");
    default:
        return {};
    }
}

} // namespace qw

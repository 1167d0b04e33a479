#include "NotesModel.h"

#include <algorithm>
#include <iterator>

namespace qw {

NotesModel::NotesModel(QObject *parent) : QAbstractTableModel(parent) { }

void NotesModel::setNotes(std::vector<Note> notes, QHash<QString, QString> areaNames)
{
    beginResetModel();
    m_notes = std::move(notes);
    std::stable_sort(m_notes.begin(), m_notes.end(),
                     [](const Note &a, const Note &b) { return a.id < b.id; });
    m_areaNames = std::move(areaNames);
    endResetModel();
    Q_EMIT notesChanged();
}

void NotesModel::insertNote(const Note &note)
{
    const auto it = std::upper_bound(m_notes.begin(), m_notes.end(), note.id,
                                     [](qint64 id, const Note &n) { return id < n.id; });
    const int row = int(it - m_notes.begin());
    beginInsertRows({}, row, row);
    m_notes.insert(it, note);
    endInsertRows();
    Q_EMIT notesChanged();
}

bool NotesModel::updateNote(const Note &note)
{
    const int row = rowOf(note.id);
    if (row < 0)
        return false;
    m_notes[std::size_t(row)] = note;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT notesChanged();
    return true;
}

bool NotesModel::removeNote(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_notes.erase(m_notes.begin() + row);
    endRemoveRows();
    Q_EMIT notesChanged();
    return true;
}

const Note *NotesModel::noteAt(int row) const
{
    return row >= 0 && row < int(m_notes.size()) ? &m_notes[std::size_t(row)] : nullptr;
}

const Note *NotesModel::note(qint64 id) const
{
    return noteAt(rowOf(id));
}

int NotesModel::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(m_notes.begin(), m_notes.end(), id,
                                     [](const Note &n, qint64 v) { return n.id < v; });
    return it != m_notes.end() && it->id == id ? int(it - m_notes.begin()) : -1;
}

std::vector<Note> NotesModel::notesOf(const QString &areaKey) const
{
    std::vector<Note> result;
    std::copy_if(m_notes.begin(), m_notes.end(), std::back_inserter(result),
                 [&](const Note &n) { return n.areaKey == areaKey; });
    return result;
}

QHash<QString, int> NotesModel::countsByArea() const
{
    QHash<QString, int> counts;
    for (const Note &n : m_notes)
        if (!n.areaKey.isEmpty())
            ++counts[n.areaKey];
    return counts;
}

QStringList NotesModel::authors() const
{
    QStringList result;
    for (const Note &n : m_notes)
        if (!n.author.isEmpty())
            result << n.author;
    result.sort(Qt::CaseInsensitive);
    result.removeDuplicates();
    return result;
}

QString NotesModel::areaName(const QString &areaKey) const
{
    return m_areaNames.value(areaKey, areaKey);
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    const Note *n = index.isValid() ? noteAt(index.row()) : nullptr;
    if (!n)
        return {};
    switch (role) {
    case IdRole:
        return n->id;
    case AreaKeyRole:
        return n->areaKey;
    case CategoryRole:
        return int(n->category);
    case AuthorRole:
        return n->author;
    case DateRole:
        return n->date;
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(n->text) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case AreaColumn:
            return areaName(n->areaKey);
        case CategoryColumn:
            return role == SortRole ? QVariant(int(n->category))
                                    : QVariant(NoteCategories::name(n->category));
        case TextColumn:
            // One line in the table; the tooltip and the editor show all of it.
            return role == SortRole ? n->text
                                    : QString(n->text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case AuthorColumn:
            return n->author;
        case DateColumn:
            return role == SortRole ? QVariant(n->date)
                                    : QVariant(m_locale.toString(n->date, QLocale::ShortFormat));
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant NotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AreaColumn:
        return tr("Area");
    case CategoryColumn:
        return tr("Category");
    case TextColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    case ColumnCount:
        break;
    }
    return {};
}

NoteFilterModel::NoteFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(NotesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void NoteFilterModel::setCategory(std::optional<NoteCategory> category)
{
    if (m_category == category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void NoteFilterModel::setAreaKey(const QString &areaKey)
{
    if (m_areaKey == areaKey)
        return;
    m_areaKey = areaKey;
    invalidateRowsFilter();
}

void NoteFilterModel::setAuthor(const QString &author)
{
    if (m_author == author)
        return;
    m_author = author;
    invalidateRowsFilter();
}

bool NoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_category && i.data(NotesModel::CategoryRole).toInt() != int(*m_category))
        return false;
    if (!m_areaKey.isEmpty() && i.data(NotesModel::AreaKeyRole).toString() != m_areaKey)
        return false;
    return m_author.isEmpty() || i.data(NotesModel::AuthorRole).toString() == m_author;
}

} // namespace qw

#pragma once

#include "Note.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace qw {

// The notes of a project as a table: area, category, text, author, date. It mirrors what
// the store holds; whoever writes a note (the window's undo commands, an import) tells it
// with insertNote/updateNote/removeNote, so views keep their selection and scroll.
// The workshop's priorities (dot voting) are another model of their own: points per area,
// not text (see the issue "Workshop mode").
class NotesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AreaColumn, CategoryColumn, TextColumn, AuthorColumn, DateColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64, the note's row in qw_notes
        AreaKeyRole, // QString
        CategoryRole, // int (NoteCategory)
        AuthorRole, // QString
        DateRole, // QDate
        SortRole, // what a column sorts by (dates as dates, areas by name)
    };

    explicit NotesModel(QObject *parent = nullptr);

    // Replaces every note (a project opened); areaNames maps area keys to names.
    void setNotes(std::vector<Note> notes, QHash<QString, QString> areaNames);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void clear() { setNotes({}, {}); }

    // Keeps the id order of the store.
    void insertNote(const Note &note);
    // False when no note has note.id.
    bool updateNote(const Note &note);
    bool removeNote(qint64 id);

    const std::vector<Note> &notes() const { return m_notes; }
    // The note of a row, or null.
    const Note *noteAt(int row) const;
    const Note *note(qint64 id) const;
    int rowOf(qint64 id) const;
    // The notes of one area, in order.
    std::vector<Note> notesOf(const QString &areaKey) const;
    // How many notes each area has (areas without notes are absent): the map's markers.
    QHash<QString, int> countsByArea() const;
    // The authors that wrote notes, sorted, each once: the filter's choices.
    QStringList authors() const;
    QString areaName(const QString &areaKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // After any change of the notes (for the map's markers and the filters' choices).
    void notesChanged();

private:
    std::vector<Note> m_notes;
    QHash<QString, QString> m_areaNames;
    QLocale m_locale;
};

// The Notes panel's filters over a NotesModel: by category, area and author; each unset
// filter lets every note through. Sorts by NotesModel::SortRole.
class NoteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit NoteFilterModel(QObject *parent = nullptr);

    void setCategory(std::optional<NoteCategory> category);
    void setAreaKey(const QString &areaKey); // empty: every area
    void setAuthor(const QString &author); // empty: every author
    std::optional<NoteCategory> category() const { return m_category; }
    const QString &areaKey() const { return m_areaKey; }
    const QString &author() const { return m_author; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<NoteCategory> m_category;
    QString m_areaKey;
    QString m_author;
};

} // namespace qw

#pragma once

#include "Note.h"

#include <vector>

namespace qw {

class SqliteDatabase;

// The workshop notes of a project (qw_notes). Borrows its store's connection
// (ProjectStore::notes()). Every write is one transaction of its own, or part of the
// caller's when one is open (an import of many notes).
class NoteRepository
{
public:
    explicit NoteRepository(SqliteDatabase &db) : m_db(db) { }

    // Every note in the order it was stored. A category code this version does not know
    // (written by a newer one, or by hand) reads as Idea rather than losing the note.
    std::vector<Note> notes();
    // Stores a note and returns it with its row and creation time. A note with an id
    // keeps it (undo of a deletion puts the note back where it was).
    Note add(const Note &note);
    // Stores several notes in one transaction (an import): all or none.
    std::vector<Note> addAll(const std::vector<Note> &notes);
    // Changes text, category, author, date and area of the note with note.id; false when
    // there is none such.
    bool update(const Note &note);
    // False when there is no note with that id.
    bool remove(qint64 id);

private:
    Note insert(const Note &note);

    SqliteDatabase &m_db;
};

} // namespace qw

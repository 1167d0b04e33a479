#include "NoteRepository.h"

#include "ProjectSchema.h"
#include "Sqlite.h"

namespace qw {

namespace {

QDateTime readTimestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace

std::vector<Note> NoteRepository::notes()
{
    std::vector<Note> result;
    auto st = m_db.prepare(QStringLiteral("SELECT fid, area_key, text, category, author, "
                                          "note_date, created FROM qw_notes ORDER BY fid"));
    while (st.step()) {
        Note n;
        n.id = st.integer(0);
        n.areaKey = st.text(1);
        n.text = st.text(2);
        n.category = noteCategoryFromCode(st.text(3)).value_or(NoteCategory::Idea);
        n.author = st.text(4);
        n.date = QDate::fromString(st.text(5), Qt::ISODate);
        n.created = readTimestamp(st.text(6));
        result.push_back(std::move(n));
    }
    return result;
}

Note NoteRepository::insert(const Note &note)
{
    Note stored = note;
    if (!stored.created.isValid())
        stored.created = readTimestamp(ProjectSchema::timestamp());
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_notes (fid, area_key, text, category, author, note_date, created, "
        "modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (note.id > 0)
        st.bind(1, std::int64_t(note.id));
    else
        st.bindNull(1);
    st.bindOptionalText(2, note.areaKey).bind(3, note.text).bind(4, toCode(note.category));
    st.bindOptionalText(5, note.author);
    st.bindOptionalText(6, note.date.isValid() ? note.date.toString(Qt::ISODate) : QString());
    st.bind(7, stored.created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    st.bind(8, ProjectSchema::timestamp());
    st.run();
    stored.id = m_db.lastInsertRowId();
    return stored;
}

Note NoteRepository::add(const Note &note)
{
    SqliteOwnTransaction t(m_db);
    Note stored = insert(note);
    t.commit();
    return stored;
}

std::vector<Note> NoteRepository::addAll(const std::vector<Note> &notes)
{
    SqliteOwnTransaction t(m_db);
    std::vector<Note> stored;
    stored.reserve(notes.size());
    for (const Note &n : notes)
        stored.push_back(insert(n));
    t.commit();
    return stored;
}

bool NoteRepository::update(const Note &note)
{
    SqliteOwnTransaction t(m_db);
    auto st = m_db.prepare(
        QStringLiteral("UPDATE qw_notes SET area_key = ?2, text = ?3, category = ?4, author = ?5, "
                       "note_date = ?6, modified = ?7 WHERE fid = ?1"));
    st.bind(1, std::int64_t(note.id)).bindOptionalText(2, note.areaKey).bind(3, note.text);
    st.bind(4, toCode(note.category)).bindOptionalText(5, note.author);
    st.bindOptionalText(6, note.date.isValid() ? note.date.toString(Qt::ISODate) : QString());
    st.bind(7, ProjectSchema::timestamp()).run();
    const bool found = m_db.changes() > 0;
    t.commit();
    return found;
}

bool NoteRepository::remove(qint64 id)
{
    SqliteOwnTransaction t(m_db);
    m_db.prepare(QStringLiteral("DELETE FROM qw_notes WHERE fid = ?1"))
        .bind(1, std::int64_t(id))
        .run();
    const bool found = m_db.changes() > 0;
    t.commit();
    return found;
}

} // namespace qw

#include "ImportRepository.h"

#include "ProjectSchema.h"
#include "Sqlite.h"

namespace qw {

qint64 ImportRepository::add(const ImportRecord &r, const QString &settings)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_imports (file_name, sha256, imported_at, department, source, rows_read, "
        "rows_matched, rows_rejected, report, kind, settings, undone) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)"));
    st.bind(1, r.fileName)
        .bind(2, r.sha256)
        .bind(3, ProjectSchema::timestamp())
        .bindOptionalText(4, r.department)
        .bindOptionalText(5, r.source)
        .bind(6, std::int64_t(r.rowsRead))
        .bind(7, std::int64_t(r.rowsMatched))
        .bind(8, std::int64_t(r.rowsRejected))
        .bind(9, r.report)
        .bind(10, r.kind)
        .bindOptionalText(11, settings)
        .run();
    return m_db.lastInsertRowId();
}

std::vector<ImportRecord> ImportRepository::all()
{
    std::vector<ImportRecord> result;
    auto st = m_db.prepare(QStringLiteral(
        "SELECT fid, kind, file_name, sha256, imported_at, source, department, rows_read, "
        "rows_matched, rows_rejected, undone, report FROM qw_imports ORDER BY fid"));
    while (st.step()) {
        ImportRecord r;
        r.id = st.integer(0);
        r.kind = st.text(1);
        r.fileName = st.text(2);
        r.sha256 = st.text(3);
        r.time = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
        r.source = st.text(5);
        r.department = st.text(6);
        r.rowsRead = st.integer(7);
        r.rowsMatched = st.integer(8);
        r.rowsRejected = st.integer(9);
        r.undone = st.integer(10) != 0;
        r.report = st.text(11);
        result.push_back(std::move(r));
    }
    return result;
}

void ImportRepository::markUndone(qint64 id)
{
    m_db.prepare(QStringLiteral("UPDATE qw_imports SET undone = 1 WHERE fid = ?1"))
        .bind(1, std::int64_t(id))
        .run();
}

std::optional<QString> ImportRepository::settingsOf(const QString &source)
{
    auto st =
        m_db.prepare(QStringLiteral("SELECT settings FROM qw_import_sources WHERE source = ?1"));
    st.bind(1, source);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void ImportRepository::rememberSettings(const QString &source, const QString &settings)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_import_sources (source, settings, updated) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (source) DO UPDATE SET settings = excluded.settings, "
        "updated = excluded.updated"));
    st.bind(1, source).bind(2, settings).bind(3, ProjectSchema::timestamp()).run();
}

QStringList ImportRepository::sources()
{
    QStringList result;
    auto st =
        m_db.prepare(QStringLiteral("SELECT source FROM qw_import_sources ORDER BY updated DESC"));
    while (st.step())
        result << st.text(0);
    return result;
}

} // namespace qw

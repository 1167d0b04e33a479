#include "Sqlite.h"

#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace qw {

SqliteDatabase::SqliteDatabase(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = TechnicalError::sqliteDetail(
            rc,
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(StoreErrorKind::Unreadable,
                         QCoreApplication::translate("qw::Store", "Cannot open %1: %2.")
                             .arg(path, TechnicalError::sqliteProblem(rc)),
                         detail);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    // A project from elsewhere is untrusted: no writes to the schema behind SQLite's back,
    // and no functions or virtual tables of ours run from the file's triggers and views
    // (ForeignSql refuses foreign triggers before any of them could fire).
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
}

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

void SqliteDatabase::fail(int code, const QString &what) const
{
    // The message in plain words; SQLite's own text and the statement as the detail.
    const QString detail =
        TechnicalError::sqliteDetail(code, QString::fromUtf8(sqlite3_errmsg(m_db)))
        + QStringLiteral(", in: ") + what;
    const QString problem = TechnicalError::sqliteProblem(code);
    const int primary = code & 0xff;
    StoreErrorKind kind = StoreErrorKind::InvalidContent;
    QString message;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        kind = StoreErrorKind::Corrupt;
        message = QCoreApplication::translate(
                      "qw::Store",
                      "%1 cannot be opened: %2. The file was not changed; open a backup copy "
                      "of it.")
                      .arg(m_path, problem);
    } else if (primary == SQLITE_READONLY || primary == SQLITE_IOERR || primary == SQLITE_FULL
               || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM) {
        kind = StoreErrorKind::WriteFailed;
        // A full disk or an I/O error: undo the open transaction now, while the journal can
        // still be played back, rather than leave it for a later (perhaps read-only) open.
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        message =
            QCoreApplication::translate("qw::Store", "Cannot write %1: %2.").arg(m_path, problem);
    } else {
        // A violated UNIQUE or NOT NULL constraint means bad input, not a broken file.
        if (primary == SQLITE_CONSTRAINT)
            kind = StoreErrorKind::InvalidInput;
        message = QCoreApplication::translate("qw::Store", "%1: %2.").arg(m_path, problem);
    }
    throw StoreError(kind, message, detail);
}

void SqliteDatabase::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        fail(rc, sql.left(60));
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    return SqliteStatement(*this, sql);
}

bool SqliteDatabase::tableExists(const QString &table)
{
    auto st = prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') "
                                     "AND name = ?1"));
    st.bind(1, table);
    return st.step();
}

std::int64_t SqliteDatabase::pragmaInt(const QString &pragma)
{
    auto st = prepare(QStringLiteral("PRAGMA ") + pragma);
    return st.step() ? st.integer(0) : 0;
}

std::int64_t SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const QString &sql) : m_db(&db)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, sql.left(60));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindOptionalText(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(rc, QString::fromUtf8(sqlite3_sql(m_stmt)).left(60));
}

void SqliteStatement::run()
{
    step();
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<double> SqliteStatement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

const char *SqliteStatement::blob(int column, int *size) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    *size = sqlite3_column_bytes(m_stmt, column);
    return data;
}

bool SqliteDatabase::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") != 0;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

SqliteOwnTransaction::SqliteOwnTransaction(SqliteDatabase &db)
{
    if (sqlite3_get_autocommit(db.handle()))
        m_own.emplace(db);
}

} // namespace qw

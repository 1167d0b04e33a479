#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace qw {

class SqliteStatement;

// Thin RAII wrapper over one sqlite3 connection. Every failure throws StoreError with
// the file name, so callers never see a raw SQLite code.
class SqliteDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    SqliteDatabase(const QString &path, Mode mode);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    void exec(const QString &sql);
    SqliteStatement prepare(const QString &sql);
    bool tableExists(const QString &table);
    std::int64_t pragmaInt(const QString &pragma);
    std::int64_t lastInsertRowId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

    const QString &path() const { return m_path; }
    // Opened read-only, or the file cannot be written.
    bool isReadOnly() const;
    sqlite3 *handle() const { return m_db; }

    // Throws StoreError describing the connection's last error.
    [[noreturn]] void fail(int code, const QString &what) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// One prepared statement; owned by the caller, finalised on destruction.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, std::int64_t value);
    SqliteStatement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    SqliteStatement &bind(int index, const QByteArray &blob);
    SqliteStatement &bind(int index, std::optional<double> value);
    SqliteStatement &bindNull(int index);
    SqliteStatement &bindOptionalText(int index, const QString &value); // empty -> NULL

    // Returns true while a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    double real(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::int64_t integer(int column) const;
    // Points into SQLite's buffer: valid until the next step().
    const char *blob(int column, int *size) const;

private:
    SqliteDatabase *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// Rolls back unless commit() was called: an exception mid-import leaves the file as it was.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

// A transaction of its own unless the caller already holds one (SQLite does not nest
// BEGIN): a repository's write is one transaction alone and part of an import's in one.
class SqliteOwnTransaction
{
public:
    explicit SqliteOwnTransaction(SqliteDatabase &db);
    void commit()
    {
        if (m_own)
            m_own->commit();
    }

private:
    std::optional<SqliteTransaction> m_own;
};

} // namespace qw

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qw {

class SqliteDatabase;

// One entry of the import log.
struct ImportRecord
{
    qint64 id = 0;
    QString kind; // "values", "facilities", or "areas" (the project's creation, not undoable)
    QString fileName;
    QString sha256;
    QDateTime time;
    QString source;
    QString department;
    qint64 rowsRead = 0;
    qint64 rowsMatched = 0;
    qint64 rowsRejected = 0;
    bool undone = false;
    QString report;
};

// The import log (qw_imports) and the remembered settings per source
// (qw_import_sources). Borrows its store's connection (ProjectStore::imports()); writes
// run inside the caller's transaction.
class ImportRepository
{
public:
    explicit ImportRepository(SqliteDatabase &db) : m_db(db) { }

    // Logs an import (settings: its ImportSpec as JSON, or empty); returns its id.
    qint64 add(const ImportRecord &record, const QString &settings);
    // Every logged import, oldest first.
    std::vector<ImportRecord> all();
    void markUndone(qint64 id);

    // The settings last used for a source (JSON), and storing them.
    std::optional<QString> settingsOf(const QString &source);
    void rememberSettings(const QString &source, const QString &settings);
    // The sources with remembered settings, the most recently used first.
    QStringList sources();

private:
    SqliteDatabase &m_db;
};

} // namespace qw

#include "ProjectFile.h"

#include "ForeignSql.h"
#include "MoveIntoPlace.h"
#include "ProjectSchema.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

namespace qw::ProjectFile {

namespace {

// Checks what can be checked without SQLite: existence, size, the SQLite magic.
void checkFileHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw StoreError(StoreErrorKind::NotFound,
                         QCoreApplication::translate("qw::Store", "%1 does not exist.").arg(path));
    if (info.isDir())
        throw StoreError(
            StoreErrorKind::Unreadable,
            QCoreApplication::translate("qw::Store", "%1 is a folder, not a project file.")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreErrorKind::Unreadable,
                         QCoreApplication::translate("qw::Store", "%1 cannot be read: %2")
                             .arg(path, file.errorString()));
    if (info.size() == 0)
        throw StoreError(StoreErrorKind::EmptyFile,
                         QCoreApplication::translate("qw::Store", "%1 is empty.").arg(path));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")) || header.size() < 100)
        throw StoreError(
            StoreErrorKind::NotSqlite,
            QCoreApplication::translate(
                "qw::Store", "%1 is not a GeoPackage project (it is not an SQLite database).")
                .arg(path));
    // A truncated copy: the header says how many pages the database has.
    const auto be16 = [&](int o) {
        return (uchar(header[o]) << 8) | uchar(header[o + 1]);
    };
    const auto be32 = [&](int o) {
        return (quint32(uchar(header[o])) << 24) | (quint32(uchar(header[o + 1])) << 16)
            | (quint32(uchar(header[o + 2])) << 8) | quint32(uchar(header[o + 3]));
    };
    qint64 pageSize = be16(16);
    if (pageSize == 1)
        pageSize = 65536;
    const qint64 pages = be32(28);
    if (pageSize < 512 || pages == 0 || info.size() < pageSize * pages)
        throw StoreError(StoreErrorKind::Corrupt,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 is damaged or truncated (%2 bytes, the header expects %3). "
                             "The file was not changed.")
                             .arg(path)
                             .arg(info.size())
                             .arg(pageSize * pages));
}

// A crash or a full disk in the middle of a change leaves the rollback journal beside the
// file ("hot"). Only a writable connection can play it back, and until then a read-only one
// fails with "attempt to write a readonly database" on every command; so the first
// connection to such a file is a writable one, which undoes the half-made change.
void recoverHotJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return;
    const QFileInfo file(path);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        throw StoreError(
            StoreErrorKind::WriteFailed,
            QCoreApplication::translate(
                "qw::Store",
                "%1 was left in the middle of a change (the program or the computer stopped, "
                "or the disk was full): %2 beside it holds what must be undone, and that "
                "needs write access. Copy both files into a folder where you may write, or "
                "ask for write permission here, and open the project again; it is then back "
                "as it was before that change.")
                .arg(QDir::toNativeSeparators(path), journal.fileName()));
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    // The first read takes the shared lock, finds the journal hot and plays it back.
    db.pragmaInt(QStringLiteral("schema_version"));
}

// Temporary files of create() whose program was killed: ".NAME.XXXXXXXX.part" and their
// journal beside path. One that another process is still writing holds SQLite's lock and is
// left alone.
void removeStaleParts(const QString &path)
{
    const QFileInfo target(path);
    QDir dir(target.absolutePath());
    const QStringList parts =
        dir.entryList({QLatin1Char('.') + target.fileName() + QStringLiteral(".*.part")},
                      QDir::Files | QDir::Hidden);
    for (const QString &name : parts) {
        const QString part = dir.filePath(name);
        try {
            SqliteDatabase db(part, SqliteDatabase::Mode::ReadWrite);
            sqlite3 *handle = db.handle();
            sqlite3_busy_timeout(handle, 0);
            if (sqlite3_exec(handle, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK)
                continue; // in use
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        } catch (const StoreError &) {
            // Not even an SQLite file: a torn first page of a killed run; removed too.
        }
        QFile::remove(part + QStringLiteral("-journal"));
        QFile::remove(part);
    }
}

int readSchemaVersion(SqliteDatabase &db)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM qw_project WHERE key='schema_version'"));
    if (!st.step())
        throw StoreError(
            StoreErrorKind::InvalidContent,
            QCoreApplication::translate("qw::Store", "%1 has no schema version in qw_project.")
                .arg(db.path()));
    bool ok = false;
    const int version = st.text(0).toInt(&ok);
    if (!ok || version <= 0)
        throw StoreError(
            StoreErrorKind::InvalidContent,
            QCoreApplication::translate("qw::Store", "%1 has an invalid schema version \"%2\".")
                .arg(db.path(), st.text(0)));
    return version;
}

} // namespace

int check(const QString &path)
{
    checkFileHeader(path);
    recoverHotJournal(path);
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
    // Reading the schema forces SQLite to parse page 1 and the catalogue.
    const auto appId = db.pragmaInt(QStringLiteral("application_id"));
    const bool isGpkg = appId == ProjectSchema::kGeoPackageApplicationId
        || appId == 0x47503130 /* GP10 */ || appId == 0x47503131 /* GP11 */;
    if (!isGpkg || !db.tableExists(QStringLiteral("gpkg_contents")))
        throw StoreError(StoreErrorKind::NotGeoPackage,
                         QCoreApplication::translate(
                             "qw::Store", "%1 is an SQLite database but not a GeoPackage.")
                             .arg(path));
    if (!db.tableExists(ProjectSchema::kProject))
        throw StoreError(StoreErrorKind::NotAProject,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 is a GeoPackage but not a Quartierswerkstatt project. "
                             "Use \"New from GeoPackage\" to make a project from its areas.")
                             .arg(path));
    // Before the first read of a table of ours: a view in its place could run anything.
    if (const std::vector<ForeignSql::Item> foreign = ForeignSql::find(db); !foreign.empty())
        throw StoreError(
            StoreErrorKind::InvalidContent,
            QCoreApplication::translate(
                "qw::Store",
                "%1 contains SQL that Quartierswerkstatt did not write: %2. Triggers and views "
                "like these run inside every change of the project and can alter or delete "
                "data, so the project is not opened. To remove exactly these (nothing else is "
                "changed): quartierswerkstatt \"%1\" --remove-foreign-triggers")
                .arg(QDir::toNativeSeparators(path), ForeignSql::describe(foreign)));
    const int version = readSchemaVersion(db);
    if (version > ProjectSchema::kCurrentVersion)
        throw StoreError(StoreErrorKind::NewerSchema,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 was saved by a newer Quartierswerkstatt (project schema %2; this "
                             "version reads up to %3). Please update the program.")
                             .arg(path)
                             .arg(version)
                             .arg(ProjectSchema::kCurrentVersion));
    if (version == ProjectSchema::kCurrentVersion) {
        for (const QString &table : ProjectSchema::requiredTables()) {
            if (!db.tableExists(table))
                throw StoreError(StoreErrorKind::InvalidContent,
                                 QCoreApplication::translate(
                                     "qw::Store", "%1 is incomplete: the table %2 is missing.")
                                     .arg(path, table));
        }
        // Catch damage inside the data pages we read on every open.
        auto st = db.prepare(QStringLiteral("SELECT count(*) FROM qw_indicators"));
        st.step();
    }
    return version;
}

std::unique_ptr<SqliteDatabase> open(const QString &path, bool writeAccess)
{
    const int version = check(path);
    const bool writable = writeAccess && QFileInfo(path).isWritable();
    if (version < ProjectSchema::kCurrentVersion && !writable)
        throw StoreError(StoreErrorKind::WriteFailed,
                         QCoreApplication::translate(
                             "qw::Store",
                             "%1 uses an older project schema (%2) and must be upgraded, but the "
                             "file is read-only.")
                             .arg(path)
                             .arg(version));
    auto db = std::make_unique<SqliteDatabase>(
        path, writable ? SqliteDatabase::Mode::ReadWrite : SqliteDatabase::Mode::ReadOnly);
    if (version < ProjectSchema::kCurrentVersion) {
        try {
            SqliteTransaction tx(*db);
            ProjectSchema::migrate(*db, version);
            tx.commit();
        } catch (const StoreError &e) {
            // A schema version that does not match the tables (a version 3 over the tables
            // of version 5) showed the SQLite error of the failed upgrade step; it stays the
            // detail, and the transaction left the file as it was.
            if (e.kind() == StoreErrorKind::WriteFailed)
                throw;
            throw StoreError(StoreErrorKind::InvalidContent,
                             QCoreApplication::translate(
                                 "qw::Store",
                                 "%1 cannot be upgraded from project schema %2: its tables do "
                                 "not match that version (it may have been edited by hand or "
                                 "by another program). The file was not changed; open a backup "
                                 "copy of it.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(version),
                             e.fullText());
        }
    }
    return db;
}

std::vector<ForeignSql::Item> removeForeignSql(const QString &path)
{
    checkFileHeader(path);
    recoverHotJournal(path);
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    return ForeignSql::remove(db);
}

void create(const QString &path, const std::function<void(SqliteDatabase &db)> &build)
{
    removeStaleParts(path);
    const QFileInfo target(path);
    const QString temp = target.absolutePath() + QLatin1Char('/') + QLatin1Char('.')
        + target.fileName() + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(8)
        + QStringLiteral(".part");
    try {
        {
            SqliteDatabase db(temp, SqliteDatabase::Mode::Create);
            db.exec(QStringLiteral("PRAGMA page_size = 4096"));
            SqliteTransaction tx(db);
            build(db);
            tx.commit();
        }
        const QString failed = moveIntoPlace(temp, path);
        if (!failed.isEmpty())
            throw StoreError(
                StoreErrorKind::WriteFailed,
                QCoreApplication::translate("qw::Store", "Cannot write %1: %2").arg(path, failed));
    } catch (...) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        throw;
    }
}

} // namespace qw::ProjectFile

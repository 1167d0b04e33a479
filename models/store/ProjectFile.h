#pragma once

#include "ForeignSql.h"
#include "Sqlite.h"

#include <QString>

#include <functional>
#include <memory>

// The project file itself, apart from its content (ProjectStore): whether a file is a
// project, a connection to it in the current schema, and making a new one atomically.
namespace qw::ProjectFile {

// Checks path with a read-only connection, so a file that is not a project (or a damaged
// one) is never changed; returns its schema version. Throws StoreError with a specific
// kind and a message naming the file. Two things come first: a change that a crash left
// half-made (a hot journal) is undone with a writable connection, and a file with
// triggers or views the program did not write (ForeignSql) is refused.
int check(const QString &path);

// Drops the triggers and views ForeignSql finds in the project at path (the file's only
// change, for --remove-foreign-triggers); returns them. Throws StoreError.
std::vector<ForeignSql::Item> removeForeignSql(const QString &path);

// A connection to the checked project, migrated to the current schema in one transaction.
// Read-only when writeAccess is false or the file is; an older schema that needs a
// migration then throws.
std::unique_ptr<SqliteDatabase> open(const QString &path, bool writeAccess);

// Builds a new project: build() fills an empty database under a temporary name beside
// path, in one transaction, and the file is moved into place only when it returned. The
// temporary files of an earlier, killed run for the same path are removed first. A
// failure (an exception from build() or the move) removes the temporary file and never
// touches an existing file at path.
void create(const QString &path, const std::function<void(SqliteDatabase &db)> &build);

} // namespace qw::ProjectFile

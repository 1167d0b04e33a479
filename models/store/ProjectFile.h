#pragma once

#include "Sqlite.h"

#include <QString>

#include <functional>
#include <memory>

// The project file itself, apart from its content (ProjectStore): whether a file is a
// project, a connection to it in the current schema, and making a new one atomically.
namespace qw::ProjectFile {

// Checks path with a read-only connection, so a file that is not a project (or a damaged
// one) is never changed; returns its schema version. Throws StoreError with a specific
// kind and a message naming the file.
int check(const QString &path);

// A connection to the checked project, migrated to the current schema in one transaction.
// Read-only when writeAccess is false or the file is; an older schema that needs a
// migration then throws.
std::unique_ptr<SqliteDatabase> open(const QString &path, bool writeAccess);

// Builds a new project: build() fills an empty database under a temporary name beside
// path, in one transaction, and the file is moved into place only when it returned. A
// failure (an exception from build() or the move) removes the temporary file and never
// touches an existing file at path.
void create(const QString &path, const std::function<void(SqliteDatabase &db)> &build);

} // namespace qw::ProjectFile

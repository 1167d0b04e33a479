#pragma once

#include "AllocationRepository.h"
#include "AreaShapes.h"
#include "CatalogueRepository.h"
#include "ImportRepository.h"
#include "NoteRepository.h"
#include "PriorityRepository.h"
#include "ProjectTypes.h"
#include "Sqlite.h"
#include "ValueRepository.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace qw {

// Reads and writes the content of a project file (a GeoPackage with our tables); opening
// and creating go through ProjectFile, which checks, migrates and writes atomically. One
// store owns one SQLite connection; use it from one thread at a time.
class ProjectStore
{
public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens an existing project. Validates it first with a read-only connection, so a file
    // that is not a project (or a damaged one) is never changed; migrates an older schema.
    // Throws StoreError with a specific kind and a message naming the file.
    static std::unique_ptr<ProjectStore> open(const QString &path,
                                              Access access = Access::ReadWrite);

    // Creates a new project at path. The file is built under a temporary name and renamed
    // into place only when fill() succeeded, so a failure never leaves a half-written file
    // (and never destroys an existing file at path).
    static void create(const QString &path, const ProjectMetadata &metadata,
                       const std::function<void(ProjectStore &)> &fill);

    ProjectMetadata metadata();
    void setMetadataValue(const QString &key, const QString &value);
    void touchModified();

    std::vector<AreaLevel> levels();
    void writeLevels(const std::vector<AreaLevel> &levels);

    // Every area with its exact geometry, in file order.
    std::vector<Area> areas();
    // The areas without geometry in file order (a project of a million areas holds its
    // outlines compactly, see AreaShapes).
    // keyUtf8 is the key as stored, valid during the call.
    void readAreaInfos(const std::function<void(AreaInfo &&area, QByteArrayView keyUtf8)> &take);
    // At least the number of areas (the largest fid), at once: for reserving memory.
    std::size_t areaCountBound();
    // The geometry of one level's areas in file order (the order of readAreaInfos).
    void readGeometries(const QString &levelKey,
                        const std::function<void(const MultiPolygon &geometry)> &take);
    // The outlines of one level's areas as stored by writeShapes(); none when there are
    // none, when the areas changed since or when they are damaged: then the caller builds
    // them with shapesFromGeometry().
    std::optional<AreaShapes> readShapes(const QString &levelKey);
    // The outlines of one level's areas made from their geometry (decoding every vertex).
    AreaShapes shapesFromGeometry(const QString &levelKey);
    // Stores one level's outlines in one transaction, replacing what was stored. False
    // when the file cannot take them (read-only, locked, disk full): they are only a
    // shortcut for the next open, never needed.
    bool writeShapes(const QString &levelKey, const AreaShapes &shapes);
    // Adds areas, and stores the outlines of their levels (see writeShapes).
    void writeAreas(const std::vector<Area> &areas);
    // Sets the parent (child key, parent key) of areas of a finer level.
    void setParents(const std::vector<std::pair<QString, QString>> &parents);

    // One transaction over everything the caller writes through this store and its
    // repositories; rolls back unless committed.
    SqliteTransaction transaction() { return SqliteTransaction(*m_db); }

    // The indicator catalogue and the values, each through its repository (borrowing
    // this store's connection; valid while the store lives).
    CatalogueRepository catalogue() { return CatalogueRepository(*m_db); }
    ValueRepository valueRepository() { return ValueRepository(*m_db); }
    ImportRepository imports() { return ImportRepository(*m_db); }
    AllocationRepository allocations() { return AllocationRepository(*m_db); }
    NoteRepository notes() { return NoteRepository(*m_db); }
    PriorityRepository priorities() { return PriorityRepository(*m_db); }
    // Shortcuts for the catalogue.
    std::vector<Indicator> indicators() { return catalogue().indicators(); }
    void writeIndicators(const std::vector<Indicator> &indicators, std::int64_t importId = 0)
    {
        catalogue().write(indicators, importId);
    }

    std::vector<Facility> facilities();
    // Inserts or replaces (same facility key); importId 0 means "not imported".
    void writeFacilities(const std::vector<Facility> &facilities, std::int64_t importId = 0);
    // Before import importId writes its facilities: removes those of earlier imports of
    // the same source, keeping them and those of the same keys for undo.
    void replaceFacilities(std::int64_t importId, const QString &source, const QStringList &keys);
    // Undoes import importId's facilities: the ones it replaced come back.
    void restoreFacilities(std::int64_t importId);

    // Saved views: name and archive text, in the order they were saved.
    struct StoredView
    {
        QString name;
        QString archive;
        int classVersion = 0;
        qint64 id = 0; // the row, which gives the order
    };
    std::vector<StoredView> views();
    // Puts a view back as it was read by views(), in its old place (for undo); replaces a
    // view of the same name or row.
    void restoreView(const StoredView &view);
    // Saves (or replaces) a view under its name.
    void writeView(const QString &name, const QString &archive, int classVersion);
    // False when there is no view of that name (or the new name is taken).
    bool renameView(const QString &from, const QString &to);
    bool deleteView(const QString &name);

    std::vector<Landmark> landmarks();
    void writeLandmarks(const std::vector<Landmark> &landmarks);

    const QString &path() const { return m_db->path(); }

private:
    explicit ProjectStore(std::unique_ptr<SqliteDatabase> db);
    // Borrows the connection of a project being created (ProjectFile::create owns it).
    explicit ProjectStore(SqliteDatabase &db);
    void updateExtent(const QString &table);
    // writeShapes() inside the caller's transaction; throws StoreError.
    void insertShapes(const QString &levelKey, const AreaShapes &shapes);
    void readSrsId();

    std::unique_ptr<SqliteDatabase> m_owned; // null while borrowing
    SqliteDatabase *m_db;
    int m_srsId = 0;
};

} // namespace qw

#pragma once

#include "ProjectTypes.h"

#include <QCoreApplication>

namespace qw {

class ProjectStore;

// A second level of areas for a project: Stadtbezirke around its Sozialräume, or
// statistische Bezirke inside them. Whether the new level is coarser or finer follows
// from the size of its areas. Children find their parent by a parent-key field or
// spatially, by the largest overlap.
struct LevelPlan
{
    AreaLevel level;
    bool coarser = false;
    std::vector<Area> areas; // the new level's areas (parentKey set when finer)
    // Coarser level: existing area key -> new parent key.
    std::vector<std::pair<QString, QString>> parents;
    std::vector<AreaLevel> levels; // every level with ranks renumbered, new one included
    QStringList repaired;
    QStringList orphans; // children without a parent (keys)
};

class AreaLevelImport
{
    Q_DECLARE_TR_FUNCTIONS(qw::AreaLevelImport)

public:
    struct Options
    {
        QString layer;
        QString keyField;
        QString nameField;
        QString levelName;
        QString parentField; // finer level: the field holding the enclosing area's key
        bool dissolve = false; // merge features sharing a key (a coarser level)
    };

    // Throws StoreError for an unreadable file, a key already used by the project, or a
    // parent key that names no area.
    static LevelPlan plan(const QString &path, const Options &options,
                          const std::vector<Area> &existing, const std::vector<AreaLevel> &levels,
                          int projectEpsg);
    static void commit(ProjectStore &store, const LevelPlan &plan);
    static QString reportText(const LevelPlan &plan);
};

} // namespace qw

#include "AreaLevelImport.h"

#include "AreaLayerSource.h"
#include "Geos.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QHash>

#include <geos_c.h>

#include <algorithm>

namespace qw {

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

bool overlaps(const Bounds &a, const Bounds &b)
{
    return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

// The candidate that shares the largest area with child; -1 when none overlaps.
int largestOverlap(const Geos &geos, const Area &child, const std::vector<const Area *> &candidates,
                   std::vector<Geos::GeometryPtr> &candidateGeos)
{
    auto g = geos.toGeos(child.geometry);
    int best = -1;
    double bestArea = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        if (!overlaps(child.geometry.bounds(), candidates[i]->geometry.bounds()))
            continue;
        if (!candidateGeos[i])
            candidateGeos[i] = geos.toGeos(candidates[i]->geometry);
        auto inter = geos.wrap(GEOSIntersection_r(geos.handle(), g.get(), candidateGeos[i].get()));
        double area = 0;
        if (inter)
            GEOSArea_r(geos.handle(), inter.get(), &area);
        if (area > bestArea) {
            bestArea = area;
            best = int(i);
        }
    }
    return best;
}

} // namespace

LevelPlan AreaLevelImport::plan(const QString &path, const Options &o,
                                const std::vector<Area> &existing,
                                const std::vector<AreaLevel> &levels, int projectEpsg)
{
    LevelPlan plan;
    AreaLayerSource source(path);
    const AreaLayerSource::Layer *layer = source.layer(o.layer);
    if (!layer)
        throw StoreError(StoreErrorKind::InvalidInput, tr("%1 has no polygon layer.").arg(path));
    const QString key = o.keyField.isEmpty() ? AreaLayerSource::guessKeyField(*layer) : o.keyField;
    const QString name = o.nameField.isEmpty()
        ? (o.dissolve ? key : AreaLayerSource::guessNameField(*layer))
        : o.nameField;
    plan.level.nameDe = o.levelName.trimmed();
    plan.level.key = plan.level.nameDe.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const AreaLevel &l : levels)
        if (l.key == plan.level.key)
            throw StoreError(StoreErrorKind::InvalidInput,
                             tr("The project has a level \"%1\" already.").arg(plan.level.nameDe));
    auto result = source.read(layer->name, key, name, plan.level.key, projectEpsg,
                              {o.parentField, o.dissolve});
    plan.areas = std::move(result.areas);
    plan.repaired = result.repaired;
    QHash<QString, const Area *> byKey;
    for (const Area &a : existing)
        byKey.insert(a.key, &a);
    for (const Area &a : plan.areas)
        if (byKey.contains(a.key))
            throw StoreError(StoreErrorKind::InvalidInput,
                             tr("%1: the key \"%2\" is used by the area \"%3\" already; keys must "
                                "be unique across levels.")
                                 .arg(path, a.key, byKey.value(a.key)->name));

    // The finest existing level is the one the new level attaches to.
    int finestRank = -1, coarsestRank = 1 << 20;
    QString finest, coarsest;
    for (const AreaLevel &l : levels) {
        if (l.rank > finestRank) {
            finestRank = l.rank;
            finest = l.key;
        }
        if (l.rank < coarsestRank) {
            coarsestRank = l.rank;
            coarsest = l.key;
        }
    }
    std::vector<double> newSizes, oldSizes;
    for (const Area &a : plan.areas)
        newSizes.push_back(a.geometry.area());
    for (const Area &a : existing)
        if (a.level == finest)
            oldSizes.push_back(a.geometry.area());
    plan.coarser = o.parentField.isEmpty() && median(newSizes) > median(oldSizes);

    Geos geos;
    if (plan.coarser) {
        // New coarsest level: every area of the coarsest existing level gets a parent.
        plan.level.rank = 0;
        plan.levels.push_back(plan.level);
        for (AreaLevel l : levels) {
            ++l.rank;
            plan.levels.push_back(l);
        }
        std::vector<const Area *> candidates;
        for (const Area &a : plan.areas)
            candidates.push_back(&a);
        std::vector<Geos::GeometryPtr> cache(candidates.size());
        for (const Area &a : existing) {
            if (a.level != coarsest)
                continue;
            const int p = largestOverlap(geos, a, candidates, cache);
            if (p < 0)
                plan.orphans << a.key;
            else
                plan.parents.emplace_back(a.key, candidates[size_t(p)]->key);
        }
    } else {
        plan.levels = levels;
        plan.level.rank = finestRank + 1;
        plan.levels.push_back(plan.level);
        std::vector<const Area *> candidates;
        for (const Area &a : existing)
            if (a.level == finest)
                candidates.push_back(&a);
        std::vector<Geos::GeometryPtr> cache(candidates.size());
        for (Area &a : plan.areas) {
            if (!o.parentField.isEmpty()) {
                const Area *parent = byKey.value(a.parentKey);
                if (!parent || parent->level != finest)
                    throw StoreError(StoreErrorKind::InvalidInput,
                                     tr("%1: area \"%2\" names the parent \"%3\" in the field %4, "
                                        "but the project has no such area on its finest level.")
                                         .arg(path, a.key, a.parentKey, o.parentField));
                continue;
            }
            const int p = largestOverlap(geos, a, candidates, cache);
            if (p < 0)
                plan.orphans << a.key;
            else
                a.parentKey = candidates[size_t(p)]->key;
        }
    }
    return plan;
}

void AreaLevelImport::commit(ProjectStore &store, const LevelPlan &plan)
{
    SqliteTransaction tx = store.transaction();
    store.writeLevels(plan.levels);
    store.writeAreas(plan.areas);
    store.setParents(plan.parents);
    store.touchModified();
    tx.commit();
}

QString AreaLevelImport::reportText(const LevelPlan &plan)
{
    QStringList lines;
    lines << (plan.coarser ? tr("Level \"%1\": %2 areas, coarser than the existing levels; %3 "
                                "areas assigned to them by largest overlap.")
                                 .arg(plan.level.nameDe)
                                 .arg(plan.areas.size())
                                 .arg(plan.parents.size())
                           : tr("Level \"%1\": %2 areas inside the existing areas.")
                                 .arg(plan.level.nameDe)
                                 .arg(plan.areas.size()));
    if (!plan.orphans.isEmpty())
        lines
            << tr("Without a parent (no overlap): %1").arg(plan.orphans.join(QStringLiteral(", ")));
    if (!plan.repaired.isEmpty())
        lines
            << tr("Repaired invalid geometries: %1").arg(plan.repaired.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace qw

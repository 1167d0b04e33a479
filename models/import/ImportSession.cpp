#include "ImportSession.h"

#include "ImportLog.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TableSource.h"

namespace qw {

ImportSession ImportSession::open(const QString &projectPath, const QString &filePath)
{
    ImportSession s;
    s.projectPath = projectPath;
    s.filePath = filePath;
    auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
    s.areas = store->areas();
    s.indicators = store->indicators();
    s.rememberedSources = ImportLog(*store).rememberedSources();
    for (const Area &a : s.areas)
        s.areaNames.insert(a.key, a.name);
    return s;
}

std::optional<ImportSpec> ImportSession::rememberedSpec(const QString &source) const
{
    try {
        auto store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
        return ImportLog(*store).rememberedSpec(source);
    } catch (const StoreError &) {
        return std::nullopt;
    }
}

ImportPlan ImportSession::analyse(const ImportSpec &spec,
                                  const std::function<bool(double)> &progress) const
{
    auto source = TableSource::open(filePath, spec.hasFormat ? &spec.format : nullptr, spec.sheet);
    return TableImport::analyse(*source, spec, areas, indicators, progress);
}

qint64 ImportSession::commit(const std::function<bool(double)> &progress)
{
    auto store = ProjectStore::open(projectPath);
    importId = ImportLog(*store).commit(plan, progress);
    return importId;
}

} // namespace qw

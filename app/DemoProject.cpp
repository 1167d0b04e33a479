#include "DemoProject.h"

#include "DemoCityGenerator.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace qw::DemoProject {

QString ensure()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/musterstadt.gpkg");
    if (QFileInfo::exists(path)) {
        try {
            auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly);
            if (store->metadata().generator == DemoCityGenerator::generatorTag())
                return path;
        } catch (const StoreError &) {
            // Damaged or outdated: generate it again below.
        }
    }
    DemoCityGenerator(DemoCityGenerator::Options {}).writeProject(path);
    return path;
}

} // namespace qw::DemoProject

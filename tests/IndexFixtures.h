#pragma once

#include "ImportFixtures.h"
#include "ImportLog.h"
#include "IndexIndicators.h"
#include "Project.h"
#include "ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace qw::test {

// Three Sozialräume (makeThreeAreaProject) with two inputs for 2024, a = 1, 2, 3 and
// b = 3, 1, 2 in 01, 02, 05: z(a) = -1.2247, 0, 1.2247 and z(b) = 1.2247, -1.2247, 0.
// Empty when the import failed.
inline QString makeTwoInputProject(const QString &dir, const QString &name)
{
    const QString project = makeThreeAreaProject(dir, name);
    const QString csv = QDir(dir).filePath(QStringLiteral("werte_2024.csv"));
    writeBytes(csv, "SR;A;B\n01;1;3\n02;2;1\n05;3;2\n");
    auto store = ProjectStore::open(project);
    ImportSpec spec;
    spec.source = QStringLiteral("Werte 2024");
    return ImportLog(*store).commit(planFor(*store, csv, spec)) > 0 ? project : QString();
}

// Defines the index key (named name) from its recipe text in project; the message of what
// is wrong, empty when it was defined.
inline QString defineIndex(const QString &project, const QString &key, const QString &name,
                           const char *text)
{
    QString error;
    const auto recipe = IndexRecipe::parse(QString::fromUtf8(text), &error);
    if (!recipe)
        return error;
    auto store = ProjectStore::open(project);
    if (!IndexIndicators(*store).define(key, name, {}, *recipe, &error))
        return error.isEmpty() ? QStringLiteral("not defined") : error;
    return {};
}

// A copy of the project file source at path with the index "si" ("Index") defined by
// text, opened; nullptr (the reason in *error) when the copy or the index failed.
inline std::shared_ptr<Project> copyWithIndex(const QString &source, const QString &path,
                                              const char *text, QString *error)
{
    if (!QFile::copy(source, path)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(source, path);
        return nullptr;
    }
    *error = defineIndex(path, QStringLiteral("si"), QStringLiteral("Index"), text);
    return error->isEmpty() ? Project::open(path) : nullptr;
}

} // namespace qw::test

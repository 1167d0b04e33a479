#pragma once

#include "ImportTypes.h"
#include "ProjectTypes.h"
#include "TableImport.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace qw {

// One table import as the window builds it, step by step: the project it goes into and what
// that project holds (areas, indicators, remembered sources: read once when the import
// starts), the settings the user builds up, the plan of the last analysis, and the one write
// at the end. Only the session opens the project, so the wizard's pages never touch a store.
// A value type; the wizard owns one and its pages share it by pointer.
struct ImportSession
{
    QString projectPath;
    QString filePath;
    std::vector<Area> areas;
    QHash<QString, QString> areaNames; // area key -> name
    std::vector<Indicator> indicators;
    QStringList rememberedSources;
    ImportSpec spec;
    ImportPlan plan;
    qint64 importId = 0; // set when the import was written

    // Reads the project's areas, indicators and remembered sources (read-only); throws
    // StoreError when the project cannot be read.
    static ImportSession open(const QString &projectPath, const QString &filePath);

    // The settings remembered for the source of that name, if any (and if the project can be
    // read: a source it cannot say anything about has none).
    std::optional<ImportSpec> rememberedSpec(const QString &source) const;

    // Reads the whole file with spec and matches it against the project's areas and
    // indicators (see TableImport::analyse); throws ImportError when the file is unreadable.
    ImportPlan analyse(const ImportSpec &spec, const std::function<bool(double)> &progress) const;

    // Writes plan into the project in one transaction (ImportLog::commit) and keeps its id
    // in importId; 0 when progress cancelled it, which leaves the project as it was. Throws
    // StoreError.
    qint64 commit(const std::function<bool(double)> &progress);
};

} // namespace qw

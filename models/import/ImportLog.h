#pragma once

#include <QCoreApplication>

#include "ImportRepository.h"
#include "ImportTypes.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace qw {

class ProjectStore;
struct ImportPlan;

// Writes imports into a project, each in one SQLite transaction, logs them, remembers the
// settings per source, and undoes the last one. Re-importing a source replaces the values
// its earlier imports wrote. Works on a store it does not own.
class ImportLog
{
    Q_DECLARE_TR_FUNCTIONS(qw::ImportLog)

public:
    explicit ImportLog(ProjectStore &store) : m_store(store) { }

    // The settings used the last time this source was imported.
    std::optional<ImportSpec> rememberedSpec(const QString &source);
    // The sources with remembered settings, the most recently imported first.
    QStringList rememberedSources();

    // Writes the plan's values and new indicators. progress(share) may return false to
    // cancel, which rolls everything back and returns 0. Throws StoreError on failure,
    // leaving the project as it was. Returns the import's id.
    qint64 commit(const ImportPlan &plan, const std::function<bool(double)> &progress = {});

    // Starts a log entry inside the caller's transaction (for facility imports).
    qint64 addRecord(const ImportRecord &record, const QString &settings);

    std::vector<ImportRecord> history();
    // The newest import that has not been undone (the creation of the areas is none).
    std::optional<ImportRecord> lastImport();
    // Restores the project to the state before the newest import; false if there is none.
    bool undoLast();
    // What the last commit() or undoLast() could not recompute of the derived indicators
    // (e.g. an input an undone import had brought is gone); empty when all are true.
    const QStringList &derivedProblems() const { return m_lastProblems; }

    static QString sha256(const QString &path);
    // The source name a file is remembered under when none is given: its name without
    // dates, so "kita_2024-03.csv" and "kita_2024-04.csv" share their settings.
    static QString defaultSource(const QString &path);
    // The report for people: counts, notes and every rejection with line and column.
    // maxRejections < 0 lists them all.
    static QString reportText(const ImportPlan &plan, int maxRejections = -1);

private:
    ProjectStore &m_store;
    QStringList m_lastProblems;
};

} // namespace qw

#pragma once

#include "IndexRecipe.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace qw {

class ImportController;

// A composite index defined (or redefined) by the planner, as an undoable change of the
// project: redo defines and computes it with its parts through IndexIndicators on a worker
// thread (BackgroundTask), undo removes it again, or puts back the recipe it replaced.
// Reopens the project through the import controller; does not own it.
class DefineIndexCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::DefineIndexCommand)
public:
    struct Definition
    {
        QString key, nameDe, nameEn;
        IndexRecipe recipe;
    };
    // previous: the index this one replaces (same key), when editing.
    DefineIndexCommand(ImportController *reloader, Definition definition,
                       std::optional<Definition> previous = std::nullopt);

    void undo() override;
    void redo() override;
    // Why the last redo or undo failed (then the command is obsolete); empty otherwise.
    const QString &error() const { return m_error; }

private:
    // Removes the stored index with this key (if any) and defines `definition`; false with
    // m_error, having written nothing.
    bool define(const Definition *definition, const QString &label);

    ImportController *m_reloader;
    Definition m_definition;
    std::optional<Definition> m_previous;
    QString m_error;
};

} // namespace qw

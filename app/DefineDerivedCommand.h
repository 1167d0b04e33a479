#pragma once

#include "Recipe.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace qw {

class ImportController;

// A derived indicator defined by the planner, as an undoable change of the project: redo
// defines and computes it, undo removes it with its values. Reopens the project through
// the import controller (keeping what the window shows); does not own it.
class DefineDerivedCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::DefineDerivedCommand)
public:
    DefineDerivedCommand(ImportController *reloader, const QString &key, const QString &nameDe,
                         const QString &nameEn, const Recipe &recipe);

    void undo() override;
    void redo() override;
    // Why the last redo or undo failed (then the command is obsolete); empty otherwise.
    const QString &error() const { return m_error; }
    int valuesWritten() const { return m_written; }

private:
    QString shownName() const;

    ImportController *m_reloader;
    QString m_key, m_nameDe, m_nameEn;
    Recipe m_recipe;
    QString m_error;
    int m_written = 0;
};

} // namespace qw

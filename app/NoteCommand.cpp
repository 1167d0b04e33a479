#include "NoteCommand.h"

#include "NotesController.h"

namespace qw {

NoteCommand::NoteCommand(NotesController *notes, const QString &text, std::vector<Change> changes)
    : QUndoCommand(text), m_notes(notes), m_changes(std::move(changes))
{ }

void NoteCommand::undo()
{
    m_notes->apply(m_changes, false);
}

void NoteCommand::redo()
{
    m_notes->apply(m_changes, true);
}

} // namespace qw

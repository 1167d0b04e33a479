#pragma once

#include "Note.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace qw {

class NotesController;

// Adding, changing or deleting workshop notes as the notes before and after: redo writes
// the after state, undo the before state, in one transaction. A note added keeps the row it
// got on the first redo, so redoing after an undo puts it back under the same id (and an
// edit or delete pushed later still finds it). Works on the controller's current project
// (an import reopens it); does not own the controller.
class NoteCommand : public QUndoCommand
{
public:
    struct Change
    {
        std::optional<Note> before; // none: the note is added
        std::optional<Note> after; // none: the note is deleted
    };

    NoteCommand(NotesController *notes, const QString &text, std::vector<Change> changes);

    void undo() override;
    void redo() override;

private:
    NotesController *m_notes;
    std::vector<Change> m_changes;
};

} // namespace qw

#pragma once

#include "ProjectStore.h"

#include <QUndoCommand>

#include <optional>

namespace qw {

class SavedViewsController;

// A change of the project's saved views (save, rename, delete) as the views of the
// names involved before and after: redo writes the after state, undo the before state,
// each view in its old row so the list keeps its order. Works on the views controller's
// current project (an import reopens it); does not own the controller.
class ViewChangeCommand : public QUndoCommand
{
public:
    struct Change
    {
        QString name;
        std::optional<ProjectStore::StoredView> before; // none: no view of that name
        std::optional<ProjectStore::StoredView> after;
    };

    ViewChangeCommand(SavedViewsController *views, const QString &text,
                      std::vector<Change> changes);

    void undo() override;
    void redo() override;

private:
    void apply(bool after);

    SavedViewsController *m_views;
    std::vector<Change> m_changes;
};

} // namespace qw

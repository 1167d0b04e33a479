#include "ViewChangeCommand.h"

#include "SavedViewsController.h"
#include "StoreError.h"

namespace qw {

ViewChangeCommand::ViewChangeCommand(SavedViewsController *views, const QString &text,
                                     std::vector<Change> changes)
    : QUndoCommand(text), m_views(views), m_changes(std::move(changes))
{
}

void ViewChangeCommand::undo()
{
    apply(false);
}

void ViewChangeCommand::redo()
{
    apply(true);
}

void ViewChangeCommand::apply(bool after)
{
    ProjectStore *store = m_views->store();
    if (!store)
        return;
    try {
        // Removals first: a rename frees the row that its new name takes.
        for (const Change &c : m_changes)
            if (!(after ? c.after : c.before))
                store->deleteView(c.name);
        for (const Change &c : m_changes)
            if (const auto &view = after ? c.after : c.before)
                store->restoreView(*view);
    } catch (const StoreError &e) {
        m_views->reportError(text(), e.message());
    }
    m_views->refresh();
}

} // namespace qw

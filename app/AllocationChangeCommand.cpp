#include "AllocationChangeCommand.h"

#include "AllocationController.h"
#include "Project.h"
#include "ProjectStore.h"
#include "StoreError.h"

namespace qw {

AllocationChangeCommand::AllocationChangeCommand(AllocationController *controller,
                                                 const QString &text, QString name,
                                                 std::optional<StoredAllocation> before,
                                                 std::optional<StoredAllocation> after)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_name(std::move(name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void AllocationChangeCommand::undo()
{
    apply(m_before);
}

void AllocationChangeCommand::redo()
{
    apply(m_after);
}

void AllocationChangeCommand::apply(const std::optional<StoredAllocation> &state)
{
    const auto project = m_controller->project();
    if (!project)
        return;
    try {
        AllocationRepository saved = project->store().allocations();
        if (state)
            saved.restore(*state);
        else
            saved.remove(m_name);
    } catch (const StoreError &e) {
        m_controller->reportError(text(), e.message());
    }
    m_controller->refresh();
}

} // namespace qw

#pragma once

#include "AllocationRepository.h"

#include <QUndoCommand>

#include <optional>

namespace qw {

class AllocationController;

// Saving or deleting a saved allocation, as the allocation of that name before and after:
// redo puts the after state in the project, undo the before state (in its old row, so the
// list keeps its order). Works on the controller's current project (an import reopens it);
// does not own the controller.
class AllocationChangeCommand : public QUndoCommand
{
public:
    AllocationChangeCommand(AllocationController *controller, const QString &text, QString name,
                            std::optional<StoredAllocation> before,
                            std::optional<StoredAllocation> after);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<StoredAllocation> &state);

    AllocationController *m_controller;
    QString m_name;
    std::optional<StoredAllocation> m_before;
    std::optional<StoredAllocation> m_after;
};

} // namespace qw

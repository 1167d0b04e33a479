#pragma once

#include "PriorityTally.h"

#include <QUndoCommand>

#include <optional>
#include <vector>

namespace qw {

class PrioritiesController;

// Points given or taken back in the workshop's dot voting, or the points per voter
// changed: redo adds the deltas (and sets the new number), undo takes them back (and
// sets the old one), each in one transaction. Works on the controller's current project;
// does not own the controller.
class PriorityCommand : public QUndoCommand
{
public:
    struct PerVoter
    {
        int before = 0;
        int after = 0;
    };

    PriorityCommand(PrioritiesController *priorities, const QString &text,
                    std::vector<PriorityVote> deltas, std::optional<PerVoter> perVoter = {});

    void undo() override;
    void redo() override;

private:
    PrioritiesController *m_priorities;
    std::vector<PriorityVote> m_deltas;
    std::optional<PerVoter> m_perVoter;
};

} // namespace qw

#include "PriorityCommand.h"

#include "PrioritiesController.h"

namespace qw {

PriorityCommand::PriorityCommand(PrioritiesController *priorities, const QString &text,
                                 std::vector<PriorityVote> deltas, std::optional<PerVoter> perVoter)
    : QUndoCommand(text)
    , m_priorities(priorities)
    , m_deltas(std::move(deltas))
    , m_perVoter(perVoter)
{ }

void PriorityCommand::undo()
{
    std::vector<PriorityVote> back = m_deltas;
    for (PriorityVote &v : back)
        v.points = -v.points;
    m_priorities->apply(back, m_perVoter ? std::optional<int>(m_perVoter->before) : std::nullopt);
}

void PriorityCommand::redo()
{
    m_priorities->apply(m_deltas,
                        m_perVoter ? std::optional<int>(m_perVoter->after) : std::nullopt);
}

} // namespace qw

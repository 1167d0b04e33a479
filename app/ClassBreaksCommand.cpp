#include "ClassBreaksCommand.h"

#include "MapViewControls.h"

namespace qw {

ClassBreaksCommand::ClassBreaksCommand(MapViewControls *controls, std::vector<double> breaks)
    : m_controls(controls), m_breaks(std::move(breaks))
{
    m_controls->fill(m_before);
    setText(tr("Manual class breaks"));
}

void ClassBreaksCommand::redo()
{
    m_controls->applyManualBreaks(m_breaks); // emits changed(): the map follows
}

void ClassBreaksCommand::undo()
{
    m_controls->apply(m_before);
    Q_EMIT m_controls->changed();
}

} // namespace qw

#pragma once

#include "ProjectMap.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace qw {

class MapViewControls;

// Manual class breaks applied from the breaks dialog, undoable: undo shows the map's
// classification as it was before (method, classes, earlier breaks). Does not own the
// controls.
class ClassBreaksCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::ClassBreaksCommand)
public:
    ClassBreaksCommand(MapViewControls *controls, std::vector<double> breaks);

    void undo() override;
    void redo() override;

private:
    MapViewControls *m_controls;
    ProjectMap::View m_before;
    std::vector<double> m_breaks;
};

} // namespace qw

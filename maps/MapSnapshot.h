#pragma once

#include "ProjectTypes.h"

#include <QColor>

#include <memory>
#include <vector>

namespace qw {

class AreaGeometrySet;
class ChoroplethRenderer;

// Everything a render job draws, as shared immutable data: taking a snapshot is cheap,
// and the GUI may build the next one while a job still draws the last.
struct MapSnapshot
{
    std::shared_ptr<const AreaGeometrySet> areas;
    std::shared_ptr<const ChoroplethRenderer> choropleth; // null: areas in a plain fill
    std::shared_ptr<const std::vector<Landmark>> landmarks;
    std::shared_ptr<const std::vector<Facility>> facilities;
    bool showFacilities = true;
    QColor background = QColor(0xf4, 0xf3, 0xef);
};

} // namespace qw

#pragma once

#include "ProjectTypes.h"

#include <QBrush>
#include <QString>

namespace qw {

// One row of a map legend: a swatch of an area fill (a class, "no data", the hatching of
// suppressed values, the lines of areas an index leaves out) or a facility's symbol, its
// label and how many areas or facilities it stands for.
struct LegendEntry
{
    enum class Kind { Class, Missing, Suppressed, Facility, NotComputed };
    Kind kind = Kind::Class;
    QString label;
    QBrush brush; // the swatch's fill; unused for Facility
    int count = 0; // negative: not shown (a legend for several maps, e.g. small multiples)
    FacilityKind facility = FacilityKind::Other; // the symbol of a Facility row
};

} // namespace qw

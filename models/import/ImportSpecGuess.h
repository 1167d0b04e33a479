#pragma once

#include "AreaMatcher.h"
#include "ImportTypes.h"

#include <vector>

namespace qw {

class TableSource;

// Guesses what an import spec leaves open from a table's header, its first rows and the
// project's areas: the key column (area keys, else area names), the name column, the
// layout, the period (a period column, the headers' dates, the title rows, the file name)
// and the value columns. Every guess is shown to the planner, who can change it.
class ImportSpecGuess
{
public:
    static ImportSpec complete(TableSource &source, ImportSpec spec,
                               const std::vector<Area> &areas);
    // Header texts that name a period: "2019", "2019/20", "SJ 2019/20", "31.12.2020".
    static bool looksLikePeriod(const QString &text);
};

} // namespace qw

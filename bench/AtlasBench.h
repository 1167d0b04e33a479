#pragma once

#include <QString>

namespace qw::bench {

class Table;

// The atlas PDF (every profile of a level, AtlasDocument) from an open project to the
// written file: the demo's 39 Sozialräume (target 5 s) and Berlin's 542 Planungsräume from
// the LOR 2021 open data with the MSS 2021 and the population of 2024 (target 60 s; built
// once into work by the program app, skipped with a note where the data are absent).
void atlasBenchmark(Table &table, const QString &work, const QString &app, int runs);

} // namespace qw::bench

#pragma once

#include <QString>

namespace qw::bench {

class Table;

// Imports a 1,000,000-row long CSV (10,000 areas x 20 indicators x 5 periods, decimal
// comma, as a statistics office delivers it) into a fresh copy of a 10,000-area project:
// reading, matching and writing in one transaction. Runs in a process of its own.
void importBenchmark(Table &table, const QString &workDir, int runs);
// Statistics-office workbooks: header detection on a 10,000-row sheet of 70 columns
// (target 1 s) and the import of a 100,000-row XLSX in long layout (target 10 s).
void sheetBenchmark(Table &table, const QString &workDir, int runs);

} // namespace qw::bench

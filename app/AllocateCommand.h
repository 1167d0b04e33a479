#pragma once

#include <QString>

namespace qw {

struct CommandLine;

// PROJECT --allocate KEY --budget N [--floor N] [--cap N] [--per POP_KEY] [--whole]
// [--points 0,1,2,3] [--pin KEY=N] [--unit U] [--level L] [--period P] [FILE.{csv,xlsx,pdf}]
// [--save-allocation NAME] [--previous NAME]: splits the budget, writes the table (the PDF
// with the rule in words and a map), saves the allocation in the project and prints what it
// did. Returns 0, or 1 with the reason on stderr; on bad input nothing is written.
int runAllocateCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

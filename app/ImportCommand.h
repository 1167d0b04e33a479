#pragma once

#include <QString>

namespace qw {

struct CommandLine;

// PROJECT --import FILE, --facilities FILE, --undo-import and --import-log without a
// window, for scheduled refreshes: prints the report and returns the exit code (0 when
// something was imported, 1 when nothing could be or the input is unreadable).
int runImportCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

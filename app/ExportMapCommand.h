#pragma once

#include <QString>

namespace qw {

struct CommandLine;

// --export-map FILE: writes the map of a project (indicator, period, classification from
// the command line) as PNG, SVG or PDF without showing a window. Returns the exit code.
int runExportMapCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

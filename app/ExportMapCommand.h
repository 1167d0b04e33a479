#pragma once

#include <QString>

namespace qw {

struct CommandLine;

// --export-map FILE: writes the map of a project (indicator, period, classification from
// the command line) as PNG, SVG or PDF without showing a window. Returns the exit code.
int runExportMapCommand(const CommandLine &commandLine, const QString &projectPath);
// --export-series FILE: the small multiples of the indicator (SeriesLayout) on one page.
// Returns the exit code.
int runExportSeriesCommand(const CommandLine &commandLine, const QString &projectPath);
// --export-frames DIR: the film as files, one PNG map page per period of the indicator
// (classes pooled over the periods, as the time slider plays them), KEY_PERIOD.png.
int runExportFramesCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

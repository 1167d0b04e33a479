#pragma once

namespace qw {

struct CommandLine;

// --new PROJECT.gpkg --areas FILE [...]: creates a project from an area layer without a
// window and prints a report (areas, coordinate system, repaired geometries). Returns the
// exit code: 0 on success, 1 with a message on stderr.
int runNewProjectCommand(const CommandLine &commandLine);

} // namespace qw

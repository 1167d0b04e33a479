#pragma once

#include <QString>

namespace qw {

struct CommandLine;

// --export-profile KEY FILE.pdf and --export-comparison KEY,KEY,... FILE.{pdf,csv,xlsx}:
// writes the document without a window (--level and --period choose level and period,
// --indicator the comparison's bar chart). Returns the exit code.
int runReportCommand(const CommandLine &commandLine, const QString &projectPath);
// --export-atlas FILE.pdf [--level NAME] [--period P]: the atlas of a level (AtlasDocument).
// The folder is tried before anything else; an unknown level names the known ones.
int runAtlasCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

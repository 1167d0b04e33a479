#pragma once

#include <QString>

namespace qw {

struct CommandLine;

// PROJECT --derive KEY "NAME=formula": defines a derived indicator, computes it and prints
// what it wrote; 0 on success, 1 with the reason on stderr (nothing is written then).
int runDeriveCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw

#pragma once

#include <QString>

namespace qw::ConsoleListing {

// --list-indicators / --list-areas: tab-separated lines on stdout. Return exit codes.
int listIndicators(const QString &projectPath, bool german);
int listAreas(const QString &projectPath);

} // namespace qw::ConsoleListing

#pragma once

#include <QString>

namespace qw {

class Project;

// The status bar's project line ("demo.gpkg · 12 areas · ETRS89 / UTM 32N"): the areas
// counted are those of the level shown, as in the area list, not all the project holds.
QString projectStatusText(const Project &project, const QString &levelKey);

} // namespace qw

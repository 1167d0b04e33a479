#pragma once

#include <QString>

namespace qw {

struct CommandLine;

// --publish FILE.gpkg [--indicators A,B] [--periods P,Q] [--level L1,L2]: the publication
// GeoPackage (PublicationWriter) with a default QGIS style per level layer, the map's
// classes and colours of the chosen (or default) indicator, and a named style for each
// further indicator. Written under a temporary name and moved into place when complete.
int runPublishCommand(const CommandLine &commandLine, const QString &projectPath);
// --check-disclosure FILE.gpkg: PublicationAudit; prints each value recovered, exit 1 if any.
int runCheckDisclosureCommand(const CommandLine &commandLine);

} // namespace qw

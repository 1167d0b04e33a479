#pragma once

#include "ProjectTypes.h"

#include <QString>

namespace qw::ExportFileName {

// name as a file name every system accepts: the characters Windows forbids
// (< > : " / \ | ? * and control characters) become "-", trailing dots and spaces go, a
// reserved device name (CON, NUL, COM1, ...) gets "_" appended, at most 120 characters.
QString safe(const QString &name);

// The suggested name of a map export: the indicator's name in the UI language and the
// period, "Kinderarmut_2019.pdf", "Betreuungsquote unter 3 Jahren_2020-21.pdf".
QString forMap(const Indicator &indicator, bool german, const QString &period,
               const QString &suffix = QStringLiteral("pdf"));
// The same for the indicator of that key, which may be null (then the key names it).
QString forMap(const Indicator *indicator, const QString &key, const QString &period, bool german);

} // namespace qw::ExportFileName

#pragma once

#include <QString>

// The demo catalogue's departments and units in English, so that the demo under English
// shows no German word of the program's making (the area names stay German: they are
// names).
namespace qw::DemoCityEnglish {

// "Jugendamt" -> "Youth welfare office"; an unknown name is returned as it is.
QString department(const QString &german);
// "je 1.000" -> "per 1,000", "Personen" -> "persons"; "%" stays.
QString unit(const QString &german);
// The demo project's title ("Musterstadt – Bildungsmonitoring (fiktive Demodaten)") in
// English; any other title is returned as it is.
QString title(const QString &german);

} // namespace qw::DemoCityEnglish

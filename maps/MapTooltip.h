#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace qw {

struct MapSnapshot;

// The tooltip of an area on a map, as rich text: its name and key, then what the map shows
// of it (the value with its rank among the map's own values, a class name, "suppressed",
// "not computed", or "no data" in the legend's words: "no value in 2019 or 2024" on a
// change map) and the city's value. Counted from the map's own values,
// so a linked pane showing another indicator or period than the table tells its own.
class MapTooltip
{
    Q_DECLARE_TR_FUNCTIONS(qw::MapTooltip)
public:
    static QString text(const MapSnapshot &snapshot, int row, const QString &key,
                        const QString &name, const QLocale &locale);
};

} // namespace qw

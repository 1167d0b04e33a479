#pragma once

#include <QLocale>
#include <QString>

namespace qw {

// Every number shown to people (map legend and labels, tooltips, tables, profile,
// comparison, exports) goes through here, so they all agree on one rule: a value that
// rounds to zero at the shown decimals is "0,00", never "-0,00" (the sign of a
// vanishing value is noise, and "-0" reads as a tiny loss).
QString formatNumber(double value, int decimals, const QLocale &locale);

} // namespace qw

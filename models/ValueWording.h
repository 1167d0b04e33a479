#pragma once

#include <QCoreApplication>
#include <QString>

namespace qw {

// The words for values that are not shown as a number, the same in the table, the
// comparison, the map's tooltip and legend, and the reports.
struct ValueWording
{
    Q_DECLARE_TR_FUNCTIONS(qw::ValueWording)
public:
    // "gesperrt (weniger als 5 Fälle)": disclosure control, never the number. Just
    // "gesperrt" without a minimum (0).
    static QString suppressed(int minCases);
    static QString noData();
};

} // namespace qw

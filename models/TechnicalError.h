#pragma once

#include <QCoreApplication>
#include <QString>

namespace qw {

// Plain words, in the UI language, for the common failures of SQLite and GDAL ("the
// disk is full"), and the libraries' own text as the detail ("SQLite: database or disk is
// full (code 13)"). The messages built from these name the file; the detail goes under
// "Details" so a German planner never reads "database disk image is malformed" first.
class TechnicalError
{
    Q_DECLARE_TR_FUNCTIONS(qw::TechnicalError)

public:
    // What went wrong, as a clause: "the file is in use by another program".
    static QString sqliteProblem(int resultCode);
    static QString sqliteDetail(int resultCode, const QString &libraryText);
    // The same for the last GDAL error of this thread (CPLGetLastErrorNo/Msg).
    static QString gdalProblem();
    static QString gdalDetail();
    // For functions that return their error as text: the message, then the detail.
    static QString withDetail(const QString &message, const QString &detail);
};

} // namespace qw
